"""Network diagnostics against the simulator: plain HTTP, trusted and untrusted HTTPS, a wrong clock."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from certificates import CA_NAME, PkiFiles
from magistere_gui.client import (
    AcademieClient,
    TlsError,
    bundled_profile_path,
    load_profile,
)
from magistere_gui.diagnostics import Verdict, diagnose, verdict
from magistere_gui.simulator import SimulatorServer


def checks_by_name(report, name: str):  # type: ignore[no-untyped-def]
    return [check for check in report.checks if check.name == name]


def test_a_reachable_simulator_passes_every_network_check(simulator: SimulatorServer) -> None:
    report = diagnose(simulator.profile(), timeout=2)
    for name in ("proxy", "dns", "tcp", "http", "clock"):
        found = checks_by_name(report, name)
        assert found, name
        assert all(check.verdict is Verdict.OK for check in found), name
    assert checks_by_name(report, "tls") == []  # plain http on loopback
    assert "127.0.0.1" in report.text()
    assert checks_by_name(report, "keychain")


def test_a_wrong_clock_is_reported_in_minutes(simulator: SimulatorServer) -> None:
    simulator.faults.date_offset_seconds = -3600
    report = diagnose(simulator.profile(), timeout=2)
    clock = checks_by_name(report, "clock")[0]
    assert clock.verdict is Verdict.FAILED
    assert clock.message.arguments["minutes"] == 60
    assert report.worst is Verdict.FAILED


def test_a_site_that_is_down_fails_at_tcp() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    profile = load_profile(bundled_profile_path("simulator"), base_url=f"http://127.0.0.1:{port}/")
    report = diagnose(profile, timeout=1)
    assert checks_by_name(report, "tcp")[0].verdict is Verdict.FAILED
    assert checks_by_name(report, "http") == []


def test_an_untrusted_certificate_names_its_issuer(https_simulator: SimulatorServer) -> None:
    report = diagnose(https_simulator.profile(), timeout=2)
    tls = checks_by_name(report, "tls")[0]
    assert tls.verdict is Verdict.FAILED
    assert CA_NAME in tls.details_text()
    assert "network filter" in tls.message.template
    assert checks_by_name(report, "http")[0].verdict is Verdict.FAILED


def test_a_certificate_from_a_trusted_authority_passes(
    https_simulator: SimulatorServer, trusting_test_ca: PkiFiles
) -> None:
    report = diagnose(https_simulator.profile(), timeout=2)
    tls = checks_by_name(report, "tls")[0]
    assert tls.verdict is Verdict.OK, tls.details_text()
    assert CA_NAME in tls.details_text()
    assert checks_by_name(report, "http")[0].verdict is Verdict.OK


def test_the_client_refuses_an_untrusted_certificate(https_simulator: SimulatorServer) -> None:
    client = AcademieClient(https_simulator.profile())
    with pytest.raises(TlsError):
        client.check_credentials("jdupont", "24E0712345ABC")
    assert https_simulator.simulator.login_attempts == []


def test_the_client_accepts_a_certificate_the_computer_trusts(
    https_simulator: SimulatorServer, trusting_test_ca: PkiFiles
) -> None:
    client = AcademieClient(https_simulator.profile())
    assert client.lookup_identifiant("Dupont", "24E0712345ABC").identifiant == "jdupont"


def test_a_proxy_is_named_without_its_password(
    simulator: SimulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://agent:s3cret@127.0.0.1:9/")
    monkeypatch.setenv("NO_PROXY", "")
    report = diagnose(simulator.profile(), timeout=1)
    proxy = checks_by_name(report, "proxy")[0]
    assert proxy.message.arguments["proxy"] == "http://127.0.0.1:9/"
    assert "s3cret" not in report.text()


def test_diagnose_against_the_demo_prints_a_full_report() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "magistere_gui", "--demo", "--diagnose"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "Nom trouvé (DNS)" in result.stdout, result.stdout + result.stderr
    assert "Le site répond (HTTP 200)" in result.stdout
    assert "L'horloge de l'ordinateur est juste" in result.stdout
    assert result.returncode == 0  # warnings (no keychain) do not fail the run


def test_certificates_are_read_without_the_cryptography_package(test_pki: object) -> None:
    """The diagnostics' DER reader agrees with cryptography (a test dependency only)."""
    import ssl
    from pathlib import Path

    from cryptography import x509

    from magistere_gui.certificates import summarise

    pem = Path(test_pki.server_certificate).read_text()  # type: ignore[attr-defined]
    der = ssl.PEM_cert_to_DER_cert(pem)
    expected = x509.load_der_x509_certificate(der)
    summary = summarise(der)
    assert summary.issuer == expected.issuer.rfc4514_string()
    assert summary.not_before == expected.not_valid_before_utc
    assert summary.not_after == expected.not_valid_after_utc


@given(st.binary(max_size=400))
def test_a_malformed_certificate_is_a_value_error(data: bytes) -> None:
    from magistere_gui.certificates import summarise

    with contextlib.suppress(ValueError):
        summarise(data)


# ------------------------------------------------------------------ behind a proxy, in French


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then closed): a real dead proxy."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def use_proxy(monkeypatch: pytest.MonkeyPatch, proxy: str) -> None:
    for variable in ("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.setenv(variable, proxy)
    for variable in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(variable, raising=False)


@pytest.mark.parametrize("sites", ["creteil", "simulator"])
def test_behind_a_dead_proxy_the_verdict_says_the_proxy_does_not_answer(
    monkeypatch: pytest.MonkeyPatch, sites: str
) -> None:
    """It used to say "the académie's site does not answer": the proxy verdict was unreachable."""
    proxy = f"http://127.0.0.1:{closed_port()}"
    use_proxy(monkeypatch, proxy)
    profile = load_profile(bundled_profile_path(sites))
    report = diagnose(profile, timeout=2)
    proxies = checks_by_name(report, "proxy")
    assert proxies
    assert all(check.verdict is Verdict.FAILED for check in proxies)
    assert checks_by_name(report, "http") == []  # nothing is tried through a dead proxy
    said = verdict(report)
    assert "proxy" in said.template
    assert "does not answer" in said.template
    assert said.arguments["proxy"] == proxy


def test_a_proxy_that_answers_but_lets_nothing_through_is_named_in_the_verdict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A real listener that closes every connection: the proxy answers, the pages do not."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        stop = threading.Event()

        def close_every_connection() -> None:
            listener.settimeout(0.2)
            while not stop.is_set():
                with contextlib.suppress(TimeoutError, OSError):
                    connection, _ = listener.accept()
                    connection.close()

        closer = threading.Thread(target=close_every_connection, daemon=True)
        closer.start()
        try:
            use_proxy(monkeypatch, f"http://127.0.0.1:{port}")
            report = diagnose(load_profile(bundled_profile_path("creteil")), timeout=2)
        finally:
            stop.set()
            closer.join()
    assert all(check.verdict is Verdict.OK for check in checks_by_name(report, "proxy"))
    pages = checks_by_name(report, "http")
    assert pages
    assert all(check.verdict is Verdict.FAILED for check in pages)
    said = verdict(report)
    assert "reached through it" in said.template


def test_the_program_names_a_dead_proxy_first_in_french(monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = f"http://127.0.0.1:{closed_port()}"
    use_proxy(monkeypatch, proxy)
    result = subprocess.run(
        [sys.executable, "-m", "magistere_gui", "--diagnose"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    first_line = result.stdout.splitlines()[0]
    assert first_line.startswith("Cet ordinateur est réglé pour passer par un proxy"), result.stdout
    assert proxy in first_line
    assert "qui ne répond pas" in result.stdout
    assert result.returncode == 1


#: Words of the English technical vocabulary that reached people before.
ENGLISH = re.compile(
    r"\b(?:in \d+ ms|skew|gaierror|\w+Error|Connection\w*|refused|timed out|timeout|"
    r"unable|certificate|failed|verify|answer|proxy \S+ which|keyring|SecretService|"
    r"the|and|of)\b"
)


def french_text(report) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from magistere_gui.diagnostics import say

    return (
        say(verdict(report), QCoreApplication.translate)
        + "\n"
        + report.text(QCoreApplication.translate)
    )


def test_what_a_person_reads_has_no_english_words(
    french: object,
    simulator: SimulatorServer,
    https_simulator: SimulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every kind of outcome, as the dialog and --diagnose show it (French by default)."""
    reports = [diagnose(simulator.profile(), timeout=2)]  # all right
    simulator.faults.date_offset_seconds = -3600
    reports.append(diagnose(simulator.profile(), timeout=2))  # wrong clock
    simulator.faults.date_offset_seconds = 0
    down = load_profile(
        bundled_profile_path("simulator"), base_url=f"http://127.0.0.1:{closed_port()}/"
    )
    reports.append(diagnose(down, timeout=1))  # connection refused
    unknown = load_profile(bundled_profile_path("simulator"), base_url="http://nowhere.invalid/")
    reports.append(diagnose(unknown, timeout=1))  # name not found
    reports.append(diagnose(https_simulator.profile(), timeout=2))  # untrusted certificate
    use_proxy(monkeypatch, f"http://127.0.0.1:{closed_port()}")
    reports.append(diagnose(simulator.profile(), timeout=1))  # dead proxy
    for report in reports:
        text = french_text(report)
        found = ENGLISH.findall(text.replace(CA_NAME, ""))
        assert found == [], text


def test_the_keychain_is_named_in_french(french: object) -> None:
    from keyring.backends import SecretService, chainer
    from PySide6.QtCore import QCoreApplication

    from magistere_gui.keychain import label_of

    label = label_of(SecretService.Keyring())
    assert QCoreApplication.translate("keychain", label) == "trousseau de la session"
    assert "SecretService" not in QCoreApplication.translate("keychain", label)
    assert label_of(chainer.ChainerBackend()) in (label, "system keychain")


def test_the_dialog_says_the_verdict_first_and_folds_french_details(
    french: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from magistere_gui.gui.diagnostics_dialog import DiagnosticsDialog

    proxy = f"http://127.0.0.1:{closed_port()}"
    use_proxy(monkeypatch, proxy)
    dialog = DiagnosticsDialog(load_profile(bundled_profile_path()))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(dialog.copy_button.isEnabled, timeout=30_000)
    assert dialog.summary.text().startswith("Cet ordinateur est réglé pour passer par un proxy")
    assert proxy in dialog.summary.text()
    assert dialog.summary.hasFocus()
    assert not dialog.report.isVisible()  # the details are folded
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.report.isVisible()
    report = dialog.report.toPlainText()
    assert "connexion refusée (rien ne répond sur ce port)" in report
    assert ENGLISH.findall(report) == []

"""Shared fixtures: a real académie simulator on a loopback port, clients and a wizard pointed at it."""

from __future__ import annotations

import dataclasses
import logging
import os
import ssl
import tempfile
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from certificates import PkiFiles, make_test_pki
from helpers import BrowserSpy, MemoryKeyring
from magistere_gui.client import AcademieClient, SiteProfile
from magistere_gui.client.profile import Timeouts
from magistere_gui.gui.i18n import install_translators
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.simulator import SimulatorServer
from magistere_gui.simulator.layouts import LAYOUTS


def pytest_configure(config: pytest.Config) -> None:
    """The tests never touch the real user's folders (settings, logs, Documents, keyring
    configuration): HOME and the XDG folders point into a throw-away folder for the run,
    before Qt or keyring first read them."""
    home = tempfile.mkdtemp(prefix="magistere-tests-home-")
    os.environ["HOME"] = home
    for variable, folder in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        os.environ[variable] = os.path.join(home, folder)


@pytest.fixture(scope="session", params=sorted(LAYOUTS))
def simulator_server(request: pytest.FixtureRequest) -> Iterator[SimulatorServer]:
    """One simulator per layout: every client and wizard story runs on every shape of page."""
    with SimulatorServer(port=0, test_hooks=True, layout=request.param) as server:
        yield server


@pytest.fixture
def simulator(simulator_server: SimulatorServer) -> Iterator[SimulatorServer]:
    """The running simulator, with faults cleared and accounts restored after each test."""
    simulator_server.simulator.faults.reset()
    yield simulator_server
    state = simulator_server.simulator
    state.faults.reset()
    for account in state.accounts.values():
        account.password = account.member.initial_password
        account.failed_logins = 0
        account.locked_until = 0.0
        account.former_passwords.clear()
    state.login_attempts.clear()
    state.requests_received.clear()


@pytest.fixture(scope="session")
def test_pki(tmp_path_factory: pytest.TempPathFactory) -> PkiFiles:
    return make_test_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def https_simulator(test_pki: PkiFiles) -> Iterator[SimulatorServer]:
    """The simulator over HTTPS, with a certificate from a test CA this computer does not trust."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(test_pki.server_certificate, test_pki.server_key)
    with SimulatorServer(port=0, test_hooks=True, ssl_context=context) as server:
        yield server


@pytest.fixture
def trusting_test_ca(test_pki: PkiFiles, monkeypatch: pytest.MonkeyPatch) -> PkiFiles:
    """As if the school had installed the test CA in the computer's trust store."""
    monkeypatch.setenv("SSL_CERT_FILE", str(test_pki.ca_certificate))
    return test_pki


@pytest.fixture
def profile(simulator: SimulatorServer) -> SiteProfile:
    return simulator.profile()


@pytest.fixture
def client(profile: SiteProfile) -> Iterator[AcademieClient]:
    academie = AcademieClient(profile)
    yield academie
    academie.close()


@pytest.fixture
def impatient_client(profile: SiteProfile) -> Iterator[AcademieClient]:
    """A client that gives up after half a second, for latency faults."""
    academie = AcademieClient(
        dataclasses.replace(
            profile, timeouts=Timeouts(connect_seconds=1.0, read_seconds=0.5, operation_seconds=5.0)
        )
    )
    yield academie
    academie.close()


# ------------------------------------------------------------------ Qt fixtures


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def french(qapp: QApplication) -> QApplication:
    """The application speaks French, Qt's own buttons included, as for a teacher."""
    qapp.setProperty("translators", install_translators(qapp, "fr"))
    return qapp


@pytest.fixture
def browser() -> Iterator[BrowserSpy]:
    spy = BrowserSpy()
    for scheme in ("http", "https", "mailto"):
        QDesktopServices.setUrlHandler(scheme, spy, "open")
    yield spy
    for scheme in ("http", "https", "mailto"):
        QDesktopServices.unsetUrlHandler(scheme)


def _shown_until_the_end(qtbot: QtBot, wizard: MagistereWizard) -> Iterator[MagistereWizard]:
    """``wizard`` shown for the test, then closed, its calls left to finish."""
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard
    wizard.close()
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def wizard(
    french: QApplication,
    qtbot: QtBot,
    client: AcademieClient,
    profile: SiteProfile,
    memory_keyring: MemoryKeyring,
    browser: BrowserSpy,
) -> Iterator[MagistereWizard]:
    """The real wizard, in French, talking to the real simulator."""
    yield from _shown_until_the_end(qtbot, MagistereWizard(client, profile))


@pytest.fixture
def demo_wizard(
    french: QApplication,
    qtbot: QtBot,
    client: AcademieClient,
    profile: SiteProfile,
    memory_keyring: MemoryKeyring,
    browser: BrowserSpy,
) -> Iterator[MagistereWizard]:
    """The wizard as ``--demo`` shows it: its banner of accounts takes 260 points of the
    width, the narrowest the pages get. The text size is set back to the smallest after."""
    from magistere_gui.app import demo_account_lines
    from magistere_gui.gui.readability import MINIMUM_POINTS, set_text_points
    from magistere_gui.simulator.directory import load_directory

    academie_wizard = MagistereWizard(
        client, profile, demo_accounts=demo_account_lines(load_directory())
    )
    try:
        yield from _shown_until_the_end(qtbot, academie_wizard)
    finally:
        set_text_points(MINIMUM_POINTS)


class _WarningRecorder(logging.Handler):
    """Keeps the program's warnings and errors logged during one test."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_logged_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails if the program logs a warning or an error it did not expect (as
    qutebrowser's ``logfail`` does): a parser crash turned into "not understood" is logged
    as a warning, and it must not pass unseen. Tests that expect one say so with
    ``@pytest.mark.logs_warnings``."""
    recorder = _WarningRecorder()
    program = logging.getLogger("magistere_gui")
    program.addHandler(recorder)
    try:
        yield
    finally:
        program.removeHandler(recorder)
    if recorder.records and request.node.get_closest_marker("logs_warnings") is None:
        said = "; ".join(f"{r.name}: {r.getMessage()}" for r in recorder.records[:5])
        pytest.fail(f"unexpected warnings logged: {said}")

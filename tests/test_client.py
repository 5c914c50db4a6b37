"""The client against the real simulator over a loopback socket: each success and each failure."""

from __future__ import annotations

import logging
import socket
import sys

import pytest

from accounts import HELENE_NUMEN, JEAN_NUMEN, JULIE_NUMEN, JULIE_PASSWORD
from magistere_gui.client import (
    AcademieClient,
    AccountLockedError,
    CaptchaError,
    NetworkError,
    NotFoundError,
    PasswordRejectedError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    SiteNotUnderstoodError,
    WrongCredentialsError,
    bundled_profile_path,
    load_profile,
)
from magistere_gui.client.boundary import secure_url
from magistere_gui.client.charsets import decode_page, encode_form
from magistere_gui.simulator import SimulatorServer

# ------------------------------------------------------------------ identifiant lookup


def test_a_teacher_finds_her_identifiant_with_her_name_and_numen(client: AcademieClient) -> None:
    assert client.lookup_identifiant("Dupont", JULIE_NUMEN.lower()).identifiant == "jdupont1"


def test_a_name_with_an_apostrophe_is_sent_with_a_dash(client: AcademieClient) -> None:
    assert client.lookup_identifiant("D'Artagnan", "24E0822222KLM").identifiant == "adartagnan"


def test_a_name_with_a_space_is_sent_with_a_dash(client: AcademieClient) -> None:
    assert client.lookup_identifiant("Le Goff", "24E1233333NPQ").identifiant == "mlegoff"


def test_the_married_name_works_as_well_as_the_patronymic(client: AcademieClient) -> None:
    assert client.lookup_identifiant("Bernard", "24E1555555UVW").identifiant == "smartin3"
    assert client.lookup_identifiant("Martin", "24E1555555UVW").identifiant == "smartin3"


def test_a_teacher_from_another_academie_is_found(client: AcademieClient) -> None:
    assert client.lookup_identifiant("Benali", "25E1366666XYZ").identifiant == "kbenali"


def test_accented_names_are_sent_in_the_pages_latin1_charset(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    assert client.lookup_identifiant("Lefèvre", HELENE_NUMEN).identifiant == "hlefevre"


def test_encoding_a_form_like_a_browser_on_a_latin1_page() -> None:
    assert encode_form([("nom", "Lefèvre")], "windows-1252") == "nom=Lef%E8vre"
    assert encode_form([("nom", "Lefèvre")], "utf-8") == "nom=Lef%C3%A8vre"


def test_a_utf8_encoded_accent_would_not_be_found_by_the_latin1_site(
    simulator: SimulatorServer,
) -> None:
    """Why the charset matters: the same form sent in UTF-8 is garbled on arrival."""
    import re

    import requests

    def answer(body: str) -> str:
        """The answer, after a "Veuillez patienter" refresh when the layout has one."""
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        text = requests.post(url, data=body, headers=headers, timeout=5).content.decode("latin-1")
        refresh = re.search(r"refresh\" content=\"0;url=([^\"]+)", text)
        if refresh:
            text = requests.get(simulator.url + refresh.group(1).lstrip("/"), timeout=5).text
        return text

    url = simulator.url + "melouvert/identifiant.php"
    served = simulator.simulator.served_name
    body = encode_form([(served("nom"), "Lefèvre"), (served("numen"), HELENE_NUMEN)], "utf-8")
    assert "hlefevre" not in answer(body)
    body = encode_form(
        [(served("nom"), "Lefèvre"), (served("numen"), HELENE_NUMEN)], "windows-1252"
    )
    assert "hlefevre" in answer(body)


def test_an_unknown_person_is_not_found(client: AcademieClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.lookup_identifiant("Dupont", "24E0999999ZZZ")
    assert "999999" not in str(caught.value)


def test_an_invalid_numen_is_refused_before_any_request(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    from magistere_gui.rules import InvalidNumenError

    with pytest.raises(InvalidNumenError):
        client.lookup_identifiant("Dupont", "24EO712345ABC")
    assert simulator.simulator.requests_received == []


# ------------------------------------------------------------------ login


def test_the_default_password_is_the_numen_in_upper_case(client: AcademieClient) -> None:
    assert client.check_credentials("jdupont", JEAN_NUMEN).identifiant == "jdupont"


def test_a_changed_password_works_and_the_numen_no_longer_does(client: AcademieClient) -> None:
    assert client.check_credentials("jdupont1", JULIE_PASSWORD)
    with pytest.raises(WrongCredentialsError):
        client.check_credentials("jdupont1", JULIE_NUMEN)


def test_the_hidden_token_of_the_login_form_is_carried(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    """The portal refuses a login without its hidden token; a successful login proves it was sent."""
    client.check_credentials("jdupont", JEAN_NUMEN)
    assert simulator.simulator.login_attempts[-1].identifiant == "jdupont"


def test_a_wrong_password_is_sent_once_only(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    with pytest.raises(WrongCredentialsError):
        client.check_credentials("jdupont", "not-my-password")
    assert len(simulator.simulator.login_attempts) == 1


def test_the_account_locks_after_five_failures_and_says_when_to_retry(
    client: AcademieClient,
) -> None:
    for _ in range(4):
        with pytest.raises(WrongCredentialsError):
            client.check_credentials("jdupont", "wrong")
    with pytest.raises(AccountLockedError) as caught:
        client.check_credentials("jdupont", "wrong")
    assert caught.value.retry_after_seconds == 15 * 60
    with pytest.raises(AccountLockedError):
        client.check_credentials("jdupont", JEAN_NUMEN)


# ------------------------------------------------------------------ reset


def test_a_forgotten_password_is_reset_with_the_captcha_then_numen(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    challenge = client.start_password_reset()
    assert challenge.content_type == "image/png"
    assert challenge.image.startswith(b"\x89PNG")
    step_two = client.submit_captcha(challenge, simulator.simulator.captcha_answer().lower())
    done = client.submit_reset(step_two, "jdupont1", JULIE_NUMEN)
    assert done.site_message  # the site's own words, whatever the layout says
    assert JULIE_NUMEN not in done.site_message
    assert client.check_credentials("jdupont1", JULIE_NUMEN)


def test_the_icon_gives_another_captcha(client: AcademieClient, simulator: SimulatorServer) -> None:
    first = client.start_password_reset()
    first_answer = simulator.simulator.captcha_answer()
    second = client.new_captcha(first)
    assert second.image != first.image
    assert simulator.simulator.captcha_answer() != first_answer  # a new code, not a new drawing
    assert client.submit_captcha(second, simulator.simulator.captcha_answer())


def test_a_wrong_captcha_brings_a_new_image(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    challenge = client.start_password_reset()
    with pytest.raises(CaptchaError) as caught:
        client.submit_captcha(challenge, "00000")
    error = caught.value
    assert not error.expired
    assert error.challenge is not None
    assert error.challenge.image != challenge.image
    assert client.submit_captcha(error.challenge, simulator.simulator.captcha_answer())


def test_an_expired_captcha_says_so(client: AcademieClient, simulator: SimulatorServer) -> None:
    challenge = client.start_password_reset()
    simulator.faults.captcha_lifetime_seconds = 0.0
    with pytest.raises(CaptchaError) as caught:
        client.submit_captcha(challenge, simulator.simulator.captcha_answer())
    assert caught.value.expired
    assert caught.value.challenge is not None


def test_step_two_refuses_a_numen_that_does_not_match(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    challenge = client.start_password_reset()
    step_two = client.submit_captcha(challenge, simulator.simulator.captcha_answer())
    with pytest.raises(NotFoundError):
        client.submit_reset(step_two, "jdupont1", JEAN_NUMEN)


# ------------------------------------------------------------------ change password


def test_changing_the_password_after_a_reset(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    changed = client.change_password("jdupont", JEAN_NUMEN, "Mimosa-Bleu7")
    assert changed.site_message
    assert simulator.simulator.password_of("jdupont") == "Mimosa-Bleu7"


def test_a_weak_new_password_is_refused_with_the_sites_reasons(client: AcademieClient) -> None:
    with pytest.raises(PasswordRejectedError) as caught:
        client.change_password("jdupont", JEAN_NUMEN, "court")
    assert "au moins 8 caractères" in caught.value.site_message
    assert "court" not in caught.value.site_message.replace("au moins", "")


def test_a_wrong_old_password_is_refused(client: AcademieClient) -> None:
    with pytest.raises(WrongCredentialsError):
        client.change_password("jdupont", "pas-le-bon", "Mimosa-Bleu7")


# ------------------------------------------------------------------ faults


def test_a_slow_site_times_out(
    impatient_client: AcademieClient, simulator: SimulatorServer
) -> None:
    simulator.faults.latency_seconds = 1.5
    with pytest.raises(RequestTimeoutError):
        impatient_client.lookup_identifiant("Dupont", JEAN_NUMEN)


def test_a_server_error_is_reported_with_its_status(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    simulator.faults.error_status = 500
    with pytest.raises(ServerError) as caught:
        client.check_credentials("jdupont", JEAN_NUMEN)
    assert caught.value.status == 500


def test_a_busy_site_says_when_to_come_back(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    simulator.faults.error_status = 503
    simulator.faults.retry_after_seconds = 90
    with pytest.raises(RateLimitedError) as caught:
        client.start_password_reset()
    assert caught.value.retry_after_seconds == 90


def test_a_dropped_connection_on_a_page_is_retried_then_reported(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    simulator.faults.drop_connection = True
    with pytest.raises(NetworkError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    gets = [r for r in simulator.simulator.requests_received if r[0] == "GET"]
    assert len(gets) == 2  # the page is fetched again once: a GET changes nothing


def test_a_dropped_password_post_is_never_sent_again(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    simulator.faults.drop_connection = True
    simulator.faults.methods = ("POST",)
    with pytest.raises(NetworkError):
        client.check_credentials("jdupont", JEAN_NUMEN)
    posts = [r for r in simulator.simulator.requests_received if r[0] == "POST"]
    assert posts == [("POST", "/externet/")]


def test_renamed_fields_are_still_found_by_their_labels(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    simulator.faults.renamed_fields = True
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"
    assert client.check_credentials("jdupont", JEAN_NUMEN)


def test_a_page_that_cannot_be_read_names_its_url(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    simulator.faults.garbled_pages = True
    with pytest.raises(SiteNotUnderstoodError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert caught.value.url is not None
    assert caught.value.url.endswith("/melouvert/identifiant.htm")


def test_a_wrongly_declared_charset_is_survived(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    simulator.faults.wrong_charset = True
    assert client.lookup_identifiant("Lefèvre", HELENE_NUMEN).identifiant == "hlefevre"


def test_an_oversized_page_is_cut_off(client: AcademieClient, simulator: SimulatorServer) -> None:
    simulator.faults.oversized_body = True
    with pytest.raises(SiteNotUnderstoodError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert "larger than" in caught.value.detail


def test_a_site_that_is_down_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    down = load_profile(
        bundled_profile_path("simulator"), base_url=f"http://127.0.0.1:{free_port}/"
    )
    academie = AcademieClient(down)
    with pytest.raises(NetworkError):
        academie.check_credentials("jdupont", JEAN_NUMEN)


# ------------------------------------------------------------------ transport rules


def test_plain_http_is_only_allowed_to_this_machine() -> None:
    assert secure_url("http://tech.ac-creteil.fr/melouvert/identifiant.htm").startswith("https://")
    assert secure_url("http://127.0.0.1:8765/x") == "http://127.0.0.1:8765/x"


def test_latin1_pages_decode_as_windows_1252_and_survive_a_wrong_header() -> None:
    body = "<meta charset='iso-8859-1'><p>Créteil ’</p>".encode("cp1252")
    text, charset = decode_page(body, "UTF-8")
    assert "Créteil ’" in text
    assert charset == "windows-1252"


def test_the_client_imports_no_qt() -> None:
    import subprocess

    code = (
        "import sys, magistere_gui.client, magistere_gui.rules, magistere_gui.simulator;"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))])"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert output.stdout.strip() == "[]"


def test_a_former_password_cannot_be_taken_back(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    challenge = client.start_password_reset()
    step_two = client.submit_captcha(challenge, simulator.simulator.captcha_answer())
    client.submit_reset(step_two, "jdupont1", JULIE_NUMEN)
    with pytest.raises(PasswordRejectedError) as caught:
        client.change_password("jdupont1", JULIE_NUMEN, JULIE_PASSWORD)
    assert "déjà été utilisé" in caught.value.site_message


def test_a_get_form_is_sent_as_a_browser_sends_it_and_its_query_is_never_logged(
    client: AcademieClient, simulator: SimulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Older académie tools use GET forms: the NUMEN then travels in the query (over https to an
    académie host only), and the query appears in no log and no error text."""
    simulator.faults.get_forms = True
    caplog.set_level(logging.DEBUG)
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"
    assert ("GET", "/melouvert/identifiant.php") in simulator.simulator.requests_received
    simulator.faults.error_status = 500
    simulator.faults.paths = ("/melouvert/identifiant.php",)
    with pytest.raises(ServerError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    logged = caplog.text + str(caught.value)
    assert "/melouvert/identifiant.php" in logged
    assert JEAN_NUMEN not in logged
    assert JEAN_NUMEN.lower() not in logged


def test_a_dropped_get_form_is_never_sent_again(
    client: AcademieClient, simulator: SimulatorServer
) -> None:
    simulator.faults.get_forms = True
    simulator.faults.drop_connection = True
    simulator.faults.paths = ("/melouvert/identifiant.php",)
    with pytest.raises(NetworkError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    sent = [
        r for r in simulator.simulator.requests_received if r[1] == "/melouvert/identifiant.php"
    ]
    assert sent == [("GET", "/melouvert/identifiant.php")]

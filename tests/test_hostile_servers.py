"""The client against servers that try to take a secret, hold a call, or drown the reader.

Each test stands for one attack; the "académie" is a scripted server on 127.0.0.1
(its profile's only host) and the "foreign" site another one on 127.0.0.2. Every
test checks what reached each server, not only what the client raised.
"""

from __future__ import annotations

import logging
import ssl
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from accounts import JEAN_NUMEN
from certificates import PkiFiles
from helpers import BrowserSpy
from hostile import HostileServer, Received, hang, page, redirect, trickle
from magistere_gui.client import (
    AcademieClient,
    AccountLockedError,
    NotFoundError,
    OperationCancelledError,
    PasswordRejectedError,
    RequestTimeoutError,
    SiteNotUnderstoodError,
    SiteProfile,
    UntrustedSiteError,
    UnusableCaptchaImageError,
    WrongCredentialsError,
    load_profile,
)
from magistere_gui.client.cancellation import Cancellation, cancellable
from magistere_gui.client.errors import ActionRequiredError
from magistere_gui.client.notices import site_messages
from magistere_gui.client.page import Page
from magistere_gui.gui.captcha_image import decode_captcha
from magistere_gui.gui.navigation import PageId
from magistere_gui.gui.pages.captcha import (
    MAX_SHOWN_HEIGHT,
    MAX_SHOWN_WIDTH,
    ZOOM_STEPS,
    CaptchaPage,
)
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.gui.worker import TaskRunner
from stories import (
    fill_identity,
    go_to_captcha_page,
    go_to_identifiant_page,
    go_to_password_page,
    wait_idle,
)

PASSWORD = "Tournesol-2024"
NEW_PASSWORD = "Mimosa-Bleu7"

LOOKUP = "/melouvert/identifiant.htm"
PORTAL = "/externet/"
RESET = "/identifiant/index.php"
CHANGE = "/identifiant/change.php"


def lookup_form(action: str = "/melouvert/identifiant.php", extra: str = "") -> str:
    return (
        f"<form method='post' action='{action}' {extra}>"
        "<label for='n'>Votre Nom :</label><input id='n' name='nom'>"
        "<label for='m'>Votre Numen :</label><input id='m' name='numen'>"
        "<input type='submit' value='Valider'></form>"
    )


def login_form(action: str = "/externet/login") -> str:
    return (
        f"<form method='post' action='{action}'><input type='hidden' name='jeton' value='t1'>"
        "<label for='u'>Identifiant</label><input id='u' name='user'>"
        "<label for='p'>Mot de passe</label><input id='p' type='password' name='pw'>"
        "<input type='submit' value='Se connecter'></form>"
    )


def captcha_page(
    action: str = "/identifiant/code.php",
    image: str = "/identifiant/captcha.png",
    refresh: str = "/identifiant/index.php?nouveau=1",
) -> str:
    return (
        "<h1>réinitialiser son mot de passe</h1><p>Etape 1/2</p>"
        f"<form method='post' action='{action}'><img src='{image}' alt='captcha'>"
        f"<a href='{refresh}' title='Nouveau code'>autre code</a>"
        "<label for='c'>Saisir le code affiché :</label><input id='c' name='code'>"
        "<input type='submit' value='Valider'></form>"
    )


def step_two_page(action: str = "/identifiant/reset.php") -> str:
    return (
        "<p>Etape 2/2</p>"
        f"<form method='post' action='{action}'>"
        "<label for='u'>Identifiant</label><input id='u' name='uid'>"
        "<label for='m'>NUMEN</label><input id='m' name='numen'>"
        "<input type='submit' value='Valider'></form>"
    )


def change_form(action: str = "/identifiant/changer.php") -> str:
    return (
        f"<form method='post' action='{action}'>"
        "<label for='u'>Identifiant</label><input id='u' name='uid'>"
        "<label for='o'>Ancien mot de passe</label><input id='o' type='password' name='old'>"
        "<label for='n'>Nouveau mot de passe</label><input id='n' type='password' name='new'>"
        "<label for='c'>Confirmation</label><input id='c' type='password' name='conf'>"
        "<input type='submit' value='Modifier'></form>"
    )


def png(width: int, height: int) -> bytes:
    """A valid grey PNG of any size: a few kilobytes even when it declares millions of pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\x80" * width
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


SMALL_PNG = png(200, 70)


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def academie_server() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.1") as server:
        yield server


@pytest.fixture(scope="module")
def foreign_server() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.2") as server:
        yield server


@pytest.fixture
def academie(academie_server: HostileServer) -> HostileServer:
    academie_server.reset()
    return academie_server


@pytest.fixture
def foreign(foreign_server: HostileServer) -> HostileServer:
    foreign_server.reset()
    foreign_server.fallback = page(lookup_form("/steal") + login_form("/steal"))
    return foreign_server


def write_profile(
    folder: Path,
    base_url: str,
    *,
    loopback_http: bool = True,
    operation_seconds: float = 10.0,
    read_seconds: float = 5.0,
) -> Path:
    path = folder / "hostile.toml"
    path.write_text(
        f"""name = "Académie scriptée"
base_url = "{base_url}/"
allow_loopback_http = {"true" if loopback_http else "false"}
[urls]
portal = "{PORTAL.lstrip("/")}"
identifiant_lookup = "{LOOKUP.lstrip("/")}"
password_reset = "{RESET.lstrip("/")}?a=initialiserPass"
password_change = "{CHANGE.lstrip("/")}"
magistere = "magistere/"
webmel = "webmel/"
iprof = "iprof/"
[timeouts]
connect_seconds = 2.0
read_seconds = {read_seconds}
operation_seconds = {operation_seconds}
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def make_client(tmp_path: Path, academie: HostileServer) -> Iterator[Callable[..., AcademieClient]]:
    made: list[AcademieClient] = []

    def make(**options: float) -> AcademieClient:
        client = AcademieClient(load_profile(write_profile(tmp_path, academie.url, **options)))
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def profile(tmp_path: Path, academie: HostileServer) -> SiteProfile:
    """The scripted académie's profile (conftest's ``wizard`` uses it too)."""
    return load_profile(write_profile(tmp_path, academie.url))


@pytest.fixture
def client(profile: SiteProfile) -> Iterator[AcademieClient]:
    academie_client = AcademieClient(profile)
    yield academie_client
    academie_client.close()


def secrets_in(requests: list[Received]) -> bool:
    everything = b" ".join(request.target.encode() + request.body for request in requests)
    return any(
        secret.encode() in everything for secret in (JEAN_NUMEN, PASSWORD, NEW_PASSWORD, "jdupont")
    )


def reset_until_step_two(academie: HostileServer, client: AcademieClient, step_two: str) -> None:
    academie.routes[RESET] = page(captcha_page())
    academie.routes["/identifiant/captcha.png"] = page(SMALL_PNG, content_type="image/png")
    academie.routes["/identifiant/code.php"] = page(step_two)


# ------------------------------------------------------------------ 1. secrets stay home


def test_a_lookup_form_posting_to_another_host_sends_it_nothing(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form(f"{foreign.url}/steal"))
    with pytest.raises(UntrustedSiteError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert caught.value.host == foreign.url.removeprefix("http://")
    assert foreign.received == []
    assert JEAN_NUMEN not in str(caught.value)


@pytest.mark.parametrize(
    "action",
    [
        "https://user@127.0.0.2/steal",
        "http://127.0.0.1.evil.example/steal",
        "//127.0.0.2/steal",
        "javascript:alert(1)",
        "http://127.0.0.1\\@127.0.0.2/steal",
    ],
)
def test_odd_form_actions_are_refused_before_anything_is_sent(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient, action: str
) -> None:
    academie.routes[PORTAL] = page(login_form(action))
    with pytest.raises((UntrustedSiteError, SiteNotUnderstoodError)):
        client.check_credentials("jdupont", PASSWORD)
    assert foreign.received == []
    assert not secrets_in(academie.received)


def test_a_login_form_posting_elsewhere_never_carries_the_password(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient
) -> None:
    academie.routes[PORTAL] = page(login_form(f"{foreign.url}/steal"))
    with pytest.raises(UntrustedSiteError):
        client.check_credentials("jdupont", PASSWORD)
    assert foreign.received == []


def test_a_change_form_posting_elsewhere_never_carries_the_passwords(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient
) -> None:
    academie.routes[CHANGE] = page(change_form(f"{foreign.url}/steal"))
    with pytest.raises(UntrustedSiteError):
        client.change_password("jdupont", PASSWORD, NEW_PASSWORD)
    assert foreign.received == []


def test_a_new_code_link_to_another_host_is_not_followed(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient
) -> None:
    academie.routes[RESET] = page(captcha_page(refresh=f"{foreign.url}/reset"))
    academie.routes["/identifiant/captcha.png"] = page(SMALL_PNG, content_type="image/png")
    challenge = client.start_password_reset()
    with pytest.raises(UntrustedSiteError):
        client.new_captcha(challenge)
    assert foreign.received == []


def test_a_captcha_image_on_another_host_is_not_fetched(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient
) -> None:
    academie.routes[RESET] = page(captcha_page(image=f"{foreign.url}/captcha.png"))
    with pytest.raises(UntrustedSiteError):
        client.start_password_reset()
    assert foreign.received == []


def test_a_step_two_form_posting_elsewhere_never_gets_the_numen(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient
) -> None:
    reset_until_step_two(academie, client, step_two_page(f"{foreign.url}/steal"))
    step_two = client.submit_captcha(client.start_password_reset(), "ABCD")
    with pytest.raises(UntrustedSiteError):
        client.submit_reset(step_two, "jdupont", JEAN_NUMEN)
    assert foreign.received == []


def test_a_redirect_to_another_host_is_not_followed_nor_its_form_filled(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = redirect(f"{foreign.url}/lookup")
    with pytest.raises(UntrustedSiteError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert foreign.received == []  # not even the GET: no cookie, no page taken as the académie's


@pytest.mark.parametrize("status", [307, 308])
def test_a_redirect_that_would_post_the_form_again_is_refused(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient, status: int
) -> None:
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = redirect("/externet/again", status=status)
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)
    posts = [request for request in academie.received if request.method == "POST"]
    assert len(posts) == 1  # sent once, never again by a redirect
    assert "/externet/again" not in academie.paths_received()


def test_a_303_after_the_form_is_followed_without_its_body(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = redirect("/externet/accueil", status=303)
    academie.routes["/externet/accueil"] = page("<p>Bienvenue</p><a href='/logout'>Déconnexion</a>")
    assert client.check_credentials("jdupont", PASSWORD).identifiant == "jdupont"
    landing = next(r for r in academie.received if r.path == "/externet/accueil")
    assert landing.method == "GET"
    assert landing.body == b""


@pytest.fixture
def tls_academie(test_pki: PkiFiles, trusting_test_ca: PkiFiles) -> Iterator[HostileServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(test_pki.server_certificate, test_pki.server_key)
    with HostileServer("127.0.0.1", ssl_context=context) as server:
        yield server


def test_over_https_a_redirect_to_plain_http_never_sends_in_clear(
    tmp_path: Path, tls_academie: HostileServer, academie: HostileServer
) -> None:
    """The académie speaks https; a 308 to a plain http address gets nothing, and a GET
    redirect to the académie's own host in plain http is made over https."""
    client = AcademieClient(
        load_profile(write_profile(tmp_path, tls_academie.url, loopback_http=False))
    )
    tls_academie.routes[PORTAL] = page(login_form())
    tls_academie.routes["/externet/login"] = redirect(f"{academie.url}/catch", status=308)
    with pytest.raises((SiteNotUnderstoodError, UntrustedSiteError)):
        client.check_credentials("jdupont", PASSWORD)
    assert academie.received == []  # the plain http server heard nothing

    port = tls_academie.url.rsplit(":", 1)[1]
    tls_academie.routes[LOOKUP] = redirect(f"http://127.0.0.1:{port}/melouvert/form.htm")
    tls_academie.routes["/melouvert/form.htm"] = page(lookup_form())
    tls_academie.routes["/melouvert/identifiant.php"] = page(
        "<p>Votre identifiant est : jdupont</p>"
    )
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"
    assert "/melouvert/form.htm" in tls_academie.paths_received()  # reached over TLS
    client.close()


# ------------------------------------------------------------------ 2. one deadline


def test_a_trickling_page_cannot_hold_a_call_past_its_deadline(
    academie: HostileServer, make_client: Callable[..., AcademieClient]
) -> None:
    client = make_client(operation_seconds=2.0, read_seconds=1.0)
    academie.routes[LOOKUP] = trickle(b"<p>" + b"x" * 100 + b"</p>", every_seconds=0.2)
    started = time.monotonic()
    with pytest.raises(RequestTimeoutError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert time.monotonic() - started < 6  # the trickle alone lasts 20 s


def test_trickled_headers_cannot_hold_a_call_either(
    academie: HostileServer, make_client: Callable[..., AcademieClient]
) -> None:
    client = make_client(operation_seconds=2.0, read_seconds=1.0)
    academie.routes[PORTAL] = trickle(b"a" * 100, every_seconds=0.2, in_headers=True)
    started = time.monotonic()
    with pytest.raises(RequestTimeoutError):
        client.check_credentials("jdupont", PASSWORD)
    assert time.monotonic() - started < 6


def test_slow_chained_redirects_count_against_one_deadline(
    academie: HostileServer, make_client: Callable[..., AcademieClient]
) -> None:
    client = make_client(operation_seconds=2.0, read_seconds=1.5)
    academie.routes[LOOKUP] = redirect("/r1", delay_seconds=0.8)
    academie.routes["/r1"] = redirect("/r2", delay_seconds=0.8)
    academie.routes["/r2"] = redirect("/r3", delay_seconds=0.8)
    academie.routes["/r3"] = redirect("/r4", delay_seconds=0.8)
    academie.routes["/r4"] = page(lookup_form())
    with pytest.raises(RequestTimeoutError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert "/r4" not in academie.paths_received()


def test_a_redirect_loop_ends(academie: HostileServer, client: AcademieClient) -> None:
    academie.routes[LOOKUP] = redirect(LOOKUP)
    with pytest.raises(SiteNotUnderstoodError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)


# ------------------------------------------------------------------ 3. stop really stops


def test_cancelling_cuts_a_hanging_call_at_once(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = hang(30)
    token = Cancellation()
    outcome: list[BaseException] = []

    def call() -> None:
        with cancellable(token):
            try:
                client.lookup_identifiant("Dupont", JEAN_NUMEN)
            except BaseException as error:
                outcome.append(error)

    worker = threading.Thread(target=call)
    worker.start()
    time.sleep(0.3)
    token.cancel()
    worker.join(timeout=3)
    assert not worker.is_alive()
    assert isinstance(outcome[0], OperationCancelledError)


def test_a_call_cancelled_before_it_starts_sends_nothing(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[PORTAL] = page(login_form())
    token = Cancellation()
    token.cancel()
    with cancellable(token), pytest.raises(OperationCancelledError):
        client.check_credentials("jdupont", PASSWORD)
    assert academie.received == []


# ------------------------------------------------------------------ 4. captcha images


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (png(8000, 8000), "image/png"),
        (
            b"<svg xmlns='http://www.w3.org/2000/svg'><defs><g id='a'><use href='#b'/></g></defs></svg>",
            "image/svg+xml",
        ),
        (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "image/png"),  # lies about its type
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 10, "image/png"),  # truncated
    ],
    ids=["8000x8000-png", "svg", "svg-called-png", "truncated"],
)
def test_an_unusable_captcha_image_is_refused_before_decoding(
    academie: HostileServer, client: AcademieClient, body: bytes, content_type: str
) -> None:
    academie.routes[RESET] = page(captcha_page())
    academie.routes["/identifiant/captcha.png"] = page(body, content_type=content_type)
    with pytest.raises(UnusableCaptchaImageError):
        client.start_password_reset()


# ------------------------------------------------------------------ 5. reading in linear time


@pytest.mark.timeout(60)
def test_a_locked_page_with_a_long_run_of_digits_is_read_at_once(
    academie: HostileServer, client: AcademieClient
) -> None:
    """The old pattern backtracked quadratically: hours on this page."""
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = page(
        "<p>Compte verrouillé</p><p>" + "7" * 400_000 + "</p><p>Réessayez dans 15 min</p>"
    )
    with pytest.raises(AccountLockedError) as caught:
        client.check_credentials("jdupont", PASSWORD)
    assert caught.value.retry_after_seconds == 15 * 60


@pytest.mark.timeout(60)
def test_thousands_of_forms_and_labels_are_read_in_one_pass(
    academie: HostileServer, client: AcademieClient
) -> None:
    """Labels were walked once per form: minutes on this page."""
    decoys = "".join(
        f"<form><label for='f{i}'>Recherche</label><input id='f{i}' name='q{i}'></form>"
        for i in range(12_000)
    )
    academie.routes[LOOKUP] = page(decoys + lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page("<p>Votre identifiant est : jdupont</p>")
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"


def test_nested_message_blocks_give_one_short_message() -> None:
    inner = "Le mot de passe ne respecte pas les règles. " * 300
    html = "<div class='erreur'>" * 100 + inner + "</div>" * 100
    message = site_messages(Page(url="http://127.0.0.1/", status=200, text=html, charset="utf-8"))
    assert message.startswith("Le mot de passe ne respecte pas les règles.")
    assert len(message) <= 400


def test_site_text_loses_control_and_bidi_override_characters(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[CHANGE] = page(change_form())
    academie.routes["/identifiant/changer.php"] = page(
        "<p class='erreur'>Mot de passe refusé\u202e: txet\u0007 trop court\u200b.</p>"
    )
    with pytest.raises(PasswordRejectedError) as caught:
        client.change_password("jdupont", PASSWORD, NEW_PASSWORD)
    shown = caught.value.site_message
    assert "refusé" in shown
    assert not any(character in shown for character in "\u202e\u0007\u200b")


@pytest.mark.parametrize("charset", ["x-unknown-charset", "base64", "idna", "utf-7,utf-8"])
def test_an_odd_accept_charset_falls_back_to_the_pages_own(
    academie: HostileServer, client: AcademieClient, charset: str
) -> None:
    academie.routes[LOOKUP] = page(lookup_form(extra=f"accept-charset='{charset}'"))
    academie.routes["/melouvert/identifiant.php"] = page("<p>Votre identifiant est : hlefevre</p>")
    assert client.lookup_identifiant("Lefèvre", JEAN_NUMEN).identifiant == "hlefevre"
    post = next(r for r in academie.received if r.method == "POST")
    assert b"nom=Lef" in post.body


# ------------------------------------------------------------------ 7. no secret in any log


def test_a_password_echoed_in_a_redirect_url_reaches_no_log(
    academie: HostileServer, client: AcademieClient, caplog: pytest.LogCaptureFixture
) -> None:
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = redirect(
        f"/externet/{PASSWORD}/accueil?pw={PASSWORD}&numen={JEAN_NUMEN}", status=303
    )
    academie.routes[f"/externet/{PASSWORD}/accueil"] = page("<p>erreur 17</p>", status=500)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(Exception) as caught:  # noqa: PT011 - any error: its text is checked
        client.check_credentials("jdupont", PASSWORD)
    logged = "\n".join(
        [record.getMessage() for record in caplog.records] + [caplog.text, str(caught.value)]
    )
    assert any("urllib3" in record.name for record in caplog.records)  # they did log
    assert PASSWORD not in logged
    assert JEAN_NUMEN not in logged


# ------------------------------------------------------------------ what the teacher sees


def test_the_teacher_is_told_nothing_was_sent_and_offered_the_academie_page(
    qtbot: QtBot,
    wizard: MagistereWizard,
    academie: HostileServer,
    foreign: HostileServer,
    profile: SiteProfile,
    browser: BrowserSpy,
) -> None:
    academie.routes[LOOKUP] = page(lookup_form(f"{foreign.url}/steal"))
    identifiant_page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, identifiant_page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.mouseClick(identifiant_page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, identifiant_page)
    message = identifiant_page.status.message.text()
    assert "127.0.0.2" in message
    assert "pas un site de l'académie" in message
    assert "Rien n'a été envoyé" in message
    assert foreign.received == []
    qtbot.mouseClick(identifiant_page.status.browser_button, Qt.MouseButton.LeftButton)
    assert browser.opened == [profile.url("identifiant_lookup")]  # the académie's, not the page's


def test_a_captcha_bomb_asks_for_another_code_and_sends_nothing(
    qtbot: QtBot, wizard: MagistereWizard, academie: HostileServer
) -> None:
    academie.routes[RESET] = page(captcha_page())
    academie.routes["/identifiant/captcha.png"] = page(png(8000, 8000), content_type="image/png")
    captcha = go_to_captcha_page(qtbot, wizard)
    assert "ne peut pas être affichée" in captcha.status.message.text()
    assert captcha.new_code_button.isEnabled()
    captcha.code.setText("ABCD")
    assert not captcha.submit_button.isEnabled()


def test_the_decoder_refuses_what_the_header_says_is_too_big(qapp: QApplication) -> None:
    assert decode_captcha(png(8000, 8000), "png") is None
    assert decode_captcha(b"<svg/>", "png") is None
    image = decode_captcha(SMALL_PNG, "png")
    assert image is not None
    assert (image.width(), image.height()) == (200, 70)


def test_the_code_is_never_drawn_larger_than_the_screen_bound(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    captcha = wizard.page_at(PageId.RESET_CAPTCHA)
    assert isinstance(captcha, CaptchaPage)
    wide = decode_captcha(png(2000, 500), "png")
    assert wide is not None
    captcha._pixmap = QPixmap.fromImage(wide)
    for _ in ZOOM_STEPS:
        captcha.zoom_in_button.click()
    shown = captcha.image.pixmap()
    assert shown.width() <= MAX_SHOWN_WIDTH
    assert shown.height() <= MAX_SHOWN_HEIGHT


def test_stopped_calls_never_starve_the_next_one(
    qtbot: QtBot, qapp: QApplication, academie: HostileServer, client: AcademieClient
) -> None:
    """Two threads only: two hanging calls, stopped, must leave room for a third."""
    academie.routes[LOOKUP] = hang(30)
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    runners = [TaskRunner(pool=pool) for _ in range(3)]
    for runner in runners[:2]:
        runner.start(lambda: client.lookup_identifiant("Dupont", JEAN_NUMEN))
    qtbot.wait(300)
    for runner in runners[:2]:
        runner.cancel()
    academie.routes[PORTAL] = page("<p>Bienvenue</p>")
    with qtbot.waitSignal(runners[2].failed, timeout=5_000) as answered:
        runners[2].start(lambda: client.check_credentials("jdupont", PASSWORD))
    assert isinstance(answered.args[0], SiteNotUnderstoodError)  # no login form: it did run
    assert pool.waitForDone(3_000)


# ------------------------------------------------------------------ answers read by structure


def test_a_login_form_that_comes_back_is_a_refusal_whatever_it_says(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = page(
        "<p>Bienvenue sur le portail !</p><a href='/x'>Déconnexion</a>"
        "<p>Connexion impossible.</p>" + login_form()
    )
    with pytest.raises(WrongCredentialsError) as caught:
        client.check_credentials("jdupont", PASSWORD)
    assert "Connexion impossible." in caught.value.site_message


def test_the_login_form_gone_is_a_success_without_any_word(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A redirect away and a page of applications with a way out (an icon, no word). Without
    the way out, a redirect alone is also what error pages do: not a success
    (``test_real_software_answers``)."""
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = redirect("/externet/apps", status=302)
    academie.routes["/externet/apps"] = page(
        "<ul><li><a href='/m'>Formation</a></li></ul>"
        "<a href='/externet/logout'><img src='/off.png' alt=''></a>"
    )
    assert client.check_credentials("jdupont", PASSWORD).identifiant == "jdupont"


MENU_WITH_CHANGE_FORM = (
    "<nav><a href='#apps'>Vos applications</a> <a href='#password'>Mot de passe</a></nav>"
    "<div id='password'><form method='post' action='#'>"
    "<label for='o'>Mot de passe actuel</label><input id='o' type='password' name='oldpassword'>"
    "<label for='n'>Nouveau mot de passe</label><input id='n' type='password' name='newpassword'>"
    "<label for='c'>Confirmation</label><input id='c' type='password' name='confirmpassword'>"
    "<div class='card border-danger'>Au moins 8 caractères</div>"
    "<input type='submit' value='Valider'></form></div>"
)


def test_a_menu_offering_the_password_change_once_a_session_is_open_is_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A Web-SSO's menu (LemonLDAP::NG's) offers the change in a tab: after a redirect that
    set the session cookie, that form is offered, not asked for."""
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = redirect(
        "/externet/menu", headers=[("Set-Cookie", "lemonldap=abc; Path=/; HttpOnly")]
    )
    academie.routes["/externet/menu"] = page(MENU_WITH_CHANGE_FORM)
    result = client.check_credentials("jdupont", PASSWORD)
    assert result.evidence.cookies_set == ("lemonldap",)
    assert not result.evidence.alert  # a box's red border is not an alert


def test_a_change_form_after_a_login_that_opened_no_session_is_asked_for(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = page(MENU_WITH_CHANGE_FORM)
    with pytest.raises(ActionRequiredError):
        client.check_credentials("jdupont", PASSWORD)


def test_an_error_page_without_the_form_is_not_taken_for_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = page("<p>Service momentanément indisponible.</p>")
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)


def test_a_lookup_refusal_is_the_form_back_with_the_sites_sentence(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        "<p>Les données saisies ne nous permettent pas de répondre.</p>" + lookup_form()
    )
    with pytest.raises(NotFoundError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert caught.value.site_message == "Les données saisies ne nous permettent pas de répondre."
    assert JEAN_NUMEN not in caught.value.site_message


@pytest.mark.parametrize(
    ("status", "retry_after"),
    [(423, "99999999999"), (429, "99999999999999999999")],
    ids=["locked", "busy"],
)
def test_a_wait_of_centuries_is_said_without_breaking_the_page(
    qtbot: QtBot, wizard: MagistereWizard, academie: HostileServer, status: int, retry_after: str
) -> None:
    """A lock (423) or a limit (429) with ``Retry-After: 99999999999``: the wait was given to
    a QTimer and added to today's date as it came, and both overflowed in the page's slot
    (the teacher saw nothing, the test button stayed as it was). A wait is at most a day."""
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = page(
        "<p>Veuillez patienter.</p>" + login_form(),
        status=status,
        headers=[("Retry-After", retry_after)],
    )
    password_page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(password_page.identifiant, "jdupont")
    qtbot.keyClicks(password_page.password.line_edit, PASSWORD)
    qtbot.mouseClick(password_page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, password_page)
    message = password_page.status.message.text()
    assert "Réessayez dans" in message, message
    if status == 423:
        assert not password_page.test_button.isEnabled()

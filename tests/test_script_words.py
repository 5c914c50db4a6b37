"""Words a page's script fills in from the site's translation file (as LemonLDAP::NG's do).

The page sends ``<span trmsg="5"></span>``; its script ``<static>/common/js/portal.min.js``
fetches ``<static>/languages/fr.json`` and puts the French words in. A person reads
them; so does the client, fetching that file once, on the académie's own hosts only.
Over a real socket, with the pages LemonLDAP::NG 2.16 sends (tests/test_web_sso.py runs
the same stories against the real portal).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_hostile_servers import PORTAL, write_profile

from hostile import HostileServer, page
from magistere_gui.client import (
    AcademieClient,
    AccountLockedError,
    SiteNotUnderstoodError,
    WrongCredentialsError,
    load_profile,
)
from magistere_gui.client.notices import site_messages
from magistere_gui.client.page import Page
from magistere_gui.client.translations import dictionary_url, parse_dictionary, translated

DICTIONARY = "/static/languages/fr.json"
WORDS = {
    "PE5": "Identifiant ou mot de passe incorrect",
    "PE86": "Votre compte est verrouillé. Avant de pouvoir vous ré-authentifier, vous devez patienter",
    "seconds": "secondes",
    "connect": "Se connecter",
    "login": "Identifiant",
    "password": "Mot de passe",
    "goToPortal": "Aller au portail",
}


def llng_page(body: str, script_prefix: str = "/static/") -> str:
    return (
        "<html><head>"
        f"<script type='text/javascript' src='{script_prefix}common/js/portal.min.js'></script>"
        f"</head><body>{body}</body></html>"
    )


def llng_login_form(message: str = "", script_prefix: str = "/static/") -> str:
    return llng_page(
        message + "<form id='lform' action='#' method='post' class='login' role='form'>"
        "<input type='hidden' name='token' value='1_2'>"
        "<label for='userfield'><i class='fa fa-user'></i></label>"
        "<input id='userfield' name='user' type='text' trplaceholder='login'>"
        "<label for='passwordfield'><i class='fa fa-lock'></i></label>"
        "<input id='passwordfield' name='password' type='password' trplaceholder='password'>"
        "<button type='submit' class='btn btn-success'><span trspan='connect'>Connect</span></button>"
        "</form>",
        script_prefix,
    )


REFUSED = "<div class='message message-negative alert' role='alert'><span trmsg='5'></span></div>"
LOCKED = (
    "<div class='message message-negative alert' role='alert'><span trmsg='86'></span>"
    " 60 <span trspan='seconds'>seconds</span>.</div>"
    "<div id='error'><a href='/?cancel=1' class='btn btn-primary' role='button'>"
    "<span trspan='goToPortal'>Go to portal</span></a></div>"
)


@pytest.fixture(scope="module")
def sso_server() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.1") as server:
        yield server


@pytest.fixture(scope="module")
def other_server() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.2") as server:
        yield server


@pytest.fixture
def sso(sso_server: HostileServer) -> HostileServer:
    sso_server.reset()
    sso_server.routes[PORTAL] = page(llng_login_form())
    sso_server.routes[DICTIONARY] = page(json.dumps(WORDS), content_type="application/json")
    return sso_server


@pytest.fixture
def client(sso: HostileServer, tmp_path: Path) -> Iterator[AcademieClient]:
    academie = AcademieClient(load_profile(write_profile(tmp_path, sso.url)))
    yield academie
    academie.close()


def answer_with(sso: HostileServer, html: str, script_prefix: str = "/static/") -> None:
    """The login form posts to its own address (``action='#'``), as LemonLDAP::NG's does."""
    form = llng_login_form(script_prefix=script_prefix)
    sso.routes[PORTAL] = lambda request, out: page(html if request.method == "POST" else form)(
        request, out
    )


def test_a_refusal_is_read_in_the_words_the_pages_script_puts_in(
    sso: HostileServer, client: AcademieClient
) -> None:
    answer_with(sso, llng_login_form(REFUSED))
    with pytest.raises(WrongCredentialsError) as refused:
        client.check_credentials("rtyler", "pas-le-bon")
    assert refused.value.site_message == "Identifiant ou mot de passe incorrect"


def test_the_translation_file_is_fetched_once_per_client(
    sso: HostileServer, client: AcademieClient
) -> None:
    answer_with(sso, llng_login_form(REFUSED))
    for attempt in range(2):
        with pytest.raises(WrongCredentialsError):
            client.check_credentials("rtyler", f"pas-le-bon-{attempt}")
    assert sso.paths_received().count(DICTIONARY) == 1


def test_a_lock_said_by_the_script_is_a_lock_with_its_wait_in_seconds(
    sso: HostileServer, client: AcademieClient
) -> None:
    answer_with(sso, llng_page(LOCKED))
    with pytest.raises(AccountLockedError) as locked:
        client.check_credentials("msmith", "msmith")
    assert locked.value.site_message == (
        "Votre compte est verrouillé. Avant de pouvoir vous ré-authentifier, vous devez"
        " patienter 60 secondes."
    )
    assert locked.value.retry_after_seconds == 60


def test_without_its_translation_file_the_page_is_read_as_sent(
    sso: HostileServer, client: AcademieClient
) -> None:
    """No words, no outcome guessed: the empty alert is shown in the browser instead."""
    del sso.routes[DICTIONARY]
    answer_with(sso, llng_login_form(REFUSED))
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("rtyler", "pas-le-bon")


def test_a_translation_file_on_another_host_is_never_fetched(
    sso: HostileServer, other_server: HostileServer, client: AcademieClient
) -> None:
    other_server.reset()
    other_server.routes[DICTIONARY] = page(json.dumps(WORDS), content_type="application/json")
    elsewhere = f"{other_server.url}/static/"
    answer_with(sso, llng_login_form(REFUSED, script_prefix=elsewhere), script_prefix=elsewhere)
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("rtyler", "pas-le-bon")
    assert other_server.paths_received() == []


def test_a_file_that_is_not_a_dictionary_gives_no_words() -> None:
    assert parse_dictionary(b"<html>404</html>") == {}
    assert parse_dictionary(b'["PE5"]') == {}
    assert parse_dictionary(b'{"PE5": "Refus\\u00e9", "n": 3, "l": ["x"]}') == {"PE5": "Refusé"}


def as_page(html: str) -> Page:
    return Page(url="http://127.0.0.1:8080/", status=200, text=html, charset="utf-8")


def test_the_words_are_put_in_as_the_script_does() -> None:
    """Arguments in place of ``%s``, markup read as text, a ``_hide_`` message hides its
    block, placeholders name the fields; unknown keys keep what the page says."""
    sent = as_page(
        llng_page(
            "<div class='alert alert-info'><span trspan='wait,60,3'>Wait</span></div>"
            "<div class='alert alert-danger'><span trmsg='9'></span></div>"
            "<div class='message message-negative'><span trmsg='41'>x</span></div>"
            "<p class='error'><span trspan='unknownKey'>As sent</span></p>"
            "<form><input name='u' trplaceholder='login'><input name='p' type='password'></form>"
        )
    )
    words = {
        "wait": "Patientez %s secondes (essai %d)",
        "PE9": "Veuillez vous <b>authentifier</b>",
        "PE41": "_hide_",
        "login": "Identifiant",
    }
    shown = translated(sent, words)

    assert site_messages(shown) == (
        "Patientez 60 secondes (essai 3) Veuillez vous authentifier As sent"
    )
    assert shown.text == sent.text  # what the site sent is kept (for a saved page)
    field = shown.document().xpath("//input[@name='u']")[0]
    assert field.get("placeholder") == "Identifiant"
    assert field.get("aria-label") == "Identifiant"


def test_only_a_page_with_the_translating_script_and_its_marks_asks_for_words() -> None:
    assert (
        dictionary_url(as_page(llng_page(REFUSED)))
        == "http://127.0.0.1:8080/static/languages/fr.json"
    )
    assert dictionary_url(as_page(llng_page("<p>Bonjour</p>"))) is None
    assert dictionary_url(as_page(f"<html><body>{REFUSED}</body></html>")) is None

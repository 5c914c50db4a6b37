"""Pages read as a browser shows them, over a real socket: refreshes, frames, hand-off forms,
script messages, encodings, inline captchas, and forms that ask for what we do not know.

The "académie" is a scripted server on 127.0.0.1 (its profile's only host), the "foreign"
site another one on 127.0.0.2; every test checks what reached each server.
"""

from __future__ import annotations

import base64
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
import scripted_site
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_hostile_servers import (
    LOOKUP,
    PASSWORD,
    PORTAL,
    RESET,
    SMALL_PNG,
    captcha_page,
    login_form,
    lookup_form,
    png,
    secrets_in,
    write_profile,
)

from accounts import JEAN_NUMEN
from helpers import BrowserSpy
from hostile import HostileServer, Received, page, redirect
from magistere_gui.client import (
    AcademieClient,
    LoginSucceeded,
    NetworkError,
    NotFoundError,
    RequestTimeoutError,
    SiteNotUnderstoodError,
    SiteProfile,
    UnknownFieldError,
    UntrustedSiteError,
    UnusableCaptchaImageError,
    WrongCredentialsError,
    load_profile,
)
from magistere_gui.client.charsets import decode_page, encode_form
from magistere_gui.client.forms import carried_values
from magistere_gui.gui.wizard import MagistereWizard
from stories import fill_identity, go_to_identifiant_page, wait_idle

FOUND = "<p>Votre identifiant est : <b>jdupont</b></p>"


# The scripted académie (its fixtures written once) and a foreign host beside it.
academie_server = scripted_site.academie_server
academie = scripted_site.academie


@pytest.fixture(scope="module")
def foreign_server() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.2") as server:
        yield server


@pytest.fixture
def foreign(foreign_server: HostileServer) -> HostileServer:
    foreign_server.reset()
    foreign_server.fallback = page(lookup_form("/steal") + login_form("/steal"))
    return foreign_server


@pytest.fixture
def profile(tmp_path: Path, academie: HostileServer) -> SiteProfile:
    """The scripted académie's profile (conftest's ``wizard`` uses it too)."""
    return load_profile(write_profile(tmp_path, academie.url))


@pytest.fixture
def client(profile: SiteProfile) -> Iterator[AcademieClient]:
    academie_client = AcademieClient(profile)
    yield academie_client
    academie_client.close()


def paths(server: HostileServer) -> list[str]:
    return server.paths_received()


# ------------------------------------------------------------------ refresh


def test_a_please_wait_refresh_leads_to_the_result(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        "<meta http-equiv='Refresh' content='0; URL=resultat.php?t=8f2'><p>Veuillez patienter…</p>"
    )
    academie.routes["/melouvert/resultat.php"] = page(FOUND)
    found = client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert found.identifiant == "jdupont"
    assert found.evidence.redirected  # the hop is evidence of where we landed
    assert paths(academie)[-1] == "/melouvert/resultat.php"
    assert academie.received[-1].method == "GET"
    assert academie.received[-1].target.endswith("?t=8f2")


def test_a_refresh_header_is_followed_like_the_meta(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        "<p>Veuillez patienter…</p>", headers=[("Refresh", "0;url='/melouvert/resultat.php'")]
    )
    academie.routes["/melouvert/resultat.php"] = page(FOUND)
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"


def test_a_refresh_towards_another_host_is_not_followed(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        f"<meta http-equiv='refresh' content='0;url={foreign.url}/resultat.php'>"
    )
    with pytest.raises(UntrustedSiteError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert caught.value.host == foreign.url.removeprefix("http://")
    assert foreign.received == []


def test_a_refresh_loop_ends_as_not_understood(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        "<meta http-equiv='refresh' content='0;url=attente.php'>"
    )
    academie.routes["/melouvert/attente.php"] = page(
        "<meta http-equiv='refresh' content='0'><p>Veuillez patienter</p>"
    )
    with pytest.raises(SiteNotUnderstoodError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert caught.value.capture is not None  # the page is offered
    assert paths(academie).count("/melouvert/attente.php") <= 5


def test_a_refresh_never_puts_a_secret_in_an_address(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A GET lookup echoing the NUMEN into a refresh: the GET is never sent."""
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        f"<meta http-equiv='refresh' content='0;url=resultat.php?numen={JEAN_NUMEN}'>"
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert "/melouvert/resultat.php" not in paths(academie)


def test_a_slow_refresh_is_a_page_to_read_not_a_step(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        "<meta http-equiv='refresh' content='60;url=/'>"
        "<p class='erreur'>Aucun agent ne correspond à ce nom.</p>"
    )
    with pytest.raises(NotFoundError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert paths(academie) == [LOOKUP, "/melouvert/identifiant.php"]


# ------------------------------------------------------------------ frames


def test_a_lookup_form_inside_a_frameset_is_filled_and_sent_from_its_frame(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(
        "<html><head><title>Messagerie</title></head><frameset rows='80,*'>"
        "<frame src='/bandeau.htm'><frame src='cadres/recherche.htm' name='main'>"
        "<noframes>Votre navigateur ne gère pas les cadres.</noframes></frameset></html>"
    )
    academie.routes["/bandeau.htm"] = page("<p>Académie de Créteil</p>")
    academie.routes["/melouvert/cadres/recherche.htm"] = page(lookup_form("resultat.php"))
    academie.routes["/melouvert/cadres/resultat.php"] = page(FOUND)
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"
    assert academie.received[-1].method == "POST"


def test_an_iframe_holding_the_answer_is_read(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        "<h1>Résultat</h1><iframe src='/melouvert/detail.php'>Pas de cadre.</iframe>"
    )
    academie.routes["/melouvert/detail.php"] = page(FOUND)
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"


def test_a_frame_towards_another_host_is_not_loaded(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(
        f"<frameset><frame src='{foreign.url}/recherche.htm'></frameset>"
    )
    with pytest.raises(UntrustedSiteError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert foreign.received == []
    assert not secrets_in(academie.received)


def test_frames_nested_too_deep_are_not_followed_for_ever(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page("<iframe src='/cadre.htm'></iframe>")
    academie.routes["/cadre.htm"] = page("<iframe src='/cadre.htm'></iframe>")
    with pytest.raises(SiteNotUnderstoodError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert paths(academie).count("/cadre.htm") <= 3


# ------------------------------------------------------------------ hand-off forms


def hand_off(action: str, *, extra: str = "") -> str:
    return (
        "<body onload='document.forms[0].submit()'>"
        f"<form method='post' action='{action}'>"
        "<input type='hidden' name='SAMLResponse' value='PHNhbWxwOlJlc3BvbnNl'>"
        f"<input type='hidden' name='RelayState' value='/externet/accueil'>{extra}"
        "<noscript><p>Votre navigateur n'exécute pas JavaScript : cliquez sur Continuer.</p>"
        "<input type='submit' value='Continuer'></noscript></form></body>"
    )


def test_a_saml_hand_off_after_the_login_is_followed_to_the_session(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = page(hand_off("/externet/Shibboleth.sso/SAML2/POST"))
    academie.routes["/externet/Shibboleth.sso/SAML2/POST"] = redirect(
        "/externet/accueil", headers=[("Set-Cookie", "_shibsession_1=abc; Path=/")]
    )
    academie.routes["/externet/accueil"] = page(
        "<p>Mon espace</p><a href='/externet/sortie'>Se déconnecter</a>"
    )
    result = client.check_credentials("jdupont", PASSWORD)
    assert isinstance(result, LoginSucceeded)
    assert "_shibsession_1" in result.evidence.cookies_set  # set on the hand-off's hop
    handed: Received = next(r for r in academie.received if r.path.endswith("SAML2/POST"))
    assert handed.method == "POST"
    assert urllib.parse.parse_qs(handed.body.decode())["SAMLResponse"] == ["PHNhbWxwOlJlc3BvbnNl"]
    assert PASSWORD.encode() not in handed.body


def test_a_hand_off_towards_another_host_is_not_followed(
    academie: HostileServer, foreign: HostileServer, client: AcademieClient
) -> None:
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = page(hand_off(f"{foreign.url}/acs"))
    with pytest.raises(UntrustedSiteError):
        client.check_credentials("jdupont", PASSWORD)
    assert foreign.received == []


def test_a_hand_off_that_would_carry_our_password_is_not_followed(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = page(
        hand_off("/externet/suite", extra=f"<input type='hidden' name='pw' value='{PASSWORD}'>")
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)
    assert "/externet/suite" not in paths(academie)


def test_a_form_with_only_hidden_fields_that_does_not_submit_itself_is_not_sent(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[PORTAL] = page(login_form())
    academie.routes["/externet/login"] = page(
        "<p class='erreur'>Identifiant ou mot de passe incorrect.</p>"
        "<form method='post' action='/externet/sortie'><input type='hidden' name='t' value='1'>"
        "<button>Se déconnecter</button></form>"
    )
    with pytest.raises(WrongCredentialsError):
        client.check_credentials("jdupont", PASSWORD)
    assert "/externet/sortie" not in paths(academie)


# ------------------------------------------------------------------ script messages


def test_a_script_only_refusal_is_a_refusal_with_the_sites_words(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        '<script>alert("Aucun agent ne correspond \\u00e0 ce nom et ce NUMEN.");history.back();</script>'
    )
    with pytest.raises(NotFoundError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert caught.value.site_message == "Aucun agent ne correspond à ce nom et ce NUMEN."


def test_a_script_refusal_in_latin1_with_escapes_reads_whole(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    script = (
        "<html><head><script type='text/javascript'>\n"
        "window.alert('L\\'agent n\\x27a pas \\u00e9t\\xe9 trouv\u00e9 :\\n' + \"v\u00e9rifiez le NUMEN.\");\n"
        "document.location = 'identifiant.htm';</script></head><body></body></html>"
    )
    academie.routes["/melouvert/identifiant.php"] = page(
        script.encode("cp1252"), content_type="text/html; charset=ISO-8859-1"
    )
    with pytest.raises(NotFoundError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert caught.value.site_message == "L'agent n'a pas été trouvé : vérifiez le NUMEN."


def test_document_write_and_noscript_are_read_as_page_text(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        "<script>document.write('<p>Votre identifiant est : <b>jdupont</b></p>');</script>"
        "<noscript><p>Activez JavaScript.</p></noscript>"
    )
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"


def test_a_dialog_shown_as_the_page_opens_is_read(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        "<body onload=\"alert('NUMEN inconnu : aucun agent trouv\\u00e9.')\"></body>"
    )
    with pytest.raises(NotFoundError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert caught.value.site_message == "NUMEN inconnu : aucun agent trouvé."


def test_a_message_block_a_browser_hides_is_not_what_the_site_says(
    academie: HostileServer, client: AcademieClient
) -> None:
    """Every page carries the error box, hidden until a script shows it: the answer is the
    identifiant, not the hidden "Identifiant inconnu"."""
    box = (
        "<div class='alert alert-danger' style='display:none'>Identifiant inconnu.</div>"
        "<div class='erreur hidden'>Erreur technique.</div>"
    )
    academie.routes[LOOKUP] = page(box + lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(box + FOUND)
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"


CHECK_SCRIPT = (
    "<script>function verifier(f) { if (f.nom.value == '') {"
    " alert('Veuillez saisir votre nom.'); return false; } return true; }</script>"
)


def test_a_forms_check_run_only_when_it_is_sent_is_not_what_the_page_says(
    academie: HostileServer, client: AcademieClient
) -> None:
    """The form's own check (a named function, run on submit) shows nothing as the page opens:
    the refusal is the site's words only, and a page carrying the check is not an alert."""
    form = CHECK_SCRIPT + lookup_form(extra="onsubmit='return verifier(this)'")
    academie.routes[LOOKUP] = page(form)
    academie.routes["/melouvert/identifiant.php"] = page(
        "<p class='erreur'>Identifiant ou NUMEN incorrect.</p>" + form
    )
    with pytest.raises(NotFoundError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert caught.value.site_message == "Identifiant ou NUMEN incorrect."
    academie.routes["/melouvert/identifiant.php"] = page(CHECK_SCRIPT + FOUND)
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"


def test_a_computed_script_message_is_not_guessed(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        "<script>var m = 'Votre identifiant est : ' + login; alert(m);</script>"
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)


# ------------------------------------------------------------------ encodings


def lookup_sent(academie: HostileServer) -> bytes:
    return next(r for r in academie.received if r.method == "POST").body


@pytest.mark.parametrize(
    ("body", "content_type", "sent"),
    [
        # No charset in the header: the <meta> prescan decides.
        (
            b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>"
            + lookup_form().encode(),
            "text/html",
            b"Lef%E8vre",
        ),
        # A byte-order mark beats the header.
        (
            b"\xef\xbb\xbf" + lookup_form().encode(),
            "text/html; charset=ISO-8859-1",
            b"Lef%C3%A8vre",
        ),
        # Nothing declared at all: windows-1252, the default of a French browser.
        (lookup_form().encode(), "text/html", b"Lef%E8vre"),
        # A <meta> after the first 1024 bytes is not seen (as in a browser).
        (
            b"<!--" + b"x" * 1100 + b"--><meta charset='utf-8'>" + lookup_form().encode(),
            "text/html",
            b"Lef%E8vre",
        ),
        # accept-charset wins over the page's own encoding.
        (
            lookup_form(extra="accept-charset='UTF-8'").encode("cp1252"),
            "text/html; charset=ISO-8859-1",
            b"Lef%C3%A8vre",
        ),
    ],
    ids=["meta-prescan", "bom", "default", "meta-too-late", "accept-charset"],
)
def test_the_form_goes_back_in_the_encoding_a_browser_would_use(
    academie: HostileServer, client: AcademieClient, body: bytes, content_type: str, sent: bytes
) -> None:
    academie.routes[LOOKUP] = page(body, content_type=content_type)
    academie.routes["/melouvert/identifiant.php"] = page(FOUND)
    client.lookup_identifiant("Lefèvre", JEAN_NUMEN)
    assert b"nom=" + sent in lookup_sent(academie)


def test_a_page_is_decoded_as_the_encoding_standard_says() -> None:
    assert decode_page("<p>é</p>".encode("cp1252"), None) == ("<p>é</p>", "windows-1252")
    assert decode_page(b"<p>\x80</p>", "iso-8859-1") == ("<p>€</p>", "windows-1252")
    assert decode_page(b"\xff\xfe<\x00p\x00>\x00", "windows-1252")[1] == "utf-16le"
    assert decode_page(b"<meta charset='utf-16'><p>\xc3\xa9", None) == (
        "<meta charset='utf-16'><p>é",
        "utf-8",
    )


# ------------------------------------------------------------------ inline captcha


def data_url(data: bytes, media_type: str = "image/png") -> str:
    return f"data:{media_type};base64,{base64.b64encode(data).decode()}"


def test_an_inline_captcha_is_read_from_the_page_without_fetching(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[RESET] = page(
        captcha_page(image=data_url(SMALL_PNG)).replace(
            "alt='captcha'", "alt='Image de vérification'"
        )
    )
    challenge = client.start_password_reset()
    assert challenge.image == SMALL_PNG
    assert challenge.image_format == "png"
    assert paths(academie) == [RESET]  # nothing else fetched


@pytest.mark.parametrize(
    "source",
    [
        data_url(b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml"),
        data_url(png(8000, 8000)),
        data_url(b"\x89PNG" + b"\x00" * (1024 * 1024 + 10)),
        "data:image/png;base64,@@@not-base64",
    ],
    ids=["svg", "too-many-pixels", "too-large", "malformed"],
)
def test_an_inline_captcha_has_the_bounds_of_a_fetched_one(
    academie: HostileServer, client: AcademieClient, source: str
) -> None:
    academie.routes[RESET] = page(captcha_page(image=source))
    with pytest.raises(UnusableCaptchaImageError):
        client.start_password_reset()


# ------------------------------------------------------------------ what we do not know


def test_a_field_we_do_not_fill_stops_the_step_before_anything_is_sent(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(
        lookup_form().replace(
            "<input type='submit'",
            "<label for='d'>Date de naissance</label><input id='d' name='naissance'>"
            "<input type='submit'",
        )
    )
    with pytest.raises(UnknownFieldError) as caught:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert caught.value.asked_for == "Date de naissance"
    assert caught.value.capture is not None  # the page is offered
    assert [r.method for r in academie.received] == ["GET"]


def test_the_teacher_is_told_what_the_site_asks_and_offered_the_page(
    qtbot: QtBot,
    wizard: MagistereWizard,
    academie: HostileServer,
    profile: SiteProfile,
    browser: BrowserSpy,
) -> None:
    academie.routes[LOOKUP] = page(
        lookup_form().replace(
            "<input type='submit'",
            "<label for='d'>Date de naissance</label><input id='d' name='naissance'>"
            "<input type='submit'",
        )
    )
    identifiant_page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, identifiant_page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.mouseClick(identifiant_page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, identifiant_page)
    message = identifiant_page.status.message.text()
    assert "«\u00a0Date de naissance\u00a0»" in message
    assert "Rien n'a été envoyé" in message
    assert [request.method for request in academie.received] == ["GET"]
    qtbot.mouseClick(identifiant_page.status.browser_button, Qt.MouseButton.LeftButton)
    assert browser.opened == [profile.url("identifiant_lookup")]


def test_a_field_hidden_from_people_is_not_asked(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A trap for robots, hidden by its style: a person leaves it empty, and so do we."""
    academie.routes[LOOKUP] = page(
        lookup_form().replace(
            "<input type='submit'",
            "<div style='display: none'><input name='website'></div><input type='submit'",
        )
    )
    academie.routes["/melouvert/identifiant.php"] = page(FOUND)
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"
    assert lookup_sent(academie).endswith(b"&website=")


# ------------------------------------------------------------------ form values


def test_the_bytes_sent_are_lxml_form_values_urlencoded_as_a_browser_sends_them(
    academie: HostileServer, client: AcademieClient
) -> None:
    form = (
        "<form method='post' action='/melouvert/identifiant.php' accept-charset='ISO-8859-1'>"
        "<input type='hidden' name='jeton' value='a b&c=é'>"
        "<label for='n'>Votre Nom</label><input id='n' name='nom' value=''>"
        "<label for='m'>NUMEN</label><input id='m' name='numen' value=''>"
        "<select name='academie'><option value='creteil' selected>Créteil</option></select>"
        "<input type='checkbox' name='rappel' value='oui' checked>"
        "<textarea name='note'>€ – 中</textarea>"
        "</form>"
    )
    academie.routes[LOOKUP] = page(form)
    academie.routes["/melouvert/identifiant.php"] = page(FOUND)
    client.lookup_identifiant("Lefèvre", JEAN_NUMEN)
    parsed = lxml.html.fromstring(form)
    expected = [
        (name, {"nom": "Lefèvre", "numen": JEAN_NUMEN}.get(name, value))
        for name, value in parsed.form_values()
    ]
    assert carried_values(parsed) == parsed.form_values()  # nothing lxml and a browser differ on
    assert lookup_sent(academie).decode() == urllib.parse.urlencode(
        expected, encoding="cp1252", errors="xmlcharrefreplace"
    )
    assert lookup_sent(academie).decode() == encode_form(expected, "windows-1252")


@pytest.mark.parametrize(
    ("script", "said"),
    [
        ("alert('L\\'agent')", ["L'agent"]),
        ('alert("\\u00e9t\\xe9 \\u{1F600} \\ud83d\\ude00")', ["été 😀 😀"]),
        ("alert('deux \\\nlignes\\n')", ["deux lignes\n"]),
        ("alert(`sans ${variable}`)", []),
        ("alert(`gabarit simple`)", ["gabarit simple"]),
        ("confirm('Continuer ?'); alert(message)", ["Continuer ?"]),
        ("x.alert('pas une boîte')", []),
        ("document . write ( 'a' + \"b\" )", ["ab"]),
        ("function f() { alert('au clic'); } alert('au chargement');", ["au chargement"]),
        ("function f() { var s = '}'; alert('au clic'); }", []),
        ("window.onload = function () { alert('au chargement'); };", ["au chargement"]),
    ],
)
def test_script_string_literals_are_read_as_javascript_reads_them(
    script: str, said: list[str]
) -> None:
    from magistere_gui.client.scripts import script_messages

    assert [message.text for message in script_messages(script)] == said


@pytest.mark.parametrize("where", ["form", "refresh", "frame", "redirect"])
def test_a_malformed_address_anywhere_is_not_understood_never_a_crash(
    academie: HostileServer, client: AcademieClient, where: str
) -> None:
    """``http://[::1`` cannot be resolved: the step is not understood, and nothing unexpected
    is logged (the logged-warnings fixture fails the test otherwise)."""
    bad = "http://[::1/"
    academie.routes[LOOKUP] = page(
        lookup_form(bad)
        if where == "form"
        else lookup_form() + f"<iframe src='{bad}'></iframe>"
        if where == "frame"
        else lookup_form()
    )
    academie.routes["/melouvert/identifiant.php"] = (
        redirect(bad)
        if where == "redirect"
        else page(f"<meta http-equiv='refresh' content='0;url={bad}'>")
    )
    # requests itself reads a redirect's Location: an unreadable answer (a network error) there.
    with pytest.raises(NetworkError if where == "redirect" else SiteNotUnderstoodError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)


def test_the_site_check_never_submits_a_hand_off_form(
    academie: HostileServer, tmp_path: Path
) -> None:
    """The help desk's check promises GET only: a page that submits itself is read, not sent."""
    from magistere_gui.sitecheck import check_sites

    academie.routes[PORTAL] = page(hand_off("/externet/acs"))
    check_sites(load_profile(write_profile(tmp_path, academie.url)))
    assert PORTAL in paths(academie)
    assert {request.method for request in academie.received} == {"GET"}


def test_a_refresh_delay_counts_in_the_operations_deadline(
    academie: HostileServer, tmp_path: Path
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes["/melouvert/identifiant.php"] = page(
        "<meta http-equiv='refresh' content='4;url=resultat.php'><p>Veuillez patienter</p>"
    )
    academie.routes["/melouvert/resultat.php"] = page(FOUND)
    hurried = AcademieClient(
        load_profile(write_profile(tmp_path, academie.url, operation_seconds=1.0))
    )
    try:
        with pytest.raises(RequestTimeoutError):
            hurried.lookup_identifiant("Dupont", JEAN_NUMEN)
    finally:
        hurried.close()
    assert "/melouvert/resultat.php" not in paths(academie)

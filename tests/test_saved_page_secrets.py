"""A page saved for the help desk holds no secret, in any disguise, and no form field's value.

Each disguise a page may use to echo the NUMEN or a password (split by tags,
spaced, character references, percent or script escapes, another case, an
attribute, a link's query, base64, hexadecimal, invisible characters…) is
saved, then the saved file is read by a checker written apart from the
program's own code (lxml's reading of the page, the standard library's
decoders) that normalises it the same way a reader would undo the disguise.
The checker is first shown to find each secret in the page as it came.
"""

from __future__ import annotations

import base64
import contextlib
import html
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote

import lxml.etree
import lxml.html
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_hostile_servers import LOOKUP, lookup_form, write_profile

from accounts import JEAN_NUMEN
from helpers import BrowserSpy, MemoryKeyring
from hostile import HostileServer, page
from magistere_gui.client import AcademieClient, load_profile
from magistere_gui.client.capture import PageCapture, capture_file_text, read_capture
from magistere_gui.gui.wizard import MagistereWizard
from stories import fill_identity, go_to_identifiant_page, wait_idle

PASSWORD = "Tournesol-2024"
SECRETS = (JEAN_NUMEN, PASSWORD)


def _entities(text: str, form: str = "&#{};") -> str:
    return "".join(form.format(ord(character)) for character in text)


def disguises(secret: str) -> dict[str, str]:
    """Ways a page may echo ``secret`` (HTML fragments)."""
    half = len(secret) // 2
    b64 = base64.b64encode(f"numen={secret}&x=1".encode()).decode()
    return {
        "as typed": f"<p>{secret}</p>",
        "split by tags": f"<p>{secret[:5]}<b>{secret[5:10]}</b>{secret[10:]}</p>",
        "across elements": f"<td>{secret[:half]}</td><td>{secret[half:]}</td>",
        "spaced": "<p>" + " ".join(secret[i : i + 3] for i in range(0, len(secret), 3)) + "</p>",
        "non-breaking spaces": "<p>" + "\u00a0".join(secret) + "</p>",
        "zero-width spaces and soft hyphens": "<p>" + "\u200b\u00ad".join(secret) + "</p>",
        "decimal references": f"<p>{_entities(secret)}</p>",
        "hexadecimal references": f"<p>{_entities(secret, '&#x{:x};')}</p>",
        "references of references": f"<p>{_entities(secret, '&amp;#{};')}</p>",
        "percent-escaped": f"<p>{_percent_all(secret)}</p>",
        "percent-escaped twice": f"<p>{_percent_all(secret).replace('%', '%25')}</p>",
        "lower case": f"<p>{secret.lower()}</p>",
        "upper case, dashes": f"<p>{'-'.join(secret.upper())}</p>",
        "full width": f"<p>{_full_width(secret)}</p>",
        "in an attribute": f"<div data-echo='{secret}' title=\"{secret.lower()}\">x</div>",
        "in an attribute, escaped": f'<div data-echo="{_entities(secret)}">x</div>',
        "in a link's query": f'<a href="/aide?numen={quote(secret)}&amp;a=1">aide</a>',
        "in a link's query, escaped": f"<a href='/aide?n={_percent_all(secret)}'>aide</a>",
        "in a form field": f"<form><input name='numen' value='{secret}'></form>",
        "in a hidden field, spaced": f"<input type=hidden value='{' '.join(secret)}'>",
        "in a text area": f"<textarea name='t'>{secret}</textarea>",
        "in a script": f'<script>var a = 1 < 2; var n = "{_script_escaped(secret)}";</script>',
        "in a style": f"<style>p::after {{ content: '{_css_escaped(secret)}' }}</style>",
        "in a comment": f"<!-- echo: {secret} -->",
        "in the title": f"<title>{secret[:4]} {secret[4:]}</title>",
        "base64 in the text": f"<p>{b64}</p>",
        "base64 in a data address": f"<img src='data:text/plain;base64,{b64}'>",
        "base64 of a shifted text": f"<p>{base64.b64encode(f'n={secret}'.encode()).decode()}</p>",
        "url-safe base64": f"<p>{base64.urlsafe_b64encode(f'?={secret}'.encode()).decode()}</p>",
        "hexadecimal": f"<p>{secret.encode().hex().upper()}</p>",
        "written backwards": f"<p>{secret[::-1]}</p>",
        "written backwards, spaced": f"<p>{' '.join(secret[::-1].lower())}</p>",
        "base32": f"<p>{base64.b32encode(f'numen={secret}&x=1'.encode()).decode()}</p>",
        "base32 of a shifted text, lower case": (
            f"<p>{base64.b32encode(f'n={secret}'.encode()).decode().lower()}</p>"
        ),
        "base32hex in an attribute": (
            f"<i data-k='{base64.b32hexencode(f'ab{secret}'.encode()).decode()}'>x</i>"
        ),
        "ascii85": f"<p>{html.escape(base64.a85encode(f'numen={secret}&x=1'.encode()).decode())}</p>",
        "ascii85 of a shifted text": (
            f"<p>&lt;~{html.escape(base64.a85encode(f'n={secret}'.encode()).decode())}~&gt;</p>"
        ),
        "base85": f"<p>{html.escape(base64.b85encode(f'?{secret}'.encode()).decode())}</p>",
        "everything at once": (
            f"<p>{secret[:2]}<i>{_entities(secret[2:4])}</i> {secret[4:8].lower()}"
            f"<span>\u200b{_percent_all(secret[8:])}</span></p>"
        ),
    }


def _percent_all(text: str) -> str:
    return "".join(f"%{byte:02X}" for byte in text.encode())


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _script_escaped(text: str) -> str:
    return "".join(f"\\x{ord(c):02x}" if i % 2 else f"\\u{ord(c):04x}" for i, c in enumerate(text))


def _css_escaped(text: str) -> str:
    return "".join(f"\\{ord(c):x} " for c in text)


# ------------------------------------------------------------------ the checker


def _undone(text: str) -> str:
    """References, percent and script escapes undone, again and again, as a reader would."""
    for _ in range(4):
        before = text
        text = html.unescape(unquote(text))
        text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
        text = re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), text)
        text = re.sub(r"\\([0-9a-fA-F]{1,6}) ?", lambda m: chr(int(m.group(1), 16)), text)
        if text == before:
            break
    return text


def _decodings(text: str) -> Iterator[str]:
    """The text, and whatever base64, base32, ascii85, base85 or hexadecimal runs in it
    decode to."""
    yield text
    for run in re.findall(r"[A-Za-z0-9]{8,}={0,6}", text):
        for shift in range(8):
            data = run[shift:].rstrip("=").upper()
            for chunk in (data[: len(data) // 8 * 8], data + "=" * (-len(data) % 8)):
                for decode in (base64.b32decode, base64.b32hexdecode):
                    with contextlib.suppress(ValueError):
                        yield decode(chunk).decode("latin-1")
    for run in re.findall(r"[!-u]{10,}", text):
        for shift in range(5):
            chunk = run[shift:]
            for cut in (chunk, chunk[: len(chunk) // 5 * 5]):
                with contextlib.suppress(ValueError):
                    yield base64.a85decode(cut).decode("latin-1")
    for run in re.findall(r"[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{10,}", text):
        for shift in range(5):
            chunk = run[shift:]
            for cut in (chunk, chunk[: len(chunk) // 5 * 5]):
                with contextlib.suppress(ValueError):
                    yield base64.b85decode(cut).decode("latin-1")
    for run in re.findall(r"[A-Za-z0-9+/_-]{8,}={0,2}", text):
        for shift in range(4):
            chunk = run[shift:].rstrip("=")
            chunk = chunk[:-1] if len(chunk) % 4 == 1 else chunk
            chunk += "=" * (-len(chunk) % 4)
            for alphabet in (None, b"-_"):
                with contextlib.suppress(ValueError):
                    yield base64.b64decode(chunk, altchars=alphabet).decode("latin-1")
    for run in re.findall(r"(?:[0-9a-fA-F]{2})+", text):
        yield bytes.fromhex(run).decode("latin-1")


def _normalised(text: str) -> tuple[str, str]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    visible = "".join(
        c for c in folded if not c.isspace() and unicodedata.category(c) not in {"Cf", "Mn"}
    )
    return visible, "".join(c for c in visible if c.isalnum())


def readable_places(saved: str) -> list[str]:
    """Every text a person or a program could read from the saved page: its text joined
    across tags, its comments, every attribute value, and the file itself."""
    places = [saved]
    document = lxml.html.document_fromstring(saved or "<p></p>")
    places.append(document.text_content())
    for element in document.iter():
        if element.tag is lxml.etree.Comment:
            places.append(element.text or "")
        else:
            places += [str(value) for value in element.attrib.values()]
    return places


def secret_readable(saved: str, secret: str) -> bool:
    wanted_visible, wanted_bare = _normalised(secret)
    wanted = (wanted_visible, wanted_visible[::-1])
    wanted_bares = (wanted_bare, wanted_bare[::-1])  # also written backwards
    for place in readable_places(saved):
        undone = _undone(place)
        compact = "".join(c for c in undone if not c.isspace())  # the case kept: base64
        # Ascii85 and base85 hold "%" and "\\": decoded with its references undone only.
        referenced = "".join(c for c in html.unescape(place) if not c.isspace())
        for decoded in (undone, *_decodings(compact), *_decodings(referenced)):
            visible, bare = _normalised(_undone(decoded))
            if any(w in visible for w in wanted) or any(w in bare for w in wanted_bares):
                return True
    return False


def saved_page(html_page: str, secrets: tuple[str, ...] = SECRETS) -> str:
    text = capture_file_text(
        PageCapture("lookup_identifiant", "https://x.fr/a?b=c", html_page), secrets
    )
    return read_capture(text)[1]


# ------------------------------------------------------------------ the disguises


CASES = [
    (name, secret, fragment) for secret in SECRETS for name, fragment in disguises(secret).items()
]


@pytest.mark.parametrize(
    ("name", "secret", "fragment"), CASES, ids=[f"{s[:3]}-{n}" for n, s, _ in CASES]
)
def test_no_disguise_of_a_secret_survives_in_a_saved_page(
    name: str, secret: str, fragment: str
) -> None:
    original = f"<html><body><h1>Erreur</h1>{fragment}<p>Réessayez.</p></body></html>"
    assert secret_readable(original, secret), f"the checker must see {name}"
    saved = saved_page(original)
    assert not secret_readable(saved, secret), saved
    assert "<h1>Erreur</h1>" in saved  # the page keeps its shape
    assert "Réessayez." in saved


def test_every_form_field_value_is_blanked_and_button_labels_are_kept() -> None:
    saved = saved_page(
        "<form><input type='hidden' name='jeton' value='a20d06b2f7c29801'>"
        "<input name='nom' value=\"Dupont\"><input type=checkbox name=c value=oui>"
        "<textarea name='m'>Bonjour, voici mon NUMEN</textarea>"
        "<input type='submit' value='Valider'></form>"
    )
    document = lxml.html.fromstring(saved)
    fields = [i for i in document.iter("input") if i.get("type") != "submit"]
    assert len(fields) == 3
    assert all(field.get("value") == "" for field in fields)
    assert all(not (area.text or "") for area in document.iter("textarea"))
    assert "a20d06b2f7c29801" not in saved
    assert "Dupont" not in saved
    assert document.xpath("//input[@type='submit']/@value") == ["Valider"]


def test_ordinary_words_are_not_masked() -> None:
    text = "<p>Votre identifiant ou votre mot de passe est incorrect (24 essais, code E07).</p>"
    assert saved_page(text) == text


# ------------------------------------------------------------------ through the wizard


@pytest.fixture
def echoing_academie(tmp_path: Path) -> Iterator[tuple[HostileServer, Path]]:
    """An académie whose lookup answer is not understood and echoes the NUMEN every way."""
    with HostileServer("127.0.0.1") as server:
        server.routes[LOOKUP] = page(lookup_form())
        fragments = "".join(disguises(JEAN_NUMEN).values())
        server.routes["/melouvert/identifiant.php"] = page(
            f"<html><body><h1>Service indisponible</h1>{fragments}</body></html>"
        )
        yield server, write_profile(tmp_path, server.url)


def test_the_page_saved_from_the_wizard_holds_the_numen_in_no_disguise(
    qtbot: QtBot,
    french: QApplication,
    echoing_academie: tuple[HostileServer, Path],
    memory_keyring: MemoryKeyring,
    browser: BrowserSpy,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    _server, profile_path = echoing_academie
    profile = load_profile(profile_path)
    client = AcademieClient(profile)
    wizard = MagistereWizard(client, profile)
    qtbot.addWidget(wizard)
    wizard.show()
    page_ = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page_, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.mouseClick(page_.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page_)
    assert page_.status.save_page_button.isVisible()
    qtbot.mouseClick(page_.status.save_page_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_.status.saved_file is not None, timeout=10_000)
    saved = page_.status.saved_file
    assert saved is not None
    text = saved.read_text(encoding="utf-8")
    assert "Service indisponible" in text
    assert not secret_readable(text, JEAN_NUMEN)
    assert "Page enregistrée" in page_.status.message.text()
    wizard.close()
    client.close()
    QThreadPool.globalInstance().waitForDone(10_000)

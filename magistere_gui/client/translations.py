"""Words a page's own script fills in from the site's translation file, read as a browser shows them.

Why: a Web-SSO such as LemonLDAP::NG sends its pages with its messages as codes,
``<span trmsg="5"></span>``, and English defaults, ``<span trspan="connect">Connect</span>``;
its script (``common/js/portal.js``) then fetches ``<static>/languages/fr.json`` and puts
the French words in their place. A teacher reads "Identifiant ou mot de passe incorrect";
the bare HTML says nothing. So, as the browser does, the client fetches that file once (a
GET on the page's own site, inside the trust boundary, counted in the deadline, never a
secret) and reads the words into the page. Nothing is executed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import replace
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from magistere_gui.client.page import Page

#: The language asked for (the program speaks French; it sends Accept-Language: fr).
LANGUAGE = "fr"
MAX_DICTIONARY_BYTES = 512 * 1024
_MAX_ENTRIES = 5_000
_MAX_TRANSLATED_ELEMENTS = 500
_MAX_WORDS_CHARS = 1_000
#: Where the script that translates the page is: its folder gives the translation files'
#: (LemonLDAP::NG: ``<static>/common/js/portal.min.js`` and ``<static>/languages/fr.json``).
#: Searched in the head of the page only, and on text, since scripts are not kept when reading.
_TRANSLATING_SCRIPT = re.compile(
    r"""<script\b[^>]{0,200}?\bsrc\s*=\s*["']?(?P<prefix>[^"'\s>]{0,300}?)common/js/portal(?:\.min)?\.js""",
    re.IGNORECASE,
)
_SEARCHED_HEAD_CHARS = 100_000
_MARKERS = re.compile(r"\btr(?:msg|span|placeholder)\s*=", re.IGNORECASE)


def dictionary_url(page: Page) -> str | None:
    """The address of the translation file the page's script would fetch, if it has one."""
    head = page.text[:_SEARCHED_HEAD_CHARS]
    if not _MARKERS.search(page.text[: 4 * _SEARCHED_HEAD_CHARS]):
        return None
    script = _TRANSLATING_SCRIPT.search(head)
    if script is None:
        return None
    return urljoin(page.url, f"{script.group('prefix')}languages/{LANGUAGE}.json")


def parse_dictionary(body: bytes) -> Mapping[str, str]:
    """The file's key → words pairs (plain strings only, bounded); empty when it is not one."""
    try:
        data = json.loads(body[:MAX_DICTIONARY_BYTES].decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    words: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(key, str) and isinstance(value, str):
            words[key] = value[:_MAX_WORDS_CHARS]
            if len(words) >= _MAX_ENTRIES:
                break
    return words


def _plain(words: str) -> str:
    """The script puts the words in as HTML: a person reads their text."""
    if "<" not in words:
        return words
    try:
        return str(lxml.html.fragment_fromstring(words, create_parent="span").text_content())
    except (ValueError, etree.ParserError):
        return ""


def _filled(text: str, arguments: list[str]) -> str:
    """``%s`` and ``%d`` replaced by the arguments in order, as the script does."""
    pieces = re.split(r"%[sd]", text, maxsplit=len(arguments))
    filled = pieces[0]
    for argument, piece in zip(arguments, pieces[1:], strict=False):
        filled += argument + piece
    return filled


def _set_text(element: lxml.html.HtmlElement, text: str) -> None:
    for child in list(element):
        element.remove(child)  # the tails go too, as jQuery's .html() replaces all content
    element.text = text


def translated(page: Page, words: Mapping[str, str]) -> Page:
    """The page as the browser shows it once its script has put the words in.

    The same page (address, status, cookies, text as sent, so a capture keeps what the
    site sent), whose parsed document holds the words: ``trmsg="N"`` gets message ``PEN``,
    ``trspan="key,arg,…"`` the words of ``key`` (with ``%s`` replaced by the arguments),
    ``trplaceholder`` the placeholder and accessible name; a message whose words say
    ``_hide_`` hides its block. Unknown keys keep what the page says.
    """
    shown = replace(page)
    document = shown.document()
    elements = document.xpath("//*[@trmsg or @trspan or @trplaceholder]")[:_MAX_TRANSLATED_ELEMENTS]
    for element in elements:
        message = element.get("trmsg")
        if message is not None:
            text = words.get(f"PE{message.strip()}")
            if text is not None and "_hide_" in text:
                parent = element.getparent()
                if parent is not None and parent.getparent() is not None:
                    parent.drop_tree()
                continue
            if text is not None:
                _set_text(element, _plain(text))
            continue
        span = element.get("trspan")
        if span is not None:
            key, *arguments = span.split(",")
            text = words.get(key.strip())
            if text is not None:
                _set_text(element, _plain(_filled(text, arguments)))
            continue
        placeholder = words.get((element.get("trplaceholder") or "").strip())
        if placeholder is not None:
            element.set("placeholder", placeholder)
            element.set("aria-label", placeholder)
    return shown

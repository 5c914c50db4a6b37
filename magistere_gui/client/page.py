"""One académie page as a person sees it: its text, in reading order, with what its scripts say.

Why a model of our own around lxml's tree: every reader of an answer (forms, message
blocks, identifiants, captchas) needs the same few views of the page, each computed
once and bounded (pages may be 2 MiB of hostile markup). Scripts are never run; the
sentences they would show (``alert()``, ``confirm()``, ``document.write()``) are put in
their place as text, so a script-only refusal reads like any refusal.
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

import lxml.html
from lxml import etree

from magistere_gui.client.scripts import ScriptMessage, script_messages

_MAX_READING_PIECES = 200_000
#: Elements a page's lines are read from: what a page says is in its first few thousand.
_MAX_LINE_ELEMENTS = 20_000
#: Scripts read for their messages, at most (a page with more is read for the first ones).
_MAX_SCRIPTS_READ = 100
#: How much of a page's visible text the site's sentences are looked for in.
MAX_SEARCHED_CHARS = 100_000
#: What the wizard may show of a site's own message: a sentence or two, never a page.
MAX_SITE_MESSAGE_CHARS = 400
# Control, format (bidi overrides, zero-width), surrogate, private and unassigned characters.
_UNSHOWABLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
#: Which ``<script type>`` a browser runs (none or a JavaScript type): others are data.
_SCRIPT_TYPES = re.compile(r"^(?:|module|(?:text|application)/(?:x-)?(?:java|ecma)script)$")
#: Marks the elements that stand for a script's words (the page's own never have it).
SCRIPT_MESSAGE_ATTRIBUTE = "data-magistere-script"


_parsers = threading.local()


def _html_parser() -> etree.HTMLParser:
    """lxml.html's parser, its element classes found by tag name inside lxml, not by a Python
    call per element.

    Why: lxml.html finds the class of each element it hands to Python (``FormElement`` for a
    form, ``HtmlElement`` else) with a lookup written in Python, called again each time an
    element is reached; on a 2 MiB page of thousands of forms it was a sixth of the reading.
    The same classes, registered with lxml's own by-name lookup (``ElementNamespaceClassLookup``
    for elements without a namespace, as HTML's are). One parser per thread: lxml's parsers
    are not to be shared between threads (pages are read in the workers)."""
    parser: etree.HTMLParser | None = getattr(_parsers, "html", None)
    if parser is None:
        lookup = etree.ElementNamespaceClassLookup(
            etree.ElementDefaultClassLookup(
                element=lxml.html.HtmlElement,
                comment=lxml.html.HtmlComment,
                pi=lxml.html.HtmlProcessingInstruction,
                entity=lxml.html.HtmlEntity,
            )
        )
        lookup.get_namespace(None).update(lxml.html.HtmlElementClassLookup._default_element_classes)
        parser = lxml.html.HTMLParser()
        parser.set_element_class_lookup(lookup)
        _parsers.html = parser
    return parser


def clean_site_text(text: str, limit: int = MAX_SITE_MESSAGE_CHARS) -> str:
    """A site's text made safe to show: no control or bidi-override characters, one line, capped."""
    shown = "".join(
        " " if character.isspace() else character
        for character in text[: limit * 4]
        if character.isspace() or unicodedata.category(character) not in _UNSHOWABLE_CATEGORIES
    )
    shown = " ".join(shown.split())
    return shown if len(shown) <= limit else shown[: limit - 1].rstrip() + "…"


_COMBINING_MARKS = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


def fold(text: str) -> str:
    """Lower case, accents folded, spaces collapsed: what we compare label texts on.

    One regular-expression pass rather than a test per character: pages are up to 2 MiB.
    """
    plain = (
        text if text.isascii() else _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))
    )
    return " ".join(plain.lower().replace("’", "'").split())


#: Elements a browser lays out inside a line: their text runs on with the text around them
#: (``jdupont<b>1</b>`` reads "jdupont1"). Any other element starts a new line.
_INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "label",
        "mark",
        "nobr",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    }
)
_HIDING_CLASSES = frozenset({"hidden", "hide", "d-none", "is-hidden", "invisible", "fr-hidden"})
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: Text drawn in another order than it is written (``<bdo>``, a CSS bidi override).
_OVERRIDE_STYLE = re.compile(r"bidi-override|isolate-override", re.IGNORECASE)
_COLLAPSIBLE_SPACE = re.compile(r"[ \t\n\r\f]+")
#: Stands for text a person sees in another order than the page holds it: it breaks a word.
UNREADABLE = "\ufffd"


def hides(element: lxml.html.HtmlElement) -> bool:
    """Whether this element hides itself and all it holds from people: the ``hidden``
    attribute, ``aria-hidden``, an inline style or a common utility class."""
    attributes = element.attrib
    if not attributes:
        return False
    return (
        "hidden" in attributes
        or (element.get("aria-hidden") or "").strip().lower() == "true"
        or bool(_HIDING_STYLE.search(element.get("style") or ""))
        or not _HIDING_CLASSES.isdisjoint((element.get("class") or "").lower().split()[:20])
    )


def _shows_a_value(element: lxml.html.HtmlElement) -> bool:
    """A read-only text field: a value the page shows (some pages show the identifiant so)."""
    if element.tag != "input" or not element.get("value"):
        return False
    read_only = "readonly" in element.attrib or "disabled" in element.attrib
    return read_only and (element.get("type") or "text").lower() == "text"


def _plain(text: str) -> str:
    """What a person reads of a string a script writes: its text, if it holds markup."""
    if "<" not in text:
        return text
    try:
        return str(lxml.html.fragment_fromstring(text, create_parent="div").text_content())
    except (etree.ParserError, ValueError):
        return ""


def _said(message: ScriptMessage) -> lxml.html.HtmlElement:
    """The element standing for what a script shows: a dialog as a ``role="alert"`` block (it
    interrupts as an alert does; a ``confirm()`` question as a status), written text as text."""
    said: lxml.html.HtmlElement = lxml.html.Element("div" if message.dialog else "span")
    said.set(SCRIPT_MESSAGE_ATTRIBUTE, "dialog" if message.dialog else "write")
    if message.dialog:
        said.set("role", "status" if message.question else "alert")
    said.text = _plain(message.text)
    return said


def _script_words_in_place(document: lxml.html.HtmlElement) -> None:
    """Each script replaced by what it says, then removed with styles; the dialogs of the
    body's ``onload`` (shown as the page opens) put first in the body."""
    for script in list(itertools.islice(document.iter("script"), _MAX_SCRIPTS_READ)):
        if script.get("src") or not _SCRIPT_TYPES.match((script.get("type") or "").strip().lower()):
            continue
        for message in reversed(script_messages(script.text or "")):
            script.addprevious(_said(message))
    body = document.find("body")
    if body is not None and body.get("onload"):
        for message in reversed(script_messages(body.get("onload", ""))):
            if message.dialog:
                body.insert(0, _said(message))
    etree.strip_elements(document, "script", "style", with_tail=False)


@dataclass(frozen=True)
class Page:
    """One fetched page, decoded with the encoding a browser would use."""

    url: str
    status: int
    text: str
    charset: str
    #: The addresses the browser went through before landing here (each hop's URL and status:
    #: redirects, refreshes and hand-off forms): evidence of "where we landed".
    redirects: tuple[tuple[str, int], ...] = ()
    #: Names of the cookies this navigation set or changed (a session opened is evidence of a login).
    cookies_set: frozenset[str] = frozenset()
    #: The Retry-After header, as sent (capped), for a page that asks us to wait.
    retry_after: str = ""
    #: The Refresh header, as sent (capped): a refresh like ``<meta http-equiv=refresh>``.
    refresh: str = field(default="", repr=False)

    def document(self) -> lxml.html.HtmlElement:
        """The parsed page (parsed once; callers only read it)."""
        return self._document

    @cached_property
    def _document(self) -> lxml.html.HtmlElement:
        """Scripts become the words they show; styles are dropped: nothing a person reads is in them."""
        try:
            document = lxml.html.document_fromstring(
                self.text or "<html></html>", parser=_html_parser(), base_url=self.url
            )
        except (etree.ParserError, ValueError):  # nothing parseable: read it as an empty page
            document = lxml.html.document_fromstring("<html></html>", base_url=self.url)
        _script_words_in_place(document)
        # A browser shows no comment: their text is dropped and their tails run on with the
        # text around them, once here (lxml's walks that report comments are quadratic in them).
        etree.strip_tags(document, etree.Comment, etree.ProcessingInstruction)
        return document

    @cached_property
    def plain_text(self) -> str:
        """The page's visible text, folded, for matching the site's sentences (parsed once).

        Bounded: an académie page says what matters in its first few thousand characters;
        a page that hides it further is not understood, and no page makes us search 2 MiB
        with every sentence of the vocabulary."""
        pieces, length = [], 0
        for piece in self._document.itertext():
            pieces.append(piece[: 2 * MAX_SEARCHED_CHARS])
            length += len(piece) + 1
            if length > 2 * MAX_SEARCHED_CHARS:  # folding shortens text a little, never doubles it
                break
        return fold(" ".join(pieces))[:MAX_SEARCHED_CHARS]

    @cached_property
    def reading_order(self) -> tuple[tuple[str, str], ...]:
        """The page's pieces of text in reading order (element texts, tails, read-only values),
        each as (folded, shown): the units a person reads one after the other."""
        pieces: list[tuple[str, str]] = []
        for event, element in etree.iterwalk(self._document, events=("start", "end")):
            if not isinstance(element.tag, str):
                continue
            texts = (
                [element.get("value", "")] if event == "start" and _shows_a_value(element) else []
            )
            texts.append((element.text if event == "start" else element.tail) or "")
            for text in texts:
                folded = fold(text)
                if folded:
                    pieces.append((folded, " ".join(text.split())))
            if len(pieces) >= _MAX_READING_PIECES:
                break
        return tuple(pieces)

    @cached_property
    def lines(self) -> tuple[tuple[str, str], ...]:
        """The page's text as a browser lays it out, line by line, each as (folded, shown).

        The text of inline elements runs on (``jdupont<b>1</b>`` reads "jdupont1", and so
        does ``jdupont<!-- -->1``: comments are gone); blocks, line breaks and fields start a
        new line (a read-only field's value is a line of its own). Left out: the title, what
        is hidden from people; text drawn in another order than written (``<bdo>``, a bidi
        override) is one unreadable mark. What a value is read from, where a word ends
        matters. Bounded as ``plain_text`` is, and in elements.
        """
        lines: list[tuple[str, str]] = []
        current: list[str] = []
        read = 0  # characters of text read, as plain_text is bounded

        def flush() -> None:
            # Only the white space HTML collapses: a no-break space glues what it joins.
            shown = _COLLAPSIBLE_SPACE.sub(" ", "".join(current)).strip(" ")
            current.clear()
            if shown:
                lines.append((fold(shown), shown))

        elements = 0
        walk = etree.iterwalk(self._document, events=("start", "end"))
        for event, element in walk:
            if not isinstance(element.tag, str):
                continue
            inline = element.tag in _INLINE_TAGS
            if event == "end":
                if not inline:
                    flush()
                current.append(element.tail or "")
                read += len(element.tail or "")
                continue
            if not inline:
                flush()
            if element.tag == "title" or hides(element):
                walk.skip_subtree()
            elif element.tag == "bdo" or _OVERRIDE_STYLE.search(element.get("style") or ""):
                current.append(UNREADABLE)
                walk.skip_subtree()
            else:
                if _shows_a_value(element):
                    current.append(element.get("value", ""))
                    flush()
                current.append(element.text or "")
                read += len(element.text or "")
            elements += 1
            if elements >= _MAX_LINE_ELEMENTS or read > 2 * MAX_SEARCHED_CHARS:
                break
        flush()
        return tuple(lines)

    @cached_property
    def folded_pieces(self) -> frozenset[str]:
        """Every folded piece of text: what a later answer is compared with."""
        return frozenset(folded for folded, _shown in self.reading_order)

    @cached_property
    def explicit_labels(self) -> Mapping[str, lxml.html.HtmlElement]:
        """``<label for=id>`` of the whole page, found once (not once per form); their text is
        read only for the fields that need it."""
        labels: dict[str, lxml.html.HtmlElement] = {}
        for label in self._document.xpath("//label[@for]"):
            labels.setdefault(label.get("for"), label)
        return labels

    @cached_property
    def elements_by_id(self) -> Mapping[str, lxml.html.HtmlElement]:
        """Elements by ``id`` (first of each), for ``aria-labelledby``; found once per page."""
        found: dict[str, lxml.html.HtmlElement] = {}
        for element in self._document.xpath("//*[@id]"):
            found.setdefault(element.get("id"), element)
        return found

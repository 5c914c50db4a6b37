"""The site's own messages on a page: blocks styled as messages, never a control's label.

Why by structure: a page says "it did not work" in a block a person notices (an
alert role, a red "erreur" box, a dialog a script opens), and a button saying
"Connexion" in green (``btn-success``) is not the site's verdict. The class words
are data (``vocabulary.py``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import lxml.html
from lxml import etree

from magistere_gui.client.evidence import Notice, Tone
from magistere_gui.client.page import MAX_SITE_MESSAGE_CHARS, Page, clean_site_text, hides
from magistere_gui.client.vocabulary import (
    CONTROL_CLASS_PREFIXES,
    INFO_CLASS_WORDS,
    NEGATIVE_CLASS_WORDS,
    NEUTRAL_CLASS_WORDS,
    POSITIVE_CLASS_WORDS,
)

_CONTROL_TAGS = frozenset({"button", "input", "a", "select", "option", "textarea", "img", "form"})
# A whole table (a history, a list of sessions) is data, not a message; its cells may be.
_DATA_TAGS = frozenset({"table", "thead", "tbody", "tfoot"})
# A warning said in a role="status" region is advice (WAI-ARIA: advisory), not an alert.
_WARNING_WORDS = frozenset(["warning", "warn"])
_GLUED = re.compile(
    r"\b(error|erreur|danger|success|succes|warning|alert)(?=(?:list|box|msg|message|text)\b)"
)
_WORD_SPLIT = re.compile(r"[-_\s]+")


def _tone_of(element: lxml.html.HtmlElement) -> Tone | None:
    """The tone of a message block, or None when the element is not one."""
    if not isinstance(element.tag, str) or element.tag in _CONTROL_TAGS | _DATA_TAGS:
        return None
    role = (element.get("role") or "").strip().lower()
    words: set[str] = set()
    for token in (element.get("class") or "").lower().split()[:20]:
        parts = [part for part in _WORD_SPLIT.split(token) if part]
        if parts and parts[0] not in CONTROL_CLASS_PREFIXES:
            words.update(parts)
    # In a class, a stem glued to a message suffix ("errorlist", "erreurmsg") counts; not in
    # an id, where it names a container ("errormsg" may hold a success), nor any word that
    # starts alike ("errorcontent").
    words.update(_GLUED.findall(" ".join(words)))
    words.update(part for part in _WORD_SPLIT.split((element.get("id") or "").lower()) if part)
    if words & (NEGATIVE_CLASS_WORDS - _WARNING_WORDS):
        return Tone.NEGATIVE
    if words & _WARNING_WORDS:
        return Tone.NEUTRAL if role == "status" else Tone.NEGATIVE
    if words & POSITIVE_CLASS_WORDS:
        return Tone.POSITIVE
    if words & INFO_CLASS_WORDS:
        # Bootstrap's own examples put role="alert" on every alert, "alert-info" included
        # (a cookie banner, a result): its class says what it is.
        return Tone.NEUTRAL
    if role == "alert" or ("alert" in words and not words & NEUTRAL_CLASS_WORDS):
        return Tone.NEGATIVE
    if role == "status" or words & NEUTRAL_CLASS_WORDS or "alert" in words:
        return Tone.NEUTRAL
    return None


_FEEDBACK_CLASSES = frozenset({"invalid-feedback", "invalid-tooltip"})


def _unvalidated_feedback(element: lxml.html.HtmlElement) -> bool:
    """Bootstrap's validation text ("invalid-feedback"): its style shows it only beside a
    field marked ``is-invalid`` or in a form marked ``was-validated``; until then it is a
    template a browser does not show."""
    if _FEEDBACK_CLASSES.isdisjoint((element.get("class") or "").lower().split()[:20]):
        return False
    parent = element.getparent()
    siblings = parent.iterchildren() if parent is not None else iter(())
    marked = any(
        "is-invalid" in (node.get("class") or "").lower().split()
        for node in itertools.islice(siblings, 50)
        if isinstance(node.tag, str)
    )
    validated = any(
        "was-validated" in (node.get("class") or "").lower().split()
        for node in element.iterancestors("form")
    )
    return not (marked or validated)


def hidden_from_view(element: lxml.html.HtmlElement) -> bool:
    """Whether a browser shows nobody this block: it or a parent hides it (an error block
    every page carries, empty or hidden until a script shows it, is not something the site
    said)."""
    return _unvalidated_feedback(element) or any(
        hides(node) for node in (element, *element.iterancestors())
    )


def _message_blocks(
    document: lxml.html.HtmlElement,
) -> Iterable[tuple[lxml.html.HtmlElement, Tone]]:
    """Elements styled as the site's messages (errors, confirmations), in document order,
    as far as a browser shows them. A block that holds form controls is a part of the page,
    not a message."""
    for element in document.xpath("//*[@class or @id or @role]"):
        tone = _tone_of(element)
        if (
            tone is not None
            and not element.xpath(".//input|.//select|.//textarea|.//form")
            and not hidden_from_view(element)
        ):
            yield element, tone


def _is_control(element: lxml.html.HtmlElement) -> bool:
    """A button, a list or a link styled as a button: its label is not the site's message."""
    if element.tag in ("button", "select", "option", "textarea"):
        return True
    if element.tag != "a":
        return False
    classes = _WORD_SPLIT.split((element.get("class") or "").lower()[:400])
    return (element.get("role") or "").strip().lower() == "button" or bool(
        {"btn", "button"} & set(classes)
    )


def _text_outside_controls(block: lxml.html.HtmlElement, max_chars: int) -> str:
    """The block's text without the labels of the controls inside it ("Go to portal" under
    an error is a button, not what the site says), at most about ``max_chars``."""
    pieces: list[str] = []
    length = 0
    walk = etree.iterwalk(block, events=("start", "end", "comment", "pi"))
    for event, element in walk:
        if event == "start":
            if _is_control(element):
                walk.skip_subtree()
                continue
            text = element.text
        elif event == "end" and element is block:
            continue
        else:  # the end of an element, a comment or an instruction: its tail follows
            text = element.tail
        if text:
            pieces.append(text)
            length += len(text)
            if length >= max_chars:
                break
    return "".join(pieces)[:max_chars]


def notices(page: Page, limit: int = MAX_SITE_MESSAGE_CHARS) -> tuple[Notice, ...]:
    """The page's own messages, each with its tone, outermost blocks only, capped at ``limit``
    characters in all: a page cannot make us build a long message."""
    taken: set[lxml.html.HtmlElement] = set()
    found: list[Notice] = []
    length = 0
    for element, tone in _message_blocks(page.document()):
        if any(ancestor in taken for ancestor in element.iterancestors()):
            continue
        taken.add(element)
        text = clean_site_text(_text_outside_controls(element, limit * 4), limit)
        if text and all(text != notice.text for notice in found):
            found.append(Notice(text=text, tone=tone))
            length += len(text) + 1
            if length >= limit:
                break
    return tuple(found)


def site_messages(page: Page, limit: int = MAX_SITE_MESSAGE_CHARS) -> str:
    """The page's own messages (errors, confirmations), as one short line of plain text."""
    return clean_site_text(" ".join(notice.text for notice in notices(page, limit)), limit)

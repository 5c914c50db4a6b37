"""Reading académie pages the way a person does.

Forms and fields are found by what a person reads next to them (labels,
the text before a field), then by their name or id, so that a page whose
field names change still works. Every other control of the form (hidden
tokens, the submit button) is carried back unchanged.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from magistere_gui.client.charsets import web_codec
from magistere_gui.client.evidence import Notice, Tone
from magistere_gui.client.fields import FieldRole

# Checked in this order: the first role whose label pattern matches a field's
# label wins (patterns run on folded text). Then (name/id fragments) as a fallback.
_ROLE_HINTS: tuple[tuple[FieldRole, str, tuple[str, ...]], ...] = (
    (FieldRole.NUMEN, r"\bnumen\b", ("numen",)),
    (
        FieldRole.CAPTCHA,
        r"\bcode\b|captcha|caracteres|\bimage\b|recopiez|\bverification\b",
        ("captcha", "code", "secur"),
    ),
    (
        FieldRole.CONFIRM_PASSWORD,
        r"\bconfirm|\bretap|\brepet|a nouveau",
        ("confirm", "verif", "repeat", "pass2"),
    ),
    (FieldRole.OLD_PASSWORD, r"\bancien|\bactuel", ("old", "ancien", "current", "actuel")),
    (FieldRole.NEW_PASSWORD, r"\bnouveau mot de passe", ("new", "nouveau")),
    (FieldRole.PASSWORD, r"\bmot de passe\b", ("password", "passwd", "pass", "pwd", "mdp")),
    (
        FieldRole.IDENTIFIANT,
        r"\bidentifiant\b|\butilisateur\b|\blogin\b",
        ("identifiant", "login", "user", "uid"),
    ),
    (FieldRole.LAST_NAME, r"\bnom\b", ("nom", "name", "lastname")),
)

_BLOCK_TAGS = {
    "p",
    "div",
    "td",
    "th",
    "tr",
    "li",
    "br",
    "label",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "fieldset",
    "legend",
}
_TEXT_INPUT_TYPES = {"text", "password", "email", "search", "tel", ""}
_MAX_LABEL_CHARS = 120
_MAX_READING_PIECES = 200_000
#: How much of a page's visible text the site's sentences are looked for in.
MAX_SEARCHED_CHARS = 100_000
#: What the wizard may show of a site's own message: a sentence or two, never a page.
MAX_SITE_MESSAGE_CHARS = 400
# Control, format (bidi overrides, zero-width), surrogate, private and unassigned characters.
_UNSHOWABLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


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


_LABEL_PATTERNS = tuple((role, re.compile(pattern)) for role, pattern, _names in _ROLE_HINTS)
_NAME_PATTERNS = tuple(
    (role, re.compile("|".join(map(re.escape, names)))) for role, _pattern, names in _ROLE_HINTS
)


@functools.lru_cache(maxsize=4096)
def role_from_label(label: str) -> FieldRole | None:
    folded = fold(label)
    return next((role for role, pattern in _LABEL_PATTERNS if pattern.search(folded)), None)


@functools.lru_cache(maxsize=4096)
def role_from_name(name: str) -> FieldRole | None:
    folded = fold(name)
    return next((role for role, pattern in _NAME_PATTERNS if pattern.search(folded)), None)


def _shows_a_value(element: lxml.html.HtmlElement) -> bool:
    """A read-only text field: a value the page shows (some pages show the identifiant so)."""
    if element.tag != "input" or not element.get("value"):
        return False
    read_only = "readonly" in element.attrib or "disabled" in element.attrib
    return read_only and (element.get("type") or "text").lower() == "text"


@dataclass(frozen=True)
class Page:
    """One fetched page, decoded with the charset it really uses."""

    url: str
    status: int
    text: str
    charset: str
    #: The addresses the browser went through before landing here (each hop's URL and status):
    #: evidence of "where we landed" (a login that sends us away from its form).
    redirects: tuple[tuple[str, int], ...] = ()
    #: Names of the cookies this navigation set or changed (a session opened is evidence of a login).
    cookies_set: frozenset[str] = frozenset()
    #: The Retry-After header, as sent (capped), for a page that asks us to wait.
    retry_after: str = ""

    def document(self) -> lxml.html.HtmlElement:
        """The parsed page (parsed once; callers only read it)."""
        return self._document

    @cached_property
    def _document(self) -> lxml.html.HtmlElement:
        """Scripts and styles are dropped at once: nothing a person reads is in them."""
        try:
            document = lxml.html.document_fromstring(
                self.text or "<html></html>", base_url=self.url
            )
        except (etree.ParserError, ValueError):  # nothing parseable: read it as an empty page
            document = lxml.html.document_fromstring("<html></html>", base_url=self.url)
        etree.strip_elements(document, "script", "style", with_tail=False)
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


@dataclass(frozen=True)
class ParsedForm:
    """A form found on a page: where to send it and which field plays which role."""

    action: str
    method: str
    charset: str
    carried_values: tuple[tuple[str, str], ...]
    field_names: Mapping[FieldRole, str]
    #: The page the form is on (its text is read only when an answer must be compared to it).
    page: Page | None = field(default=None, repr=False, compare=False)

    @property
    def page_pieces(self) -> frozenset[str]:
        """The folded text of the page the form is on: an answer's new sentences are the rest."""
        return self.page.folded_pieces if self.page is not None else frozenset()

    def values_with(self, filled: Mapping[FieldRole, str]) -> list[tuple[str, str]]:
        """The form's own values, with the fields of ``filled`` set (in the form's order)."""
        names_to_fill = {self.field_names[role]: value for role, value in filled.items()}
        values = [(name, names_to_fill.pop(name, value)) for name, value in self.carried_values]
        values.extend(names_to_fill.items())
        return values


def _preceding_texts(form: lxml.html.FormElement) -> dict[lxml.html.HtmlElement, str]:
    """For each input, the last piece of text read before it (a table cell, a paragraph).

    Only the closest block counts, so an introduction mentioning "identifiant"
    does not make the next "Nom" field look like an identifiant field. Pieces are
    joined only when a field needs them: linear in the size of the form.
    """
    texts: dict[lxml.html.HtmlElement, str] = {}
    segments: list[list[str]] = [[]]
    for event, element in etree.iterwalk(form, events=("start", "end")):
        is_tag = isinstance(element.tag, str)
        if event == "start" and is_tag:
            if element.tag in ("input", "select", "textarea"):
                closest = next(
                    (text for pieces in reversed(segments) if (text := "".join(pieces)).strip()),
                    "",
                )
                texts[element] = " ".join(closest[-4 * _MAX_LABEL_CHARS :].split())[
                    -_MAX_LABEL_CHARS:
                ]
                segments = [[]]
            elif element.tag in _BLOCK_TAGS:
                segments.append([])
            if element.text and element.tag not in ("script", "style", "option"):
                segments[-1].append(element.text)
        elif event == "end" and element.tail:
            if is_tag and element.tag in _BLOCK_TAGS:
                segments.append([])
            segments[-1].append(element.tail)
    return texts


def _label_of(
    element: lxml.html.HtmlElement,
    explicit: Mapping[str, lxml.html.HtmlElement],
    preceding: str,
) -> str:
    element_id = element.get("id")
    if element_id and element_id in explicit:
        return str(explicit[element_id].text_content())[:_MAX_LABEL_CHARS]
    for ancestor in element.iterancestors("label"):
        return ancestor.text_content()[:_MAX_LABEL_CHARS]
    for attribute in ("aria-label", "placeholder", "title"):
        if element.get(attribute):
            return element.get(attribute, "")
    return preceding


def _text_fields(form: lxml.html.FormElement) -> Iterable[lxml.html.HtmlElement]:
    for element in form.iter("input"):
        if (element.get("type") or "").lower() in _TEXT_INPUT_TYPES and element.get("name"):
            yield element


def _field_roles(
    form: lxml.html.FormElement,
    pinned_names: Mapping[FieldRole, str],
    explicit: Mapping[str, lxml.html.HtmlElement],
    how: dict[FieldRole, str] | None = None,
) -> dict[FieldRole, str]:
    """Which field name plays which role, judged on labels first, then on names.

    ``how``, when given, receives for each role how it was recognised (for the site check).
    """
    preceding = _preceding_texts(form)
    fields = list(_text_fields(form))
    names = {element.get("name", "") for element in fields}
    roles: dict[FieldRole, str] = {
        role: name for role, name in pinned_names.items() if name in names
    }
    reasons = dict.fromkeys(roles, "pinned")
    for element in fields:
        name = element.get("name", "")
        if name in roles.values():
            continue
        label = _label_of(element, explicit, preceding.get(element, ""))
        by_label = role_from_label(label)
        role = by_label or role_from_name(name) or role_from_name(element.get("id", ""))
        if role is not None and role not in roles:
            roles[role] = name
            reasons[role] = f"label:{' '.join(label.split())}" if by_label else "name"
    if how is not None:
        how.update(reasons)
    return roles


@dataclass(frozen=True)
class FormReading:
    """How a page's best form was read: for the help desk's site check."""

    method: str
    action: str
    fields: Mapping[FieldRole, tuple[str, str]]  # role -> (field name, how it was recognised)


def read_form(
    page: Page, roles: Iterable[FieldRole], pinned_names: Mapping[FieldRole, str] | None = None
) -> FormReading | None:
    """The form of the page that plays the most of ``roles``, with how each field was found."""
    wanted = set(roles)
    best: FormReading | None = None
    for form in page.document().xpath("//form"):
        how: dict[FieldRole, str] = {}
        names = _field_roles(form, pinned_names or {}, page.explicit_labels, how)
        fields = {role: (names[role], how[role]) for role in names if role in wanted}
        if best is None or len(fields) > len(best.fields):
            best = FormReading(
                method=(form.get("method") or "get").strip().upper(),
                action=urljoin(page.url, (form.get("action") or "").strip() or page.url),
                fields=fields,
            )
    return best


def _carried_values(form: lxml.html.FormElement) -> list[tuple[str, str]]:
    """What a browser sends when the first submit button is pressed, in document order.

    Empty text fields are sent too (some legacy pages check that a field exists);
    unticked boxes, other buttons and files are not.
    """
    values: list[tuple[str, str]] = []
    pressed = False
    for element in form.iter("input", "select", "textarea", "button"):
        name = element.get("name")
        if "disabled" in element.attrib:
            continue
        kind = (element.get("type") or ("submit" if element.tag == "button" else "text")).lower()
        if kind in ("submit", "image"):
            if not pressed and name:
                values.append((name, element.get("value", "")))
            pressed = True
            continue
        if not name or kind in ("reset", "file", "button"):
            continue
        if element.tag == "select":
            chosen = list(element.value) if element.multiple else [element.value]
            values.extend((name, value or "") for value in chosen)
        elif element.tag == "textarea":
            values.append((name, element.text or ""))
        elif kind in ("checkbox", "radio"):
            if "checked" in element.attrib:
                values.append((name, element.get("value", "on")))
        else:
            values.append((name, element.get("value", "")))
    return values


def find_form(
    page: Page,
    required_roles: Iterable[FieldRole],
    pinned_names: Mapping[FieldRole, str] | None = None,
) -> ParsedForm | None:
    """The first form of the page that has a field for every required role, or None."""
    required = set(required_roles)
    document = page.document()
    # Only forms with enough named fields to play every role (counted by libxml2, not by us:
    # a page may hold thousands of decoy forms).
    candidates = document.xpath("//form[count(.//input[@name]) >= $needed]", needed=len(required))
    for form in candidates:
        roles = _field_roles(form, pinned_names or {}, page.explicit_labels)
        if not required <= roles.keys():
            continue
        return ParsedForm(
            action=urljoin(page.url, (form.get("action") or "").strip() or page.url),
            method=(form.get("method") or "get").strip().upper(),
            charset=_form_charset(form, page.charset),
            carried_values=tuple(_carried_values(form)),
            field_names={role: roles[role] for role in roles},
            page=page,
        )
    return None


def _form_charset(form: lxml.html.FormElement, page_charset: str) -> str:
    """The first web charset of ``accept-charset``, as browsers do; otherwise the page's own."""
    for label in (form.get("accept-charset") or "").replace(",", " ").split()[:8]:
        codec = web_codec(label)
        if codec:
            return codec
    return page_charset


# Message blocks are recognised by their WAI-ARIA role or by the words of their class and
# id (split on "-" and "_", as in "message-negative", "alert_danger"), never from a control:
# "btn-success" is a button's look, not something the site says.
_NEGATIVE_WORDS = frozenset(
    [
        "error",
        "errors",
        "erreur",
        "erreurs",
        "danger",
        "negative",
        "warning",
        "warn",
        "echec",
        "fail",
        "failure",
        "failed",
        "invalid",
        "critical",
    ]
)
_POSITIVE_WORDS = frozenset(
    ["success", "succes", "successful", "positive", "ok", "confirm", "confirmation"]
)
_NEUTRAL_WORDS = frozenset(
    ["info", "information", "message", "messages", "msg", "notice", "status", "flash"]
)
# Class prefixes of a control's or a box's look: "btn-danger" is a button's colour and
# "border-danger" or "bg-warning" a box's (Bootstrap utilities), not something the site says.
_CONTROL_PREFIXES = frozenset(
    ["btn", "button", "icon", "fa", "glyphicon", "bi", "input", "form-control", "border", "bg"]
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
        if parts and parts[0] not in _CONTROL_PREFIXES:
            words.update(parts)
    # In a class, a stem glued to a message suffix ("errorlist", "erreurmsg") counts; not in
    # an id, where it names a container ("errormsg" may hold a success), nor any word that
    # starts alike ("errorcontent").
    words.update(_GLUED.findall(" ".join(words)))
    words.update(part for part in _WORD_SPLIT.split((element.get("id") or "").lower()) if part)
    if words & (_NEGATIVE_WORDS - _WARNING_WORDS):
        return Tone.NEGATIVE
    if words & _WARNING_WORDS:
        return Tone.NEUTRAL if role == "status" else Tone.NEGATIVE
    if words & _POSITIVE_WORDS:
        return Tone.POSITIVE
    if role == "alert" or ("alert" in words and not words & _NEUTRAL_WORDS):
        return Tone.NEGATIVE
    if role == "status" or words & _NEUTRAL_WORDS or "alert" in words:
        return Tone.NEUTRAL
    return None


def _message_blocks(
    document: lxml.html.HtmlElement,
) -> Iterable[tuple[lxml.html.HtmlElement, Tone]]:
    """Elements styled as the site's messages (errors, confirmations), in document order.
    A block that holds form controls is a part of the page, not a message."""
    for element in document.xpath("//*[@class or @id or @role]"):
        tone = _tone_of(element)
        if tone is not None and not element.xpath(".//input|.//select|.//textarea|.//form"):
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


_CAPTCHA_WORDS = ("captcha", "securimage", "code", "verif")
_REFRESH_WORDS = (
    "autre code",
    "nouveau code",
    "nouveau",
    "recharger",
    "rafraichir",
    "autre image",
    "nouvelle image",
    "generer",
    "renew",
    "refresh",
    "reload",
    "new",
)


def find_captcha(page: Page) -> tuple[str | None, str | None]:
    """The captcha image URL and the 'another code' link URL, found by their words."""
    document = page.document()
    image_url: str | None = None
    refresh_url: str | None = None
    for link in document.iter("a"):
        words = fold(
            " ".join(
                [
                    link.get("title", ""),
                    link.get("aria-label", ""),
                    link.get("href", ""),
                    link.text_content(),
                ]
                + [f"{img.get('alt', '')} {img.get('title', '')}" for img in link.iter("img")]
            )
        )
        if link.get("href") and any(word in words for word in _REFRESH_WORDS):
            refresh_url = urljoin(page.url, link.get("href"))
            break
    images = [img for img in document.iter("img") if img.get("src")]
    for img in images:
        words = fold(" ".join(img.get(a, "") for a in ("src", "id", "alt", "class", "title")))
        inside_link = any(True for _ in img.iterancestors("a"))
        if not inside_link and any(word in words for word in _CAPTCHA_WORDS):
            image_url = urljoin(page.url, img.get("src"))
            break
    return image_url, refresh_url

"""Reading an answer as a person does: by its structure, not by one sentence.

Why: the académie's pages have never been seen from here, and each tool words
things its own way ("Aucun compte…", "Identifiant ou NUMEN incorrect.", "Les
informations saisies ne sont pas valides."). A person looks for the value next
to the word "Identifiant", notices that the form came back with a new line of
text, or that it is gone. This module does the same, on any layout: the
identifiant next to its label wherever it sits, and the sentences an answer
adds to the page that was sent.
"""

from __future__ import annotations

import itertools
import re

from magistere_gui.client.forms import ParsedForm
from magistere_gui.client.notices import hidden_from_view
from magistere_gui.client.page import MAX_SITE_MESSAGE_CHARS, Page, clean_site_text, fold
from magistere_gui.client.vocabulary import SIGN_OUT_ADDRESS_PATTERN, SIGN_OUT_PATTERN

# "Identifiant" as a label: alone ("Identifiant", "Votre identifiant :"), or in a sentence
# followed by a separator ("Votre identifiant est : jdupont", "identifiant = jdupont").
_LABEL_ALONE = re.compile(
    r"^(?:votre |mon |ton )?identifiant(?: academique| de connexion| de messagerie| personnel)?"
    r" ?(?::|=)?$"
)
_LABEL_IN_SENTENCE = re.compile(
    r"\bidentifiant\b(?: academique| de connexion| de messagerie| personnel)?"
    r" ?(?::|=|\best\b ?:?) ?(?P<value>\S*)"
)
# An académie identifiant: ASCII lower-case letters and digits, with dots, dashes or
# underscores (the sheet: first letter of the first name + last name, sometimes a digit).
_IDENTIFIANT_SHAPE = re.compile(r"^[a-z][a-z0-9._\-]{1,39}$")
_TRAILING_PUNCTUATION = '.,;:!?«»"()[]'
# Words that may follow "identifiant :" on a page without being one.
_NOT_AN_IDENTIFIANT = frozenset(
    [
        "est",
        "et",
        "ou",
        "vous",
        "votre",
        "nous",
        "le",
        "la",
        "les",
        "de",
        "du",
        "des",
        "un",
        "une",
        "par",
        "pour",
        "numen",
        "identifiant",
        "mot",
        "inconnu",
        "introuvable",
        "incorrect",
        "invalide",
        "errone",
        "obligatoire",
        "requis",
        "ce",
        "cet",
        "cette",
        "saisissez",
        "indiquez",
        "entrez",
    ]
)


def _identifiant_from(token: str, page: Page) -> str | None:
    """``token`` if it is a whole identifiant that the page really shows as such.

    Checked on the page's own text too, not only on its folded form: folding turns
    full-width or compatibility letters into ASCII, and a person would not be able to
    type what the page shows.
    """
    candidate = token.strip().strip(_TRAILING_PUNCTUATION).strip()
    if not _IDENTIFIANT_SHAPE.match(candidate) or candidate in _NOT_AN_IDENTIFIANT:
        return None
    shown_whole = re.compile(rf"(?<![\w.\-]){re.escape(candidate)}(?![\w\-]|\.\w)", re.IGNORECASE)
    if any(shown_whole.search(original) for _folded, original in page.reading_order):
        return candidate
    return None


def whole_identifiant(page: Page, start: int) -> str | None:
    """The whole token of the page's folded text that starts at ``start``, if it is an
    identifiant: a profile's pattern may match only the start of a longer word (a
    look-alike letter, a direction mark), and a part of a word is never an identifiant."""
    text = page.plain_text
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return _identifiant_from(text[start:end], page)


def _first_token(chunks: list[str], index: int) -> str:
    return chunks[index].split(" ", 1)[0] if index < len(chunks) else ""


def find_identifiant(page: Page) -> str | None:
    """The value shown next to an "identifiant" label (same sentence, next cell, ``dd``, bold
    text, read-only field), if it has an identifiant's shape."""
    chunks = [folded for folded, _original in page.reading_order]
    for index, chunk in enumerate(chunks):
        if "identifiant" not in chunk:
            continue
        if _LABEL_ALONE.match(chunk):
            found = _identifiant_from(_first_token(chunks, index + 1), page)
            if found:
                return found
            continue
        for match in _LABEL_IN_SENTENCE.finditer(chunk):
            value = match.group("value") or _first_token(chunks, index + 1)
            found = _identifiant_from(value, page)
            if found:
                return found
    return None


def added_text(before: frozenset[str], answer: Page, limit: int = MAX_SITE_MESSAGE_CHARS) -> str:
    """What the answer says that the page we sent from did not: the site's own message,
    whether it is styled as one or not (a refusal is often the same form with one more line)."""
    added: list[str] = []
    seen: set[str] = set()
    length = 0
    for folded, original in answer.reading_order:
        if folded in before or folded in seen or not any(c.isalpha() for c in folded):
            continue
        seen.add(folded)
        added.append(original)
        length += len(original) + 1
        if length >= limit:
            break
    return clean_site_text(" ".join(added), limit)


_ANSWERED_INPUT_TYPES = frozenset(
    {"hidden", "submit", "button", "image", "reset", "checkbox", "radio", "file"}
)
_SEARCH_NAMES = frozenset({"q", "query", "search", "recherche", "s"})
_MAX_ASKED_FIELDS = 8


def unanswered_fields(page: Page, offered: ParsedForm | None = None) -> list[str]:
    """What the page's forms ask a person to type (each field's label, else its name):
    a page asking for something after a login is not a success. Search boxes are not
    questions, nor the ``offered`` form (a logged-in menu's password change)."""
    document = page.document()
    offered_names = set(offered.field_names.values()) if offered is not None else set()
    asked: list[str] = []
    for form in document.xpath("//form")[:20]:
        # Searches and navigation (role="search", GET forms) ask nothing of the person.
        if (form.get("role") or "").lower() == "search" or (
            form.get("method") or "get"
        ).strip().lower() == "get":
            continue
        if offered_names and offered_names <= set(form.xpath(".//*[@name]/@name")[:200]):
            continue
        for field in form.xpath(".//input|.//textarea|.//select")[:50]:
            kind = (field.get("type") or "text").strip().lower()
            name = (field.get("name") or "").strip()
            if field.tag == "input" and kind in _ANSWERED_INPUT_TYPES:
                continue
            if kind == "search" or name.lower() in _SEARCH_NAMES:
                continue
            if "readonly" in field.attrib or "disabled" in field.attrib or not name:
                continue
            label = page.explicit_labels.get(field.get("id") or "")
            text = (
                (label.text_content() if label is not None else "")
                or field.get("aria-label", "")
                or field.get("placeholder", "")
                or name
            )
            asked.append(clean_site_text(text, 80))
            if len(asked) >= _MAX_ASKED_FIELDS:
                return asked
    return asked


#: Links, buttons and forms looked at for a way to sign out (a portal's menu comes early).
_MAX_SIGN_OUT_CONTROLS = 5_000
_SIGN_OUT_INPUT_TYPES = frozenset({"submit", "button", "image"})


def offers_sign_out(page: Page) -> bool:
    """Whether the page offers a way to sign out (a link, a button or a form named so, or
    going to a sign-out address) that a browser shows.

    Why: a cookie set or a redirect alone does not tell a session from a "session expired",
    maintenance or error page (they set cookies and redirect too); every page of a session
    shows a way out, and none of those do.
    """
    controls = page.document().iter("a", "button", "input", "form")
    for element in itertools.islice(controls, _MAX_SIGN_OUT_CONTROLS):
        kind = (element.get("type") or "").strip().lower()
        if element.tag == "input" and kind not in _SIGN_OUT_INPUT_TYPES:
            continue
        shown = "" if element.tag == "form" else "".join(itertools.islice(element.itertext(), 20))
        words = fold(
            " ".join(
                (
                    shown[:200],
                    *(element.get(name, "")[:200] for name in ("value", "title", "aria-label")),
                )
            )
        )
        address = (element.get("href") or element.get("action") or "")[:500].lower()
        if (
            SIGN_OUT_PATTERN.search(words) or SIGN_OUT_ADDRESS_PATTERN.search(address)
        ) and not hidden_from_view(element):
            return True
    return False

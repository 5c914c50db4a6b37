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
from collections.abc import Iterator

from magistere_gui.client.forms import ParsedForm
from magistere_gui.client.notices import hidden_from_view
from magistere_gui.client.page import MAX_SITE_MESSAGE_CHARS, Page, clean_site_text, fold
from magistere_gui.client.vocabulary import (
    SIGN_IN_PATTERN,
    SIGN_OUT_ADDRESS_PATTERN,
    SIGN_OUT_PATTERN,
)

# "Identifiant" as a label: alone ("Identifiant", "Votre identifiant :"), or in a sentence
# followed by a separator ("Votre identifiant est : jdupont", "identifiant = jdupont"), or
# by "est" ("Votre identifiant est jdupont.").
_LABEL_ALONE = re.compile(
    r"^(?:votre |mon |ton )?identifiant(?: academique| de connexion| de messagerie| personnel)?"
    r" ?(?::|=)?$"
)
_LABEL_IN_SENTENCE = re.compile(
    r"\bidentifiant\b(?: academique| de connexion| de messagerie| personnel)?"
    r" ?(?:(?P<separator>:|=)|\best\b ?(?P<colon>:)?) ?(?:[«\"“] ?)?(?P<value>\S*)"
)
# An académie identifiant: ASCII lower-case letters and digits, with dots, dashes or
# underscores (the sheet: first letter of the first name + last name, sometimes a digit).
_IDENTIFIANT_SHAPE = re.compile(r"^[a-z][a-z0-9._\-]{1,39}$")
_TRAILING_PUNCTUATION = '.,;:!?«»"“”()[]'
# What may end the clause of a value read after "est" ("est jdupont.", "est jdupont (…)").
_CLAUSE_ENDS = '.,;!?)(»"”-–'
#: Labels read for a value, at most (a page of thousands of labels names no one person).
_MAX_LABELLED_VALUES = 50
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
        "inconnue",
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
        # What a page shows in place of a value it does not have.
        "non",
        "aucun",
        "aucune",
        "vide",
        "null",
        "none",
        "nil",
        "undefined",
        "nan",
        "erreur",
        "error",
        "indisponible",
        "unknown",
        # What "identifiant est …" says about an identifiant, not which one it is.
        "valide",
        "correct",
        "actif",
        "active",
        "bon",
        "bien",
    ]
)


def _candidate(token: str) -> str | None:
    """``token`` (folded) if it has an identifiant's shape and is not a word a page puts in
    place of one ("non", "aucun", "xxxxxx")."""
    candidate = token.strip().strip(_TRAILING_PUNCTUATION).strip()
    if not _IDENTIFIANT_SHAPE.match(candidate) or candidate in _NOT_AN_IDENTIFIANT:
        return None
    if len(set(candidate)) == 1:  # "xxxxxxx": a placeholder
        return None
    return candidate


def _alone(line: str) -> str:
    """The line's one word, if it holds one word (a value in its own cell, ``dd`` or field);
    "" when it holds more ("Jean Dupont" next to "Identifiant" is a name, not a value)."""
    words = line.strip().strip(_TRAILING_PUNCTUATION).split()
    return words[0] if len(words) == 1 else ""


def _clause_ends(value: str, rest: str) -> bool:
    """Whether a value read after "est" ends its clause ("Votre identifiant est jdupont."):
    in "est probablement : jdupont" or "est correct mais…" the word names no identifiant."""
    rest = rest.lstrip()
    return not rest or value[-1:] in _CLAUSE_ENDS or rest[0] in _CLAUSE_ENDS


def _labelled_values(page: Page, known: frozenset[str]) -> Iterator[str]:
    """The values shown next to an "identifiant" label, line by line as a browser lays the
    page out: in the same sentence after a separator (or ending the clause after "est"), or
    alone on the next line (next cell, ``dd``, bold text, read-only field). Lines in
    ``known`` (the page the form was sent from: its help) are no label."""
    lines = page.lines
    for index, (folded, _shown) in enumerate(lines):
        if "identifiant" not in folded or folded in known:
            continue
        following = lines[index + 1][0] if index + 1 < len(lines) else ""
        if _LABEL_ALONE.match(folded):
            yield _alone(following)
            continue
        for match in _LABEL_IN_SENTENCE.finditer(folded):
            value = match.group("value")
            if not value:
                yield _alone(following)
            elif (
                match.group("separator")
                or match.group("colon")
                or _clause_ends(value, folded[match.end() :])
            ):
                yield value


_MAX_CELLS_READ = 2_000


def _column_values(page: Page, known: frozenset[str]) -> Iterator[str]:
    """The values under an "identifiant" column header: the cell of the same column in the
    next row (a table of results: "Nom | Identifiant" over "DUPONT Jean | jdupont")."""
    for cell in itertools.islice(page.document().iter("th", "td"), _MAX_CELLS_READ):
        label = fold(cell.text_content()[:200])
        if not _LABEL_ALONE.match(label) or label in known or hidden_from_view(cell):
            continue
        row = cell.getparent()
        if row is None:
            continue
        cells = list(itertools.islice(row.iterchildren("th", "td"), 50))
        below = row.getnext()
        while below is not None and below.tag != "tr":
            below = below.getnext()
        group = row.getparent()
        if below is None and group is not None and group.tag == "thead":
            body = group.getnext()
            below = next(body.iter("tr"), None) if body is not None else None
        if cell not in cells or below is None:
            continue
        under = list(itertools.islice(below.iterchildren("th", "td"), len(cells)))
        column = cells.index(cell)
        if column < len(under):
            yield _alone(fold(under[column].text_content()[:200]))


def _pinned_value(page: Page, pinned: re.Pattern[str], known: frozenset[str]) -> str:
    """The whole word where a profile's sentence puts the identifiant: in one line if it
    matches there, else in the page's text (a sentence across cells). A pattern may match
    only the start of a longer word (a look-alike letter, a direction mark)."""
    for folded, _shown in page.lines:
        match = pinned.search(folded) if folded not in known else None
        if match:
            return folded[match.start("identifiant") :].split(" ", 1)[0]
    if known:  # the form back: only its own lines are read
        return ""
    match = pinned.search(page.plain_text)
    return page.plain_text[match.start("identifiant") :].split(" ", 1)[0] if match else ""


def _as_written(candidate: str) -> str:
    """A pattern for the candidate as the page may write it: its ASCII letters in either
    case, nothing else (a Kelvin sign or a full-width letter is not the letter k)."""
    return "".join(
        f"[{char}{char.upper()}]" if char.isalpha() else re.escape(char) for char in candidate
    )


def _shown_alone(candidate: str, page: Page) -> bool:
    """Whether the page shows ``candidate`` as a whole word wherever it shows it, and shows
    no other identifiant of the same name (``jdupont`` and ``jdupont1``: homonyms, and the
    person could not tell which is theirs)."""
    written = _as_written(candidate)
    anywhere = re.compile(written)
    whole = re.compile(rf"(?<![\w.\-]){written}(?![\w\-]|[.\u00a0\u202f]\w)")
    stem = candidate.rstrip("0123456789")
    namesakes = re.compile(rf"(?<![\w.\-]){_as_written(stem)}\d*(?![\w\-])")
    seen = False
    for _folded, shown in page.lines:
        for match in anywhere.finditer(shown):
            if not whole.match(shown, match.start()):
                return False
            seen = True
        if any(found.group().lower() != candidate for found in namesakes.finditer(shown)):
            return False
    return seen


def find_identifiant(
    page: Page, pinned: re.Pattern[str] | None = None, *, known: frozenset[str] = frozenset()
) -> str | None:
    """The one identifiant the page shows next to its label (or where the profile's sentence
    ``pinned`` puts it), whole, or None: never a part of a word, never one of several (two
    values, or homonyms' identifiants, on the page), never a name or a placeholder. With
    ``known`` (the folded lines of the page the form was sent from, when the answer shows
    that form again for another search), only the lines the answer adds are labels."""
    values = list(itertools.islice(_labelled_values(page, known), _MAX_LABELLED_VALUES))
    values += itertools.islice(_column_values(page, known), _MAX_LABELLED_VALUES)
    if pinned is not None:
        values.append(_pinned_value(page, pinned, known))
    found = {candidate for value in values if (candidate := _candidate(value))}
    if len(found) != 1:
        return None
    (candidate,) = found
    return candidate if _shown_alone(candidate, page) else None


_MAX_CONTROL_LABELS = 2_000


def control_labels(page: Page) -> frozenset[str]:
    """The folded labels of the page's links and buttons: what a person may do ("Signaler une
    erreur", "Mot de passe oublié ?", "Débloquer mon compte"), never what happened."""
    controls = itertools.islice(page.document().iter("a", "button"), _MAX_CONTROL_LABELS)
    return frozenset(fold(element.text_content()[:200]) for element in controls)


def added_text(before: frozenset[str], answer: Page, limit: int = MAX_SITE_MESSAGE_CHARS) -> str:
    """What the answer says that the page we sent from did not: the site's own message,
    whether it is styled as one or not (a refusal is often the same form with one more line).
    The labels of links and buttons are left out: a footer's "Signaler une erreur" or a menu's
    "Mot de passe oublié ?" offer something, they say nothing about this answer."""
    added: list[str] = []
    seen: set[str] = set()
    offered = control_labels(answer)
    length = 0
    for folded, original in answer.reading_order:
        if (
            folded in before
            or folded in seen
            or folded in offered
            or not any(c.isalpha() for c in folded)
        ):
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


def _controls_saying(
    page: Page, words: re.Pattern[str], address: re.Pattern[str] | None = None
) -> bool:
    """Whether a link, a button or a form that a browser shows is named by ``words`` (its
    text, value, title or label) or goes to an ``address`` matching."""
    controls = page.document().iter("a", "button", "input", "form")
    for element in itertools.islice(controls, _MAX_SIGN_OUT_CONTROLS):
        kind = (element.get("type") or "").strip().lower()
        if element.tag == "input" and kind not in _SIGN_OUT_INPUT_TYPES:
            continue
        shown = "" if element.tag == "form" else "".join(itertools.islice(element.itertext(), 20))
        said = fold(
            " ".join(
                (
                    shown[:200],
                    *(element.get(name, "")[:200] for name in ("value", "title", "aria-label")),
                )
            )
        )
        target = (element.get("href") or element.get("action") or "")[:500].lower()
        if (
            words.search(said) or (address is not None and address.search(target))
        ) and not hidden_from_view(element):
            return True
    return False


def offers_sign_out(page: Page) -> bool:
    """Whether the page offers a way to sign out (a link, a button or a form named so, or
    going to a sign-out address) that a browser shows.

    Why: a cookie set or a redirect alone does not tell a session from a "session expired",
    maintenance or error page (they set cookies and redirect too); every page of a session
    shows a way out, and none of those do.
    """
    return _controls_saying(page, SIGN_OUT_PATTERN, SIGN_OUT_ADDRESS_PATTERN)


def offers_sign_in(page: Page) -> bool:
    """Whether the page offers to sign in (a "Se connecter" link or button): the page of no
    one, whatever else it says ("Bienvenue sur le portail")."""
    return _controls_saying(page, SIGN_IN_PATTERN)

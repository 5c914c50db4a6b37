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

import re

from magistere_gui.client.forms import MAX_SITE_MESSAGE_CHARS, Page, clean_site_text

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
_IDENTIFIANT_SHAPE = re.compile(r"^[a-z][a-z0-9.'\-]{1,39}$")
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


def _identifiant_from(token: str) -> str | None:
    candidate = token.strip().strip('.,;!?«»"()[]').strip()
    if _IDENTIFIANT_SHAPE.match(candidate) and candidate not in _NOT_AN_IDENTIFIANT:
        return candidate
    return None


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
            found = _identifiant_from(_first_token(chunks, index + 1))
            if found:
                return found
            continue
        for match in _LABEL_IN_SENTENCE.finditer(chunk):
            value = match.group("value") or _first_token(chunks, index + 1)
            found = _identifiant_from(value)
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

"""Advisory password strength (zxcvbn), with its feedback in the teacher's language.

Only advice: the académie's own policy (rules.py) decides what is accepted.
zxcvbn's feedback sentences are fixed English texts; they are listed here
for Qt Linguist and translated when shown.
"""

from __future__ import annotations

import importlib
import sys
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from magistere_gui.rules import QT_TRANSLATE_NOOP

CONTEXT = "strength"

SCORE_NAMES = (
    QT_TRANSLATE_NOOP("strength", "Very weak"),
    QT_TRANSLATE_NOOP("strength", "Weak"),
    QT_TRANSLATE_NOOP("strength", "Fair"),
    QT_TRANSLATE_NOOP("strength", "Strong"),
    QT_TRANSLATE_NOOP("strength", "Very strong"),
)

# Every sentence zxcvbn 4.x can say, so that lupdate collects them.
ZXCVBN_FEEDBACK = (
    QT_TRANSLATE_NOOP("strength", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("strength", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("strength", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("strength", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("strength", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("strength", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("strength", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "strength", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    QT_TRANSLATE_NOOP("strength", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("strength", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("strength", "Avoid sequences."),
    QT_TRANSLATE_NOOP("strength", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("strength", "Avoid recent years."),
    QT_TRANSLATE_NOOP("strength", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("strength", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("strength", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("strength", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("strength", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("strength", "This is a very common password."),
    QT_TRANSLATE_NOOP("strength", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("strength", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("strength", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("strength", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("strength", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("strength", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("strength", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "strength", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
)


@dataclass(frozen=True)
class Strength:
    score: int
    text: str


# zxcvbn's tips that the académie's rules contradict: no spaces are allowed (so no
# "words" or "phrases"), and three kinds of characters are required.
CONTRADICTS_THE_RULES = frozenset(
    {
        "Use a few words, avoid common phrases.",
        "No need for symbols, digits, or uppercase letters.",
        "Add another word or two. Uncommon words are better.",
    }
)
#: The best a password can be rated while one of the académie's rules fails: "Weak".
SCORE_WHILE_A_RULE_FAILS = 1


def prepare_in_background() -> None:
    """Load zxcvbn (its word lists: about 25 ms) in a background thread, so that the first key
    typed in the new password does not wait for it on the UI thread."""
    if "zxcvbn" not in sys.modules:
        threading.Thread(
            target=importlib.import_module, args=("zxcvbn",), name="zxcvbn-loading", daemon=True
        ).start()


def estimate_strength(
    password: str, personal_words: list[str], *, follows_the_rules: bool = True
) -> Strength:
    """zxcvbn's estimate, never above "Weak" while a rule fails, with tips the rules allow."""
    if not password:
        return Strength(0, "")
    from zxcvbn import zxcvbn  # imported on first use: it loads large word lists

    result = zxcvbn(password[:72], user_inputs=[word for word in personal_words if word])
    score = int(result["score"])
    if not follows_the_rules:
        score = min(score, SCORE_WHILE_A_RULE_FAILS)
    feedback = result["feedback"]
    sentences = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
    translated = " ".join(
        QCoreApplication.translate(CONTEXT, s)
        for s in sentences
        if s and s not in CONTRADICTS_THE_RULES
    )
    name = QCoreApplication.translate(CONTEXT, SCORE_NAMES[score])
    return Strength(score, f"{name}. {translated}".strip())

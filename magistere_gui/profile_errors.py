"""What to say, in plain words, when a site profile cannot be used.

The client raises a typed :class:`ProfileError` (which file, which line, which
setting, what is wrong) and imports no Qt; this module turns it into sentences
for the person who has to fix the file: the help desk, or a teacher who was
sent a profile. Texts are English sources marked for Qt Linguist; the app
translates them (French by default). No Qt here either: the caller passes
its ``translate``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from magistere_gui.client.fields import FieldRole
from magistere_gui.client.profile import ProfileError, ProfileProblem
from magistere_gui.rules import QT_TRANSLATE_NOOP, Message

CONTEXT = "profile"

Translate = Callable[[str, str], str]

#: What is wrong, one sentence per problem (the setting's name in « », as typed in the file).
WHAT: dict[ProfileProblem, str] = {
    ProfileProblem.FILE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "profile",
        "there is no such file. Check the path given after --sites (or in MAGISTERE_SITES).",
    ),
    ProfileProblem.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "profile", "this is a folder, not a file. Give the path of the .toml file itself."
    ),
    ProfileProblem.NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "profile", "this computer account is not allowed to read it."
    ),
    ProfileProblem.UNREADABLE: QT_TRANSLATE_NOOP("profile", "the computer could not read it."),
    ProfileProblem.NOT_UTF8: QT_TRANSLATE_NOOP(
        "profile",
        "an accented letter cannot be read: the file is not saved as UTF-8. Save it again "
        "with the UTF-8 encoding in your text editor.",
    ),
    ProfileProblem.MISSING_BRACKET: QT_TRANSLATE_NOOP(
        "profile", "a « ] » is missing at the end of the section name, as in [timeouts]."
    ),
    ProfileProblem.MISSING_EQUALS: QT_TRANSLATE_NOOP(
        "profile",
        "a « = » is missing between the name of the setting and its value, as in "
        "connect_seconds = 8.0.",
    ),
    ProfileProblem.BAD_VALUE: QT_TRANSLATE_NOOP(
        "profile",
        'the value is not written as expected: a text goes between quotes ("…"), a number '
        "is written with a dot (8.0), yes or no as true or false.",
    ),
    ProfileProblem.UNCLOSED_TEXT: QT_TRANSLATE_NOOP(
        "profile", "a text has no closing quote at the end of the line."
    ),
    ProfileProblem.UNCLOSED_LIST: QT_TRANSLATE_NOOP(
        "profile", "a list opened with « [ » (or « { ») is not closed."
    ),
    ProfileProblem.BACKSLASH: QT_TRANSLATE_NOOP(
        "profile",
        "a backslash « \\ » must be written twice, or the text put between single quotes ('…').",
    ),
    ProfileProblem.DECLARED_TWICE: QT_TRANSLATE_NOOP(
        "profile", "this setting or section is already given higher up in the file."
    ),
    ProfileProblem.BAD_LINE: QT_TRANSLATE_NOOP(
        "profile", "this line is written neither as « name = value » nor as « [section] »."
    ),
    ProfileProblem.MISSING_URLS: QT_TRANSLATE_NOOP(
        "profile", "the section [urls] lacks these addresses: {key}."
    ),
    ProfileProblem.BAD_PATTERN: QT_TRANSLATE_NOOP(
        "profile",
        "the pattern « {key} » is not a valid regular expression (a bracket or a parenthesis "
        "may be left open).",
    ),
    ProfileProblem.UNUSABLE_ADDRESS: QT_TRANSLATE_NOOP(
        "profile",
        "the address « {key} » cannot be used: write a full web address of the académie, "
        "beginning with https://.",
    ),
    ProfileProblem.UNKNOWN_FIELD_ROLE: QT_TRANSLATE_NOOP(
        "profile", "« {key} » is not a kind of field. Use one of: {choices}."
    ),
    ProfileProblem.CONTACT_WITHOUT_SOURCE: QT_TRANSLATE_NOOP(
        "profile",
        "« {key} » is given without the public page it was read on: add "
        '{key}_source = "…" with that page, or remove « {key} » (nothing may be guessed).',
    ),
    ProfileProblem.UNKNOWN_PROFILE: QT_TRANSLATE_NOOP(
        "profile", "« {key} » names no profile shipped with the program."
    ),
}

UNKNOWN_KEY_IN_SECTION = QT_TRANSLATE_NOOP(
    "profile",
    "« {key} » is not a setting of the section [{section}]: check its spelling, or whether it "
    "belongs to another section.",
)
UNKNOWN_KEY_AT_TOP = QT_TRANSLATE_NOOP(
    "profile",
    "« {key} » is not a setting of the top of the file: check its spelling, or whether it "
    "belongs to a section.",
)
OUT_OF_RANGE = QT_TRANSLATE_NOOP("profile", "« {key} » must be between {low} and {high}.")
EXPECTED: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("profile", '« {key} » must be a text between quotes ("…").'),
    "number": QT_TRANSLATE_NOOP("profile", "« {key} » must be a number, as in 8.0."),
    "true_false": QT_TRANSLATE_NOOP("profile", "« {key} » must be true or false."),
    "list_of_texts": QT_TRANSLATE_NOOP(
        "profile", '« {key} » must be a list of texts, as in ["cas.ac-creteil.fr"].'
    ),
    "table": QT_TRANSLATE_NOOP("profile", "« {key} » must be a section, as in [{key}]."),
}

CANNOT_OPEN = QT_TRANSLATE_NOOP("profile", "The site profile {file} cannot be opened:")
MISTAKE_ON_LINE = QT_TRANSLATE_NOOP(
    "profile", "The site profile {file} has a mistake on line {line}:"
)
MISTAKE_AT = QT_TRANSLATE_NOOP(
    "profile", "The site profile {file} has a mistake on line {line}, at character {column}:"
)
MISTAKE = QT_TRANSLATE_NOOP("profile", "The site profile {file} has a mistake:")
WHAT_TO_DO = QT_TRANSLATE_NOOP(
    "profile",
    "Correct the file, then start the assistant again (or send this message to your help desk).",
)

_FILE_PROBLEMS = {
    ProfileProblem.FILE_NOT_FOUND,
    ProfileProblem.NOT_A_FILE,
    ProfileProblem.NOT_ALLOWED,
    ProfileProblem.UNREADABLE,
}


def explain(error: ProfileError) -> list[Message]:
    """Where the mistake is, what it is, and what to do: three sentences, in that order."""
    file = str(error.path)
    if error.problem in _FILE_PROBLEMS:
        where = Message(CANNOT_OPEN, {"file": file})
    elif error.line and error.column:
        where = Message(MISTAKE_AT, {"file": file, "line": error.line, "column": error.column})
    elif error.line:
        where = Message(MISTAKE_ON_LINE, {"file": file, "line": error.line})
    else:
        where = Message(MISTAKE, {"file": file})
    return [where, _what(error), Message(WHAT_TO_DO)]


def _what(error: ProfileError) -> Message:
    key = error.key
    if error.problem is ProfileProblem.UNKNOWN_KEY:
        if error.section:
            return Message(UNKNOWN_KEY_IN_SECTION, {"key": key, "section": error.section})
        return Message(UNKNOWN_KEY_AT_TOP, {"key": key})
    if error.problem is ProfileProblem.WRONG_TYPE:
        return Message(EXPECTED.get(error.expected, EXPECTED["text"]), {"key": key})
    if error.problem is ProfileProblem.OUT_OF_RANGE:
        low, _, high = error.expected.partition("-")
        return Message(OUT_OF_RANGE, {"key": key, "low": low, "high": high})
    if error.problem is ProfileProblem.UNKNOWN_FIELD_ROLE:
        choices = ", ".join(role.value for role in FieldRole)
        return Message(WHAT[error.problem], {"key": key, "choices": choices})
    return Message(WHAT[error.problem], {"key": key})


def render(messages: Sequence[Message], translate: Translate, context: str = CONTEXT) -> str:
    """The sentences, translated, one per line."""
    return "\n".join(
        translate(context, message.template).format(**message.arguments) for message in messages
    )

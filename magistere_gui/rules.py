"""Pure rules of the help sheet: NUMEN, names, identifiant, passwords.

Nothing here does I/O or imports Qt, so every rule can be property-tested
and reused by the client, the simulator and the wizard alike.

User-facing texts are returned as :class:`Message` values whose source text
is English and marked with ``QT_TRANSLATE_NOOP`` so that Qt Linguist collects
them; the wizard translates them (French by default) when it shows them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

TRANSLATION_CONTEXT = "rules"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - Qt's marker name
    """Mark a string for lupdate without translating it here (no Qt in this module)."""
    del context
    return source


@dataclass(frozen=True)
class Message:
    """A user-facing text: an English template plus its arguments.

    The wizard translates ``template`` in the ``rules`` context and then
    formats it, so the arguments must never be secrets.
    """

    template: str
    arguments: dict[str, str | int] = field(default_factory=dict)

    def english(self) -> str:
        return self.template.format(**self.arguments)


# --------------------------------------------------------------------------- NUMEN

NUMEN_LENGTH = 13

# Two-digit académie codes (the first two characters of a NUMEN). Not on the help sheet:
# the NUMEN's structure as commonly documented (e.g. https://fr.wikipedia.org/wiki/NUMEN).
# Shown as information only; a code missing here never blocks anything.
ACADEMIES: dict[str, str] = {
    "01": "Paris", "02": "Aix-Marseille", "03": "Besançon", "04": "Bordeaux",
    "05": "Caen", "06": "Clermont-Ferrand", "07": "Dijon", "08": "Grenoble",
    "09": "Lille", "10": "Lyon", "11": "Montpellier", "12": "Nancy-Metz",
    "13": "Poitiers", "14": "Rennes", "15": "Strasbourg", "16": "Toulouse",
    "17": "Nantes", "18": "Orléans-Tours", "19": "Reims", "20": "Amiens",
    "21": "Rouen", "22": "Limoges", "23": "Nice", "24": "Créteil",
    "25": "Versailles", "27": "Corse", "28": "La Réunion", "31": "Martinique",
    "32": "Guadeloupe", "33": "Guyane", "40": "Nouvelle-Calédonie",
    "41": "Polynésie française", "42": "Wallis-et-Futuna", "43": "Mayotte",
    "44": "Saint-Pierre-et-Miquelon", "70": "Normandie",
}  # fmt: skip

CRETEIL_CODE = "24"

# The letter after the académie code: which part of the ministry hired the person
# (same source as ACADEMIES; information only).
NUMEN_SYSTEMS: dict[str, str] = {
    "G": QT_TRANSLATE_NOOP("rules", "first degree (primary school)"),
    "E": QT_TRANSLATE_NOOP("rules", "public secondary education"),
    "P": QT_TRANSLATE_NOOP("rules", "private education under contract"),
    "A": QT_TRANSLATE_NOOP("rules", "administrative staff"),
    "S": QT_TRANSLATE_NOOP("rules", "higher education"),
}

# Positions (0-based) that hold a digit, and those that hold a letter.
_DIGIT_POSITIONS = (0, 1, 3, 4, 5, 6, 7, 8, 9)
_LETTER_POSITIONS = (2, 10, 11, 12)
_DIGIT_LOOKALIKES = {"O": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "B": "8"}


class InvalidNumenError(ValueError):
    """The text typed is not a well-formed NUMEN; ``message`` says why, without the NUMEN.

    ``spoken`` is the same advice for a screen reader, and the exception's own text: where
    ``message`` names a character and its position (the letter O where the digit 0 belongs),
    a listener nearby would learn one character of the NUMEN, so ``spoken`` names neither."""

    def __init__(self, message: Message, spoken: Message | None = None) -> None:
        self.spoken = spoken or message
        super().__init__(self.spoken.english())
        self.message = message


#: Said instead of a look-alike hint: the same advice, no position and no character typed.
LOOKALIKE_SPOKEN = Message(
    QT_TRANSLATE_NOOP(
        "rules",
        "One character of your NUMEN looks like the right one but is not (for example the "
        "letter O instead of the digit 0): check the letters and digits one by one.",
    )
)


@dataclass(frozen=True)
class Numen:
    """A well-formed NUMEN. Its ``repr`` hides the value: it is a secret."""

    value: str = field(repr=False)

    @property
    def academie_code(self) -> str:
        return self.value[:2]

    @property
    def academie_name(self) -> str | None:
        """From our table; None for a code it does not list (information only, never a block)."""
        return ACADEMIES.get(self.academie_code)

    @property
    def is_creteil(self) -> bool:
        return self.academie_code == CRETEIL_CODE

    @property
    def system_letter(self) -> str:
        return self.value[2]

    @property
    def system_description(self) -> str:
        return NUMEN_SYSTEMS.get(self.system_letter, QT_TRANSLATE_NOOP("rules", "other category"))

    @property
    def registration_year(self) -> int:
        """Two-digit year of first registration, widened the way people read it."""
        two_digits = int(self.value[3:5])
        return 1900 + two_digits if two_digits >= 50 else 2000 + two_digits

    def default_password(self) -> str:
        """The sheet: 'par défaut, votre mot de passe a été initialisé avec votre NUMEN en majuscule'."""
        return self.value.upper()


def parse_numen(text: str) -> Numen:
    """Accept what a person types (lower case, spaces, dashes) and return the canonical NUMEN.

    Raises :class:`InvalidNumenError` with the first problem a person should fix.
    """
    compact = re.sub(r"[\s\-.]", "", text).upper()
    if not compact:
        raise InvalidNumenError(Message(QT_TRANSLATE_NOOP("rules", "Type your NUMEN.")))
    if len(compact) != NUMEN_LENGTH:
        raise InvalidNumenError(
            Message(
                QT_TRANSLATE_NOOP("rules", "A NUMEN has 13 characters; you typed {count}."),
                {"count": len(compact)},
            )
        )
    for position in _DIGIT_POSITIONS:
        character = compact[position]
        if character.isascii() and character.isdigit():
            continue
        if character in _DIGIT_LOOKALIKES:
            raise InvalidNumenError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "rules",
                        "Character {position} must be a digit: did you type the letter "
                        "{letter} instead of the digit {digit}?",
                    ),
                    {
                        "position": position + 1,
                        "letter": character,
                        "digit": _DIGIT_LOOKALIKES[character],
                    },
                ),
                LOOKALIKE_SPOKEN,
            )
        raise InvalidNumenError(
            Message(
                QT_TRANSLATE_NOOP("rules", "Character {position} must be a digit."),
                {"position": position + 1},
            )
        )
    for position in _LETTER_POSITIONS:
        character = compact[position]
        if not ("A" <= character <= "Z"):
            if character == "0" and position != 2:
                raise InvalidNumenError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "rules",
                            "Character {position} must be a letter: did you type the digit 0 "
                            "instead of the letter O?",
                        ),
                        {"position": position + 1},
                    ),
                    LOOKALIKE_SPOKEN,
                )
            raise InvalidNumenError(
                Message(
                    QT_TRANSLATE_NOOP("rules", "Character {position} must be a letter."),
                    {"position": position + 1},
                )
            )
    # An académie code missing from our table (ACADEMIES) is not an error: the table is
    # ours, not the académie's (staff on secondment have other codes), and the académie
    # decides. The identifiant page shows it as a note.
    return Numen(compact)


# --------------------------------------------------------------------------- names

_APOSTROPHES = "'’‘ʼ`´"


@dataclass(frozen=True)
class NormalisedName:
    """The last name as the lookup form wants it, and what was changed to get there."""

    value: str
    changes: tuple[Message, ...]


def normalise_lookup_name(raw: str) -> NormalisedName:
    """Apply the sheet's rule: an apostrophe or a space in the name becomes a dash.

    Accents are kept: the académie stores them, and the client sends them in
    the page's own charset.
    """
    changes: list[Message] = []
    trimmed = " ".join(raw.split())
    if trimmed != raw:
        changes.append(Message(QT_TRANSLATE_NOOP("rules", "Extra spaces removed.")))
    value = trimmed
    if any(apostrophe in value for apostrophe in _APOSTROPHES):
        value = re.sub(f"[{_APOSTROPHES}]\\s*", "-", value)
        changes.append(
            Message(
                QT_TRANSLATE_NOOP("rules", "Apostrophe replaced by a dash, as the académie asks.")
            )
        )
    if " " in value:
        value = value.replace(" ", "-")
        changes.append(
            Message(QT_TRANSLATE_NOOP("rules", "Space replaced by a dash, as the académie asks."))
        )
    collapsed = re.sub("-{2,}", "-", value).strip("-")
    if collapsed != value:
        value = collapsed
        changes.append(Message(QT_TRANSLATE_NOOP("rules", "Repeated dashes simplified.")))
    return NormalisedName(value=value, changes=tuple(changes))


def fold_accents(text: str) -> str:
    """'Hélène Lefèvre' -> 'Helene Lefevre'; letters like 'œ' and 'æ' are spelled out."""
    spelled = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    spelled = spelled.replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", spelled)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_PARTICLES = ("de", "du", "des", "le", "la", "les", "d", "l", "van", "von", "da", "di", "del")


@dataclass(frozen=True)
class IdentifiantPrediction:
    """Identifiants a person would try, best first. Never certain: see ``reason``."""

    candidates: tuple[str, ...]
    reason: Message


def _identifier_letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold_accents(text).lower())


def predict_identifiant(first_name: str, last_name: str) -> IdentifiantPrediction:
    """First letter of the first name + the last name, lower case, accents folded.

    The homonym suffix (1, 2, … 12) is given by the académie and cannot be
    guessed, so the result is only probable. Names with particles, spaces,
    apostrophes or dashes give several candidates.
    """
    first_letters = _identifier_letters(first_name)
    last_folded = fold_accents(last_name).lower().strip()
    if not first_letters or not _identifier_letters(last_folded):
        return IdentifiantPrediction(
            candidates=(),
            reason=Message(
                QT_TRANSLATE_NOOP("rules", "Type your first name and last name to see a guess.")
            ),
        )
    initial = first_letters[0]
    parts = [part for part in re.split(rf"[\s{_APOSTROPHES}\-]+", last_folded) if part]
    candidates: list[str] = []

    def add(last_part: str) -> None:
        letters = re.sub(r"[^a-z0-9\-]", "", last_part).strip("-")
        if letters and initial + letters not in candidates:
            candidates.append(initial + letters)

    add("".join(parts))
    add("-".join(parts))
    without_particles = [part for part in parts if part not in _PARTICLES]
    if without_particles and without_particles != parts:
        add("".join(without_particles))
    if len(parts) > 1:
        for part in (parts[0], parts[-1]):
            if part not in _PARTICLES:
                add(part)
    if len(candidates) > 1:
        reason = Message(
            QT_TRANSLATE_NOOP(
                "rules",
                "Probable only: your name has several parts, so the académie may have kept "
                "them differently, and a number (1, 2, 3…) is added when someone else has "
                "the same name. Check it online with your NUMEN.",
            )
        )
    else:
        reason = Message(
            QT_TRANSLATE_NOOP(
                "rules",
                "Probable only: a number (1, 2, 3…) is added when someone else in the "
                "académie has the same name. Check it online with your NUMEN.",
            )
        )
    return IdentifiantPrediction(candidates=tuple(candidates), reason=reason)


# --------------------------------------------------------------------------- passwords


class PolicyRule(Enum):
    """One line of the password checklist the wizard shows while the teacher types."""

    MIN_LENGTH = "min_length"
    MAX_LENGTH = "max_length"
    CHARACTER_CLASSES = "character_classes"
    ALLOWED_CHARACTERS = "allowed_characters"
    NOT_NUMEN = "not_numen"
    NOT_IDENTIFIANT = "not_identifiant"
    NOT_OLD_PASSWORD = "not_old_password"
    CONFIRMATION_MATCHES = "confirmation_matches"


@dataclass(frozen=True)
class PasswordPolicy:
    """A password policy as data, so a site profile could tighten it without code."""

    min_length: int = 8
    max_length: int = 32
    min_character_classes: int = 3
    # Old académie directories often reject accents and spaces in passwords.
    allowed_pattern: str = r"[A-Za-z0-9!#$%&()*+,\-./:;<=>?@\[\]^_{|}~]*"


@dataclass(frozen=True)
class PolicyCheck:
    rule: PolicyRule
    satisfied: bool
    message: Message


def character_classes(password: str) -> int:
    """How many of lower case, upper case, digits and symbols appear."""
    return sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )


def check_password(
    password: str,
    *,
    confirmation: str | None = None,
    identifiant: str = "",
    numen: str = "",
    old_password: str = "",
    policy: PasswordPolicy = PasswordPolicy(),
) -> list[PolicyCheck]:
    """Return the whole checklist, satisfied or not, in a stable order."""
    lowered = password.lower()
    checks = [
        PolicyCheck(
            PolicyRule.MIN_LENGTH,
            len(password) >= policy.min_length,
            Message(
                QT_TRANSLATE_NOOP("rules", "At least {count} characters"),
                {"count": policy.min_length},
            ),
        ),
        PolicyCheck(
            PolicyRule.MAX_LENGTH,
            len(password) <= policy.max_length,
            Message(
                QT_TRANSLATE_NOOP("rules", "At most {count} characters"),
                {"count": policy.max_length},
            ),
        ),
        PolicyCheck(
            PolicyRule.CHARACTER_CLASSES,
            character_classes(password) >= policy.min_character_classes,
            Message(
                QT_TRANSLATE_NOOP(
                    "rules",
                    "At least {count} kinds among lower case, upper case, digits and symbols",
                ),
                {"count": policy.min_character_classes},
            ),
        ),
        PolicyCheck(
            PolicyRule.ALLOWED_CHARACTERS,
            re.fullmatch(policy.allowed_pattern, password) is not None,
            Message(QT_TRANSLATE_NOOP("rules", "No accents and no spaces")),
        ),
        PolicyCheck(
            PolicyRule.NOT_NUMEN,
            not numen or numen.lower() not in lowered,
            Message(QT_TRANSLATE_NOOP("rules", "Does not contain your NUMEN")),
        ),
        PolicyCheck(
            PolicyRule.NOT_IDENTIFIANT,
            not identifiant or identifiant.lower() not in lowered,
            Message(QT_TRANSLATE_NOOP("rules", "Does not contain your identifiant")),
        ),
    ]
    if old_password:
        checks.append(
            PolicyCheck(
                PolicyRule.NOT_OLD_PASSWORD,
                password != old_password,
                Message(QT_TRANSLATE_NOOP("rules", "Different from the old password")),
            )
        )
    if confirmation is not None:
        checks.append(
            PolicyCheck(
                PolicyRule.CONFIRMATION_MATCHES,
                bool(password) and password == confirmation,
                Message(QT_TRANSLATE_NOOP("rules", "Both entries are identical")),
            )
        )
    return checks


def password_acceptable(checks: list[PolicyCheck]) -> bool:
    return all(check.satisfied for check in checks)

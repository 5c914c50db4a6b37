"""Site profiles: each académie described as data (TOML), not as code.

The profile holds the sheet's URLs and, optionally, the field names and
sentences of each page, so that when the académie changes a page, the
help desk edits a TOML file instead of waiting for a new release.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urljoin

from magistere_gui.client.boundary import TrustBoundary
from magistere_gui.client.errors import MagistereError
from magistere_gui.client.fields import FieldRole
from magistere_gui.paths import resource_path

PROFILE_ENVIRONMENT_VARIABLE = "MAGISTERE_SITES"
DEFAULT_PROFILE_NAME = "creteil"

URL_KEYS = (
    "portal",
    "identifiant_lookup",
    "password_reset",
    "password_change",
    "magistere",
    "webmel",
    "iprof",
)

#: Sentences the académie pages say, as regular expressions on the page's folded
#: text (lower case, no accents). A profile may replace any of them.
DEFAULT_PATTERNS: Mapping[str, str] = MappingProxyType(
    {
        # Optional: the identifiant is found by structure (next to its label); a profile may
        # add a sentence here for a page where that is not enough.
        "identifiant_found": r"votre identifiant est : (?P<identifiant>[a-z][a-z0-9.\-]*)",
        "not_found": (
            r"aucun|introuvable|pas ete trouve|inconnu|ne correspond|incorrect|errone|invalide"
            r"|pas valide|n'existe pas|pas reconnu|ne figure pas|ne permettent pas de vous identifier"
            r"|\bno (?:such )?(?:account|user|agent|match|record|result|entry)s?\b|not found"
            r"|\bunknown\b|\b(?:does|do) not match|\bnot (?:recogni[sz]ed|registered)"
        ),
        # What "nobody found" must be about: a person, an account, what was typed ("Aucun
        # agent ne correspond", "NUMEN incorrect"); never a cookie banner's "aucun cookie".
        "about_a_person": (
            r"identifiant|numen|\bagent|\bcompte|utilisateur|personne|\bfiche|\bnom\b"
            r"|information|donnee|saisi|correspond|\buser|\baccount|\bmatch|\bperson"
        ),
        # A lookup that says it did not look, or not to the end: what it prints beside that
        # ("Votre identifiant est : …") is no result ("La recherche n'a pas pu aboutir").
        "lookup_failed": (
            r"n'a pas pu|n'ont pas pu|pas pu (?:etre|aboutir)|\bimpossible\b|\bechec\b"
            r"|\berror\b|\bfailed\b|\bunable\b|\bcould not\b"
        ),
        # A word inside another ("deverrouiller", "debloquer": a link to do it) says no lock.
        "login_locked": (
            r"\bverrouill|\bbloque|\bsuspendu|trop de tentatives|trop d'essais|trop de fois"
            r"|temporairement desactive|temporarily disabled"
            r"|too many (?:\w+ ){0,3}(?:attempts|tries|failures)"
            r"|account (?:\w+ ){0,3}(?:locked|suspended)|\blocked out\b"
            r"|depasse le nombre (?:maximal |maximum )?(?:de |d')(?:tentatives|essais)"
            r"|nombre (?:maximal|maximum|max) (?:de |d')(?:tentatives|essais)(?: \w+){0,3}"
            r" (?:atteint|depasse)|(?:maximum|max) (?:\w+ ){0,3}(?:attempts|tries)"
            r" (?:\w+ )?(?:exceeded|reached)"
        ),
        # A lock announced for later, in the sentence that names it ("il vous reste 2 essais
        # avant que votre compte soit verrouillé", "sera bloqué", "attempts remaining"): a
        # warning that comes with a refusal, not a lock.
        "lock_to_come": (
            r"\breste\b|\brestante?s?\b|\bremaining\b|\b(?:attempts?|tries|essais?) left\b"
            r"|\b(?:sera|seront|serait|seraient|pourrait etre|risque d'etre|will be|would be"
            r"|may be|might be|could be) (?:\w+ ){0,2}(?:verrouill|bloque|suspendu|desactive"
            r"|locked|disabled)"
            r"|\bavant (?:que|d'etre)\b|\bbefore\b.{0,60}\blocked\b|\bsi vous\b|\bif you\b"
            r"|\bencore une? (?:echec|essai|erreur|tentative)|\bau prochain\b"
            r"|\bprochaine? (?:echec|erreur|tentative|essai)|\bnext (?:\w+ )?(?:attempt|try|failure)"
        ),
        # An expiry announced for later ("votre mot de passe expire dans 5 jours"): advice.
        "expiry_to_come": (
            r"expire(?:ra)? (?:dans|le|bientot)|va expirer|will expire|expires (?:in|on|soon)"
        ),
        # Accepted, but something else first: never a plain success.
        "password_expired": (
            r"(?:mot de passe|password).{0,40}(?:a expire|expire|perime|doit etre (?:change|modifie))"
            r"|(?:changer|modifier|renouveler) (?:votre|son) mot de passe (?:avant|pour continuer)"
            r"|(?:devez|doit|merci de|veuillez) (?:changer|modifier|renouveler|mettre a jour)"
            r" (?:votre |le )?mot de passe|mettre a jour (?:votre|le) mot de passe"
            r"|password (?:has )?expired|must change (?:your )?password|update (?:your )?password"
        ),
        "second_step": (
            r"code (?:a usage unique|de verification|recu par|envoye par)|double authentification"
            r"|authentification a deux facteurs|second facteur|one-time|\botp\b|2fa"
        ),
        "accept_terms": r"charte|conditions (?:generales )?d'utilisation|j'accepte",
        # A form token or step session used up or gone: the step must start again.
        "stale_form": (
            r"jeton|token|session.{0,30}(?:expire|terminee|invalide|perdue)"
            r"|formulaire.{0,30}(?:expire|invalide|plus valide)|veuillez recommencer"
        ),
        "mail_sent": r"courriel|e-mail|email|adresse (?:electronique|mail)|messagerie.{0,30}envoy",
        # A mail sent now (LTB: "Un courriel de confirmation vous a été envoyé"): a reset by mail.
        "mail_sent_now": (
            r"(?:courriel|e-?mail|message|lien)\b.{0,60}\benvoyee?s?\b"
            r"|\benvoyee?s?\b.{0,60}(?:courriel|e-?mail|adresse|messagerie|boite)"
        ),
        # The password is the NUMEN again ("c'est de nouveau votre NUMEN", "Mot de passe :
        # votre NUMEN"); a NUMEN only mentioned ("ne communiquez jamais votre NUMEN") is not.
        "password_is_numen": (
            r"(?:de nouveau|a nouveau|redevient|desormais|c'est|\best|sera|devient) (?:votre |le )?numen"
            r"|mot de passe ?: ?(?:votre |le )?numen|numen (?:comme|pour|en guise de) (?:nouveau )?mot de passe"
        ),
        # What takes back, in its own sentence, a "done" (said by reset_done, password_changed,
        # mail_sent_now): a negation, a failure, an error, a future, a purpose, a condition,
        # a question.
        "not_done": (
            r"\bn'(?:a|ont|est|ai|avons|avez)(?: pas| pu| jamais| point)|\bne (?:\w+ )?(?:pas|plus|jamais)\b"
            r"|\bpas (?:ete|encore|pu)\b|\baucune?\b|impossible|echec|echoue|\berreur\b|\berror\b"
            r"|\bnot\b|\bfailed\b|\bunable\b|\bsera\b|\bseront\b|\bva etre\b|\bpourra\b"
            r"|\bpour que\b|\bafin que\b|\bsi\b|\?"
        ),
        # A sentence that only advises for a case ("si vous ne recevez aucun courriel…"):
        # it takes nothing back from a "done".
        "advice": r"\bsi\b|\bs'il\b|\ben cas\b|\bif\b|\bin case\b",
        # A sentence about earlier tries ("Dernière connexion échouée le 12/03/2024", "2 failed
        # logins since your last login"): a history, nothing about this one.
        "past": (
            r"\bdernieres?\b|\blast\b|\bdepuis\b|\bsince\b|\bprecedente?s?\b|\bprevious\b"
            r"|\bhistorique\b|\bhistory\b|\d{1,2}/\d{1,2}/\d{2,4}"
        ),
        # The form's token or session was lost: the password or NUMEN was never judged.
        "session_lost": (
            r"\bjeton\b|\btoken\b|session.{0,30}(?:expire|terminee|invalide|perdue|echeance)"
            r"|formulaire.{0,30}(?:expire|invalide|plus valide)|delai depasse"
        ),
        # The account itself cannot be used (not a lock with a wait): never a wrong password.
        "account_unusable": (
            r"compte.{0,30}(?:desactive|expire|supprime|inactif|n'est plus actif|ferme)"
            r"|account (?:\w+ ){0,2}(?:disabled|expired|inactive|deactivated)"
        ),
        # The new password and its confirmation differ (never about the current password).
        "passwords_differ": (
            r"mots de passe.{0,30}(?:ne correspondent pas|sont differents|ne sont pas identiques)"
            r"|confirmation.{0,40}(?:differe|ne correspond pas|incorrecte|invalide)"
        ),
        # The same refusals in English (Keycloak "Invalid username or password", CAS "Invalid
        # credentials", LemonLDAP::NG "Wrong credentials", Moodle "Invalid login"); never a
        # bare "failed": Moodle's "2 failed logins since your last login" greets a success.
        "login_failed": (
            r"incorrect|invalide|pas valide|echec|erreur d'authentification|refuse|errone"
            r"|pas reconnu|ne correspond|mauvais|non valide|pas correcte?|\bnot correct\b"
            r"|connexion impossible|impossible de vous (?:connecter|authentifier|identifier)"
            r"|(?:authentification|connexion|identification) (?:a )?echouee?"
            r"|\binvalid\b|\bwrong (?:credentials|password|username|user name|login)"
            r"|\bbad (?:credentials|password|username)|(?:authentication|login|sign[ -]?in)"
            r" (?:failed|failure|unsuccessful)|(?:could|can) ?not be (?:authenticated|identified)"
            r"|\b(?:do|does) not match|\bnot recogni[sz]ed\b|\brejected\b"
        ),
        # An error page of the site itself: never taken for a success.
        "site_error": (
            r"indisponible|maintenance|erreur (?:interne|technique|serveur)|une erreur"
            r"|probleme technique|service (?:ferme|interrompu)"
            r"|error occurred|\bunavailable\b|internal (?:server )?error|went wrong"
        ),
        # What a page a person is not signed in on says (a session expired, an error, an
        # access refused, a site away): never a successful login, whatever cookie it sets.
        "not_signed_in": (
            r"\berreur\b|\berror\b|session.{0,30}(?:expire|terminee|invalide|perdue|echeance)"
            r"|reconnect|n'etes pas (?:encore )?connecte|non connecte|not (?:logged|signed) in"
            r"|(?:log|sign) in again|acces (?:refuse|interdit)|access denied|forbidden"
            r"|unauthori[sz]ed|non autorise|introuvable|not found|unavailable|indisponible"
            r"|maintenance|travaux|oops|went wrong|stale request|perime|anonym"
            r"|\bdeconnectee?\b"
        ),
        # What the page of a signed-in person says (with a cookie set or a redirect away).
        "signed_in": (
            r"\bconnectee?\b|connexion reussie|\bauthentifiee?\b|\bbienvenue\b"
            r"|mon espace|mon compte|(?:mes|vos) applications|tableau de bord"
            r"|logged in|signed in|\bwelcome\b|dashboard|my account"
        ),
        "captcha_expired": r"expire|perime|plus valide|delai depasse",
        "captcha_wrong": (
            r"code.{0,40}(?:incorrect|errone|invalide|faux|ne correspond)"
            r"|ne correspond pas a l'image|recopie.{0,20}(?:incorrect|errone)"
        ),
        # "réinitialisé" (done), never "réinitialiser" (what a page explains how to do).
        "reset_done": (
            r"\breinitialisee?s?\b|operation effectuee|c'est fait|de nouveau votre numen"
            r"|password (?:was|has been) (?:successfully )?reset\b"
        ),
        "reset_step_two": r"etape\s*2\s*/\s*2",
        "password_changed": (
            r"mot de passe a ete (?:modifie|change|mis a jour)|operation effectuee|c'est fait"
            r"|modifie avec succes"
            r"|password (?:was|has been) (?:successfully )?(?:changed|updated|modified)"
            r"|password (?:changed|updated) successfully"
        ),
        "old_password_wrong": (r"(?:ancien|actuel).{0,40}(?:incorrect|errone|invalide|pas valide)"),
        # LemonLDAP::NG's policy refusals too: "Qualité du mot de passe insuffisante", "Mot
        # de passe utilisé trop récemment", "… contient des caractères interdits".
        "password_rejected": (
            r"refuse|ne respecte pas|trop court|doit contenir|invalide|politique|insuffisant"
            r"|trop rec(?:ent|emment)|caracteres? interdits?|identique|deja (?:ete )?utilise"
        ),
        # Linear on a long run of digits (an unbounded \d+ backtracks quadratically): the
        # number starts where no digit precedes it and has at most four.
        "retry_minutes": r"(?P<minutes>\d(?<!\d\d)\d{0,3}) ?min",
        # "patienter 60 secondes" (LemonLDAP::NG's lock), when no minutes are said.
        "retry_seconds": r"(?P<seconds>\d(?<!\d\d)\d{0,4}) ?(?:secondes?|seconds?|sec)\b",
    }
)


class ProfileProblem(Enum):
    """What is wrong in a profile file: the app turns each into a French sentence."""

    FILE_NOT_FOUND = "file_not_found"
    NOT_A_FILE = "not_a_file"
    NOT_ALLOWED = "not_allowed"
    UNREADABLE = "unreadable"
    NOT_UTF8 = "not_utf8"
    # TOML syntax, by what the person has to fix on the line
    MISSING_BRACKET = "missing_bracket"
    MISSING_EQUALS = "missing_equals"
    BAD_VALUE = "bad_value"
    UNCLOSED_TEXT = "unclosed_text"
    UNCLOSED_LIST = "unclosed_list"
    BACKSLASH = "backslash"
    DECLARED_TWICE = "declared_twice"
    BAD_LINE = "bad_line"
    # Content
    MISSING_URLS = "missing_urls"
    UNKNOWN_KEY = "unknown_key"
    WRONG_TYPE = "wrong_type"
    OUT_OF_RANGE = "out_of_range"
    UNKNOWN_FIELD_ROLE = "unknown_field_role"
    BAD_PATTERN = "bad_pattern"
    UNUSABLE_ADDRESS = "unusable_address"
    CONTACT_WITHOUT_SOURCE = "contact_without_source"
    UNKNOWN_PROFILE = "unknown_profile"


class ProfileError(MagistereError):
    """The site profile file is missing or malformed: which file, where, and what.

    ``line`` and ``column`` count from 1 (0: unknown). ``section`` and ``key`` name the
    setting (``section`` empty at the top of the file); ``expected`` says what kind of value
    was wanted ("text", "number", "true_false", "list_of_texts", "table") or, for a number
    out of range, the range. The English ``detail`` is for the log only: the app says it in
    French from these fields.
    """

    def __init__(
        self,
        problem: ProfileProblem,
        path: Path,
        detail: str,
        *,
        line: int = 0,
        column: int = 0,
        section: str = "",
        key: str = "",
        expected: str = "",
    ) -> None:
        where = f" (line {line})" if line else ""
        super().__init__(f"{detail}{where}", url=str(path))
        self.problem = problem
        self.path = path
        self.line = line
        self.column = column
        self.section = section
        self.key = key
        self.expected = expected


@dataclass(frozen=True)
class Timeouts:
    connect_seconds: float = 5.0
    read_seconds: float = 20.0
    #: Upper bound for one whole operation (several requests), whatever happens.
    operation_seconds: float = 60.0


#: A timeout outside this range is a typo (0, a negative number, or minutes typed as hours).
TIMEOUT_RANGE_SECONDS = (0.5, 600.0)
PAGE_SIZE_RANGE_BYTES = (64 * 1024, 16 * 1024 * 1024)
#: Ways to reach a service; each must come with ``<kind>_source``, the public page it was read
#: on, so that nobody is sent to a guessed address.
CONTACT_KINDS = ("website", "email", "address", "phone")


@dataclass(frozen=True)
class Departement:
    """Whom to ask for a lost NUMEN in one département, as the profile gives it.

    Names are the administration's own (proper nouns, in French). A contact is kept only
    with the public page it comes from (``sources``); none may be guessed.
    """

    number: str
    name: str
    dsden: str
    #: The service that gives a lost NUMEN again; empty when no public page names it.
    service: str = ""
    #: Where the service's name comes from (a page, or the help sheet).
    service_source: str = ""
    #: What to bring or send (from the same source as the service), in French.
    how: str = ""
    contacts: Mapping[str, str] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SiteProfile:
    name: str
    urls: Mapping[str, str]
    patterns: Mapping[str, str] = field(default_factory=lambda: DEFAULT_PATTERNS)
    pinned_fields: Mapping[FieldRole, str] = field(default_factory=dict)
    timeouts: Timeouts = Timeouts()
    max_page_bytes: int = 2 * 1024 * 1024
    source: str = ""
    #: Hosts beyond those of ``urls`` that may receive requests (e.g. a login server).
    allowed_hosts: frozenset[str] = frozenset()
    #: Plain http to this computer: the simulator's profile only (demo, tests).
    allow_loopback_http: bool = False
    #: Which shape of pages the simulator serves for this profile (demo mode).
    simulator_layout: str = ""
    #: Whether the site accepts the security code in any case. Unknown for the real site (the
    #: sheet does not say), so the wizard says nothing about case unless a profile says so.
    captcha_ignores_case: bool = False
    #: How many refused passwords the académie allows before it locks the account (the wizard
    #: warns before the last one). The sheet does not say: 5 is the most common setting.
    max_failed_logins: int = 5
    #: Whom to ask for a lost NUMEN, by département, in the profile's order.
    numen_help: tuple[Departement, ...] = ()

    def url(self, key: str) -> str:
        return self.urls[key]

    @cached_property
    def boundary(self) -> TrustBoundary:
        return TrustBoundary.for_profile(
            self.urls.values(), self.allowed_hosts, allow_loopback_http=self.allow_loopback_http
        )

    def pattern(self, key: str) -> re.Pattern[str]:
        return re.compile(self.patterns[key])


TOP_LEVEL_KEYS = frozenset(
    {
        "name",
        "base_url",
        "allowed_hosts",
        "allow_loopback_http",
        "simulator_layout",
        "captcha_ignores_case",
        "max_page_bytes",
        "max_failed_logins",
        "numen_help_from",
        "urls",
        "timeouts",
        "fields",
        "patterns",
        "numen_help",
    }
)

#: tomllib's messages, by what the person has to fix (its wording is English and may change:
#: a message not listed here is BAD_LINE, still with its line and column).
_SYNTAX_PROBLEMS = (
    ("Expected ']", ProfileProblem.MISSING_BRACKET),
    ("Expected '='", ProfileProblem.MISSING_EQUALS),
    ("Invalid value", ProfileProblem.BAD_VALUE),
    ("Invalid date", ProfileProblem.BAD_VALUE),
    ("Unterminated string", ProfileProblem.UNCLOSED_TEXT),
    ("Illegal character '\\n'", ProfileProblem.UNCLOSED_TEXT),  # the line ends inside a text
    ("Unclosed array", ProfileProblem.UNCLOSED_LIST),
    ("Unclosed inline table", ProfileProblem.UNCLOSED_LIST),
    ("Unescaped '\\'", ProfileProblem.BACKSLASH),
    ("Cannot declare", ProfileProblem.DECLARED_TWICE),
    ("Cannot overwrite", ProfileProblem.DECLARED_TWICE),
    ("Cannot redefine", ProfileProblem.DECLARED_TWICE),
    ("Duplicate", ProfileProblem.DECLARED_TWICE),
)
_SYNTAX_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)$")


class _Reader:
    """Reads one profile's values by type, so that a wrong value is a ProfileError naming its
    line, never a TypeError later (a profile is edited by hand, by the help desk)."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def fail(
        self,
        problem: ProfileProblem,
        detail: str,
        *,
        section: str = "",
        key: str = "",
        expected: str = "",
    ) -> ProfileError:
        return ProfileError(
            problem,
            self.path,
            detail,
            line=self.line_of(section, key),
            section=section,
            key=key,
            expected=expected,
        )

    def line_of(self, section: str, key: str = "") -> int:
        """The line where ``key`` is set in ``[section]`` (or the section's header when no key
        is given); 0 when the file says it in a way this plain scan does not follow."""
        current = ""
        wanted_header = section.split(".")
        for number, raw in enumerate(self.lines, start=1):
            line = raw.strip()
            if line.startswith("["):
                header = line.strip("[]").split("#")[0].strip().strip("[]").strip()
                current = ".".join(part.strip().strip("\"'") for part in header.split("."))
                if not key and current.split(".") == wanted_header:
                    return number
                continue
            if key and current == section:
                name = line.split("=", 1)[0].strip().strip("\"'")
                if "=" in line and name == key:
                    return number
        return 0

    def table(self, data: Mapping[str, Any], key: str, *, section: str = "") -> Mapping[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(
                ProfileProblem.WRONG_TYPE,
                f"{key} must be a section",
                section=section,
                key=key,
                expected="table",
            )
        return value

    def text(
        self, data: Mapping[str, Any], key: str, default: str = "", *, section: str = ""
    ) -> str:
        value = data.get(key, default)
        if not isinstance(value, str):
            raise self.fail(
                ProfileProblem.WRONG_TYPE,
                f"{key} must be text",
                section=section,
                key=key,
                expected="text",
            )
        return value

    def flag(self, data: Mapping[str, Any], key: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(
                ProfileProblem.WRONG_TYPE,
                f"{key} must be true or false",
                key=key,
                expected="true_false",
            )
        return value

    def number(
        self,
        data: Mapping[str, Any],
        key: str,
        default: float,
        bounds: tuple[float, float],
        *,
        section: str = "",
    ) -> float:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(
                ProfileProblem.WRONG_TYPE,
                f"{key} must be a number",
                section=section,
                key=key,
                expected="number",
            )
        low, high = bounds
        if not low <= value <= high:
            raise self.fail(
                ProfileProblem.OUT_OF_RANGE,
                f"{key} must be between {_plain(low)} and {_plain(high)}",
                section=section,
                key=key,
                expected=f"{_plain(low)}-{_plain(high)}",
            )
        return float(value)

    def only_known_keys(
        self, data: Mapping[str, Any], known: Iterable[str], *, section: str = ""
    ) -> None:
        """A misspelt setting would be ignored without a word: it is an error instead."""
        known = set(known)
        for key in data:
            if key not in known:
                raise self.fail(
                    ProfileProblem.UNKNOWN_KEY, f"unknown setting {key!r}", section=section, key=key
                )


def _plain(number: float) -> str:
    """8.0 as 8, 0.5 as 0.5: as a person would type it in the file."""
    return str(int(number)) if number == int(number) else repr(number)


def _read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise ProfileError(ProfileProblem.FILE_NOT_FOUND, path, "no such file") from error
    except IsADirectoryError as error:
        raise ProfileError(ProfileProblem.NOT_A_FILE, path, "a folder, not a file") from error
    except PermissionError as error:
        raise ProfileError(ProfileProblem.NOT_ALLOWED, path, "not allowed to read") from error
    except OSError as error:
        raise ProfileError(
            ProfileProblem.UNREADABLE, path, f"cannot read ({type(error).__name__})"
        ) from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise ProfileError(
            ProfileProblem.NOT_UTF8, path, "not saved as UTF-8", line=line
        ) from error
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _SYNTAX_POSITION.search(message)
        line, column = (int(position.group(1)), int(position.group(2))) if position else (0, 0)
        if not position and "end of document" in message:
            line = text.count("\n") + 1
        problem = next(
            (found for start, found in _SYNTAX_PROBLEMS if message.startswith(start)),
            ProfileProblem.BAD_LINE,
        )
        what = _SYNTAX_POSITION.sub("", message).strip()
        raise ProfileError(problem, path, f"TOML: {what}", line=line, column=column) from error


def load_profile(path: Path, *, base_url: str | None = None) -> SiteProfile:
    """Read and check a profile; any mistake in it is a :class:`ProfileError`, never a crash."""
    text, data = _read_toml(path)
    reader = _Reader(path, text)
    reader.only_known_keys(data, TOP_LEVEL_KEYS)
    name = reader.text(data, "name", path.stem)
    simulator_layout = reader.text(data, "simulator_layout")
    captcha_ignores_case = reader.flag(data, "captcha_ignores_case")
    allow_loopback_http = reader.flag(data, "allow_loopback_http")
    max_page_bytes = int(
        reader.number(data, "max_page_bytes", 2 * 1024 * 1024, PAGE_SIZE_RANGE_BYTES)
    )
    max_failed_logins = int(reader.number(data, "max_failed_logins", 5, (1, 100)))
    urls = dict(reader.table(data, "urls"))
    reader.only_known_keys(urls, URL_KEYS, section="urls")
    for key in urls:
        reader.text(urls, key, section="urls")
    missing = [key for key in URL_KEYS if key not in urls]
    if missing:
        raise ProfileError(
            ProfileProblem.MISSING_URLS,
            path,
            f"site profile lacks urls: {', '.join(missing)}",
            line=reader.line_of("urls"),
            section="urls",
            key=", ".join(missing),
        )
    own_base = reader.text(data, "base_url")
    base = base_url or own_base
    if base:
        urls = {key: urljoin(base, value) for key, value in urls.items()}
    fields = reader.table(data, "fields")
    pinned: dict[FieldRole, str] = {}
    for role, pinned_name in fields.items():
        try:
            known_role = FieldRole(role)
        except ValueError as error:
            raise reader.fail(
                ProfileProblem.UNKNOWN_FIELD_ROLE,
                f"unknown field role in profile: {role!r}",
                section="fields",
                key=role,
            ) from error
        if reader.text(fields, role, section="fields"):
            pinned[known_role] = pinned_name
    own_patterns = reader.table(data, "patterns")
    for key in own_patterns:  # the defaults are known good (and tested)
        pattern = reader.text(own_patterns, key, section="patterns")
        try:
            re.compile(pattern)
        except re.error as error:
            raise reader.fail(
                ProfileProblem.BAD_PATTERN,
                f"pattern {key!r} is not a valid regular expression",
                section="patterns",
                key=key,
            ) from error
    patterns = {**DEFAULT_PATTERNS, **own_patterns}
    timeouts_data = reader.table(data, "timeouts")
    reader.only_known_keys(timeouts_data, Timeouts.__dataclass_fields__, section="timeouts")
    timeouts = Timeouts(
        **{
            key: reader.number(
                timeouts_data,
                key,
                getattr(Timeouts, key),
                TIMEOUT_RANGE_SECONDS,
                section="timeouts",
            )
            for key in Timeouts.__dataclass_fields__
        }
    )
    allowed_hosts = data.get("allowed_hosts", [])
    if not isinstance(allowed_hosts, list) or not all(isinstance(h, str) for h in allowed_hosts):
        raise reader.fail(
            ProfileProblem.WRONG_TYPE,
            "allowed_hosts must be a list of host names",
            key="allowed_hosts",
            expected="list_of_texts",
        )
    _check_addresses(reader, urls, allowed_hosts, allow_loopback_http=allow_loopback_http)
    profile = SiteProfile(
        name=name,
        urls=MappingProxyType(urls),
        patterns=MappingProxyType(patterns),
        pinned_fields=MappingProxyType(pinned),
        timeouts=timeouts,
        max_page_bytes=max_page_bytes,
        source=str(path),
        allowed_hosts=frozenset(host.strip().lower() for host in allowed_hosts),
        allow_loopback_http=allow_loopback_http,
        simulator_layout=simulator_layout,
        captcha_ignores_case=captcha_ignores_case,
        max_failed_logins=max_failed_logins,
        numen_help=_numen_help(reader, data),
    )
    profile.boundary  # noqa: B018 - built now (checked above), so it is ready before any step
    return profile


def _check_addresses(
    reader: _Reader, urls: Mapping[str, str], hosts: list[str], *, allow_loopback_http: bool
) -> None:
    """Each address on its own, so that the error names the line of the unusable one."""
    for key, url in urls.items():
        try:
            TrustBoundary.for_profile([url], [], allow_loopback_http=allow_loopback_http)
        except MagistereError as error:
            raise reader.fail(
                ProfileProblem.UNUSABLE_ADDRESS,
                f"unusable address: {error.detail}",
                section="urls",
                key=key,
            ) from error
    for host in hosts:
        try:
            TrustBoundary.for_profile([], [host.strip().lower()], allow_loopback_http=False)
        except MagistereError as error:
            raise reader.fail(
                ProfileProblem.UNUSABLE_ADDRESS,
                f"unusable host: {error.detail}",
                key="allowed_hosts",
            ) from error


def _numen_help(
    reader: _Reader, data: Mapping[str, Any], *, may_borrow: bool = True
) -> tuple[Departement, ...]:
    """The ``[numen_help.departements.NN]`` sections, or those of the bundled profile that
    ``numen_help_from`` names (the simulator stands for Créteil: the same help, kept once)."""
    borrowed = reader.text(data, "numen_help_from")
    if borrowed and may_borrow:
        lender = bundled_profile_path(borrowed)
        if not re.fullmatch(r"[a-z0-9_-]+", borrowed) or not lender.is_file():
            raise reader.fail(
                ProfileProblem.UNKNOWN_PROFILE,
                f"no bundled profile named {borrowed!r}",
                key="numen_help_from",
            )
        text, lender_data = _read_toml(lender)
        return _numen_help(_Reader(lender, text), lender_data, may_borrow=False)
    numen_help = reader.table(data, "numen_help")
    reader.only_known_keys(numen_help, ("departements",), section="numen_help")
    departements = reader.table(numen_help, "departements", section="numen_help")
    found = []
    for number in departements:
        section = f"numen_help.departements.{number}"
        entry = reader.table(departements, number, section="numen_help.departements")
        known = {"name", "dsden", "service", "service_source", "how"}
        known |= set(CONTACT_KINDS) | {f"{kind}_source" for kind in CONTACT_KINDS}
        reader.only_known_keys(entry, known, section=section)
        values = {key: reader.text(entry, key, section=section).strip() for key in known}
        for kind in ("dsden", "name"):
            if not values[kind]:
                raise reader.fail(
                    ProfileProblem.WRONG_TYPE,
                    f"{kind} is required",
                    section=section,
                    key=kind,
                    expected="text",
                )
        for kind in ("service", *CONTACT_KINDS):
            if values[kind] and not values[f"{kind}_source"]:
                raise reader.fail(
                    ProfileProblem.CONTACT_WITHOUT_SOURCE,
                    f"{kind} given without the public page it comes from",
                    section=section,
                    key=kind,
                )
        found.append(
            Departement(
                number=number,
                name=values["name"],
                dsden=values["dsden"],
                service=values["service"],
                service_source=values["service_source"],
                how=values["how"],
                contacts=MappingProxyType(
                    {kind: values[kind] for kind in CONTACT_KINDS if values[kind]}
                ),
                sources=MappingProxyType(
                    {kind: values[f"{kind}_source"] for kind in CONTACT_KINDS if values[kind]}
                ),
            )
        )
    return tuple(found)


def bundled_profile_path(name: str = DEFAULT_PROFILE_NAME) -> Path:
    return resource_path("sites", f"{name}.toml")


def default_profile_path() -> Path:
    """The profile chosen by the environment variable, else the bundled Créteil one."""
    chosen = os.environ.get(PROFILE_ENVIRONMENT_VARIABLE)
    return Path(chosen) if chosen else bundled_profile_path()

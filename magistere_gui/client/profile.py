"""Site profiles: each académie described as data (TOML), not as code.

The profile holds the sheet's URLs and, optionally, the field names and
sentences of each page, so that when the académie changes a page, the
help desk edits a TOML file instead of waiting for a new release.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
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
        ),
        "login_locked": (
            r"verrouill|bloque|suspendu|trop de tentatives|trop d'essais|trop de fois"
            r"|too many (?:failed |login )?(?:attempts|tries)|account (?:is )?locked"
        ),
        # Accepted, but something else first: never a plain success.
        "password_expired": (
            r"(?:mot de passe|password).{0,40}(?:a expire|expire|perime|doit etre (?:change|modifie))"
            r"|(?:changer|modifier|renouveler) (?:votre|son) mot de passe (?:avant|pour continuer)"
            r"|password (?:has )?expired|must change (?:your )?password"
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
        "login_failed": (
            r"incorrect|invalide|pas valide|echec|erreur d'authentification|refuse|errone"
            r"|pas reconnu|ne correspond|mauvais"
        ),
        # An error page of the site itself: never taken for a success.
        "site_error": (
            r"indisponible|maintenance|erreur (?:interne|technique|serveur)|une erreur"
            r"|probleme technique|service (?:ferme|interrompu)"
        ),
        "captcha_expired": r"expire|perime|plus valide|delai depasse",
        "captcha_wrong": (
            r"code.{0,40}(?:incorrect|errone|invalide|faux|ne correspond)"
            r"|ne correspond pas a l'image|recopie.{0,20}(?:incorrect|errone)"
        ),
        "reset_done": r"reinitialise|operation effectuee|c'est fait|de nouveau votre numen",
        "reset_step_two": r"etape\s*2\s*/\s*2",
        "password_changed": (
            r"mot de passe a ete (?:modifie|change)|operation effectuee|c'est fait"
            r"|modifie avec succes"
        ),
        "old_password_wrong": (r"(?:ancien|actuel).{0,40}(?:incorrect|errone|invalide|pas valide)"),
        "password_rejected": r"refuse|ne respecte pas|trop court|doit contenir|invalide|politique",
        # Linear on a long run of digits (an unbounded \d+ backtracks quadratically): the
        # number starts where no digit precedes it and has at most four.
        "retry_minutes": r"(?P<minutes>\d(?<!\d\d)\d{0,3}) ?min",
    }
)


class ProfileError(MagistereError):
    """The site profile file is missing or malformed."""


@dataclass(frozen=True)
class Timeouts:
    connect_seconds: float = 5.0
    read_seconds: float = 20.0
    #: Upper bound for one whole operation (several requests), whatever happens.
    operation_seconds: float = 60.0


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

    def url(self, key: str) -> str:
        return self.urls[key]

    @cached_property
    def boundary(self) -> TrustBoundary:
        return TrustBoundary.for_profile(
            self.urls.values(), self.allowed_hosts, allow_loopback_http=self.allow_loopback_http
        )

    def pattern(self, key: str) -> re.Pattern[str]:
        return re.compile(self.patterns[key])


def load_profile(path: Path, *, base_url: str | None = None) -> SiteProfile:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ProfileError(f"cannot read site profile: {error}", url=str(path)) from error
    urls = data.get("urls", {})
    missing = [key for key in URL_KEYS if key not in urls]
    if missing:
        raise ProfileError(f"site profile lacks urls: {', '.join(missing)}", url=str(path))
    base = base_url or data.get("base_url")
    if base:
        urls = {key: urljoin(base, value) for key, value in urls.items()}
    try:
        pinned = {FieldRole(role): name for role, name in data.get("fields", {}).items() if name}
    except ValueError as error:
        raise ProfileError(f"unknown field role in profile: {error}", url=str(path)) from error
    own_patterns = data.get("patterns", {})
    patterns = {**DEFAULT_PATTERNS, **own_patterns}
    for key, pattern in own_patterns.items():  # the defaults are known good (and tested)
        try:
            re.compile(pattern)
        except re.error as error:
            raise ProfileError(
                f"pattern {key!r} is not a valid regular expression", url=str(path)
            ) from error
    timeouts = Timeouts(**data.get("timeouts", {}))
    allowed_hosts = data.get("allowed_hosts", [])
    if not isinstance(allowed_hosts, list) or not all(isinstance(h, str) for h in allowed_hosts):
        raise ProfileError("allowed_hosts must be a list of host names", url=str(path))
    profile = SiteProfile(
        name=data.get("name", path.stem),
        urls=MappingProxyType(dict(urls)),
        patterns=MappingProxyType(patterns),
        pinned_fields=MappingProxyType(pinned),
        timeouts=timeouts,
        max_page_bytes=int(data.get("max_page_bytes", 2 * 1024 * 1024)),
        source=str(path),
        allowed_hosts=frozenset(host.strip().lower() for host in allowed_hosts),
        allow_loopback_http=bool(data.get("allow_loopback_http", False)),
        simulator_layout=str(data.get("simulator_layout", "")),
        captcha_ignores_case=bool(data.get("captcha_ignores_case", False)),
        max_failed_logins=max(1, int(data.get("max_failed_logins", 5))),
    )
    try:
        profile.boundary  # noqa: B018 - built now, so a bad URL fails here, not mid-step
    except MagistereError as error:
        raise ProfileError(
            f"site profile has an unusable address: {error}", url=str(path)
        ) from error
    return profile


def bundled_profile_path(name: str = DEFAULT_PROFILE_NAME) -> Path:
    return resource_path("sites", f"{name}.toml")


def default_profile_path() -> Path:
    """The profile chosen by the environment variable, else the bundled Créteil one."""
    chosen = os.environ.get(PROFILE_ENVIRONMENT_VARIABLE)
    return Path(chosen) if chosen else bundled_profile_path()

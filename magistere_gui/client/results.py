"""Typed results of the client's operations: the successes, each with its evidence.

Each operation has one closed set of outcomes: its success type here, or one of the
errors of ``errors.py`` (see ``OUTCOMES`` in ``outcomes.py``). A success is returned only
on positive evidence, which it carries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from magistere_gui.client.evidence import Evidence

if TYPE_CHECKING:
    from magistere_gui.client.forms import ParsedForm

_NO_EVIDENCE = Evidence(status=0, landed_url="")


@dataclass(frozen=True)
class IdentifiantFound:
    identifiant: str
    page_url: str
    evidence: Evidence = field(default=_NO_EVIDENCE, compare=False)


@dataclass(frozen=True)
class LoginSucceeded:
    """The portal let the person in: a session opened or the login page was left, no alert."""

    identifiant: str
    page_url: str
    evidence: Evidence = field(default=_NO_EVIDENCE, compare=False)


@dataclass(frozen=True)
class CaptchaChallenge:
    """A captcha to show to the person; the program never tries to read it."""

    image: bytes = field(repr=False)
    content_type: str
    page_url: str
    form: ParsedForm = field(repr=False)
    refresh_url: str | None = None
    #: "png", "jpeg", "gif" or "bmp", read from the image's first bytes (never trusted from headers).
    image_format: str = ""


@dataclass(frozen=True)
class ResetStepTwo:
    """The second step of the reset: the page asking for identifiant and NUMEN."""

    page_url: str
    form: ParsedForm = field(repr=False)


class NewPassword(Enum):
    """What the password is after a reset, as the site says it."""

    NUMEN = "numen"  # "votre mot de passe est de nouveau votre NUMEN"
    SENT_BY_MAIL = "sent_by_mail"  # a link or a password sent to a mailbox
    NOT_SAID = "not_said"  # done, the site says so, but not what the password is now


@dataclass(frozen=True)
class ResetDone:
    page_url: str
    site_message: str
    new_password: NewPassword = NewPassword.NOT_SAID
    evidence: Evidence = field(default=_NO_EVIDENCE, compare=False)


@dataclass(frozen=True)
class PasswordChanged:
    page_url: str
    site_message: str
    evidence: Evidence = field(default=_NO_EVIDENCE, compare=False)

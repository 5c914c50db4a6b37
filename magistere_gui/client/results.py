"""Typed results of the client's operations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magistere_gui.client.forms import ParsedForm


@dataclass(frozen=True)
class IdentifiantFound:
    identifiant: str
    page_url: str


@dataclass(frozen=True)
class LoginSucceeded:
    identifiant: str
    page_url: str


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


@dataclass(frozen=True)
class ResetDone:
    page_url: str
    site_message: str


@dataclass(frozen=True)
class PasswordChanged:
    page_url: str
    site_message: str

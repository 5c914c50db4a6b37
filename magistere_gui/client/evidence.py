"""What an answer showed: the facts an outcome was decided on.

Why: a help tool must say a login worked only when the site showed it did, the way
a person at a browser would tell (a session opened, the login page left behind, no
alert said), and the wizard and the help desk must be able to see why the client
decided what it did. Every outcome of an operation carries one :class:`Evidence`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Tone(Enum):
    """How a site styles one of its messages (WAI-ARIA roles, common CSS class names)."""

    NEGATIVE = "negative"  # role="alert", error, danger, negative, warning
    POSITIVE = "positive"  # success, positive, confirmation
    NEUTRAL = "neutral"  # role="status", info, message


@dataclass(frozen=True)
class Notice:
    """One message block of a page: its text (cleaned, capped) and its tone."""

    text: str
    tone: Tone


@dataclass(frozen=True)
class Evidence:
    """The facts an outcome rests on, none of them secret.

    ``status`` is the final HTTP status; ``landed_url`` the page we ended on (no query);
    ``redirected`` whether the site sent us on; ``cookies_set`` the names of cookies the
    answer set or changed; ``site_message`` the site's own words (secrets masked);
    ``alert`` whether a message was styled as an error; ``reasons`` short English notes
    on what decided (for the log and the help desk, never shown as such to a teacher).
    """

    status: int
    landed_url: str
    redirected: bool = False
    cookies_set: tuple[str, ...] = ()
    site_message: str = ""
    alert: bool = False
    reasons: tuple[str, ...] = field(default=())

    def because(self, *reasons: str) -> Evidence:
        """The same evidence with the deciding reasons noted."""
        return Evidence(
            status=self.status,
            landed_url=self.landed_url,
            redirected=self.redirected,
            cookies_set=self.cookies_set,
            site_message=self.site_message,
            alert=self.alert,
            reasons=self.reasons + reasons,
        )


class RequiredAction(Enum):
    """What a site asks for after accepting a password, before it lets the person in."""

    CHANGE_EXPIRED_PASSWORD = "change_expired_password"
    SECOND_STEP = "second_step"  # a one-time code, a second factor
    UNKNOWN_FORM = "unknown_form"  # a form asking for something the wizard does not know
    ACCEPT_TERMS = "accept_terms"  # a charter or conditions to accept

"""The client's one exception family.

Each error carries context (the page URL, what was missing, how long to
wait) so the wizard can say what happened and what to do next. No error
text ever contains a NUMEN, a password or a captcha answer: the client
only puts URLs, field roles and numbers into them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magistere_gui.client.scrubbing import live_secrets

if TYPE_CHECKING:
    from magistere_gui.client.capture import PageCapture
    from magistere_gui.client.evidence import Evidence, RequiredAction
    from magistere_gui.client.results import CaptchaChallenge


#: The longest wait a site's answer is believed for: a day. A header or a sentence may say
#: anything ("Retry-After: 99999999999"), and a wait is shown as a time of day and timed.
MAX_WAIT_SECONDS = 24 * 3600


def _said_wait(seconds: int | None) -> int | None:
    return None if seconds is None else max(0, min(seconds, MAX_WAIT_SECONDS))


class MagistereError(Exception):
    """Base of every error the client raises on purpose.

    ``evidence`` holds what the answer showed, when there was an answer to read.
    """

    def __init__(
        self,
        detail: str,
        *,
        url: str | None = None,
        site_message: str = "",
        evidence: Evidence | None = None,
    ) -> None:
        # A hostile page may echo a secret into its own URL: never carry it in a message.
        url = live_secrets.scrub(url) if url else url
        super().__init__(f"{detail} ({url})" if url else detail)
        self.detail = detail
        self.url = url
        #: The site's own words (cleaned, capped, secrets removed), shown to the person.
        self.site_message = live_secrets.scrub(site_message) if site_message else ""
        #: The page that was not understood, for the help desk (in memory; saved only on request).
        self.capture: PageCapture | None = None
        self.evidence = evidence


class EmptyFieldError(MagistereError):
    """A field the step needs is empty: nothing was sent (a blank password counts as a try)."""


class NetworkError(MagistereError):
    """The site could not be reached (DNS, refused or dropped connection, proxy)."""


class RequestTimeoutError(NetworkError):
    """The site did not answer in time."""


class TlsError(NetworkError):
    """The site's certificate is not trusted by this computer (or its clock is wrong)."""


class OperationCancelledError(MagistereError):
    """The person stopped the call (or closed the window); its connection was cut."""


class SiteNotUnderstoodError(MagistereError):
    """The page did not look as expected: the académie may have changed it."""


class UnusableCaptchaImageError(SiteNotUnderstoodError):
    """The security code image cannot be shown (not a raster image, or far too large): ask for another."""


class UnknownFieldError(SiteNotUnderstoodError):
    """A form of an académie step asks for something the wizard does not ask the teacher
    (a field it does not fill): nothing was sent, since a field is never sent empty.

    ``asked_for`` is what the site asks, in its own words (the field's label).
    """

    def __init__(self, detail: str, *, url: str | None = None, asked_for: str) -> None:
        super().__init__(detail, url=url)
        self.asked_for = asked_for


class UntrustedSiteError(MagistereError):
    """A form, link or redirect points outside the académie's sites: nothing was sent there.

    ``host`` is the place the page wanted to send to (shown to the person); ``url``
    is the académie page that asked for it.
    """

    def __init__(self, detail: str, *, url: str | None = None, host: str) -> None:
        super().__init__(detail, url=url)
        self.host = host


class NotFoundError(MagistereError):
    """The académie found nobody with these details."""


class WrongCredentialsError(MagistereError):
    """Identifiant or (current) password refused.

    ``refusals`` counts the refusals of this identifiant seen by this client so far
    (this one included): the wizard warns before the last one the profile allows.
    """

    def __init__(
        self,
        detail: str,
        *,
        url: str | None = None,
        site_message: str = "",
        evidence: Evidence | None = None,
        refusals: int = 1,
    ) -> None:
        super().__init__(detail, url=url, site_message=site_message, evidence=evidence)
        self.refusals = refusals


class ActionRequiredError(MagistereError):
    """The site accepted the password but asks for something else first (an expired
    password to change, a second step, a form the wizard does not know): never a success.

    ``asked_for`` is the label of what the site asks, when it has one (shown as the site's words).
    """

    def __init__(
        self,
        detail: str,
        *,
        action: RequiredAction,
        url: str | None = None,
        site_message: str = "",
        evidence: Evidence | None = None,
        asked_for: str = "",
    ) -> None:
        super().__init__(detail, url=url, site_message=site_message, evidence=evidence)
        self.action = action
        self.asked_for = asked_for


class AccountLockedError(MagistereError):
    """Too many failed attempts: the académie locked the account for a while."""

    def __init__(
        self,
        detail: str,
        *,
        url: str | None = None,
        retry_after_seconds: int | None,
        site_message: str = "",
        evidence: Evidence | None = None,
    ) -> None:
        super().__init__(detail, url=url, site_message=site_message, evidence=evidence)
        self.retry_after_seconds = _said_wait(retry_after_seconds)


class CaptchaError(MagistereError):
    """The security code was wrong, or the step expired (its code, its form token or its
    session: step 1/2 must start again); ``challenge`` is a fresh code, when one was loaded."""

    def __init__(
        self,
        detail: str,
        *,
        url: str | None = None,
        expired: bool,
        challenge: CaptchaChallenge | None = None,
        site_message: str = "",
        evidence: Evidence | None = None,
    ) -> None:
        super().__init__(detail, url=url, site_message=site_message, evidence=evidence)
        self.expired = expired
        self.challenge = challenge


class RateLimitedError(MagistereError):
    """The site asked us to slow down (HTTP 429 or 503 with Retry-After)."""

    def __init__(
        self,
        detail: str,
        *,
        url: str | None = None,
        retry_after_seconds: int | None,
        site_message: str = "",
        evidence: Evidence | None = None,
    ) -> None:
        super().__init__(detail, url=url, site_message=site_message, evidence=evidence)
        self.retry_after_seconds = _said_wait(retry_after_seconds)


class ServerError(MagistereError):
    """The site answered with an error of its own (HTTP 5xx)."""

    def __init__(self, detail: str, *, url: str | None = None, status: int) -> None:
        super().__init__(detail, url=url)
        self.status = status


class PasswordRejectedError(MagistereError):
    """The new password was refused; ``site_message`` is the site's own (scrubbed) explanation."""

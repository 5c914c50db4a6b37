"""The académie client: one method per thing the wizard does.

Each method fetches the page a person would open, finds the form by what
the person reads, fills it, posts it once, and decides from what the
answer says. Anything unexpected becomes :class:`SiteNotUnderstoodError`
with the page's URL, so the wizard can offer to open that page instead.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from typing import ParamSpec, TypeVar

from magistere_gui import rules
from magistere_gui.client.answers import added_text, find_identifiant
from magistere_gui.client.capture import PageCapture
from magistere_gui.client.errors import (
    AccountLockedError,
    CaptchaError,
    MagistereError,
    NotFoundError,
    PasswordRejectedError,
    SiteNotUnderstoodError,
    WrongCredentialsError,
)
from magistere_gui.client.forms import (
    FieldRole,
    Page,
    ParsedForm,
    find_captcha,
    find_form,
    fold,
    site_messages,
)
from magistere_gui.client.images import checked_captcha_header
from magistere_gui.client.profile import SiteProfile
from magistere_gui.client.results import (
    CaptchaChallenge,
    IdentifiantFound,
    LoginSucceeded,
    PasswordChanged,
    ResetDone,
    ResetStepTwo,
)
from magistere_gui.client.scrubbing import live_secrets, mask_secrets
from magistere_gui.client.transport import Transport, public_url

log = logging.getLogger(__name__)

_Parameters = ParamSpec("_Parameters")
_Result = TypeVar("_Result")


def _within_error_family(
    operation: Callable[_Parameters, _Result],
) -> Callable[_Parameters, _Result]:
    """Whatever a page does to the parsers, the caller gets one of the client's errors.

    Only the exception's type is logged: its text might quote the page or a value sent.
    """

    @functools.wraps(operation)
    def guarded(*args: _Parameters.args, **kwargs: _Parameters.kwargs) -> _Result:
        try:
            return operation(*args, **kwargs)
        except SiteNotUnderstoodError as error:
            _attach_capture(error, args[0], operation.__name__)
            raise
        except (MagistereError, rules.InvalidNumenError):
            raise
        except Exception as error:
            log.warning("%s: unexpected %s", operation.__name__, type(error).__name__)
            understood = SiteNotUnderstoodError(f"answer not understood ({type(error).__name__})")
            _attach_capture(understood, args[0], operation.__name__)
            raise understood from None

    return guarded


def _attach_capture(error: MagistereError, client: object, step: str) -> None:
    """Keep the page that was not understood with the error, so the teacher can save it."""
    if isinstance(client, AcademieClient) and error.capture is None:
        page = client.transport.last_page()
        if page is not None:
            error.capture = PageCapture(step=step, url=page.url, html=page.text)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """Remove secrets a page may echo back (some pages repeat the NUMEN) before we keep its text."""
    return mask_secrets(text, secrets)


class AcademieClient:
    """Talks to the sites of one académie profile. One ``requests.Session`` per client."""

    def __init__(self, profile: SiteProfile) -> None:
        self.profile = profile
        self.transport = Transport(profile)

    def close(self) -> None:
        self.transport.close()

    # ------------------------------------------------------------------ helpers

    def _matches(self, pattern_key: str, page: Page) -> re.Match[str] | None:
        return self.profile.pattern(pattern_key).search(page.plain_text)

    def _form(self, page: Page, roles: Iterable[FieldRole], what: str) -> ParsedForm:
        form = find_form(page, roles, self.profile.pinned_fields)
        if form is None:
            raise SiteNotUnderstoodError(
                f"no {what} form found on the page", url=public_url(page.url)
            )
        return form

    def _submit(self, form: ParsedForm, filled: Mapping[FieldRole, str], page_url: str) -> Page:
        """Send the form as a browser would (GET or POST), once."""
        method = "GET" if form.method == "GET" else "POST"
        return self.transport.send_form(
            method, form.action, form.values_with(filled), form.charset, page_url=page_url
        )

    def _came_back(self, answer: Page, roles: Iterable[FieldRole]) -> bool:
        """Whether the answer shows the same step's form again (a person would say: it did not work)."""
        return find_form(answer, roles, self.profile.pinned_fields) is not None

    @staticmethod
    def _site_says(answer: Page, form: ParsedForm, secrets: Iterable[str]) -> str:
        """The site's own words in the answer: its styled messages, else what it added to the page."""
        message = site_messages(answer) or added_text(form.page_pieces, answer)
        return scrub(message, secrets)

    def _says(self, pattern_key: str, page: Page, message: str = "") -> bool:
        """Whether the site's message (or, without one, the page) says this."""
        pattern = self.profile.pattern(pattern_key)
        return bool(pattern.search(fold(message) if message else page.plain_text))

    def _retry_after_seconds(self, page: Page, message: str = "") -> int | None:
        """When to come back, as the site's message (else the page) says it."""
        pattern = self.profile.pattern("retry_minutes")
        minutes = (pattern.search(fold(message)) if message else None) or pattern.search(
            page.plain_text
        )
        return int(minutes.group("minutes")) * 60 if minutes else None

    # ------------------------------------------------------------------ identifiant

    @_within_error_family
    def lookup_identifiant(self, last_name: str, numen: str) -> IdentifiantFound:
        """Ask the académie's lookup page for the identifiant of this name and NUMEN.

        The name is normalised as the sheet says (apostrophe or space -> dash);
        the NUMEN must already be valid (:func:`rules.parse_numen` raises otherwise).
        Found: the value next to an "identifiant" label. Not found: the form came back with a
        message, or the answer says so.
        """
        canonical_numen = rules.parse_numen(numen).value
        name = rules.normalise_lookup_name(last_name).value
        roles = (FieldRole.LAST_NAME, FieldRole.NUMEN)
        self.transport.start_operation()
        with live_secrets.holding(numen, canonical_numen):
            page = self.transport.get_page(self.profile.url("identifiant_lookup"))
            form = self._form(page, roles, "identifiant lookup")
            answer = self._submit(
                form, {FieldRole.LAST_NAME: name, FieldRole.NUMEN: canonical_numen}, page.url
            )
            url = public_url(answer.url)
            pinned = self._matches("identifiant_found", answer)
            identifiant = pinned.group("identifiant") if pinned else find_identifiant(answer)
            if identifiant:
                return IdentifiantFound(identifiant=identifiant, page_url=answer.url)
            message = self._site_says(answer, form, (numen, canonical_numen))
            if (self._came_back(answer, roles) and message) or self._says("not_found", answer):
                raise NotFoundError(
                    "nobody with this name and NUMEN", url=url, site_message=message
                )
        raise SiteNotUnderstoodError("lookup answer not understood", url=url)

    # ------------------------------------------------------------------ login

    @_within_error_family
    def check_credentials(self, identifiant: str, password: str) -> LoginSucceeded:
        """Try the identifiant and password on the portal, once. Never retried: accounts lock.

        Decided by structure: the login form coming back is a refusal (locked when the site
        says so); the form gone, on an académie page (the boundary sees to that) and with no
        error said, is a success. Never one word alone.
        """
        roles = (FieldRole.IDENTIFIANT, FieldRole.PASSWORD)
        self.transport.start_operation()
        with live_secrets.holding(password):
            page = self.transport.get_page(self.profile.url("portal"))
            form = self._form(page, roles, "login")
            answer = self._submit(
                form,
                {FieldRole.IDENTIFIANT: identifiant.strip(), FieldRole.PASSWORD: password},
                page.url,
            )
            url = public_url(answer.url)
            message = self._site_says(answer, form, (password,))
            came_back = self._came_back(answer, roles)
            if self._says("login_locked", answer, message):
                raise AccountLockedError(
                    "account locked after failed attempts",
                    url=url,
                    retry_after_seconds=self._retry_after_seconds(answer, message),
                    site_message=message,
                )
            if came_back or self._says("login_failed", answer, message):
                raise WrongCredentialsError(
                    "identifiant or password refused", url=url, site_message=message
                )
            if self._says("site_error", answer, message):
                raise SiteNotUnderstoodError("login answer is an error page", url=url)
            return LoginSucceeded(identifiant=identifiant.strip(), page_url=answer.url)

    # ------------------------------------------------------------------ password reset

    def _challenge_from(self, page: Page) -> CaptchaChallenge:
        form = self._form(page, (FieldRole.CAPTCHA,), "security code")
        image_url, refresh_url = find_captcha(page)
        if image_url is None:
            raise SiteNotUnderstoodError("no captcha image on the page", url=public_url(page.url))
        image = self.transport.get_image(image_url, page_url=page.url)
        header = checked_captcha_header(image.body, image.content_type, url=public_url(page.url))
        return CaptchaChallenge(
            image=image.body,
            content_type=image.content_type,
            image_format=header.format,
            page_url=page.url,
            form=form,
            refresh_url=refresh_url,
        )

    @_within_error_family
    def start_password_reset(self) -> CaptchaChallenge:
        """Open step 1/2 of the reset: returns the captcha for the person to read."""
        self.transport.start_operation()
        return self._challenge_from(self.transport.get_page(self.profile.url("password_reset")))

    @_within_error_family
    def new_captcha(self, challenge: CaptchaChallenge) -> CaptchaChallenge:
        """What the sheet's icon does: 'Cliquez sur l'icône si vous voulez un autre code'."""
        self.transport.start_operation()
        url = challenge.refresh_url or self.profile.url("password_reset")
        return self._challenge_from(self.transport.get_page(url, page_url=challenge.page_url))

    @_within_error_family
    def submit_captcha(self, challenge: CaptchaChallenge, code: str) -> ResetStepTwo:
        """Send the code the person read. A wrong or expired code gives a CaptchaError with the new image."""
        self.transport.start_operation()
        with live_secrets.holding(code.strip()):
            answer = self._submit(
                challenge.form, {FieldRole.CAPTCHA: code.strip()}, challenge.page_url
            )
        step_two = find_form(
            answer, (FieldRole.IDENTIFIANT, FieldRole.NUMEN), self.profile.pinned_fields
        )
        if step_two is not None:
            return ResetStepTwo(page_url=answer.url, form=step_two)
        message = self._site_says(answer, challenge.form, (code.strip(),))
        expired = self._says("captcha_expired", answer, message)
        came_back = self._came_back(answer, (FieldRole.CAPTCHA,))
        if came_back or expired or self._says("captcha_wrong", answer, message):
            try:
                new_challenge: CaptchaChallenge | None = self._challenge_from(answer)
            except SiteNotUnderstoodError:
                new_challenge = None
            raise CaptchaError(
                "security code expired" if expired else "security code wrong",
                url=public_url(answer.url),
                expired=expired,
                challenge=new_challenge,
                site_message=message,
            )
        raise SiteNotUnderstoodError(
            "answer to the security code not understood", url=public_url(answer.url)
        )

    @_within_error_family
    def submit_reset(self, step: ResetStepTwo, identifiant: str, numen: str) -> ResetDone:
        """Step 2/2: identifiant + NUMEN. On success the password is the NUMEN in upper case again.

        The step-2 form coming back is a refusal; the reset sending us back to the code means
        the session expired; the form gone with no error said is done.
        """
        canonical_numen = rules.parse_numen(numen).value
        self.transport.start_operation()
        with live_secrets.holding(numen, canonical_numen):
            answer = self._submit(
                step.form,
                {FieldRole.IDENTIFIANT: identifiant.strip(), FieldRole.NUMEN: canonical_numen},
                step.page_url,
            )
            url = public_url(answer.url)
            message = self._site_says(answer, step.form, (numen, canonical_numen))
        if self._came_back(answer, (FieldRole.IDENTIFIANT, FieldRole.NUMEN)):
            if self._says("captcha_expired", answer, message):
                raise CaptchaError(
                    "reset session expired", url=url, expired=True, site_message=message
                )
            raise NotFoundError("identifiant and NUMEN do not match", url=url, site_message=message)
        if self._came_back(answer, (FieldRole.CAPTCHA,)):
            raise CaptchaError("reset session expired", url=url, expired=True, site_message=message)
        if self._says("reset_done", answer, message):
            return ResetDone(page_url=answer.url, site_message=message)
        if self._says("not_found", answer, message):
            raise NotFoundError("identifiant and NUMEN do not match", url=url, site_message=message)
        if self._says("site_error", answer, message):
            raise SiteNotUnderstoodError("reset answer is an error page", url=url)
        return ResetDone(page_url=answer.url, site_message=message)

    # ------------------------------------------------------------------ change password

    @_within_error_family
    def change_password(
        self, identifiant: str, old_password: str, new_password: str
    ) -> PasswordChanged:
        """Change the password on the académie page, once (never resent).

        The form coming back is a refusal (the old password, a lock, or the new one's rules,
        as the site says); the form gone with no error said is done.
        """
        roles = (FieldRole.IDENTIFIANT, FieldRole.OLD_PASSWORD, FieldRole.NEW_PASSWORD)
        self.transport.start_operation()
        with live_secrets.holding(old_password, new_password):
            page = self.transport.get_page(self.profile.url("password_change"))
            form = self._form(page, roles, "password change")
            filled = {
                FieldRole.IDENTIFIANT: identifiant.strip(),
                FieldRole.OLD_PASSWORD: old_password,
                FieldRole.NEW_PASSWORD: new_password,
            }
            if FieldRole.CONFIRM_PASSWORD in form.field_names:
                filled[FieldRole.CONFIRM_PASSWORD] = new_password
            answer = self._submit(form, filled, page.url)
            url = public_url(answer.url)
            message = self._site_says(answer, form, (old_password, new_password))
        if self._says("login_locked", answer, message):
            raise AccountLockedError(
                "account locked",
                url=url,
                retry_after_seconds=self._retry_after_seconds(answer, message),
                site_message=message,
            )
        if self._came_back(answer, roles):
            if self._says("old_password_wrong", answer, message):
                raise WrongCredentialsError("old password refused", url=url, site_message=message)
            raise PasswordRejectedError("new password refused", url=url, site_message=message)
        if self._says("password_changed", answer, message):
            return PasswordChanged(page_url=answer.url, site_message=message)
        if self._says("old_password_wrong", answer, message):
            raise WrongCredentialsError("old password refused", url=url, site_message=message)
        if self._says("site_error", answer, message):
            raise SiteNotUnderstoodError("password change answer is an error page", url=url)
        if self._says("password_rejected", answer, message):
            raise PasswordRejectedError("new password refused", url=url, site_message=message)
        return PasswordChanged(page_url=answer.url, site_message=message)

"""The one place where outcomes become French sentences and a way forward.

One table (``_advice_table``) keyed by outcome type and operation: every outcome
of the client that is not a success maps to what happened, what to do, and
whether opening the académie page in the browser is a sensible way out.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from magistere_gui.rules import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from magistere_gui.client.capture import PageCapture
    from magistere_gui.rules import Message


def translate_message(message: Message) -> str:
    """Translate a rules Message (English source, French through Qt Linguist) and fill it in."""
    return QCoreApplication.translate("rules", message.template).format(**message.arguments)


def translate_rules_text(source: str) -> str:
    """Translate a fixed text of the rules module (marked there with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate("rules", source)


class Operation(Enum):
    LOOKUP = "lookup"
    LOGIN = "login"
    RESET = "reset"  # step 1/2: the security code
    RESET_STEP_TWO = "reset_step_two"  # step 2/2: identifiant and NUMEN
    CHANGE_PASSWORD = "change_password"


@dataclass(frozen=True)
class Advice:
    text: str
    offer_browser: bool
    #: The page that was not understood, which the teacher may save for the help desk.
    capture: PageCapture | None = None
    #: Whether the network diagnostics can help (network, TLS or site trouble; not a refusal).
    offer_diagnostics: bool = False


def _wait_text(seconds: int | None) -> str:
    if not seconds:
        return QCoreApplication.translate("messages", "Try again in a few minutes.")
    minutes = max(1, round(seconds / 60))
    at = (datetime.datetime.now() + datetime.timedelta(seconds=seconds)).strftime("%H:%M")
    return QCoreApplication.translate(
        "messages", "Try again in {minutes} minutes (around {time})."
    ).format(minutes=minutes, time=at)


def advice_for(
    error: BaseException, operation: Operation, *, max_failed_logins: int | None = None
) -> Advice:
    """What happened and what to do; for a refusal, followed by the académie's own words.

    ``max_failed_logins`` (the profile's) turns a refused password into a count and, before
    the last try the académie allows, a clear warning.
    """
    from magistere_gui import client  # not needed before the first error

    advice = _advice_for(error, operation)
    network_trouble = isinstance(
        error,
        client.NetworkError
        | client.ServerError
        | client.RateLimitedError
        | client.SiteNotUnderstoodError,
    ) and not isinstance(error, client.UnusableCaptchaImageError)
    capture = error.capture if isinstance(error, client.MagistereError) else None
    advice = dataclasses.replace(advice, capture=capture, offer_diagnostics=network_trouble)
    if isinstance(error, client.WrongCredentialsError) and max_failed_logins:
        advice = dataclasses.replace(
            advice, text=f"{advice.text} {_refusals_text(error.refusals, max_failed_logins)}"
        )
    site_message = getattr(error, "site_message", "")
    said_by_the_site = isinstance(
        error,
        client.NotFoundError
        | client.WrongCredentialsError
        | client.AccountLockedError
        | client.CaptchaError
        | client.ActionRequiredError
        | client.PasswordRejectedError,
    )
    if said_by_the_site and site_message and site_message not in advice.text:
        said = QCoreApplication.translate("messages", "The académie says: “{message}”")
        return dataclasses.replace(
            advice, text=f"{advice.text}\n{said.format(message=site_message)}"
        )
    return advice


def _refusals_text(refusals: int, allowed: int) -> str:
    """How many refusals so far, and a warning before the last try (accounts lock)."""
    left = allowed - refusals
    if left <= 0:
        return QCoreApplication.translate(
            "messages",
            "The académie may now lock your account: do not try again, reset your password instead.",
        )
    if left == 1:
        return QCoreApplication.translate(
            "messages",
            "Warning: {refusals} refusals so far. One more refused password and the académie "
            "locks your account. If you are not sure of your password, reset it instead.",
        ).format(refusals=refusals)
    return QCoreApplication.translate(
        "messages",
        "Refusals so far: {refusals} (the académie locks the account after {allowed}).",
    ).format(refusals=refusals, allowed=allowed)


@dataclass(frozen=True)
class _Entry:
    """One row of the advice table: the sentence (made when needed, so that it is
    translated in the language in use) and whether the académie's page is a way out."""

    text: Callable[[Any], str]
    offer_browser: bool


def _say(source: str) -> Callable[[Any], str]:
    return lambda _error: QCoreApplication.translate("messages", source)


def _locked_text(error: Any) -> str:
    return (
        QCoreApplication.translate(
            "messages",
            "Your account is locked for a while after too many failed attempts. The program "
            "will not try again by itself.",
        )
        + " "
        + _wait_text(error.retry_after_seconds)
        + " "
        + QCoreApplication.translate("messages", "You can also reset your password now.")
    )


def _captcha_text(error: Any) -> str:
    if not error.expired:
        return QCoreApplication.translate(
            "messages", "The code typed does not match. A new code is shown: type it in."
        )
    if error.challenge is None:
        return QCoreApplication.translate(
            "messages",
            "This step has expired: step 1/2 starts again with a new code.",
        )
    return QCoreApplication.translate(
        "messages", "The code has expired. A new code is shown: type it in."
    )


def _required_text(error: Any) -> str:
    from magistere_gui.client.evidence import RequiredAction

    sources = {
        RequiredAction.CHANGE_EXPIRED_PASSWORD: QT_TRANSLATE_NOOP(
            "messages",
            "Your password was accepted, but the académie asks you to change it first (it has "
            "expired). Open the académie page in your browser to choose a new one.",
        ),
        RequiredAction.SECOND_STEP: QT_TRANSLATE_NOOP(
            "messages",
            "Your password was accepted, but the académie asks for a second step (a code). "
            "Finish in your browser.",
        ),
        RequiredAction.ACCEPT_TERMS: QT_TRANSLATE_NOOP(
            "messages",
            "Your password was accepted, but the académie asks you to accept its terms of use "
            "first. Do it in your browser.",
        ),
        RequiredAction.UNKNOWN_FORM: QT_TRANSLATE_NOOP(
            "messages",
            "The académie page asks for something this assistant does not know. Continue in "
            "your browser.",
        ),
    }
    text = QCoreApplication.translate("messages", sources[error.action])
    if error.asked_for:
        text += " " + QCoreApplication.translate("messages", "It asks for: {fields}.").format(
            fields=error.asked_for
        )
    return text


def _untrusted_text(error: Any) -> str:
    return QCoreApplication.translate(
        "messages",
        "This page asks to send your details to “{host}”, which is not an académie "
        "site. Nothing was sent there. Open the académie's own page in your browser, "
        "or ask your school's IT contact.",
    ).format(host=error.host)


def _unknown_field_text(error: Any) -> str:
    return QCoreApplication.translate(
        "messages",
        "The académie page also asks for “{asked}”, which this assistant does not know. "
        "Nothing was sent. You can do this step yourself in your browser.",
    ).format(asked=error.asked_for)


def _busy_text(error: Any) -> str:
    return (
        QCoreApplication.translate("messages", "The académie site is busy.")
        + " "
        + _wait_text(error.retry_after_seconds)
    )


def _server_text(error: Any) -> str:
    return QCoreApplication.translate(
        "messages",
        "The académie site reported an error (code {status}). Try again later, or open the page in your browser.",
    ).format(status=error.status)


def _rejected_text(error: Any) -> str:
    return QCoreApplication.translate(
        "messages", "The académie refuses this new password: {reason}"
    ).format(
        reason=error.site_message
        or QCoreApplication.translate("messages", "it does not follow the rules.")
    )


def _numen_text(error: Any) -> str:
    # A status line is spoken: the form that names no character of the NUMEN.
    return translate_message(error.spoken)


@functools.cache
def _advice_table() -> dict[tuple[type[BaseException], Operation | None], _Entry]:
    """Every outcome that is not a success, per operation where the sentence differs
    (``None``: any operation). Looked up along the error's class hierarchy."""
    from magistere_gui import client
    from magistere_gui.rules import InvalidNumenError

    change = Operation.CHANGE_PASSWORD
    step_two = Operation.RESET_STEP_TWO
    return {
        (InvalidNumenError, None): _Entry(_numen_text, offer_browser=False),
        (client.EmptyFieldError, None): _Entry(
            _say(QT_TRANSLATE_NOOP("messages", "Fill in every field first: nothing was sent.")),
            offer_browser=False,
        ),
        (client.RequestTimeoutError, None): _Entry(
            _say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The académie site did not answer in time. Try again in a few minutes, or open the page in your browser.",
                )
            ),
            offer_browser=True,
        ),
        (client.TlsError, None): _Entry(
            _say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The secure connection to the académie failed: this computer does not trust the "
                    "site's certificate. Check the computer's date and time; if they are right, tell "
                    "your school's IT contact (a network filter may be in the way).",
                )
            ),
            offer_browser=False,
        ),
        (client.NetworkError, None): _Entry(
            _say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The académie site cannot be reached. Check that this computer is connected to the Internet, then try again.",
                )
            ),
            offer_browser=True,
        ),
        (client.UntrustedSiteError, None): _Entry(_untrusted_text, offer_browser=True),
        (client.UnusableCaptchaImageError, None): _Entry(
            _say(
                QT_TRANSLATE_NOOP(
                    "messages", "The code image cannot be displayed. Ask for another code."
                )
            ),
            offer_browser=True,
        ),
        (client.UnknownFieldError, None): _Entry(_unknown_field_text, offer_browser=True),
        (client.SiteNotUnderstoodError, None): _Entry(
            _say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The académie page does not look as expected (it may have changed). You can do "
                    "this step yourself in your browser.",
                )
            ),
            offer_browser=True,
        ),
        (client.RateLimitedError, None): _Entry(_busy_text, offer_browser=False),
        (client.ServerError, None): _Entry(_server_text, offer_browser=True),
        (client.AccountLockedError, None): _Entry(_locked_text, offer_browser=False),
        (client.ActionRequiredError, None): _Entry(_required_text, offer_browser=True),
        (client.CaptchaError, step_two): _Entry(  # at step 2 no code is shown: the session
            _say(
                QT_TRANSLATE_NOOP(
                    "messages", "The reset session has expired. Go back to step 1/2 for a new code."
                )
            ),
            offer_browser=False,
        ),
        (client.CaptchaError, None): _Entry(_captcha_text, offer_browser=False),
        (client.NotFoundError, step_two): _Entry(
            _say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The identifiant and the NUMEN do not match. Check both, then try again.",
                )
            ),
            offer_browser=False,
        ),
        (client.NotFoundError, None): _Entry(
            _say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "No account matches this name and NUMEN. Check the spelling of your last name "
                    "(try your birth name or your married name) and your NUMEN.",
                )
            ),
            offer_browser=False,
        ),
        (client.WrongCredentialsError, change): _Entry(
            _say(
                QT_TRANSLATE_NOOP(
                    "messages", "The current password is refused. Check it, then try again."
                )
            ),
            offer_browser=False,
        ),
        (client.WrongCredentialsError, None): _Entry(
            _say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Password refused. By default it is your NUMEN in capital letters; if that does not "
                    "work, you changed it. If you have forgotten it, reset it.",
                )
            ),
            offer_browser=False,
        ),
        (client.PasswordRejectedError, None): _Entry(_rejected_text, offer_browser=False),
        (Exception, None): _Entry(
            _say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Something unexpected went wrong. Try again; if it happens again, open the page in your browser.",
                )
            ),
            offer_browser=True,
        ),
    }


def _advice_for(error: BaseException, operation: Operation) -> Advice:
    table = _advice_table()
    for kind in type(error).__mro__:
        entry = table.get((kind, operation)) or table.get((kind, None))
        if entry is not None:
            return Advice(entry.text(error), offer_browser=entry.offer_browser)
    entry = table[(Exception, None)]
    return Advice(entry.text(error), offer_browser=entry.offer_browser)

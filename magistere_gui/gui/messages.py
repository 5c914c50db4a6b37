"""The one place where errors become French sentences and a way forward.

Every error the client raises maps to what happened, what to do, and
whether opening the académie page in the browser is a sensible way out.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

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


def advice_for(error: BaseException, operation: Operation) -> Advice:
    """What happened and what to do; for a refusal, followed by the académie's own words."""
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
    site_message = getattr(error, "site_message", "")
    refusal = isinstance(
        error,
        client.NotFoundError
        | client.WrongCredentialsError
        | client.AccountLockedError
        | client.CaptchaError,
    )
    if refusal and site_message:
        said = QCoreApplication.translate("messages", "The académie says: “{message}”")
        return dataclasses.replace(
            advice, text=f"{advice.text}\n{said.format(message=site_message)}"
        )
    return advice


def _advice_for(error: BaseException, operation: Operation) -> Advice:
    from magistere_gui import client
    from magistere_gui.rules import InvalidNumenError

    if isinstance(error, InvalidNumenError):
        return Advice(translate_message(error.message), offer_browser=False)
    if isinstance(error, client.RequestTimeoutError):
        return Advice(
            QCoreApplication.translate(
                "messages",
                "The académie site did not answer in time. Try again in a few minutes, or open the page in your browser.",
            ),
            offer_browser=True,
        )
    if isinstance(error, client.TlsError):
        return Advice(
            QCoreApplication.translate(
                "messages",
                "The secure connection to the académie failed: this computer does not trust the "
                "site's certificate. Check the computer's date and time; if they are right, tell "
                "your school's IT contact (a network filter may be in the way).",
            ),
            offer_browser=False,
        )
    if isinstance(error, client.NetworkError):
        return Advice(
            QCoreApplication.translate(
                "messages",
                "The académie site cannot be reached. Check that this computer is connected to the Internet, then try again.",
            ),
            offer_browser=True,
        )
    if isinstance(error, client.UntrustedSiteError):
        return Advice(
            QCoreApplication.translate(
                "messages",
                "This page asks to send your details to “{host}”, which is not an académie "
                "site. Nothing was sent there. Open the académie's own page in your browser, "
                "or ask your school's IT contact.",
            ).format(host=error.host),
            offer_browser=True,
        )
    if isinstance(error, client.UnusableCaptchaImageError):
        return Advice(
            QCoreApplication.translate(
                "messages", "The code image cannot be displayed. Ask for another code."
            ),
            offer_browser=True,
        )
    if isinstance(error, client.SiteNotUnderstoodError):
        return Advice(
            QCoreApplication.translate(
                "messages",
                "The académie page does not look as expected (it may have changed). You can do "
                "this step yourself in your browser.",
            ),
            offer_browser=True,
        )
    if isinstance(error, client.RateLimitedError):
        return Advice(
            QCoreApplication.translate("messages", "The académie site is busy.")
            + " "
            + _wait_text(error.retry_after_seconds),
            offer_browser=False,
        )
    if isinstance(error, client.ServerError):
        return Advice(
            QCoreApplication.translate(
                "messages",
                "The académie site reported an error (code {status}). Try again later, or open the page in your browser.",
            ).format(status=error.status),
            offer_browser=True,
        )
    if isinstance(error, client.AccountLockedError):
        return Advice(
            QCoreApplication.translate(
                "messages",
                "Your account is locked for a while after too many failed attempts. The program "
                "will not try again by itself.",
            )
            + " "
            + _wait_text(error.retry_after_seconds)
            + " "
            + QCoreApplication.translate("messages", "You can also reset your password now."),
            offer_browser=False,
        )
    if isinstance(error, client.CaptchaError) and operation is Operation.RESET_STEP_TWO:
        return Advice(  # at step 2 no code is shown: only the session can have expired
            QCoreApplication.translate(
                "messages", "The reset session has expired. Go back to step 1/2 for a new code."
            ),
            offer_browser=False,
        )
    if isinstance(error, client.CaptchaError):
        if error.expired:
            return Advice(
                QCoreApplication.translate(
                    "messages", "The code has expired. A new code is shown: type it in."
                ),
                offer_browser=False,
            )
        return Advice(
            QCoreApplication.translate(
                "messages", "The code typed does not match. A new code is shown: type it in."
            ),
            offer_browser=False,
        )
    if isinstance(error, client.NotFoundError):
        if operation is Operation.RESET_STEP_TWO:
            return Advice(
                QCoreApplication.translate(
                    "messages",
                    "The identifiant and the NUMEN do not match. Check both, then try again.",
                ),
                offer_browser=False,
            )
        return Advice(
            QCoreApplication.translate(
                "messages",
                "No account matches this name and NUMEN. Check the spelling of your last name "
                "(try your birth name or your married name) and your NUMEN.",
            ),
            offer_browser=False,
        )
    if isinstance(error, client.WrongCredentialsError):
        if operation is Operation.CHANGE_PASSWORD:
            return Advice(
                QCoreApplication.translate(
                    "messages", "The current password is refused. Check it, then try again."
                ),
                offer_browser=False,
            )
        return Advice(
            QCoreApplication.translate(
                "messages",
                "Password refused. By default it is your NUMEN in capital letters; if that does not "
                "work, you changed it. If you have forgotten it, reset it.",
            ),
            offer_browser=False,
        )
    if isinstance(error, client.PasswordRejectedError):
        return Advice(
            QCoreApplication.translate(
                "messages", "The académie refuses this new password: {reason}"
            ).format(
                reason=error.site_message
                or QCoreApplication.translate("messages", "it does not follow the rules.")
            ),
            offer_browser=False,
        )
    return Advice(
        QCoreApplication.translate(
            "messages",
            "Something unexpected went wrong. Try again; if it happens again, open the page in your browser.",
        ),
        offer_browser=True,
    )

"""The closed set of outcomes of each operation of the client.

Why a table: the wizard must have a true sentence for every outcome, and a new
outcome must not slip through as "something unexpected". Each operation returns
its success type (carrying its evidence) or raises one of the errors listed for
it; any operation may also end with one of ``ANY_OPERATION`` (the network, the
trust boundary, the person stopping it, a page with nothing to read).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from magistere_gui.client.errors import (
    AccountLockedError,
    ActionRequiredError,
    CaptchaError,
    EmptyFieldError,
    NetworkError,
    NotFoundError,
    OperationCancelledError,
    PasswordRejectedError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    SiteNotUnderstoodError,
    TlsError,
    UntrustedSiteError,
    UnusableCaptchaImageError,
    WrongCredentialsError,
)
from magistere_gui.client.results import (
    CaptchaChallenge,
    IdentifiantFound,
    LoginSucceeded,
    PasswordChanged,
    ResetDone,
    ResetStepTwo,
)

#: What may end any operation: no answer, an answer we must not follow, or nothing to read.
ANY_OPERATION: tuple[type[Exception], ...] = (
    NetworkError,
    RequestTimeoutError,
    TlsError,
    UntrustedSiteError,
    OperationCancelledError,
    RateLimitedError,
    ServerError,
    SiteNotUnderstoodError,
)

#: Per operation (the AcademieClient method's name): its success, then its refusals.
OUTCOMES: Mapping[str, tuple[type[object], ...]] = MappingProxyType(
    {
        "lookup_identifiant": (IdentifiantFound, NotFoundError),
        "check_credentials": (
            LoginSucceeded,
            WrongCredentialsError,
            AccountLockedError,
            ActionRequiredError,
            EmptyFieldError,
        ),
        "start_password_reset": (CaptchaChallenge, UnusableCaptchaImageError),
        "new_captcha": (CaptchaChallenge, UnusableCaptchaImageError),
        "submit_captcha": (ResetStepTwo, CaptchaError, EmptyFieldError),
        "submit_reset": (ResetDone, NotFoundError, CaptchaError),
        "change_password": (
            PasswordChanged,
            WrongCredentialsError,
            PasswordRejectedError,
            AccountLockedError,
            # The login a Web-SSO asks for first may itself ask for something else first.
            ActionRequiredError,
            EmptyFieldError,
        ),
    }
)

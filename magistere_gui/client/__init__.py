"""The shared académie client library. Imports no Qt: usable and testable alone."""

from magistere_gui.client.academie import AcademieClient
from magistere_gui.client.errors import (
    AccountLockedError,
    CaptchaError,
    MagistereError,
    NetworkError,
    NotFoundError,
    PasswordRejectedError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    SiteNotUnderstoodError,
    TlsError,
    WrongCredentialsError,
)
from magistere_gui.client.profile import (
    ProfileError,
    SiteProfile,
    bundled_profile_path,
    default_profile_path,
    load_profile,
)
from magistere_gui.client.results import (
    CaptchaChallenge,
    IdentifiantFound,
    LoginSucceeded,
    PasswordChanged,
    ResetDone,
    ResetStepTwo,
)

__all__ = [
    "AcademieClient",
    "AccountLockedError",
    "CaptchaChallenge",
    "CaptchaError",
    "IdentifiantFound",
    "LoginSucceeded",
    "MagistereError",
    "NetworkError",
    "NotFoundError",
    "PasswordChanged",
    "PasswordRejectedError",
    "ProfileError",
    "RateLimitedError",
    "RequestTimeoutError",
    "ResetDone",
    "ResetStepTwo",
    "ServerError",
    "SiteNotUnderstoodError",
    "SiteProfile",
    "TlsError",
    "WrongCredentialsError",
    "bundled_profile_path",
    "default_profile_path",
    "load_profile",
]

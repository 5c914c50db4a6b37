"""The shared académie client library. Imports no Qt: usable and testable alone.

``AcademieClient`` is loaded on first use (PEP 562): it brings requests,
urllib3 and lxml, which the wizard's first page does not need. The errors,
results and profiles are light and imported at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from magistere_gui.client.errors import (
    AccountLockedError,
    CaptchaError,
    MagistereError,
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

if TYPE_CHECKING:
    from magistere_gui.client.academie import AcademieClient


def __getattr__(name: str) -> Any:
    if name == "AcademieClient":
        from magistere_gui.client.academie import AcademieClient

        return AcademieClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "OperationCancelledError",
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
    "UntrustedSiteError",
    "UnusableCaptchaImageError",
    "WrongCredentialsError",
    "bundled_profile_path",
    "default_profile_path",
    "load_profile",
]

"""The shared académie client library. Imports no Qt: usable and testable alone.

``AcademieClient`` and the result types are loaded on first use (PEP 562):
the client brings requests, urllib3 and lxml, the results dataclasses, none of
which the wizard's first page needs. The errors and profiles are light and
imported at once (the app loads a profile before the first page).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from magistere_gui.client.errors import (
    AccountLockedError,
    ActionRequiredError,
    CaptchaError,
    EmptyFieldError,
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
    UnknownFieldError,
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

if TYPE_CHECKING:
    from magistere_gui.client.academie import AcademieClient
    from magistere_gui.client.results import (
        CaptchaChallenge,
        IdentifiantFound,
        LoginSucceeded,
        PasswordChanged,
        ResetDone,
        ResetStepTwo,
    )

_LOADED_ON_FIRST_USE = {
    "AcademieClient": "magistere_gui.client.academie",
    "CaptchaChallenge": "magistere_gui.client.results",
    "IdentifiantFound": "magistere_gui.client.results",
    "LoginSucceeded": "magistere_gui.client.results",
    "PasswordChanged": "magistere_gui.client.results",
    "ResetDone": "magistere_gui.client.results",
    "ResetStepTwo": "magistere_gui.client.results",
}


def __getattr__(name: str) -> Any:
    if name in _LOADED_ON_FIRST_USE:
        import importlib

        return getattr(importlib.import_module(_LOADED_ON_FIRST_USE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AcademieClient",
    "AccountLockedError",
    "ActionRequiredError",
    "CaptchaChallenge",
    "CaptchaError",
    "EmptyFieldError",
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
    "UnknownFieldError",
    "UntrustedSiteError",
    "UnusableCaptchaImageError",
    "WrongCredentialsError",
    "bundled_profile_path",
    "default_profile_path",
    "load_profile",
]

"""The shared académie client library. Imports no Qt: usable and testable alone.

Names are loaded on first use (PEP 562): ``AcademieClient`` brings requests,
urllib3 and lxml, which the wizard's first page does not need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULE_OF = {
    "AcademieClient": "academie",
    **dict.fromkeys(
        (
            "AccountLockedError",
            "CaptchaError",
            "MagistereError",
            "NetworkError",
            "NotFoundError",
            "PasswordRejectedError",
            "RateLimitedError",
            "RequestTimeoutError",
            "ServerError",
            "SiteNotUnderstoodError",
            "TlsError",
            "WrongCredentialsError",
        ),
        "errors",
    ),
    **dict.fromkeys(
        (
            "ProfileError",
            "SiteProfile",
            "bundled_profile_path",
            "default_profile_path",
            "load_profile",
        ),
        "profile",
    ),
    **dict.fromkeys(
        (
            "CaptchaChallenge",
            "IdentifiantFound",
            "LoginSucceeded",
            "PasswordChanged",
            "ResetDone",
            "ResetStepTwo",
        ),
        "results",
    ),
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


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

"""The system keychain (through keyring): where the identifiant, and the password if asked, are kept.

No Qt here. Every call is guarded: a school PC without a keychain must
still get the teacher connected, so failures become a plain answer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

SERVICE = "magistere-gui"
IDENTIFIANT_KEY = "identifiant"


@dataclass(frozen=True)
class KeychainStatus:
    available: bool
    backend_name: str


def status() -> KeychainStatus:
    import keyring  # on first use: finding the backends takes a while

    backend = keyring.get_keyring()
    name = getattr(backend, "name", type(backend).__name__)
    priority = getattr(backend, "priority", 0)
    available = not isinstance(backend, _unusable_backends()) and priority > 0
    return KeychainStatus(available=available, backend_name=str(name))


def _unusable_backends() -> tuple[type, ...]:
    from keyring.backends import fail, null

    return (fail.Keyring, null.Keyring)


def save(identifiant: str, password: str | None) -> bool:
    """Keep the identifiant, and the password under it when given. False when it could not be kept."""
    import keyring
    import keyring.errors

    try:
        keyring.set_password(SERVICE, IDENTIFIANT_KEY, identifiant)
        if password is not None:
            keyring.set_password(SERVICE, identifiant, password)
    except keyring.errors.KeyringError as error:
        log.warning("keychain refused to save: %s", type(error).__name__)
        return False
    return True


def saved_identifiant() -> str | None:
    import keyring
    import keyring.errors

    try:
        return keyring.get_password(SERVICE, IDENTIFIANT_KEY)
    except keyring.errors.KeyringError:
        return None


def saved_password(identifiant: str) -> str | None:
    import keyring
    import keyring.errors

    try:
        return keyring.get_password(SERVICE, identifiant)
    except keyring.errors.KeyringError:
        return None

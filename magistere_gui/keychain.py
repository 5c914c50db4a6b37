"""The system keychain (through keyring): where the identifiant, and the password if asked, are kept.

No Qt here. Every call is guarded: a school PC without a keychain must
still get the teacher connected, so failures become a plain answer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from magistere_gui.rules import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "magistere-gui"
IDENTIFIANT_KEY = "identifiant"


#: What a person calls each keyring backend (keyring's own names, such as "SecretService
#: Keyring", are English and technical): English sources, translated in the "keychain" context.
LABELS = {
    "keyring.backends.SecretService": QT_TRANSLATE_NOOP("keychain", "session keyring"),
    "keyring.backends.libsecret": QT_TRANSLATE_NOOP("keychain", "session keyring"),
    "keyring.backends.kwallet": QT_TRANSLATE_NOOP("keychain", "KDE wallet"),
    "keyring.backends.Windows": QT_TRANSLATE_NOOP("keychain", "Windows Credential Manager"),
    "keyring.backends.macOS": QT_TRANSLATE_NOOP("keychain", "macOS keychain"),
}
OTHER_LABEL = QT_TRANSLATE_NOOP("keychain", "system keychain")


@dataclass(frozen=True)
class KeychainStatus:
    available: bool
    #: keyring's name for it, for the log and the help desk (English, technical).
    backend_name: str
    #: What to show a person: an English source to translate in the "keychain" context.
    label: str = OTHER_LABEL


def status() -> KeychainStatus:
    import keyring  # on first use: finding the backends takes a while

    backend = keyring.get_keyring()
    name = getattr(backend, "name", type(backend).__name__)
    priority = getattr(backend, "priority", 0)
    available = not isinstance(backend, _unusable_backends()) and priority > 0
    return KeychainStatus(available=available, backend_name=str(name), label=label_of(backend))


def label_of(backend: object) -> str:
    """The plain name of a backend; a chain of backends is named by the one it tries first."""
    chained = getattr(backend, "backends", None)
    if type(backend).__name__ == "ChainerBackend" and chained:
        backend = chained[0]
    return LABELS.get(type(backend).__module__, OTHER_LABEL)


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

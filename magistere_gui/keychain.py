"""The system keychain (through keyring): where the identifiant, and the password if asked, are kept.

No Qt here. Every call is guarded: a school PC without a keychain must
still get the teacher connected, so failures become a plain answer. Any
exception from keyring or from what it wraps (secretstorage's dismissed
prompt, a locked collection, D-Bus errors, a broken third-party back-end) is
an outcome, never a crash: keyring passes its back-ends' exceptions through,
so catching only ``KeyringError`` is not enough.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

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


class KeychainProblem(Enum):
    """Why the keychain kept nothing: each has its own way forward for the teacher."""

    #: The keychain's own window (asking to unlock or to allow) was closed or refused.
    DISMISSED = "dismissed"
    #: The keychain is locked and did not open.
    LOCKED = "locked"
    #: No usable keychain on this computer.
    NO_KEYCHAIN = "no_keychain"
    #: Anything else the keychain or its back-end raised.
    FAILED = "failed"


@dataclass(frozen=True)
class Saved:
    """The identifiant is kept (and the password, when it was asked for)."""

    password_kept: bool


@dataclass(frozen=True)
class NotSaved:
    """Nothing, or only the identifiant, was kept: ``identifiant_kept`` says which."""

    problem: KeychainProblem
    identifiant_kept: bool = False


SaveResult = Saved | NotSaved


def status() -> KeychainStatus:
    try:
        import keyring  # on first use: finding the backends takes a while

        backend = keyring.get_keyring()
        name = getattr(backend, "name", type(backend).__name__)
        priority = getattr(backend, "priority", 0)
        available = not isinstance(backend, _unusable_backends()) and priority > 0
    except Exception as error:  # a back-end that breaks while being chosen: no keychain
        log.info("keychain unavailable: %s", type(error).__name__)
        return KeychainStatus(available=False, backend_name="")
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


def problem_of(error: BaseException) -> KeychainProblem:
    """Which problem an exception means, by the names of its classes: secretstorage and
    the Windows or macOS back-ends are not importable everywhere."""
    names = {cls.__name__ for cls in type(error).__mro__}
    if "PromptDismissedException" in names:
        return KeychainProblem.DISMISSED
    if names & {"KeyringLocked", "LockedException"}:
        return KeychainProblem.LOCKED
    if names & {"NoKeyringError", "SecretServiceNotAvailableException", "InitError"}:
        return KeychainProblem.NO_KEYCHAIN
    return KeychainProblem.FAILED


def save(identifiant: str, password: str | None) -> SaveResult:
    """Keep the identifiant, and the password under it when given; say what was kept.

    May block (a keychain can ask its own unlock question): call it off the UI thread."""
    identifiant_kept = False
    try:
        import keyring

        if isinstance(keyring.get_keyring(), _unusable_backends()):
            return NotSaved(KeychainProblem.NO_KEYCHAIN)
        keyring.set_password(SERVICE, IDENTIFIANT_KEY, identifiant)
        identifiant_kept = True
        if password is not None:
            keyring.set_password(SERVICE, identifiant, password)
    except Exception as error:  # every failure of the keychain is an answer, none a crash
        # Only the type: a back-end's message may quote what it was given.
        log.info("keychain refused to save: %s", type(error).__name__)
        return NotSaved(problem_of(error), identifiant_kept=identifiant_kept)
    return Saved(password_kept=password is not None)


def saved_identifiant() -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, IDENTIFIANT_KEY)
    except Exception as error:  # a locked or absent keychain: nothing to offer
        log.info("keychain not read: %s", type(error).__name__)
        return None


def saved_password(identifiant: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, identifiant)
    except Exception as error:
        log.info("keychain not read: %s", type(error).__name__)
        return None

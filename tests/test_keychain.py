"""A keychain that refuses is an outcome: "not saved", with a way forward, never a dead button.

The failing keychains are real keyring back-ends (``keyring.backend.KeyringBackend``
subclasses set with ``keyring.set_keyring``) that raise what the real ones raise:
secretstorage's dismissed prompt (keyring passes it through), a locked
collection, no back-end, keyring's own errors, or anything else.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
import secretstorage.exceptions
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from accounts import JEAN_NUMEN
from helpers import MemoryKeyring
from magistere_gui import keychain
from magistere_gui.gui.pages.done import DonePage
from magistere_gui.gui.pages.password import PasswordPage
from magistere_gui.gui.wizard import MagistereWizard
from stories import go_to_password_page, next_button, wait_idle


class RefusingKeyring(keyring.backend.KeyringBackend):
    """A back-end that raises ``error()`` when asked to keep ``refused`` (every name if None)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Callable[[], BaseException], refused: str | None = None) -> None:
        super().__init__()
        self.error = error
        self.refused = refused
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.refused is None or username == self.refused:
            raise self.error()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


FAILURES: dict[str, tuple[Callable[[], BaseException], keychain.KeychainProblem]] = {
    "prompt dismissed": (
        lambda: secretstorage.exceptions.PromptDismissedException("Prompt dismissed."),
        keychain.KeychainProblem.DISMISSED,
    ),
    "collection locked": (
        lambda: keyring.errors.KeyringLocked("Failed to unlock the collection!"),
        keychain.KeychainProblem.LOCKED,
    ),
    "secretstorage locked": (
        lambda: secretstorage.exceptions.LockedException("Item is locked!"),
        keychain.KeychainProblem.LOCKED,
    ),
    "no back-end": (
        lambda: keyring.errors.NoKeyringError("No recommended backend"),
        keychain.KeychainProblem.NO_KEYCHAIN,
    ),
    "keyring error": (
        lambda: keyring.errors.PasswordSetError("refused"),
        keychain.KeychainProblem.FAILED,
    ),
    "anything else": (lambda: RuntimeError("D-Bus went away"), keychain.KeychainProblem.FAILED),
}


@pytest.fixture
def refusing_keyring() -> Iterator[Callable[..., RefusingKeyring]]:
    previous = keyring.get_keyring()

    def install(error: Callable[[], BaseException], refused: str | None = None) -> RefusingKeyring:
        backend = RefusingKeyring(error, refused)
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_every_keychain_failure_is_not_saved_with_its_reason(
    failure: str, refusing_keyring: Callable[..., RefusingKeyring]
) -> None:
    error, problem = FAILURES[failure]
    refusing_keyring(error)
    assert keychain.save("jdupont", None) == keychain.NotSaved(problem)


def test_a_password_the_keychain_refuses_after_the_identifiant_is_said_truthfully(
    refusing_keyring: Callable[..., RefusingKeyring],
) -> None:
    backend = refusing_keyring(FAILURES["prompt dismissed"][0], refused="jdupont")
    result = keychain.save("jdupont", "Tournesol-2024")
    assert result == keychain.NotSaved(keychain.KeychainProblem.DISMISSED, identifiant_kept=True)
    assert backend.entries == {(keychain.SERVICE, keychain.IDENTIFIANT_KEY): "jdupont"}


def test_a_keychain_that_fails_to_read_offers_nothing(
    refusing_keyring: Callable[..., RefusingKeyring],
) -> None:
    class Unreadable(RefusingKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise secretstorage.exceptions.PromptDismissedException("Prompt dismissed.")

    keyring.set_keyring(Unreadable(RuntimeError))
    assert keychain.saved_identifiant() is None
    assert keychain.saved_password("jdupont") is None


def test_a_keychain_that_only_pretends_is_not_reported_as_saved() -> None:
    from keyring.backends import null

    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        assert keychain.save("jdupont", None) == keychain.NotSaved(
            keychain.KeychainProblem.NO_KEYCHAIN
        )
    finally:
        keyring.set_keyring(previous)


def _log_in_as_jean(qtbot: QtBot, wizard: MagistereWizard) -> PasswordPage:
    page = go_to_password_page(qtbot, wizard)
    wait_idle(qtbot, page)
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClicks(page.password.line_edit, JEAN_NUMEN)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert page.remember_identifiant.isChecked()
    return page


def _press_next_and_wait(qtbot: QtBot, wizard: MagistereWizard, page: PasswordPage) -> None:
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.keychain_save.busy, timeout=10_000)


def test_a_dismissed_keychain_prompt_says_not_saved_and_next_still_goes_on(
    qtbot: QtBot,
    wizard: MagistereWizard,
    refusing_keyring: Callable[..., RefusingKeyring],
) -> None:
    page = _log_in_as_jean(qtbot, wizard)
    refusing_keyring(FAILURES["prompt dismissed"][0])
    _press_next_and_wait(qtbot, wizard, page)

    assert wizard.currentPage() is page  # the teacher reads what happened first
    note = page.keychain_note.text()
    assert "Rien n'a été enregistré" in note
    assert "fenêtre du trousseau a été fermée" in note
    assert "jdupont" in note  # the way forward: write it down
    assert page.keychain_note.isVisible()
    assert page.keychain_note.hasFocus()
    assert not page.remember_identifiant.isChecked()
    assert next_button(wizard).isEnabled()

    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert isinstance(wizard.currentPage(), DonePage)


def test_after_a_locked_keychain_ticking_again_tries_again(
    qtbot: QtBot,
    wizard: MagistereWizard,
    refusing_keyring: Callable[..., RefusingKeyring],
) -> None:
    page = _log_in_as_jean(qtbot, wizard)
    refusing_keyring(FAILURES["collection locked"][0])
    _press_next_and_wait(qtbot, wizard, page)
    assert "verrouillé" in page.keychain_note.text()

    unlocked = MemoryKeyring()
    keyring.set_keyring(unlocked)  # the teacher unlocked it meanwhile
    qtbot.mouseClick(page.remember_identifiant, Qt.MouseButton.LeftButton)
    _press_next_and_wait(qtbot, wizard, page)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), DonePage), timeout=5_000)
    assert unlocked.entries == {(keychain.SERVICE, keychain.IDENTIFIANT_KEY): "jdupont"}


def test_a_keychain_that_breaks_on_the_password_keeps_the_identifiant_and_says_so(
    qtbot: QtBot,
    wizard: MagistereWizard,
    refusing_keyring: Callable[..., RefusingKeyring],
) -> None:
    page = _log_in_as_jean(qtbot, wizard)
    backend = refusing_keyring(FAILURES["anything else"][0], refused="jdupont")
    qtbot.mouseClick(page.remember_password, Qt.MouseButton.LeftButton)
    _press_next_and_wait(qtbot, wizard, page)
    assert wizard.currentPage() is page
    assert "mais pas le mot de passe" in page.keychain_note.text()
    assert backend.entries == {(keychain.SERVICE, keychain.IDENTIFIANT_KEY): "jdupont"}
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert isinstance(wizard.currentPage(), DonePage)


_LOCKED_KEYCHAIN_STORY = """
import keyring
from keyring.backends import SecretService

from magistere_gui import keychain

keyring.set_keyring(SecretService.Keyring())
print(keychain.save("jdupont", None))
"""


def test_a_real_locked_desktop_keychain_whose_prompt_cannot_show_is_not_saved(
    tmp_path: Path,
) -> None:
    """GNOME Keyring started without being unlocked, in a D-Bus session of its own, with no
    screen for its unlock prompt: the real back-end's failure becomes "not saved"."""
    import shutil

    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        if os.environ.get("MAGISTERE_REQUIRE_SYSTEM_KEYCHAIN"):
            pytest.fail("dbus-run-session and gnome-keyring-daemon are required in CI")
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon")
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"}
    }
    environment.update(
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
    )
    (tmp_path / "run").mkdir(mode=0o700)
    script = (
        "gnome-keyring-daemon --components=secrets --daemonize >/dev/null 2>&1; "
        f'"{sys.executable}" -c "$STORY"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script],
        env={**environment, "STORY": _LOCKED_KEYCHAIN_STORY},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    said = result.stdout.strip().splitlines()[-1]
    assert said.startswith("NotSaved(problem=<KeychainProblem."), said
    assert "identifiant_kept=False" in said

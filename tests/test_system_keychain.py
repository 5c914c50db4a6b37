"""The identifiant kept in a real system keychain (GNOME Keyring over D-Bus, as on a Linux desktop).

CI runs the tests inside ``dbus-run-session`` with an unlocked gnome-keyring
and sets MAGISTERE_REQUIRE_SYSTEM_KEYCHAIN=1, so there this test cannot be
skipped; on a machine without a session bus it is skipped and says why.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from accounts import JEAN_NUMEN
from helpers import BrowserSpy
from magistere_gui import keychain
from magistere_gui.client import AcademieClient, SiteProfile
from magistere_gui.gui.navigation import PageId
from magistere_gui.gui.wizard import MagistereWizard


@pytest.fixture
def system_keyring() -> Iterator[keyring.backend.KeyringBackend]:
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    try:
        backend.priority  # noqa: B018 - raises when no Secret Service answers on D-Bus
        backend.get_password("magistere-gui-probe", "probe")
    except Exception as error:  # the reason is shown in the skip message
        if os.environ.get("MAGISTERE_REQUIRE_SYSTEM_KEYCHAIN"):
            pytest.fail(f"no system keychain although CI provides one: {error}")
        pytest.skip(f"no system keychain on this machine: {error}")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    for username in (keychain.IDENTIFIANT_KEY, "jdupont"):
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            backend.delete_password(keychain.SERVICE, username)
    keyring.set_keyring(previous)


def test_jean_keeps_his_identifiant_in_the_desktop_keychain(
    qtbot: QtBot,
    french: QApplication,
    client: AcademieClient,
    profile: SiteProfile,
    browser: BrowserSpy,
    system_keyring: keyring.backend.KeyringBackend,
) -> None:
    wizard = MagistereWizard(client, profile)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.page_at(PageId.WELCOME).check_choice.setChecked(True)  # type: ignore[attr-defined]
    wizard.next()
    page = wizard.page_at(PageId.PASSWORD)
    page.identifiant.setText("jdupont")  # type: ignore[attr-defined]
    page.password.setText(JEAN_NUMEN)  # type: ignore[attr-defined]
    page.test_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: wizard.state.login_succeeded and not page.keychain_lookup.busy,  # type: ignore[attr-defined]
        timeout=10_000,
    )
    # The desktop keychain is named in plain French, never by its back-end class name.
    assert "(trousseau de la session)" in page.remember_identifiant.text()  # type: ignore[attr-defined]
    assert "SecretService" not in page.remember_identifiant.text()  # type: ignore[attr-defined]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10_000)

    assert system_keyring.get_password(keychain.SERVICE, keychain.IDENTIFIANT_KEY) == "jdupont"
    assert system_keyring.get_password(keychain.SERVICE, "jdupont") is None  # password not ticked
    wizard.close()
    QThreadPool.globalInstance().waitForDone(10_000)

"""Steps every story of a teacher shares: reaching a page, typing who one is, waiting for the answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from magistere_gui.gui.navigation import PageId
from magistere_gui.gui.pages.captcha import CaptchaPage
from magistere_gui.gui.pages.identifiant import IdentifiantPage
from magistere_gui.gui.pages.password import PasswordPage
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.simulator import AcademieSimulator
from magistere_gui.simulator.app import SESSION_COOKIE


def next_button(wizard: MagistereWizard):  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.NextButton)


def wait_idle(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    """Until the page's call (and, on the password page, its keychain look-up) has answered."""
    lookup = getattr(page, "keychain_lookup", None)
    qtbot.waitUntil(
        lambda: not page.runner.busy and not (lookup is not None and lookup.busy), timeout=10_000
    )


def go_to_identifiant_page(qtbot: QtBot, wizard: MagistereWizard) -> IdentifiantPage:
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, IdentifiantPage)
    return page


def fill_identity(qtbot: QtBot, page: IdentifiantPage, first: str, last: str, numen: str) -> None:
    qtbot.keyClicks(page.first_name, first)
    qtbot.keyClicks(page.last_name, last)
    qtbot.keyClicks(page.numen.line_edit, numen)


def go_to_password_page(qtbot: QtBot, wizard: MagistereWizard) -> PasswordPage:
    wizard.currentPage().check_choice.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, PasswordPage)
    return page


def try_password(
    qtbot: QtBot, wizard: MagistereWizard, password: str, identifiant: str = "jdupont"
) -> PasswordPage:
    """From the welcome page: the password page, ``identifiant`` and ``password`` typed, Return
    pressed in the password field, until the académie has answered."""
    page = go_to_password_page(qtbot, wizard)
    wait_idle(qtbot, page)
    qtbot.keyClicks(page.identifiant, identifiant)
    qtbot.keyClicks(page.password.line_edit, password)
    qtbot.keyClick(page.password.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    return page


def code_shown_to(wizard: MagistereWizard, simulator: AcademieSimulator) -> str:
    """The security code the simulator drew for this wizard's browser session (a test reads it,
    as the teacher would read the image)."""
    session_id = wizard.context.client.transport.session.cookies.get(SESSION_COOKIE)
    return simulator.captcha_answer(session_id)


def go_to_captcha_page(qtbot: QtBot, wizard: MagistereWizard) -> CaptchaPage:
    """From the welcome page, "J'ai oublié mon mot de passe", until the code is on screen."""
    wizard.page_at(PageId.WELCOME).reset_choice.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    captcha = wizard.currentPage()
    assert isinstance(captcha, CaptchaPage)
    wait_idle(qtbot, captcha)
    return captcha

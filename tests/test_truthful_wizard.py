"""Stories of teachers who must only ever be told what is true.

Each story drives the real wizard against the real simulator (every layout) and
checks that no old answer stays on screen, that the lock is never approached
blindly, and that the last page says exactly what was and was not done.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from accounts import JEAN_NUMEN
from magistere_gui.gui.navigation import PageId
from magistere_gui.gui.pages.change_password import ChangePasswordPage
from magistere_gui.gui.pages.done import DonePage
from magistere_gui.gui.pages.password import PasswordPage
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.simulator import SimulatorServer
from stories import (
    fill_identity,
    go_to_identifiant_page,
    go_to_password_page,
    next_button,
    wait_idle,
)


def test_an_answer_leaves_the_screen_as_soon_as_the_name_changes(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert "confirme" in page.status.message.text()
    assert page.result.text() == "jdupont"

    qtbot.keyClicks(page.last_name, "s")  # "Duponts": another person, perhaps
    assert page.status.message.text() == ""
    assert not page.result.isVisible()
    assert not wizard.state.identifiant_confirmed_online
    assert wizard.state.identifiant == ""
    assert not next_button(wizard).isEnabled()


def test_an_answer_leaves_the_screen_as_soon_as_the_numen_changes(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    qtbot.keyClick(page.numen.line_edit, Qt.Key.Key_Backspace)
    assert page.status.message.text() == ""
    assert page.result.text() == ""


def refuse(qtbot: QtBot, page: PasswordPage, password: str) -> str:
    page.password.setText(password)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    return page.status.message.text()


def test_refusals_are_counted_and_the_last_try_is_announced(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(page.identifiant, "jdupont")
    said = refuse(qtbot, page, "premier-essai")
    assert "Refus jusqu'ici\u00a0: 1" in said
    assert "après 5" in said
    for attempt in ("deuxieme", "troisieme"):
        refuse(qtbot, page, attempt)
    said = refuse(qtbot, page, "quatrieme")
    assert "Attention\u00a0: 4 refus" in said
    assert "verrouille votre compte" in said
    assert simulator.simulator.accounts["jdupont"].failed_logins == 4


def test_after_a_lock_the_test_stays_off_whatever_is_typed(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    simulator.simulator.accounts["jdupont"].failed_logins = 4
    page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(page.identifiant, "jdupont")
    assert "verrouillé" in refuse(qtbot, page, "oubli")
    sent = len(simulator.simulator.login_attempts)
    page.password.setText(JEAN_NUMEN)  # even the right password would lengthen the lock
    assert not page.test_button.isEnabled()
    qtbot.keyClick(page.password.line_edit, Qt.Key.Key_Return)
    assert len(simulator.simulator.login_attempts) == sent
    page.identifiant.setText("jdupont1")  # another account is not locked
    assert page.test_button.isEnabled()


def test_nothing_is_sent_with_an_empty_field(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = go_to_password_page(qtbot, wizard)
    assert not page.test_button.isEnabled()
    qtbot.keyClick(page.password.line_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.identifiant, "jdupont")
    assert not page.test_button.isEnabled()
    assert simulator.simulator.login_attempts == []


def log_in_with_the_default_password(qtbot: QtBot, wizard: MagistereWizard) -> PasswordPage:
    identifiant_page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, identifiant_page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.mouseClick(identifiant_page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, identifiant_page)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, PasswordPage)
    qtbot.mouseClick(page.default_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert page.change_now_button.isVisible()
    return page


def test_coming_back_to_the_password_page_keeps_the_advice_to_change_it(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = log_in_with_the_default_password(qtbot, wizard)
    wizard.back()
    wizard.next()
    assert wizard.currentPage() is page
    assert page.change_now_button.isVisible()
    assert "Connexion réussie" in page.status.message.text()


def test_return_on_a_change_that_was_not_made_does_not_finish(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = log_in_with_the_default_password(qtbot, wizard)
    qtbot.mouseClick(page.change_now_button, Qt.MouseButton.LeftButton)
    # The keychain answers first (off the UI thread), then the page changes.
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), ChangePasswordPage), timeout=10_000)
    change = wizard.currentPage()
    assert isinstance(change, ChangePasswordPage)
    qtbot.keyClicks(change.new_password.line_edit, "Mimosa-Bleu-2026")
    qtbot.keyClicks(change.confirmation.line_edit, "Mimosa-Bleu-2062")  # differs
    qtbot.keyClick(change.confirmation.line_edit, Qt.Key.Key_Return)
    assert wizard.currentPage() is change
    assert not next_button(wizard).isEnabled()
    assert simulator.simulator.accounts["jdupont"].password == JEAN_NUMEN


def test_skipping_the_change_is_said_on_the_last_page(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = log_in_with_the_default_password(qtbot, wizard)
    qtbot.mouseClick(page.change_now_button, Qt.MouseButton.LeftButton)
    # The keychain answers first (off the UI thread), then the page changes.
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), ChangePasswordPage), timeout=10_000)
    change = wizard.currentPage()
    assert isinstance(change, ChangePasswordPage)
    qtbot.mouseClick(change.skip_button, Qt.MouseButton.LeftButton)
    done = wizard.currentPage()
    assert isinstance(done, DonePage)
    lines = " ".join(done.summary.lines())
    assert "Mot de passe non changé" in lines
    assert "testés sur le portail" in lines
    assert "Mot de passe changé" not in lines


def test_the_last_page_claims_nothing_that_was_not_done(wizard: MagistereWizard) -> None:
    last = wizard.page_at(PageId.DONE)
    assert isinstance(last, DonePage)
    last.initializePage()  # nothing was done in this session
    lines = " ".join(last.summary.lines())
    assert "non confirmé" in lines
    assert "non testé" in lines
    assert "ouvrent M@gistère" not in last.subTitle()


def test_a_success_leaves_the_screen_when_the_password_is_edited(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = log_in_with_the_default_password(qtbot, wizard)
    qtbot.keyClick(page.password.line_edit, Qt.Key.Key_Backspace)
    assert page.status.message.text() == ""
    assert not page.change_now_button.isVisible()
    assert not next_button(wizard).isEnabled()


def test_a_refused_password_is_said_refused_on_the_last_page_not_untested(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(page.identifiant, "jdupont")
    refuse(qtbot, page, "pas-le-bon")
    last = wizard.page_at(PageId.DONE)
    assert isinstance(last, DonePage)
    last.initializePage()
    lines = " ".join(last.summary.lines())
    assert "refusé par le portail" in lines
    assert "non testé" not in lines

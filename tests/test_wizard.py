"""Stories of teachers going through the real wizard, against the real simulator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox, QStyle, QStyleOptionButton, QWizard
from pytestqt.qtbot import QtBot

from accounts import JEAN_NUMEN, JULIE_NUMEN, JULIE_PASSWORD
from helpers import BrowserSpy, MemoryKeyring
from magistere_gui import keychain
from magistere_gui.client import AcademieClient, bundled_profile_path, load_profile
from magistere_gui.client.capture import read_capture
from magistere_gui.gui.navigation import Goal, PageId
from magistere_gui.gui.pages.captcha import CaptchaPage
from magistere_gui.gui.pages.change_password import ChangePasswordPage
from magistere_gui.gui.pages.done import DonePage
from magistere_gui.gui.pages.identifiant import IdentifiantPage
from magistere_gui.gui.pages.numen_help import NumenHelpPage
from magistere_gui.gui.pages.password import PasswordPage
from magistere_gui.gui.pages.reset import ResetStepTwoPage
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.simulator import SimulatorServer
from stories import (
    code_shown_to,
    fill_identity,
    go_to_identifiant_page,
    go_to_password_page,
    next_button,
    wait_idle,
)

# ------------------------------------------------------------------ identifiant


def test_jacques_finds_his_identifiant_with_its_homonym_number(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jacques", "Dupont", "24p1011111ghj")
    assert "jdupont" in page.prediction.text()
    assert "Seulement probable" in page.prediction.text()
    assert "premier degré" not in page.numen_feedback.text()
    assert "enseignement privé sous contrat" in page.numen_feedback.text()
    assert not next_button(wizard).isEnabled()

    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)

    assert page.result.text() == "jdupont2"
    assert page.result.isVisible()
    assert "confirme votre identifiant" in page.status.message.text()
    assert next_button(wizard).isEnabled()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "jdupont2"
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    password_page = wizard.currentPage()
    assert isinstance(password_page, PasswordPage)
    assert password_page.identifiant.text() == "jdupont2"


def test_an_apostrophe_is_shown_as_the_dash_that_will_be_sent(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    page.first_name.setText("Anne")
    page.last_name.setText("D'Artagnan")
    assert "D-Artagnan" in page.name_feedback.text()
    assert "Apostrophe remplacée par un tiret" in page.name_feedback.text()
    qtbot.keyClicks(page.numen.line_edit, "24E0822222KLM")
    qtbot.keyClick(page.numen.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    assert page.result.text() == "adartagnan"


def test_an_accented_name_typed_with_its_accents_is_found(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    page.first_name.setText("Hélène")
    page.last_name.setText("Lefèvre")
    assert "hlefevre" in page.prediction.text()
    qtbot.keyClicks(page.numen.line_edit, "24G9944444RST")
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert page.result.text() == "hlefevre"


def test_someone_unknown_is_told_what_to_check(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupond", JEAN_NUMEN)
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    message = page.status.message.text()
    assert "Aucun compte ne correspond" in message
    # ...and the académie's own sentence, whatever the shape of its page.
    assert f"indique\u00a0: «\u00a0{simulator.simulator.layout.lookup_not_found}\u00a0»" in message
    assert not page.result.isVisible()
    assert not next_button(wizard).isEnabled()
    assert page.last_name.text() == "Dupond"  # what was typed is kept


def test_a_mistyped_numen_is_caught_before_anything_is_sent(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", "24EO712345ABC")
    assert "avez-vous tapé la lettre O au lieu du chiffre 0" in page.numen_feedback.text()
    assert not page.lookup_button.isEnabled()
    qtbot.keyClick(page.numen.line_edit, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert simulator.simulator.requests_received == []


def test_the_numen_is_masked_until_the_teacher_asks_to_see_it(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    assert page.numen.line_edit.echoMode() == page.numen.line_edit.EchoMode.Password
    qtbot.mouseClick(page.numen.show_box, Qt.MouseButton.LeftButton)
    assert page.numen.line_edit.echoMode() == page.numen.line_edit.EchoMode.Normal


def test_a_slow_lookup_can_be_stopped_and_its_late_answer_is_dropped(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    simulator.faults.latency_seconds = 1.0
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    assert page.runner.busy
    assert page.status.stop_button.isVisible()
    assert not next_button(wizard).isEnabled()
    assert not page.lookup_button.isEnabled()

    qtbot.mouseClick(page.status.stop_button, Qt.MouseButton.LeftButton)
    assert not page.runner.busy
    assert page.lookup_button.isEnabled()
    # Stop cut the connection: the worker is free before the simulator would have answered,
    # the form carrying the NUMEN was never sent, and nothing late shows.
    assert QThreadPool.globalInstance().waitForDone(800)
    assert ("POST", "/melouvert/identifiant.php") not in simulator.simulator.requests_received
    qtbot.wait(1_500)
    assert not page.result.isVisible()
    assert not wizard.state.identifiant_confirmed_online


def test_a_site_that_is_down_offers_the_browser(
    qtbot: QtBot, french: object, memory_keyring: MemoryKeyring, browser: BrowserSpy
) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    profile = load_profile(bundled_profile_path("simulator"), base_url=f"http://127.0.0.1:{port}/")
    client = AcademieClient(profile)
    down_wizard = MagistereWizard(client, profile)
    qtbot.addWidget(down_wizard)
    down_wizard.show()
    page = go_to_identifiant_page(qtbot, down_wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert "injoignable" in page.status.message.text()
    assert page.status.browser_button.isVisible()
    qtbot.mouseClick(page.status.browser_button, Qt.MouseButton.LeftButton)
    assert browser.opened == [profile.url("identifiant_lookup")]
    assert page.lookup_button.isEnabled()  # the teacher can try again
    said = page.status.message.text()
    assert "probablement jdupont" in said
    assert "chiffre" in said  # a homonym's digit is possible: never said to be theirs
    qtbot.mouseClick(next_button(down_wizard), Qt.MouseButton.LeftButton)  # ... or go on
    password_page = down_wizard.currentPage()
    assert isinstance(password_page, PasswordPage)
    # Never filled in with a guess (it may be a colleague's account): typed by the teacher.
    assert password_page.identifiant.text() == ""
    assert "jdupont1" in password_page.identifiant.placeholderText()
    down_wizard.close()


def test_a_changed_page_says_so_and_opens_in_the_browser(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    simulator.faults.garbled_pages = True
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert "n'a pas l'aspect attendu" in page.status.message.text()
    assert page.status.browser_button.isVisible()


def test_a_page_not_understood_can_be_saved_for_the_help_desk_without_any_secret(
    qtbot: QtBot,
    wizard: MagistereWizard,
    simulator: SimulatorServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    simulator.faults.garbled_pages = True
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert page.status.save_page_button.isVisible()
    assert page.status.save_page_button.text() == "Enregistrer la page pour l'assistance"
    qtbot.mouseClick(page.status.save_page_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.saved_file is not None, timeout=10_000)
    saved = page.status.saved_file
    assert saved is not None
    assert saved.parent == tmp_path / "Documents"
    assert str(saved) in page.status.message.text()
    fields, html = read_capture(saved.read_text(encoding="utf-8"))
    assert fields["step"] == "lookup_identifiant"
    assert fields["url"].startswith(simulator.url)
    assert "?" not in fields["url"]
    assert "<form" in html
    assert JEAN_NUMEN not in saved.read_text(encoding="utf-8")


# ------------------------------------------------------------------ password


def test_jean_logs_in_with_his_numen_and_keeps_his_identifiant_in_the_keychain(
    qtbot: QtBot, wizard: MagistereWizard, memory_keyring: MemoryKeyring
) -> None:
    identifiant_page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, identifiant_page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.mouseClick(identifiant_page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, identifiant_page)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, PasswordPage)
    assert page.default_button.isVisible()
    qtbot.mouseClick(page.default_button, Qt.MouseButton.LeftButton)
    assert page.password.text() == JEAN_NUMEN
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)

    assert "Connexion réussie" in page.status.message.text()
    assert page.remember_identifiant.isVisible()
    assert page.remember_identifiant.isChecked()
    assert not page.remember_password.isChecked()
    assert page.remember_identifiant.text() == (
        "Mémoriser mon identifiant dans le trousseau de cet ordinateur (trousseau du système)"
    )
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    # Saved off the UI thread; the wizard goes on once the keychain answered.
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), DonePage), timeout=10_000)

    assert memory_keyring.entries == {(keychain.SERVICE, keychain.IDENTIFIANT_KEY): "jdupont"}
    done = wizard.currentPage()
    assert isinstance(done, DonePage)
    assert done.identifiant.text() == "jdupont"
    assert "Identifiant confirmé par l'académie" in " ".join(done.summary.lines())
    assert "testés sur le portail" in " ".join(done.summary.lines())


def test_the_password_is_kept_only_when_the_teacher_ticks_it(
    qtbot: QtBot, wizard: MagistereWizard, memory_keyring: MemoryKeyring
) -> None:
    page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(page.identifiant, "jdupont1")
    qtbot.keyClicks(page.password.line_edit, JULIE_PASSWORD)
    qtbot.keyClick(page.password.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    qtbot.mouseClick(page.remember_password, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), DonePage), timeout=10_000)
    assert memory_keyring.entries[(keychain.SERVICE, "jdupont1")] == JULIE_PASSWORD


def test_without_a_keychain_the_teacher_is_told_to_write_it_down(
    qtbot: QtBot, wizard: MagistereWizard, no_keyring: None
) -> None:
    page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClicks(page.password.line_edit, JEAN_NUMEN)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert not page.remember_identifiant.isVisible()
    assert "Aucun trousseau" in page.keychain_note.text()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert isinstance(wizard.currentPage(), DonePage)


def test_a_refused_password_is_explained_and_never_sent_twice(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(page.identifiant, "jdupont1")
    qtbot.keyClicks(page.password.line_edit, JULIE_NUMEN)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert "Mot de passe refusé" in page.status.message.text()
    assert "vous l'avez changé" in page.status.message.text()
    assert page.reset_button.isVisible()
    assert not next_button(wizard).isEnabled()

    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)  # the same attempt again
    wait_idle(qtbot, page)
    assert "vient d'être refusé" in page.status.message.text()
    assert len(simulator.simulator.login_attempts) == 1


def test_a_locked_account_says_when_to_come_back_and_offers_the_reset(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    simulator.simulator.accounts["jdupont"].failed_logins = 4
    page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClicks(page.password.line_edit, "oubli")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    text = page.status.message.text()
    assert "verrouillé" in text
    assert "15 minutes" in text
    assert "ne réessaiera pas de lui-même" in text
    assert len(simulator.simulator.login_attempts) == 1
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert isinstance(wizard.currentPage(), CaptchaPage)


# ------------------------------------------------------------------ reset and change


def test_julie_resets_her_forgotten_password_then_chooses_a_new_one(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    wizard.currentPage().reset_choice.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    captcha = wizard.currentPage()
    assert isinstance(captcha, CaptchaPage)
    assert "étape 1/2" in captcha.title()
    wait_idle(qtbot, captcha)
    qtbot.waitUntil(captcha.code.hasFocus)  # the teacher types the code straight away
    first_image = captcha.image.pixmap().toImage()
    assert not first_image.isNull()
    assert captcha.image.pixmap().width() >= 2 * 220 * 0.99  # shown large enough to read
    assert captcha.new_code_button.accessibleName() == "Nouveau code"

    qtbot.keyClicks(captcha.code, "ZZZZ9")
    qtbot.keyClick(captcha.code, Qt.Key.Key_Return)
    wait_idle(qtbot, captcha)
    assert "ne correspond pas" in captcha.status.message.text()
    assert captcha.image.pixmap().toImage() != first_image
    assert captcha.code.text() == ""
    assert captcha.code.hasFocus()

    qtbot.keyClicks(captcha.code, code_shown_to(wizard, simulator.simulator))
    qtbot.mouseClick(captcha.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), ResetStepTwoPage), timeout=10_000)

    step_two = wizard.currentPage()
    assert isinstance(step_two, ResetStepTwoPage)
    qtbot.keyClicks(step_two.identifiant, "jdupont1")
    qtbot.keyClicks(step_two.numen.line_edit, JULIE_NUMEN)
    qtbot.mouseClick(step_two.reset_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, step_two)
    assert "de nouveau votre NUMEN en majuscules" in step_two.status.message.text()
    assert "fortement conseillé" in step_two.status.message.text()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    change = wizard.currentPage()
    assert isinstance(change, ChangePasswordPage)
    assert change.identifiant.text() == "jdupont1"
    assert change.old_password.text() == JULIE_NUMEN
    qtbot.keyClicks(change.new_password.line_edit, "court")
    assert any(line.startswith("✘ Au moins 8 caractères") for line in change.checklist.lines())
    assert not change.change_button.isEnabled()
    change.new_password.setText("")
    qtbot.keyClicks(change.new_password.line_edit, JULIE_PASSWORD)  # her old one: the site refuses
    qtbot.keyClicks(change.confirmation.line_edit, JULIE_PASSWORD)
    assert not any(line.startswith("✘") for line in change.checklist.lines())
    assert change.strength_text.text()
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, change)
    assert "refuse ce nouveau mot de passe" in change.status.message.text()
    assert "déjà été utilisé" in change.status.message.text()
    assert change.new_password.text() == JULIE_PASSWORD  # kept after the rejection

    for field in (change.new_password, change.confirmation):
        field.setText("")
        qtbot.keyClicks(field.line_edit, "Mimosa-Bleu7")
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, change)
    assert "a été changé" in change.status.message.text()
    assert simulator.simulator.password_of("jdupont1") == "Mimosa-Bleu7"
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    done = wizard.currentPage()
    assert isinstance(done, DonePage)
    assert "Mot de passe réinitialisé" in " ".join(done.summary.lines())
    assert "Mot de passe changé" in " ".join(done.summary.lines())


def test_an_expired_code_brings_a_new_one(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    wizard.currentPage().reset_choice.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    captcha = wizard.currentPage()
    assert isinstance(captcha, CaptchaPage)
    wait_idle(qtbot, captcha)
    simulator.faults.captcha_lifetime_seconds = 0.0
    qtbot.keyClicks(captcha.code, code_shown_to(wizard, simulator.simulator))
    qtbot.keyClick(captcha.code, Qt.Key.Key_Return)
    wait_idle(qtbot, captcha)
    assert "a expiré" in captcha.status.message.text()
    assert isinstance(wizard.currentPage(), CaptchaPage)


def test_back_from_step_two_the_code_page_says_no_call_is_running(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    """The code accepted, the wizard went on by itself; back on the code page, the teacher
    was told "Connexion au site de l'académie…" with nothing running (a stale line)."""
    wizard.currentPage().reset_choice.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    captcha = wizard.currentPage()
    assert isinstance(captcha, CaptchaPage)
    wait_idle(qtbot, captcha)
    qtbot.keyClicks(captcha.code, code_shown_to(wizard, simulator.simulator))
    qtbot.keyClick(captcha.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), ResetStepTwoPage), timeout=10_000)

    wizard.back()
    assert wizard.currentPage() is captcha
    assert not captcha.runner.busy
    assert "Connexion" not in captcha.status.message.text()
    assert captcha.status.message.isHidden()


def test_step_two_shows_where_the_focus_is_when_the_numen_is_known(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    """The NUMEN typed earlier, step 2/2 puts the focus on "Réinitialiser mon mot de passe":
    its focus frame is drawn, though the teacher used only the mouse so far (Qt draws one only
    after a Tab, and she could not see that Return would press it)."""
    wizard.currentPage().reset_choice.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    captcha = wizard.currentPage()
    assert isinstance(captcha, CaptchaPage)
    wait_idle(qtbot, captcha)
    wizard.state.identifiant = "jdupont"  # as typed on an earlier page
    wizard.state.numen = JEAN_NUMEN
    captcha.code.setText(code_shown_to(wizard, simulator.simulator))
    qtbot.mouseClick(captcha.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), ResetStepTwoPage), timeout=10_000)
    step_two = wizard.currentPage()
    assert isinstance(step_two, ResetStepTwoPage)
    qtbot.waitUntil(step_two.reset_button.hasFocus)

    drawn = QStyleOptionButton()
    drawn.initFrom(step_two.reset_button)  # what the style is given to draw the button
    assert drawn.state & QStyle.StateFlag.State_HasFocus
    assert drawn.state & QStyle.StateFlag.State_KeyboardFocusChange  # the frame is drawn


def test_the_new_code_button_changes_the_image(qtbot: QtBot, wizard: MagistereWizard) -> None:
    wizard.currentPage().reset_choice.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    captcha = wizard.currentPage()
    assert isinstance(captcha, CaptchaPage)
    wait_idle(qtbot, captcha)
    before = captcha.image.pixmap().toImage()
    qtbot.mouseClick(captcha.new_code_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, captcha)
    assert captcha.image.pixmap().toImage() != before
    qtbot.mouseClick(captcha.zoom_in_button, Qt.MouseButton.LeftButton)
    assert captcha.image.pixmap().width() > before.width()


# ------------------------------------------------------------------ help, language, accessibility


def test_a_teacher_without_numen_gets_a_message_to_send(
    qtbot: QtBot, wizard: MagistereWizard, browser: BrowserSpy
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Marie", "Le Goff", "24E12")
    qtbot.mouseClick(page.no_numen_button, Qt.MouseButton.LeftButton)
    help_page = wizard.currentPage()
    assert isinstance(help_page, NumenHelpPage)
    assert "gestionnaire GEP" in help_page.advice.text()
    help_page.lost_choice.click()
    help_page.departement_buttons["93"].click()
    assert "Seine-Saint-Denis" in help_page.advice.text()
    assert "DIMOPE" in help_page.advice.text()
    message = help_page.message.toPlainText()
    assert "Marie Le Goff" in message
    assert "24E12" not in message
    qtbot.mouseClick(help_page.mail_button, Qt.MouseButton.LeftButton)
    assert browser.opened[0].startswith("mailto:?subject=")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert isinstance(wizard.currentPage(), IdentifiantPage)
    assert not wizard.state.wants_numen_help


def test_qt_buttons_speak_french(wizard: MagistereWizard) -> None:
    assert "Suivant" in next_button(wizard).text()
    assert "Annuler" in wizard.button(QWizard.WizardButton.CancelButton).text()
    assert wizard.currentPage().title() == "Se connecter à M@gistère"


def test_every_input_and_icon_button_has_an_accessible_name_and_a_label(
    wizard: MagistereWizard,
) -> None:
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QToolButton

    for page_id in PageId:
        page = wizard.page_at(page_id)
        for widget in page.findChildren(QLineEdit) + page.findChildren(QToolButton):
            assert widget.accessibleName(), (
                f"{type(page).__name__}: {widget!r} has no accessible name"
            )
        for form in page.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label and label.widget() and label.widget().text():
                    assert label.widget().buddy() is field.widget(), label.widget().text()


def test_the_keyboard_alone_goes_from_welcome_to_the_end(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    page = wizard.currentPage()
    assert isinstance(page, IdentifiantPage)
    qtbot.waitUntil(page.first_name.hasFocus)
    qtbot.keyClicks(page.first_name, "Jean")
    qtbot.keyClick(page.first_name, Qt.Key.Key_Tab)
    assert page.last_name.hasFocus()
    qtbot.keyClicks(page.last_name, "Dupont")
    qtbot.keyClick(page.last_name, Qt.Key.Key_Tab)
    assert page.numen.line_edit.hasFocus()
    qtbot.keyClicks(page.numen.line_edit, JEAN_NUMEN)
    qtbot.keyClick(page.numen.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    assert page.result.text() == "jdupont"
    qtbot.keyClick(page.numen.line_edit, Qt.Key.Key_Return)  # confirmed: Return goes on
    password = wizard.currentPage()
    assert isinstance(password, PasswordPage)
    qtbot.waitUntil(password.password.line_edit.hasFocus)
    qtbot.keyClicks(password.password.line_edit, JEAN_NUMEN)
    qtbot.keyClick(password.password.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, password)
    assert wizard.state.login_succeeded
    qtbot.keyClick(password.password.line_edit, Qt.Key.Key_Return)  # on to the end, not resent
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), DonePage), timeout=10_000)
    assert len(simulator.simulator.login_attempts) == 1


@pytest.mark.parametrize("goal", list(Goal))
def test_each_way_in_leads_to_its_page(qtbot: QtBot, wizard: MagistereWizard, goal: Goal) -> None:
    from magistere_gui.gui.pages.welcome import WelcomePage

    welcome = wizard.currentPage()
    assert isinstance(welcome, WelcomePage)
    welcome._buttons()[goal].setChecked(True)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    expected = {
        Goal.FIND_IDENTIFIANT: IdentifiantPage,
        Goal.CHECK_PASSWORD: PasswordPage,
        Goal.RESET_PASSWORD: CaptchaPage,
        Goal.NUMEN_HELP: NumenHelpPage,
    }[goal]
    assert isinstance(wizard.currentPage(), expected)


def test_every_error_leads_to_the_network_diagnostics(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    from magistere_gui.gui.diagnostics_dialog import DiagnosticsDialog

    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    simulator.faults.error_status = 500
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert "code 500" in page.status.message.text()
    assert page.status.diagnose_button.isVisible()
    qtbot.mouseClick(page.status.diagnose_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(DiagnosticsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.copy_button.isEnabled(), timeout=15_000)
    report = dialog.report.toPlainText()
    assert "Le site répond (HTTP 500)" in report
    assert "Nom trouvé (DNS)" in report
    assert JEAN_NUMEN not in report
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == report
    dialog.close()


def test_closing_the_wizard_during_a_hanging_request_quits_at_once(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    simulator.faults.latency_seconds = 30  # the académie hangs
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    assert page.runner.busy
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    # Something was typed: the teacher is asked first, then it closes at once.
    question = next(box for box in wizard.findChildren(QMessageBox) if box.isVisible())
    leave = next(b for b in question.buttons() if b.text().replace("&", "") == "Fermer")
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert not page.runner.busy
    # The call was stopped, not forgotten: its thread is free long before the server answers,
    # and the NUMEN was never sent.
    assert QThreadPool.globalInstance().waitForDone(3_000)
    assert ("POST", "/melouvert/identifiant.php") not in simulator.simulator.requests_received
    assert not page.result.isVisibleTo(page)
    assert not wizard.state.identifiant_confirmed_online


def test_back_during_a_request_stops_it_and_next_never_shows_an_old_answer(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    simulator.faults.latency_seconds = 30
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert QThreadPool.globalInstance().waitForDone(3_000)
    assert ("POST", "/melouvert/identifiant.php") not in simulator.simulator.requests_received
    simulator.faults.latency_seconds = 0
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page
    assert not page.result.isVisible()
    assert not page.runner.busy
    assert page.lookup_button.isEnabled()


def test_an_identifiant_kept_in_the_keychain_is_offered_again(
    qtbot: QtBot, wizard: MagistereWizard, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(keychain.SERVICE, keychain.IDENTIFIANT_KEY, "jdupont1")
    page = go_to_password_page(qtbot, wizard)
    qtbot.waitUntil(lambda: page.identifiant.text() == "jdupont1", timeout=10_000)
    qtbot.waitUntil(page.password.line_edit.hasFocus, timeout=10_000)

"""What a teacher hears, reads and can do from the keyboard: announcements, focus, text size.

Screen-reader announcements are heard through the one announcer every page uses
(it also posts Qt's QAccessibleAnnouncementEvent for Orca and NVDA).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from accounts import JEAN_NUMEN, JULIE_NUMEN
from magistere_gui.client import AcademieClient, SiteProfile, bundled_profile_path, load_profile
from magistere_gui.diagnostics import DiagnosticReport, Verdict, verdict
from magistere_gui.gui.accessibility import announcer
from magistere_gui.gui.navigation import PageId
from magistere_gui.gui.pages.change_password import ChangePasswordPage
from magistere_gui.gui.pages.password import PasswordPage
from magistere_gui.gui.pages.reset import ResetStepTwoPage
from magistere_gui.gui.readability import MINIMUM_POINTS
from magistere_gui.gui.strength import (
    CONTEXT,
    CONTRADICTS_THE_RULES,
    SCORE_WHILE_A_RULE_FAILS,
    estimate_strength,
)
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.simulator import SimulatorServer
from stories import (
    code_shown_to,
    fill_identity,
    go_to_captcha_page,
    go_to_identifiant_page,
    go_to_password_page,
    next_button,
    wait_idle,
)


@pytest.fixture
def heard() -> Iterator[list[tuple[str, bool]]]:
    """Everything announced to a screen reader, with whether it interrupted (errors)."""
    said: list[tuple[str, bool]] = []

    def listen(text: str, assertive: bool) -> None:
        said.append((text, assertive))

    announcer().announced.connect(listen)
    yield said
    announcer().announced.disconnect(listen)


def title_heard(wizard: MagistereWizard, heard: list[tuple[str, bool]]) -> int:
    """How many times a screen reader is told the current page's title: announced, or as the
    name of the page (a group) the focus is in, which Orca says as the focus comes in."""
    from PySide6.QtGui import QAccessible

    page = wizard.currentPage()
    times = sum(text.startswith(page.title()) for text, _ in heard)
    focused = QApplication.focusWidget()
    group = QAccessible.queryAccessibleInterface(page)
    if (
        focused is not None
        and page.isAncestorOf(focused)
        and group is not None
        and group.role() == QAccessible.Role.Grouping
        and group.text(QAccessible.Text.Name) == page.title()
    ):
        times += 1
    return times


def test_the_window_opens_on_the_first_choice_and_stays_there(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """A screen-reader user starts with the arrows on the choices (tests/orca_story.py): the
    page's move into its scroll area, after the first paint, must not hand the focus on to
    the Next button."""
    welcome = wizard.page_at(PageId.WELCOME)
    qtbot.waitUntil(lambda: welcome._scroll_area is not None)  # the first paint is done
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is welcome.find_choice  # type: ignore[attr-defined]


def test_a_found_identifiant_is_announced_focused_and_readable(
    qtbot: QtBot, wizard: MagistereWizard, heard: list[tuple[str, bool]]
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    # The page is a group named by its title: read before its first field (tests/test_orca.py).
    from PySide6.QtGui import QAccessible

    group = QAccessible.queryAccessibleInterface(page)
    assert group is not None
    assert group.role() == QAccessible.Role.Grouping
    assert group.text(QAccessible.Text.Name) == "Votre identifiant"
    fill_identity(qtbot, page, "Julie", "Dupont", JULIE_NUMEN)
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    sentence = (
        "L'académie confirme votre identifiant\u00a0: jdupont1. "
        "Notez-le, puis continuez avec votre mot de passe."
    )
    assert (sentence, False) in heard
    # Said with the focused "Copy" button (the field would have Orca 48 say it twice).
    assert page.copy_button.accessibleDescription() == sentence
    assert isinstance(page.result, QLineEdit)
    assert page.result.isReadOnly()
    assert page.result.text() == "jdupont1"
    assert page.result.accessibleName() == "Votre identifiant"
    assert page.result.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.waitUntil(page.copy_button.hasFocus)
    # The académie's answer replaces the guess "jdupont" everywhere.
    assert "Identifiant confirmé par l'académie\u00a0: jdupont1" in page.prediction.text()
    assert "Probable" not in page.prediction.text()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert ("Copié dans le presse-papiers.", False) in heard


def test_a_refusal_is_announced_at_once(
    qtbot: QtBot, wizard: MagistereWizard, heard: list[tuple[str, bool]]
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupond", JEAN_NUMEN)
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert any(assertive and "Aucun compte" in text for text, assertive in heard)
    qtbot.waitUntil(page.status.message.hasFocus)


def test_space_on_check_online_never_sends_focus_to_another_button(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    page.lookup_button.setFocus()
    qtbot.keyClick(page.lookup_button, Qt.Key.Key_Space)
    assert not page.no_numen_button.hasFocus()
    wait_idle(qtbot, page)
    assert not page.no_numen_button.hasFocus()


def type_in_field(qtbot: QtBot, field: QLineEdit, text: str) -> list[str]:
    """Tab into ``field`` and type ``text`` key by key, as a teacher does; the field's
    description after each key (what a screen reader would be told while typing)."""
    field.setFocus(Qt.FocusReason.TabFocusReason)
    descriptions = []
    for character in text:
        qtbot.keyClicks(field, character)
        descriptions.append(field.accessibleDescription())
    return descriptions


def test_feedback_lines_are_heard_with_their_fields(qtbot: QtBot, wizard: MagistereWizard) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    type_in_field(qtbot, page.first_name, "Anne")
    type_in_field(qtbot, page.last_name, "D'Artagnan")
    numen = page.numen.line_edit
    numen.setFocus(Qt.FocusReason.TabFocusReason)
    shown, told = [], []
    for character in "24E082222":
        qtbot.keyClicks(numen, character)
        shown.append(page.numen_feedback.text())
        told.append(numen.accessibleDescription())
    # On screen the count follows each key; a screen reader (which reads a focused field's new
    # description at once) is told only when the meaning changes, not at every key.
    assert len(set(shown)) == 9
    assert len(set(told)) == 1
    # Once the focus leaves, each field carries its line: heard when the teacher comes back.
    page.lookup_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: numen.accessibleDescription() == page.numen_feedback.text())
    assert "13" in numen.accessibleDescription()
    assert page.last_name.accessibleDescription() == page.name_feedback.text()
    assert "D-Artagnan" in page.last_name.accessibleDescription()
    assert page.first_name.accessibleDescription() == page.prediction.text()
    assert "adartagnan" in page.first_name.accessibleDescription()


def test_a_look_alike_numen_hint_is_shown_but_never_spoken_with_its_position(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """On screen "Character 4 must be a digit: the letter O instead of the digit 0?"; aloud,
    that would tell a listener one character of the NUMEN."""
    page = go_to_identifiant_page(qtbot, wizard)
    type_in_field(qtbot, page.numen.line_edit, "24EO712345ABC")
    shown = page.numen_feedback.text()
    assert "4" in shown
    assert "lettre O" in shown
    page.lookup_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: page.numen.line_edit.accessibleDescription() != "")
    spoken = page.numen.line_edit.accessibleDescription()
    assert "ressemble" in spoken
    assert "4" not in spoken
    assert page.numen_feedback.accessibleName() == spoken  # the line, read by a screen reader
    # A well-formed NUMEN: the académie, category and year are its first characters.
    page.numen.line_edit.setFocus(Qt.FocusReason.TabFocusReason)
    page.numen.line_edit.selectAll()
    qtbot.keyClicks(page.numen.line_edit, JEAN_NUMEN)
    assert "Créteil" in page.numen_feedback.text()
    assert page.numen.line_edit.accessibleDescription() == "NUMEN bien formé."
    assert page.numen_feedback.accessibleName() == "NUMEN bien formé."


def test_a_numen_code_missing_from_our_table_is_a_note_not_a_block(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", "29E0712345ABC")
    assert "n'est pas dans la liste de ce programme" in page.numen_feedback.text()
    assert page.lookup_button.isEnabled()


def test_the_confirmed_identifiant_flows_to_the_password_page_after_a_new_lookup(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    password = wizard.currentPage()
    assert isinstance(password, PasswordPage)
    assert password.identifiant.text() == "jdupont"
    wizard.back()
    page.numen.setText("")
    qtbot.keyClicks(page.numen.line_edit, JULIE_NUMEN)
    page.first_name.setText("Julie")
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert password.identifiant.text() == "jdupont1"


def test_a_login_with_the_default_password_offers_to_change_it(
    qtbot: QtBot, wizard: MagistereWizard, heard: list[tuple[str, bool]]
) -> None:
    page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClicks(page.password.line_edit, JEAN_NUMEN)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert any("mot de passe par défaut" in text for text, _ in heard)
    assert page.change_now_button.isVisible()
    qtbot.mouseClick(page.change_now_button, Qt.MouseButton.LeftButton)
    # The identifiant is saved in the keychain first (off the UI thread), then the page changes.
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), ChangePasswordPage), timeout=10_000)


def test_diagnostics_are_not_offered_for_a_refused_password(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClicks(page.password.line_edit, "Pas-le-bon-1")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert "refusé" in page.status.message.text()
    assert not page.status.diagnose_button.isVisible()


def test_someone_who_cannot_read_the_code_is_told_what_to_do(
    qtbot: QtBot, wizard: MagistereWizard, heard: list[tuple[str, bool]]
) -> None:
    captcha = go_to_captcha_page(qtbot, wizard)
    qtbot.mouseClick(captcha.cannot_read_button, Qt.MouseButton.LeftButton)
    assert captcha.cannot_read_help.isVisible()
    assert "collègue" in captcha.cannot_read_help.text()
    assert "ne lit jamais le code" in captcha.cannot_read_help.text()
    assert any("collègue" in text for text, _ in heard)
    qtbot.waitUntil(captcha.cannot_read_help.hasFocus)


def test_the_case_of_the_code_is_mentioned_only_when_the_profile_knows_it(
    qtbot: QtBot, french: QApplication, simulator: object
) -> None:
    creteil = load_profile(bundled_profile_path())
    assert not creteil.captcha_ignores_case  # the sheet does not say
    wizard = MagistereWizard(AcademieClient(creteil), creteil)
    qtbot.addWidget(wizard)
    captcha = wizard.page_at(PageId.RESET_CAPTCHA)
    texts = " ".join(label.text() for label in captcha.findChildren(type(captcha.cannot_read_help)))
    assert "Nouveau code" in texts
    assert "Majuscules ou minuscules" not in texts


def test_text_is_at_least_11_points_and_ctrl_plus_keeps_a_larger_size(
    qtbot: QtBot, wizard: MagistereWizard, client: AcademieClient, profile: SiteProfile
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    start = app.font().pointSizeF()
    assert start >= MINIMUM_POINTS
    qtbot.keyClick(wizard, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == start + 1
    assert (
        float(QSettings("magistere-gui", "magistere-gui").value("display/text_points")) == start + 1
    )
    again = MagistereWizard(client, profile)  # the next run starts at the chosen size
    qtbot.addWidget(again)
    assert app.font().pointSizeF() == start + 1
    qtbot.keyClick(wizard, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == start


def test_the_strength_meter_never_praises_a_password_the_rules_refuse() -> None:
    refused = estimate_strength("correct horse battery staple", [], follows_the_rules=False)
    assert refused.score <= SCORE_WHILE_A_RULE_FAILS
    assert estimate_strength("correct horse battery staple", []).score > refused.score
    for password in ("soleil", "correct horse", "motdepasse"):
        tips = estimate_strength(password, []).text
        for contradiction in CONTRADICTS_THE_RULES:
            assert QCoreApplication.translate(CONTEXT, contradiction) not in tips


def test_the_diagnostics_verdict_speaks_plainly() -> None:
    report = DiagnosticReport()
    from magistere_gui.rules import QT_TRANSLATE_NOOP

    for site in ("https://externet.ac-creteil.fr/", "https://webmel.ac-creteil.fr/"):
        report.add(site, "proxy", Verdict.OK, QT_TRANSLATE_NOOP("diagnostics", "x"))
        report.add(site, "dns", Verdict.FAILED, QT_TRANSLATE_NOOP("diagnostics", "x"))
    assert "does not reach the Internet" in verdict(report).english()
    report.checks.clear()
    report.add("a", "dns", Verdict.OK, "x")
    report.add("a", "tcp", Verdict.FAILED, "x")
    assert "does not answer" in verdict(report).english()


def test_step_two_finds_a_forgotten_identifiant_without_leaving_the_reset(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    captcha = go_to_captcha_page(qtbot, wizard)
    qtbot.keyClicks(captcha.code, code_shown_to(wizard, simulator.simulator))
    qtbot.mouseClick(captcha.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.RESET_STEP_TWO, timeout=10_000)
    step_two = wizard.currentPage()
    assert isinstance(step_two, ResetStepTwoPage)
    qtbot.keyClicks(step_two.numen.line_edit, JULIE_NUMEN)
    qtbot.mouseClick(step_two.find_identifiant_button, Qt.MouseButton.LeftButton)
    dialog = step_two.lookup_dialog
    qtbot.keyClicks(dialog.last_name, "Dupont")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: step_two.identifiant.text() == "jdupont1", timeout=10_000)
    assert "jdupont1" in step_two.status.message.text()
    assert step_two.reset_button.isEnabled()


def focused() -> object:
    return QApplication.focusWidget()


def test_the_identifiant_and_password_paths_from_the_keyboard_only(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """Jacques, a homonym, never touches the mouse: Tab, typing, Return."""
    qtbot.waitUntil(lambda: focused() is not None)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # "Je cherche mon identifiant" is the default
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: focused() is getattr(page, "first_name", None))
    qtbot.keyClicks(focused(), "Jacques")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Dupont")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "24P1011111GHJ")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # checks online
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: focused() is getattr(page, "copy_button", None))
    assert page.result.text() == "jdupont2"  # type: ignore[attr-defined]
    assert "jdupont2" in focused().accessibleDescription()  # type: ignore[attr-defined]
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # goes on
    password = wizard.currentPage()
    assert isinstance(password, PasswordPage)
    assert password.identifiant.text() == "jdupont2"
    qtbot.waitUntil(lambda: focused() is password.password.line_edit)
    qtbot.keyClicks(focused(), "24P1011111GHJ")  # his default password: the NUMEN
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # tests it, once
    wait_idle(qtbot, password)
    assert password.state.login_succeeded
    assert focused() is password.status.message  # the outcome, to be read
    qtbot.keyClick(password.password.line_edit, Qt.Key.Key_Return)  # goes on, nothing resent
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10_000)


def test_every_step_of_a_reset_is_heard(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer, heard: list[tuple[str, bool]]
) -> None:
    captcha = go_to_captcha_page(qtbot, wizard)
    qtbot.keyClicks(captcha.code, "WRONG")
    qtbot.mouseClick(captcha.submit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, captcha)
    assert any(assertive and "ne correspond pas" in text for text, assertive in heard)
    qtbot.keyClicks(captcha.code, code_shown_to(wizard, simulator.simulator))
    qtbot.mouseClick(captcha.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.RESET_STEP_TWO, timeout=10_000)
    qtbot.waitUntil(lambda: title_heard(wizard, heard) == 1)
    assert wizard.currentPage().title().startswith("Réinitialiser votre mot de passe, étape 2/2")
    step_two = wizard.currentPage()
    assert isinstance(step_two, ResetStepTwoPage)
    qtbot.keyClicks(step_two.identifiant, "jdupont")
    qtbot.keyClicks(step_two.numen.line_edit, JEAN_NUMEN)
    qtbot.mouseClick(step_two.reset_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, step_two)
    assert title_heard(wizard, heard) == 1  # not also announced while the focus was in the page
    assert any(not assertive and text.startswith("C'est fait") for text, assertive in heard)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    change = wizard.currentPage()
    assert isinstance(change, ChangePasswordPage)
    qtbot.keyClicks(change.new_password.line_edit, "Mimosa-Bleu7")
    qtbot.keyClicks(change.confirmation.line_edit, "Mimosa-Bleu7")
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, change)
    assert any("a été changé" in text for text, _ in heard)


def test_the_lost_numen_advice_is_heard_with_the_scan_reminder(
    qtbot: QtBot, wizard: MagistereWizard, heard: list[tuple[str, bool]]
) -> None:
    wizard.page_at(PageId.WELCOME).numen_choice.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    page.lost_choice.setChecked(True)  # type: ignore[attr-defined]
    page.departement_buttons["93"].setChecked(True)  # type: ignore[attr-defined]
    spoken = heard[-1][0]
    assert "DIMOPE" in spoken
    assert "joignez la copie numérisée" in spoken
    assert "Seine-Saint-Denis" in spoken


def test_the_page_title_is_a_heading_for_screen_readers(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel

    from magistere_gui.gui.headings import TITLE_OBJECT_NAME

    title = wizard.findChild(QLabel, TITLE_OBJECT_NAME)
    assert title is not None
    interface = QAccessible.queryAccessibleInterface(title)
    assert interface.role() == QAccessible.Role.Heading
    go_to_identifiant_page(qtbot, wizard)
    assert interface.text(QAccessible.Text.Name) == "Votre identifiant"

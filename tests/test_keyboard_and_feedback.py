"""Keyboard and feedback, as a teacher meets them: shortcut letters, Tab, Escape, Ctrl+0, and
an answer on screen and in speech for every action (stopped, copied, no browser, no mail
program, the strength of the new password, a NUMEN typed in small letters)."""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QRunnable, QSettings, Qt, QThreadPool
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QInputMethodEvent,
    QInputMethodQueryEvent,
)
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from accounts import JEAN_NUMEN
from magistere_gui.client import AcademieClient, SiteProfile
from magistere_gui.gui import readability
from magistere_gui.gui.accessibility import announcer
from magistere_gui.gui.navigation import Goal, PageId
from magistere_gui.gui.pages.change_password import ChangePasswordPage
from magistere_gui.gui.pages.done import DonePage
from magistere_gui.gui.pages.numen_help import NumenHelpPage
from magistere_gui.gui.pages.password import PasswordPage
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.simulator import SimulatorServer
from stories import (
    fill_identity,
    go_to_identifiant_page,
    go_to_password_page,
    next_button,
    try_password,
    wait_idle,
)

NO_PLATFORM_BROWSER = "This plugin does not support QPlatformServices::openUrl"


@pytest.fixture
def heard() -> Iterator[list[str]]:
    said: list[str] = []

    def listen(text: str, _assertive: bool) -> None:
        said.append(text)

    announcer().announced.connect(listen)
    yield said
    announcer().announced.disconnect(listen)


@pytest.fixture
def no_browser() -> None:
    """No web browser nor mail program on this computer: opening an address fails."""
    for scheme in ("http", "https", "mailto"):
        QDesktopServices.unsetUrlHandler(scheme)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


# ------------------------------------------------------------------ shortcut letters


def test_no_two_controls_of_a_page_share_a_shortcut_letter(
    qtbot: QtBot, french: QApplication, client: AcademieClient, profile: SiteProfile
) -> None:
    """Alt+letter reaches one control only, Qt's own buttons (Précédent, Suivant…) and the
    demo banner included."""
    wizard = MagistereWizard(client, profile, demo_accounts=["Jean Dupont 24E0712345ABC"])
    qtbot.addWidget(wizard)
    wizard.add_remaining_pages()
    shared = [
        wizard.button(which)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    ]
    side = wizard.sideWidget()
    shared_texts = [button.text() for button in shared] + [
        label.text() for label in (side.findChildren(QLabel) if side else [])
    ]
    assert _mnemonic(wizard.button(QWizard.WizardButton.BackButton).text()) == "p"
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        texts = shared_texts + [
            widget.text()
            for widget in [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]
        ]
        letters = [letter for letter in map(_mnemonic, texts) if letter]
        duplicates = {letter for letter in letters if letters.count(letter) > 1}
        assert not duplicates, f"{type(page).__name__}: {duplicates} in {texts}"


# ------------------------------------------------------------------ Tab and focus


def _tab_chain(start: QWidget, count: int) -> list[QWidget]:
    chain, widget = [], start
    while len(chain) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None  # Qt's Tab skips it: its proxy takes the focus
        ):
            chain.append(widget)
    return chain


def _reads_before(first: QWidget, second: QWidget) -> bool:
    """Whether ``first`` comes before ``second`` when reading the window: above it, or on the
    same line and to its left."""
    a = first.mapTo(first.window(), QPoint(0, 0))
    b = second.mapTo(second.window(), QPoint(0, 0))
    if a.y() + first.height() <= b.y():
        return True
    if b.y() + second.height() <= a.y():
        return False
    return a.x() <= b.x()


def test_tab_after_a_login_goes_to_change_my_password_then_on_in_reading_order(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = try_password(qtbot, wizard, JEAN_NUMEN)
    assert focused() is page.status.message
    assert page.change_now_button.isVisible()

    qtbot.keyClick(page.status.message, Qt.Key.Key_Tab)
    assert focused() is page.change_now_button  # not "Précédent"
    chain = [page.status.message, *_tab_chain(page.status.message, 6)]
    on_the_page = [widget for widget in chain if page.isAncestorOf(widget)]
    for before, after in itertools.pairwise(on_the_page):
        assert _reads_before(before, after), (before, after)
    assert wizard.button(QWizard.WizardButton.BackButton) in chain  # after the page's controls
    assert chain.index(wizard.button(QWizard.WizardButton.BackButton)) == len(on_the_page)


@pytest.mark.parametrize("goal", list(Goal))
def test_every_way_in_tabs_in_reading_order(
    qtbot: QtBot, wizard: MagistereWizard, goal: Goal
) -> None:
    wizard.page_at(PageId.WELCOME)._buttons()[goal].setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    wait_idle(qtbot, page)
    first = next(widget for widget in _tab_chain(wizard, 80) if page.isAncestorOf(widget))
    chain = [first, *_tab_chain(first, 40)]
    on_the_page = [widget for widget in chain if page.isAncestorOf(widget)]
    assert len(on_the_page) >= 3
    for before, after in itertools.pairwise(on_the_page):
        assert _reads_before(before, after), (type(page).__name__, before, after)


@pytest.mark.parametrize("goal", list(Goal))
@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Backtab])
def test_tab_goes_round_every_page_and_out_to_the_wizard_buttons(
    qtbot: QtBot, wizard: MagistereWizard, goal: Goal, key: Qt.Key
) -> None:
    """Pressed again and again, Tab (and Shift+Tab) visits every control of the page and the
    wizard's own buttons: on four pages it went round the NUMEN or password field and its
    neighbours, and "Annuler" could never be reached (a keyboard trap)."""
    wizard.page_at(PageId.WELCOME)._buttons()[goal].setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    wait_idle(qtbot, page)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    reachable = [widget for widget in _tab_chain(cancel, 80) if page.isAncestorOf(widget)]
    visited: list[QWidget | None] = []
    for _ in range(len(reachable) + 8):
        qtbot.keyClick(focused() or wizard, key)
        visited.append(focused())
    assert cancel in visited
    assert all(widget in visited for widget in reachable), [
        widget.accessibleName() for widget in reachable if widget not in visited
    ]


def test_checking_online_never_sends_the_focus_to_an_unrelated_control(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """Pressing "Vérifier": the focus goes to the status line, then to "Copier" beside the
    identifiant found (the result said with it); never to "Je ne connais pas mon NUMEN" (Qt's
    next control after a button turned off)."""
    page = go_to_identifiant_page(qtbot, wizard)
    QApplication.processEvents()  # the page's own first focus, given once it is shown
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    page.lookup_button.setFocus()
    qtbot.waitUntil(page.lookup_button.hasFocus)
    moves: list[QWidget | None] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def moved(_old: QWidget | None, new: QWidget | None) -> None:
        moves.append(new)

    app.focusChanged.connect(moved)
    try:
        qtbot.keyClick(page.lookup_button, Qt.Key.Key_Space)
        wait_idle(qtbot, page)
        qtbot.waitUntil(lambda: focused() is page.copy_button)
    finally:
        app.focusChanged.disconnect(moved)
    assert page.no_numen_button not in moves
    assert moves == [page.status.message, page.copy_button]


# ------------------------------------------------------------------ Escape, Ctrl+0


def _question(wizard: MagistereWizard) -> QMessageBox | None:
    boxes = [box for box in wizard.findChildren(QMessageBox) if box.isVisible()]
    return boxes[0] if boxes else None


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(button for button in box.buttons() if button.text().replace("&", "") == text)


def test_escape_asks_before_closing_when_something_was_typed(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    qtbot.keyClicks(page.first_name, "Jean")
    qtbot.keyClick(page.first_name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _question(wizard) is not None)
    question = _question(wizard)
    assert question is not None
    assert question.text() == "Fermer l'assistant\u00a0? Ce que vous avez tapé sera perdu."
    assert wizard.isVisible()

    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Escape again: stay
    qtbot.waitUntil(lambda: _question(wizard) is None)
    assert wizard.isVisible()
    assert page.first_name.text() == "Jean"

    qtbot.keyClick(page.first_name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _question(wizard) is not None)
    question = _question(wizard)
    assert question is not None
    qtbot.mouseClick(_button(question, "Fermer"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.DialogCode.Rejected


def test_escape_closes_at_once_when_nothing_was_typed(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert _question(wizard) is None


def test_ctrl_0_goes_back_to_the_starting_text_size(qtbot: QtBot, wizard: MagistereWizard) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    qtbot.keyClick(wizard, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    start = app.font().pointSizeF()
    assert start == max(readability.MINIMUM_POINTS, readability._system_points or 0)
    for _ in range(3):
        qtbot.keyClick(wizard, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == start + 3
    qtbot.keyClick(wizard, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == start
    assert QSettings("magistere-gui", "magistere-gui").value("display/text_points") is None


def test_ctrl_0_and_ctrl_minus_give_back_the_room_ctrl_plus_took(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """Ctrl++ grows the window with the text; Ctrl+- and Ctrl+0 make it smaller again (it
    stayed as large as 200 % text needed, over the rest of the screen), never past the
    screen, and a size the teacher chose by hand is kept."""
    screen = QRect(0, 0, 1366, 768)
    qtbot.keyClick(wizard, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    wizard.fit_the_screen(screen)
    start = wizard.size()
    for _ in range(6):
        qtbot.keyClick(wizard, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    grown = wizard.size()
    assert grown.width() > start.width()
    assert grown.width() <= screen.width()
    assert grown.height() <= screen.height()
    qtbot.keyClick(wizard, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert wizard.width() < grown.width()
    qtbot.keyClick(wizard, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert wizard.size() == start

    wizard.resize(start.width() + 100, start.height())  # the teacher's own size
    qtbot.keyClick(wizard, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(wizard, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert wizard.width() >= start.width() + 100


# ------------------------------------------------------------------ feedback


def test_stop_says_it_stopped_and_that_the_request_may_have_arrived(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer, heard: list[str]
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    simulator.simulator.faults.latency_seconds = 5.0
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    assert page.status.message.text() == "Connexion au site de l'académie…"
    qtbot.waitUntil(lambda: bool(simulator.simulator.requests_received))  # it has left
    page.status.stop_button.setFocus()
    qtbot.keyClick(page.status.stop_button, Qt.Key.Key_Space)

    text = page.status.message.text()
    assert "Connexion" not in text
    assert text == (
        "Arrêté. La demande était déjà partie\u00a0: l'académie l'a peut-être reçue. "
        "Rien d'autre ne sera envoyé."
    )
    assert heard[-1] == text
    assert focused() is page.status.message
    assert not page.status.stop_button.isVisible()
    assert page.lookup_button.isEnabled()


class _Occupied(QRunnable):
    def __init__(self, released: threading.Event) -> None:
        super().__init__()
        self.released = released

    def run(self) -> None:
        self.released.wait(10)


def test_stop_before_the_request_left_says_nothing_was_sent(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    pool = QThreadPool.globalInstance()
    released = threading.Event()
    for _ in range(pool.maxThreadCount()):  # every worker busy: the lookup waits its turn
        pool.start(_Occupied(released))
    try:
        qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.status.stop_button, Qt.MouseButton.LeftButton)
    finally:
        released.set()
    pool.waitForDone(10_000)
    assert page.status.message.text() == "Arrêté. Rien n'a été envoyé."
    assert not simulator.simulator.requests_received


def test_copy_shows_copied_on_screen(
    qtbot: QtBot, wizard: MagistereWizard, heard: list[str]
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    width = page.copy_button.width()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "jdupont"
    assert page.copy_button.text() == "Copié ✓"
    assert heard[-1] == "Copié dans le presse-papiers."
    assert page.copy_button.width() >= width


@pytest.mark.qt_log_ignore(NO_PLATFORM_BROWSER)
def test_without_a_browser_the_page_address_is_shown_to_type(
    qtbot: QtBot,
    wizard: MagistereWizard,
    simulator: SimulatorServer,
    profile: SiteProfile,
    no_browser: None,
    heard: list[str],
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    simulator.faults.garbled_pages = True
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert page.status.browser_button.isVisible()
    qtbot.mouseClick(page.status.browser_button, Qt.MouseButton.LeftButton)
    address = profile.url("identifiant_lookup")
    said = f"Le navigateur n'a pas pu s'ouvrir. Tapez cette adresse dans un navigateur\u00a0: {address}"
    assert said in page.status.message.text()
    assert heard[-1] == said


@pytest.mark.qt_log_ignore(NO_PLATFORM_BROWSER)
def test_an_address_link_without_a_browser_shows_the_address(
    qtbot: QtBot, wizard: MagistereWizard, profile: SiteProfile, heard: list[str]
) -> None:
    page = try_password(qtbot, wizard, JEAN_NUMEN)
    page.remember_identifiant.setChecked(False)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    done = wizard.currentPage()
    assert isinstance(done, DonePage)
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)
    link = done.site_addresses["webmel"]
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(4, link.height() // 2))
    address = profile.url("webmel")
    assert done.browser_note.isVisible()
    assert address in done.browser_note.text()
    assert heard[-1] == done.browser_note.text()


@pytest.mark.qt_log_ignore(NO_PLATFORM_BROWSER)
def test_without_a_mail_program_the_message_is_to_copy_into_webmel(
    qtbot: QtBot, wizard: MagistereWizard, profile: SiteProfile, no_browser: None
) -> None:
    wizard.page_at(PageId.WELCOME).numen_choice.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, NumenHelpPage)
    qtbot.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    note = page.mail_note.text()
    assert page.mail_note.isVisible()
    assert note.startswith("Aucun programme de messagerie ne s'est ouvert")
    assert "«\u00a0Copier le message\u00a0»" in note
    assert profile.url("webmel") in note
    assert f"«\u00a0{page.subject()}\u00a0»" in note
    assert focused() is page.mail_note


def test_the_strength_meter_rates_the_new_password_before_its_confirmation(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = wizard.page_at(PageId.CHANGE_PASSWORD)
    assert isinstance(page, ChangePasswordPage)
    qtbot.keyClicks(page.new_password.line_edit, "Mimosa-Bleu7-Orage!")
    assert page.confirmation.text() == ""
    assert page.strength.value() >= 3
    assert not page.strength_text.text().startswith("Faible")
    qtbot.keyClicks(page.new_password.line_edit, "")
    page.new_password.setText("mimosa")  # a rule fails: never praised
    assert page.strength.value() <= 1


def test_a_numen_typed_in_small_letters_as_the_password_is_told_so(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    page = go_to_password_page(qtbot, wizard)
    wait_idle(qtbot, page)
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClicks(page.password.line_edit, JEAN_NUMEN.lower())
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    text = page.status.message.text()
    assert "votre NUMEN, mais pas en majuscules" in text
    assert "le NUMEN en MAJUSCULES" in text


def test_a_wrong_password_that_is_not_the_numen_gets_no_numen_hint(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_password_page(qtbot, wizard)
    wait_idle(qtbot, page)
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClicks(page.password.line_edit, "tournesol-2024")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert "pas en majuscules" not in page.status.message.text()


def test_alt_with_a_letter_no_button_answers_types_nothing_in_the_password(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """Jean tries Alt+U for a button that has no such key: no "u" joins his password behind
    the dots (the next try would be refused, and refusals lock the account)."""
    page = go_to_password_page(qtbot, wizard)
    wait_idle(qtbot, page)
    qtbot.keyClicks(page.identifiant, "jdupont")
    field = page.password.line_edit
    qtbot.keyClicks(field, JEAN_NUMEN)
    qtbot.keyClick(field, "u", Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(field, "7", Qt.KeyboardModifier.AltModifier)
    assert field.text() == JEAN_NUMEN
    qtbot.keyClick(page.identifiant, "u", Qt.KeyboardModifier.AltModifier)
    assert page.identifiant.text() == "jdupont"


def test_altgr_still_types_its_characters_in_a_password(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """On Windows, AltGr reaches programs as Ctrl+Alt: "@" and "#" of a French keyboard."""
    page = go_to_password_page(qtbot, wizard)
    wait_idle(qtbot, page)
    field = page.password.line_edit
    qtbot.keyClicks(field, "Mimosa")
    altgr = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(field, "@", altgr)
    qtbot.keyClick(field, "#", altgr)
    assert field.text() == "Mimosa@#"


def test_a_shortcut_letter_still_works_from_a_field(qtbot: QtBot, wizard: MagistereWizard) -> None:
    page = go_to_password_page(qtbot, wizard)
    wait_idle(qtbot, page)
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClick(page.identifiant, "m", Qt.KeyboardModifier.AltModifier)  # "&Mot de passe"
    assert focused() is page.password.line_edit
    assert page.identifiant.text() == "jdupont"


def test_after_a_refusal_jean_types_his_password_again_at_once(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """The refusal has the focus (a screen reader says it); Jean, who sees it, types the right
    password straight away: it goes into the password field, in place of the refused one."""
    page = try_password(qtbot, wizard, "tournesol-2024")
    assert focused() is page.status.message
    assert "Refus jusqu'ici\u00a0: 1" in page.status.message.text()

    for key in JEAN_NUMEN:  # each key where the focus is, as a keyboard does
        qtbot.keyClick(focused(), key)
    assert focused() is page.password.line_edit
    assert page.password.line_edit.text() == JEAN_NUMEN
    qtbot.keyClick(page.password.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    assert wizard.state.login_succeeded


def test_after_a_refusal_a_password_beginning_with_altgr_keeps_its_first_character(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """On Windows AltGr reaches programs as Ctrl+Alt: "@" typed at once on the refusal went
    nowhere, and the rest of the password went into the field without it (one more refusal)."""
    page = try_password(qtbot, wizard, "tournesol-2024")
    assert focused() is page.status.message

    altgr = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(focused(), "@", altgr)
    for key in "Mimosa":
        qtbot.keyClick(focused(), key)
    assert page.password.line_edit.text() == "@Mimosa"


def test_after_a_refusal_a_letter_made_of_two_keys_arrives_whole(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """On a French keyboard "ê" is a dead "^" then "e", put together by the system's input
    method for a control that takes text: the refusal takes it as a field does, and the "ê"
    goes into the password whole (it was "e": one more refusal)."""
    page = try_password(qtbot, wizard, "tournesol-2024")
    message = focused()
    assert message is page.status.message

    asked = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled)  # as the input method asks
    QApplication.sendEvent(message, asked)
    assert asked.value(Qt.InputMethodQuery.ImEnabled) is True
    composed = QInputMethodEvent()
    composed.setCommitString("ê")
    QApplication.sendEvent(message, composed)
    for key in "tre-2024":
        qtbot.keyClick(focused(), key)
    assert focused() is page.password.line_edit
    assert page.password.line_edit.text() == "être-2024"


def test_after_a_success_typing_on_the_answer_changes_no_field(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = try_password(qtbot, wizard, JEAN_NUMEN)
    assert focused() is page.status.message
    for key in "abc":
        qtbot.keyClick(focused(), key)
    assert page.password.line_edit.text() == JEAN_NUMEN
    assert focused() is page.status.message


def _refused(qtbot: QtBot, wizard: MagistereWizard) -> PasswordPage:
    """Jean on the password page, a wrong password just refused, the refusal focused."""
    page = try_password(qtbot, wizard, "tournesol-2024")
    assert focused() is page.status.message
    return page


def test_after_a_refusal_a_letter_composed_with_a_dead_key_goes_into_the_password(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """ "ê" is typed ^ then e on a French keyboard: the input method composes it, and gives it
    to the focus only if the focus takes input methods. On the refusal, the "e" alone went
    into the password field (an unseen wrong password, one more refusal towards the lock)."""
    page = _refused(qtbot, wizard)
    message = page.status.message
    query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled | Qt.InputMethodQuery.ImHints)
    QApplication.sendEvent(message, query)
    assert query.value(Qt.InputMethodQuery.ImEnabled) is True  # ^ reaches the composer
    hints = Qt.InputMethodHint(query.value(Qt.InputMethodQuery.ImHints))
    assert hints & Qt.InputMethodHint.ImhHiddenText  # what follows is a password
    assert hints & Qt.InputMethodHint.ImhSensitiveData

    composed = QInputMethodEvent()
    composed.setCommitString("\u00ea")  # what the composer gives for ^ then e
    QApplication.sendEvent(message, composed)
    assert focused() is page.password.line_edit
    qtbot.keyClicks(page.password.line_edit, "te-2025")
    assert page.password.line_edit.text() == "\u00eate-2025"


def test_after_a_failure_that_is_no_refusal_typing_on_the_answer_changes_no_field(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    """The académie did not answer: the password may well be right, and a key pressed on the
    answer must not put a letter in its place."""
    page = go_to_password_page(qtbot, wizard)
    wait_idle(qtbot, page)
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClicks(page.password.line_edit, JEAN_NUMEN)
    simulator.faults.error_status = 500
    qtbot.keyClick(page.password.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    assert focused() is page.status.message
    assert not wizard.state.login_succeeded
    for key in "abc":
        qtbot.keyClick(focused(), key)
    assert page.password.line_edit.text() == JEAN_NUMEN
    assert focused() is page.status.message


def test_after_a_refusal_then_stop_typing_on_stopped_changes_no_field(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    """The redirection belongs to the refusal it came with: "Arrêté" on screen says nothing
    about the password, and the new one being tested stays as typed."""
    page = _refused(qtbot, wizard)
    for key in "soleil-2025":  # typed at once after the refusal: into the password field
        qtbot.keyClick(focused(), key)
    assert page.password.line_edit.text() == "soleil-2025"
    simulator.simulator.faults.latency_seconds = 5.0
    qtbot.keyClick(page.password.line_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(page.status.stop_button, Qt.MouseButton.LeftButton)
    assert page.status.message.text().startswith("Arrêté")
    assert focused() is page.status.message
    for key in "xyz":
        qtbot.keyClick(focused(), key)
    assert page.password.line_edit.text() == "soleil-2025"
    assert focused() is page.status.message

"""What a new teacher met in a real X window (Xvfb, openbox, xdotool), pinned on the real wizard.

Why: the program was used as a teacher not at ease with computers would, with the demo's
accounts, at 100 %, 150 % and 200 % text on 1366 x 768 and 1024 x 600 screens. Each test
below is one thing seen there:

- the answer of a step (the big identifiant, "your password has been changed") appeared
  below the visible part of the page, cut in half or not at all, when the page had just
  become too tall for the window: the scroll area was asked to show it before Qt had
  placed it;
- "+" on the security code did nothing when the window had no room for a larger code;
- Return on a focused action button ("Réinitialiser mon mot de passe", where the page puts
  the focus) did nothing;
- "Mot de passe refusé" stayed beside another password once the teacher had typed it;
- after "Utiliser le mot de passe par défaut", Return did nothing;
- after the reset was done, its fields could still be edited, beside "C'est fait".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QStyle,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from test_layout import settle

from accounts import JEAN_NUMEN, JULIE_NUMEN
from magistere_gui.gui.pages.captcha import ZOOM_STEPS
from magistere_gui.gui.pages.change_password import ChangePasswordPage
from magistere_gui.gui.pages.identifiant import IdentifiantPage
from magistere_gui.gui.pages.password import PasswordPage
from magistere_gui.gui.pages.reset import ResetStepTwoPage
from magistere_gui.gui.readability import MINIMUM_POINTS, set_text_points
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

#: The text sizes tried: 100 %, 150 % (the nearest whole point) and 200 %.
TEXT_POINTS = {"100%": MINIMUM_POINTS, "150%": 17.0, "200%": MINIMUM_POINTS * 2}
SCREENS = {"1366x768": QRect(0, 0, 1366, 768), "1024x600": QRect(0, 0, 1024, 600)}
SIZES = [(text, screen) for screen in SCREENS for text in TEXT_POINTS]


@pytest.fixture(scope="module")
def simulator_server() -> Iterator[SimulatorServer]:
    """One simulator: what is tried here is the wizard's window, not the page shapes."""
    with SimulatorServer(port=0, test_hooks=True) as server:
        yield server


def _at(wizard: MagistereWizard, text: str, screen: str) -> None:
    set_text_points(TEXT_POINTS[text])
    wizard.fit_the_screen(SCREENS[screen])
    settle(wizard)


def _julie_found_at(
    qtbot: QtBot, wizard: MagistereWizard, text: str, screen: str
) -> IdentifiantPage:
    """At this text size and screen, Julie Dupont's identifiant looked up: "jdupont1"."""
    _at(wizard, text, screen)
    page = go_to_identifiant_page(qtbot, wizard)
    settle(wizard)
    fill_identity(qtbot, page, "Julie", "Dupont", JULIE_NUMEN)
    qtbot.keyClick(page.numen.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    assert page.result.text() == "jdupont1"
    settle(wizard)
    return page


def _seen_whole(widget: QWidget) -> bool:
    """Whether all of ``widget`` is on screen: not cut by the visible part of its page."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def _logged_in_then_change_page(
    qtbot: QtBot, wizard: MagistereWizard, page: PasswordPage
) -> ChangePasswordPage:
    """Jean logs in with his NUMEN, then opens "Changer mon mot de passe maintenant"."""
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClicks(page.password.line_edit, JEAN_NUMEN)
    qtbot.keyClick(page.password.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    qtbot.mouseClick(page.change_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), ChangePasswordPage), timeout=10_000)
    change = wizard.currentPage()
    assert isinstance(change, ChangePasswordPage)
    return change


@pytest.mark.parametrize(("text", "screen"), SIZES)
def test_the_identifiant_found_is_seen_whole(
    qtbot: QtBot, demo_wizard: MagistereWizard, text: str, screen: str
) -> None:
    _at(demo_wizard, text, screen)
    page = go_to_identifiant_page(qtbot, demo_wizard)
    settle(demo_wizard)
    fill_identity(qtbot, page, "Julie", "Dupont", JULIE_NUMEN)
    qtbot.keyClick(page.numen.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    assert page.result.text() == "jdupont1"
    qtbot.waitUntil(page.copy_button.hasFocus)
    settle(demo_wizard)
    assert _seen_whole(page.result), (
        f"identifiant {page.result.visibleRegion().boundingRect()} of {page.result.rect()}"
    )


@pytest.mark.parametrize(("text", "screen"), SIZES)
def test_a_changed_password_is_said_where_it_can_be_read(
    qtbot: QtBot, demo_wizard: MagistereWizard, text: str, screen: str
) -> None:
    _at(demo_wizard, text, screen)
    page = go_to_password_page(qtbot, demo_wizard)
    change = _logged_in_then_change_page(qtbot, demo_wizard, page)
    settle(demo_wizard)
    qtbot.keyClicks(change.new_password.line_edit, "Lavande-2025!")
    qtbot.keyClicks(change.confirmation.line_edit, "Lavande-2025!")
    qtbot.keyClick(change.confirmation.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, change)
    assert change.state.password_changed
    settle(demo_wizard)
    message = change.status.message
    assert message.text().startswith("Votre mot de passe a été changé")
    assert _seen_whole(message), (
        f"outcome {message.visibleRegion().boundingRect()} of {message.rect()}"
    )


@pytest.mark.parametrize(("text", "screen"), SIZES)
def test_plus_makes_the_code_larger_or_is_off(
    qtbot: QtBot, demo_wizard: MagistereWizard, text: str, screen: str
) -> None:
    """The help says: make the code larger with "+". A "+" that changes nothing is a dead
    button: the window grows when the screen has room, else "+" is off."""
    _at(demo_wizard, text, screen)
    captcha = go_to_captcha_page(qtbot, demo_wizard)
    settle(demo_wizard)
    for _press in range(len(ZOOM_STEPS)):
        if not captcha.zoom_in_button.isEnabled():
            break
        before = captcha.image.pixmap().deviceIndependentSize()
        qtbot.mouseClick(captcha.zoom_in_button, Qt.MouseButton.LeftButton)
        settle(demo_wizard)
        after = captcha.image.pixmap().deviceIndependentSize()
        assert after.width() > before.width(), f"'+' left the code at {before.width():.0f} px"
        assert demo_wizard.width() <= SCREENS[screen].width()
    assert not captcha.zoom_in_button.isEnabled()
    # "−" gives the room back step by step, and "+" comes back.
    qtbot.mouseClick(captcha.zoom_out_button, Qt.MouseButton.LeftButton)
    settle(demo_wizard)
    assert captcha.zoom_in_button.isEnabled()


def test_return_on_the_focused_reset_button_resets(
    qtbot: QtBot, wizard: MagistereWizard, simulator: SimulatorServer
) -> None:
    """Step 2/2 opens with the focus on "Réinitialiser mon mot de passe" when the NUMEN is
    known: Return there must press it, as Space does."""
    captcha = go_to_captcha_page(qtbot, wizard)
    qtbot.keyClicks(captcha.code, code_shown_to(wizard, simulator.simulator))
    qtbot.keyClick(captcha.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), ResetStepTwoPage), timeout=10_000)
    step_two = wizard.currentPage()
    assert isinstance(step_two, ResetStepTwoPage)
    qtbot.keyClicks(step_two.identifiant, "jdupont")
    qtbot.keyClicks(step_two.numen.line_edit, JEAN_NUMEN)
    step_two.reset_button.setFocus()
    qtbot.keyClick(step_two.reset_button, Qt.Key.Key_Return)
    wait_idle(qtbot, step_two)
    assert step_two.state.reset_done
    # Done: the fields beside "C'est fait" say whose password it was, and stay so.
    assert step_two.identifiant.isReadOnly()
    assert step_two.numen.line_edit.isReadOnly()
    assert next_button(wizard).isEnabled()


def test_a_refusal_leaves_when_another_password_is_typed(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClicks(page.password.line_edit, "tournesol")
    qtbot.keyClick(page.password.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    assert page.status.message.text().startswith("Mot de passe refusé")
    qtbot.keyClick(page.password.line_edit, "2")
    assert not page.status.message.isVisible()
    assert page.reset_button.isVisible()  # the way out of a forgotten password stays


def test_the_lock_stays_said_while_the_test_is_off(qtbot: QtBot, wizard: MagistereWizard) -> None:
    """After the lock "Tester la connexion" is off: what is typed next never hides why."""
    page = go_to_password_page(qtbot, wizard)
    qtbot.keyClicks(page.identifiant, "jdupont")
    for attempt in range(5):
        page.password.line_edit.clear()
        qtbot.keyClicks(page.password.line_edit, f"mauvais{attempt}")
        qtbot.keyClick(page.password.line_edit, Qt.Key.Key_Return)
        wait_idle(qtbot, page)
    assert "verrouillé" in page.status.message.text()
    qtbot.keyClick(page.password.line_edit, "x")
    assert not page.test_button.isEnabled()
    assert page.status.message.isVisible()
    assert "verrouillé" in page.status.message.text()


def test_return_after_the_default_password_button_tests_it(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.keyClick(page.numen.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    password = wizard.currentPage()
    wait_idle(qtbot, password)
    qtbot.mouseClick(password.default_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    wait_idle(qtbot, password)
    assert password.state.login_succeeded


def _places(page: QWidget) -> dict[str, QRect]:
    window = page.window()
    return {
        f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()}": QRect(
            widget.mapTo(window, widget.rect().topLeft()), widget.size()
        )
        for widget in page.findChildren(QWidget)
        if isinstance(widget, QLineEdit | QAbstractButton)
        and widget.isVisible()
        and not widget.visibleRegion().isEmpty()  # on screen: where the pointer may be
    }


@pytest.mark.parametrize(("text", "screen"), SIZES)
def test_no_field_moves_when_a_result_goes_away(
    qtbot: QtBot, demo_wizard: MagistereWizard, text: str, screen: str
) -> None:
    """Typing after a result clears it, and the page may then fit its window again: its
    scroll bar went away and every line below widened ("NUMEN bien formé…" on two lines
    instead of three): the NUMEN field and "Vérifier en ligne" moved up under the pointer."""
    page = _julie_found_at(qtbot, demo_wizard, text, screen)
    page.first_name.setFocus()  # back up to the first name, as the teacher does
    settle(demo_wizard)
    before = _places(page)
    qtbot.keyClick(page.first_name, "e")
    settle(demo_wizard)
    assert not page.result.isVisible()
    after = _places(page)
    moved = [
        f"{name}: {before[name]} -> {after[name]}"
        for name in before
        if name in after and after[name] != before[name]
    ]
    assert not moved, "\n".join(moved)


def _shortcut_letters(page: QWidget) -> list[tuple[str, QWidget]]:
    """Each label's Alt letter on the page, with the field it names."""
    found = []
    for label in page.findChildren(QLabel):
        buddy = label.buddy()
        text = label.text()
        if buddy is not None and "&" in text and label.isVisible():
            found.append((text[text.index("&") + 1].upper(), buddy))
    return found


def _alt_letters_reach_their_fields(qtbot: QtBot, wizard: MagistereWizard) -> list[str]:
    page = wizard.currentPage()
    missed = []
    for letter, buddy in _shortcut_letters(page):
        wizard.button(QWizard.WizardButton.CancelButton).setFocus()
        qtbot.keyClick(wizard, letter.lower(), Qt.KeyboardModifier.AltModifier)
        focused = QApplication.focusWidget()
        if focused is None or not (focused is buddy or buddy.isAncestorOf(focused)):
            missed.append(f"Alt+{letter}: focus on {type(focused).__name__}, not {buddy}")
    return missed


def test_alt_letters_of_secret_fields_reach_them(qtbot: QtBot, wizard: MagistereWizard) -> None:
    """Alt+U for "NUMEN :", Alt+M for "Mot de passe :": the labels of the masked fields
    (a line edit and its "Afficher" box) moved the focus nowhere."""
    page = go_to_identifiant_page(qtbot, wizard)
    missed = _alt_letters_reach_their_fields(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.keyClick(page.numen.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    password = wizard.currentPage()
    wait_idle(qtbot, password)
    missed += _alt_letters_reach_their_fields(qtbot, wizard)
    qtbot.mouseClick(password.default_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.keyClick(password.password.line_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_idle(qtbot, password)
    qtbot.mouseClick(password.change_now_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), ChangePasswordPage), timeout=10_000)
    missed += _alt_letters_reach_their_fields(qtbot, wizard)
    assert not missed, "\n".join(missed)


def test_the_rules_claim_nothing_before_a_password_is_typed(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """With nothing typed, the change page said "✔ Ne contient pas votre NUMEN", "✔ Différent
    de l'ancien mot de passe"… in green (and "✘ Les deux saisies sont identiques" though both
    were empty): the rules are listed without a verdict until there is something to judge."""
    page = go_to_password_page(qtbot, wizard)
    change = _logged_in_then_change_page(qtbot, wizard, page)
    lines = change.checklist.lines()
    assert any("NUMEN" in line for line in lines)
    assert not any(line.startswith(("✔", "✘")) for line in lines), lines
    qtbot.keyClicks(change.new_password.line_edit, "court")
    lines = change.checklist.lines()
    assert any(line.startswith("✘ Au moins 8 caractères") for line in lines)
    assert any(line.startswith("✔ Ne contient pas votre NUMEN") for line in lines)


@pytest.mark.parametrize(("text", "screen"), SIZES)
def test_the_answer_comes_right_under_the_lookup_once(
    qtbot: QtBot, demo_wizard: MagistereWizard, text: str, screen: str
) -> None:
    """Seen at 150 % and 200 %: under "Vérifier en ligne", "Identifiant confirmé par
    l'académie : jdupont1", then four blank lines (the room kept for the longest probable
    identifiant), then the same answer again with the big identifiant, pushed below the
    window. The answer takes the place of the guess, once, right under the button."""
    page = _julie_found_at(qtbot, demo_wizard, text, screen)
    shown = [
        label.text()
        for label in page.findChildren(QLabel)
        if label.isVisible() and "jdupont1" in label.text()
    ]
    assert len(shown) == 1, f"the answer is written {len(shown)} times: {shown}"
    button_bottom = page.lookup_button.mapTo(page, QPoint(0, page.lookup_button.height())).y()
    answer_top = page.status.message.mapTo(page, QPoint(0, 0)).y()
    line = page.fontMetrics().lineSpacing()
    assert answer_top - button_bottom <= line, (
        f"{(answer_top - button_bottom) / line:.1f} lines between the button and the answer"
    )


#: A new password of 17 characters, as a teacher chose one; a password field shows this many
#: dots whole, so that the teacher can count what was typed (no dots scrolling out of sight).
PASSWORD_DOTS = 20


def _dots_hidden(field: QLineEdit) -> str:
    """How the field fails to show PASSWORD_DOTS dots whole ("" when it shows them)."""
    dot = chr(field.style().styleHint(QStyle.StyleHint.SH_LineEdit_PasswordCharacter, None, field))
    needed = field.fontMetrics().horizontalAdvance(dot * PASSWORD_DOTS)
    frame = field.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, field)
    margins = field.textMargins()
    # What QLineEdit draws text in: inside its frame, its text margins, 2 px each side, and
    # the cursor after the last character.
    room = field.contentsRect().width() - 2 * frame - margins.left() - margins.right() - 4 - 1
    if needed > room:
        return f"{field.accessibleName()}: {PASSWORD_DOTS} dots need {needed} px, it shows {room}"
    return ""


@pytest.mark.parametrize(("text", "screen"), SIZES)
def test_every_dot_of_a_long_password_is_seen(
    qtbot: QtBot, demo_wizard: MagistereWizard, text: str, screen: str
) -> None:
    """Seen on the change page: "Mousquetaire-1625" (17 characters) filled the new password
    field to its edge at 150 %, and its first dots scrolled out of sight at 200 %: the teacher
    could not count what was typed, nor see a doubled key. Every password field shows 20."""
    _at(demo_wizard, text, screen)
    page = go_to_password_page(qtbot, demo_wizard)
    settle(demo_wizard)
    hidden = [_dots_hidden(page.password.line_edit)]
    change = _logged_in_then_change_page(qtbot, demo_wizard, page)
    qtbot.keyClicks(change.new_password.line_edit, "Mousquetaire-1625")
    settle(demo_wizard)
    hidden += [
        _dots_hidden(field.line_edit)
        for field in (change.old_password, change.new_password, change.confirmation)
    ]
    hidden = [problem for problem in hidden if problem]
    assert not hidden, "\n".join(hidden)
    assert demo_wizard.width() <= SCREENS[screen].width()

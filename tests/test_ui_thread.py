"""What could pause the window runs off the UI thread (the pauses themselves are measured by
benchmarks/run.py, not here: no timed assertion in a test).

The client is made in the background before the first click (its TLS context reads the
system's certificates); the keychain is read and written by workers (a keychain may ask its
own unlock question, or answer slowly over D-Bus).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from accounts import JEAN_NUMEN
from helpers import BrowserSpy, MemoryKeyring
from magistere_gui import keychain
from magistere_gui.client import AcademieClient, SiteProfile
from magistere_gui.gui.navigation import PageId
from magistere_gui.gui.pages.done import DonePage
from magistere_gui.gui.turns import paint_in_next_turn
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.gui.worker import TaskRunner
from stories import (
    fill_identity,
    go_to_identifiant_page,
    go_to_password_page,
    next_button,
    wait_idle,
)


class WatchedKeyring(MemoryKeyring):
    """A real keyring back-end that notes which thread asks it."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[threading.Thread] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.append(threading.current_thread())
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.threads.append(threading.current_thread())
        super().set_password(service, username, password)


@pytest.fixture
def watched_keyring() -> Iterator[WatchedKeyring]:
    previous = keyring.get_keyring()
    backend = WatchedKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_client_is_made_in_the_background_before_the_first_click(
    qtbot: QtBot, french: QApplication, profile: SiteProfile, browser: BrowserSpy
) -> None:
    made_in: list[threading.Thread] = []
    clients: list[AcademieClient] = []

    def make_client() -> AcademieClient:
        made_in.append(threading.current_thread())
        clients.append(AcademieClient(profile))
        return clients[-1]

    wizard = MagistereWizard(make_client, profile)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: bool(made_in), timeout=10_000)  # nobody clicked yet
    assert made_in[0] is not threading.main_thread()

    page = go_to_identifiant_page(qtbot, wizard)
    fill_identity(qtbot, page, "Jean", "Dupont", JEAN_NUMEN)
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert page.result.text() == "jdupont"
    assert len(made_in) == 1  # the same client, made once
    wizard.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    clients[0].close()


def test_the_keychain_is_read_and_written_off_the_ui_thread(
    qtbot: QtBot, wizard: MagistereWizard, watched_keyring: WatchedKeyring
) -> None:
    page = go_to_password_page(qtbot, wizard)
    wait_idle(qtbot, page)
    qtbot.keyClicks(page.identifiant, "jdupont")
    qtbot.keyClicks(page.password.line_edit, JEAN_NUMEN)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), DonePage), timeout=10_000)
    assert watched_keyring.entries == {(keychain.SERVICE, keychain.IDENTIFIANT_KEY): "jdupont"}
    assert len(watched_keyring.threads) >= 2  # read on arrival, written on Next
    assert all(thread is not threading.main_thread() for thread in watched_keyring.threads)


class PaintCounter(QObject):
    """Counts the paints a window's update requests bring (what the teacher sees change)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.paints = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.UpdateRequest:
            self.paints += 1
        return False


class TurnCounter(QObject):
    """Counts the event loop's turns (a zero-interval timer fires once in each) and notes the
    turn of each paint of ``painted`` (a paint really drawn, not a request for one)."""

    def __init__(self, painted: QWidget) -> None:
        super().__init__(painted)
        self.turn = 0
        self.paint_turns: list[int] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_turn)
        self._timer.start()
        painted.installEventFilter(self)

    def _next_turn(self) -> None:
        self.turn += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.paint_turns.append(self.turn)
        return False


def test_a_new_page_is_laid_out_then_painted_in_the_next_turn(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    """Clicking Next, the window lays the new page out, answers whatever came meanwhile (a
    key, a screen reader's question), then paints: never both in one stretch over a frame."""
    qtbot.wait(100)  # the window's first paints are over
    page = wizard.page_at(PageId.IDENTIFIANT)
    counter = TurnCounter(wizard)
    shown_in_turn: list[int] = []

    def shown(_page_id: int) -> None:
        shown_in_turn.append(counter.turn)
        counter.paint_turns.clear()  # the button drawn pressed was painted before

    wizard.currentIdChanged.connect(shown)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(counter.paint_turns))
    assert wizard.currentPage() is page
    assert counter.paint_turns[0] > shown_in_turn[0]  # a turn in between
    assert counter.paint_turns[0] <= shown_in_turn[0] + 2  # and no later than the next one


class LayoutTurns(QObject):
    """Notes the turn in which ``widget``'s layout is done (its layout request handled)."""

    def __init__(self, widget: QWidget, counter: TurnCounter) -> None:
        super().__init__(widget)
        self.turns: list[int] = []
        self._counter = counter
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest:
            self.turns.append(self._counter.turn)
        return False


def shown_column(qtbot: QtBot, shown: str, hidden: str) -> tuple[QWidget, QLabel]:
    """A window of two lines, the second hidden (an answer, or "busy", to come), with room
    for it: the window keeps its size when it shows, as the wizard does. Its first paints over."""
    window = QWidget()
    column = QVBoxLayout(window)
    column.addWidget(QLabel(shown))
    to_come = QLabel(hidden)
    to_come.hide()
    column.addWidget(to_come)
    window.resize(600, 400)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    return window, to_come


def test_an_answer_is_laid_out_then_painted_in_the_next_turn(qtbot: QtBot) -> None:
    window, answer = shown_column(qtbot, "Connexion au site de l'académie…", "")
    counter = TurnCounter(window)
    layouts = LayoutTurns(window, counter)
    runner = TaskRunner(window)
    shown_in_turn: list[int] = []

    def show(text: object) -> None:
        answer.setText(str(text))
        answer.show()  # the column is laid out again
        shown_in_turn.append(counter.turn)
        counter.paint_turns.clear()
        layouts.turns.clear()

    runner.succeeded.connect(show)
    runner.start(lambda: "L'académie confirme votre identifiant : jdupont.")
    qtbot.waitUntil(lambda: bool(shown_in_turn) and bool(counter.paint_turns))
    assert answer.isVisible()
    assert layouts.turns
    assert counter.paint_turns
    assert counter.paint_turns[0] > layouts.turns[0]  # a turn in between
    assert counter.paint_turns[0] <= layouts.turns[0] + 2


def test_a_click_that_starts_a_call_is_laid_out_then_painted_in_the_next_turn(
    qtbot: QtBot,
) -> None:
    """ "Vérifier" shows "Connexion au site de l'académie…" and its progress bar: the page is
    laid out in one turn, painted in the next."""
    window, busy = shown_column(qtbot, "Votre mot de passe", "Connexion au site de l'académie…")
    counter = TurnCounter(window)
    layouts = LayoutTurns(window, counter)
    runner = TaskRunner(window)
    counter.paint_turns.clear()
    busy.show()  # what the click changed
    runner.start(lambda: "answered")
    qtbot.waitUntil(lambda: bool(layouts.turns) and bool(counter.paint_turns))
    assert counter.paint_turns[0] > layouts.turns[0]  # a turn in between
    qtbot.waitUntil(lambda: not runner.busy)


class SubmissionWatch(QThreadPool):
    """A thread pool noting how many paints ``counter`` had seen when each call was handed to
    it (on the UI thread: no race with the call itself)."""

    def __init__(self, counter: TurnCounter) -> None:
        super().__init__()
        self.paints_at_submission: list[int] = []
        self._counter = counter

    def start(self, runnable: QRunnable) -> None:  # type: ignore[override]
        self.paints_at_submission.append(len(self._counter.paint_turns))
        super().start(runnable)


def test_a_call_begun_while_the_paint_is_put_off_waits_for_the_real_paint(
    qtbot: QtBot,
) -> None:
    window = QLabel("Vérifier")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    counter = TurnCounter(window)
    paint_in_next_turn(window)  # as a page change does
    pool = SubmissionWatch(counter)
    runner = TaskRunner(window, pool=pool)
    runner.start(lambda: "answered")
    window.setText("Connexion au site de l'académie…")
    qtbot.waitUntil(lambda: not runner.busy)
    pool.waitForDone(2_000)
    assert pool.paints_at_submission == [1]


def test_a_call_begins_once_the_window_shows_the_click(qtbot: QtBot) -> None:
    """A worker running Python while the window paints makes both take turns with the
    interpreter: the click would show late. The call waits for the paint the click brought
    (its "busy" state), whatever the UI thread does before it returns to the event loop."""
    window = QLabel("Vérifier")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    counter = PaintCounter(window)
    runner = TaskRunner(window)
    paints_seen_by_the_call: list[int] = []
    runner.start(lambda: paints_seen_by_the_call.append(counter.paints))
    window.setText("Connexion au site de l'académie…")  # what the click changed
    time.sleep(0.2)  # the UI thread still busy: a call begun at once would run meanwhile
    qtbot.waitUntil(lambda: not runner.busy)
    assert len(paints_seen_by_the_call) == 1
    assert paints_seen_by_the_call[0] >= 1


def test_a_call_of_an_unchanged_or_hidden_window_still_begins(qtbot: QtBot) -> None:
    hidden = QLabel("hidden")
    qtbot.addWidget(hidden)
    shown = QLabel("unchanged")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    for owner in (hidden, shown):
        runner = TaskRunner(owner)
        with qtbot.waitSignal(runner.succeeded, timeout=2_000) as answered:
            runner.start(lambda: "answered")
        assert answered.args == ["answered"]


def test_a_call_stopped_before_the_paint_never_begins(qtbot: QtBot) -> None:
    window = QLabel("Vérifier")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    runner = TaskRunner(window)
    ran = threading.Event()
    runner.start(ran.set)
    window.setText("Arrêté.")
    assert runner.cancel() is False  # nothing was sent, and the page may say so
    qtbot.wait(TaskRunner.PAINT_WAIT_MS * 3)
    assert not ran.is_set()

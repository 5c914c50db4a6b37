"""One small helper that runs a client call off the UI thread.

Why: the UI thread must never wait on the network. A page starts a call,
shows it is busy, and gets ``succeeded`` or ``failed`` back on the UI
thread (queued signal). Cancelling, or starting a new call, makes any
result still on its way stale: it is dropped, never shown. It also stops
the call itself: each call runs with its own cancellation token, and the
client cuts that call's connection when it is cancelled, so a stopped call
frees its thread at once and can never hold up the next one.

A call begins once the window has painted what the click changed (the page, "busy"): a
worker running Python while the UI thread lays out and paints makes the two take turns
with the interpreter, and the teacher's click shows late (measured: the security-code
page's first paint went from about 4 ms to 8-16 ms when its call began at once).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from magistere_gui.client.cancellation import Cancellation, cancellable
from magistere_gui.gui.turns import paint_in_next_turn, paint_on_its_way, paint_put_off

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a finished call from the worker thread to the runner (queued connection)."""

    finished = Signal(int, bool, object)


class _Call(QRunnable):
    def __init__(
        self,
        function: Callable[[], Any],
        generation: int,
        relay: _Relay,
        cancellation: Cancellation,
        began: threading.Event,
    ) -> None:
        super().__init__()
        self._function = function
        self._generation = generation
        self._relay = relay
        self._cancellation = cancellation
        self._began = began

    def run(self) -> None:
        self._began.set()  # before the check: a stop that does not see it sees the check fail
        if self._cancellation.cancelled:  # stopped before it began: nothing is sent
            return
        try:
            with cancellable(self._cancellation):
                value = self._function()
        except Exception as error:  # every failure goes back to the page, none is lost
            if not _is_expected(error):
                log.error("unexpected %s in a background call", type(error).__name__)
            self._relay.finished.emit(self._generation, False, error)
        else:
            self._relay.finished.emit(self._generation, True, value)


def _is_expected(error: Exception) -> bool:
    from magistere_gui.client import MagistereError
    from magistere_gui.rules import InvalidNumenError

    return isinstance(error, MagistereError | InvalidNumenError)


class _AfterNextPaint(QObject):
    """Calls ``then`` once ``window`` has painted (its next update request is handled), or
    after ``longest_ms`` when nothing is to be painted (the window unchanged or hidden).
    Destroyed with its ``owner``: then it never calls."""

    def __init__(
        self, window: QWidget, then: Callable[[], None], longest_ms: int, owner: QObject
    ) -> None:
        super().__init__(owner)
        self._window = window
        self._then: Callable[[], None] | None = then
        self._longest_ms = longest_ms
        window.installEventFilter(self)
        QTimer.singleShot(longest_ms, self, self._waited_longest)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.UpdateRequest and not paint_put_off(self._window):
            QTimer.singleShot(0, self, self._fire)  # runs once this paint is over
        return False

    def _waited_longest(self) -> None:
        """No paint came in time: nothing to paint, unless one was put off to the next turn
        (the UI thread busy past the wait, the put-off request is still in the queue)."""
        if paint_on_its_way(self._window):
            QTimer.singleShot(self._longest_ms, self, self._waited_longest)
            return
        self._fire()

    def _fire(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._window.removeEventFilter(self)
            self.deleteLater()
            then()


class TaskRunner(QObject):
    """Runs one call at a time for one page. Results of superseded calls are dropped."""

    succeeded = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    #: The longest a call waits for its window's paint (ms): when the click changed nothing
    #: on screen no paint comes, and a call must not wait more than about three frames.
    PAINT_WAIT_MS = 50

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._generation = 0
        self._cancellation = Cancellation()
        self._busy = False
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._began = threading.Event()  # set by the current call when it starts

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, function: Callable[[], Any]) -> None:
        """Run ``function`` off the UI thread; a call still running for this page is stopped."""
        self._cancellation.cancel()
        self._cancellation = Cancellation()
        self._generation += 1
        self._set_busy(True)
        self._began = threading.Event()
        call = _Call(function, self._generation, self._relay, self._cancellation, self._began)
        window = self._window()
        if window is None:
            self._pool.start(call)
        else:
            paint_in_next_turn(window)  # "busy" laid out with the click's changes, then painted
            generation = self._generation
            _AfterNextPaint(
                window, lambda: self._submit(call, generation), self.PAINT_WAIT_MS, self
            )

    def _window(self) -> QWidget | None:
        """The shown window whose paint a call waits for, if this runner belongs to one."""
        owner = self.parent()
        window = owner.window() if isinstance(owner, QWidget) else None
        return window if window is not None and window.isVisible() else None

    def _submit(self, call: _Call, generation: int) -> None:
        if generation == self._generation:  # not stopped nor superseded meanwhile
            self._pool.start(call)

    def cancel(self) -> bool:
        """Stop the running call (its connection is cut); its result, if any comes, is dropped.

        True when the call had begun (it may have sent something), False when it never will."""
        if self._busy:
            log.debug("call cancelled; its result will be dropped")
        self._cancellation.cancel()
        began = self._busy and self._began.is_set()
        self._generation += 1
        self._set_busy(False)
        return began

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    @Slot(int, bool, object)
    def _on_finished(self, generation: int, ok: bool, value: object) -> None:
        if generation != self._generation:
            log.debug("dropped the result of a superseded call")
            return
        self._set_busy(False)
        owner = self.parent()
        if isinstance(owner, QWidget):  # the answer shown now, laid out, then painted
            paint_in_next_turn(owner)
        (self.succeeded if ok else self.failed).emit(value)

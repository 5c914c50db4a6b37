"""Big changes shown in two turns of the event loop: laid out in one, painted in the next.

Why: the UI thread must never be busy for more than a frame (16 ms), or a key pressed, a
screen reader's question (AT-SPI over D-Bus) or the progress bar waits. Qt lays a change
out and paints it in the same turn: it handles the window's update request, posted while
the change was made, together with the layouts. A new page or an answer with its layouts
and paint took 10-19 ms in one go on this project's test machine; in two turns, each is
about half (benchmarks/run.py, "pauses"), with whatever came in handled in between. Nothing
is shown later than a frame: the paint comes at the very next turn.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

_OBJECT_NAME = "paintInNextTurn"


class _PaintInNextTurn(QObject):
    """Once armed, its window's next update request is posted again instead of handled: the
    request in the queue covers whatever changes until it is handled."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_OBJECT_NAME)
        self._window = window
        self._armed = False
        self._reposted = False  # a request put off is in the queue, not yet handled

    @property
    def armed(self) -> bool:
        return self._armed

    @property
    def reposted(self) -> bool:
        return self._reposted

    def arm(self) -> None:
        self._armed = True
        self._window.installEventFilter(self)  # again: first of its filters (Qt moves it)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self._window or event.type() != QEvent.Type.UpdateRequest:
            return False
        if not self._armed:  # the request put off, handled now: the paint is under way
            self._reposted = False
            self._window.removeEventFilter(self)
            return False
        self._armed = False
        self._reposted = True
        QCoreApplication.postEvent(
            self._window,
            QEvent(QEvent.Type.UpdateRequest),
            Qt.EventPriority.LowEventPriority.value,
        )
        return True


def _keeper(window: QWidget) -> _PaintInNextTurn | None:
    return window.findChild(
        _PaintInNextTurn, _OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly
    )


def paint_in_next_turn(widget: QWidget) -> None:
    """What was just changed in ``widget``'s window is laid out in the event loop's next turn
    and painted in the turn after (at once if the window is hidden: nothing to paint)."""
    window = widget.window()
    if not window.isVisible():
        return
    keeper = _keeper(window)
    if keeper is None:
        keeper = _PaintInNextTurn(window)
    keeper.arm()


def paint_put_off(window: QWidget) -> bool:
    """Whether ``window``'s next update request is to be posted again, not handled: one who
    waits for the paint waits for the next request."""
    keeper = _keeper(window)
    return keeper is not None and keeper.armed


def paint_on_its_way(window: QWidget) -> bool:
    """Whether a request of ``window`` was put off and is still in the queue: its paint comes
    when the event loop next turns, however long the UI thread was busy meanwhile."""
    keeper = _keeper(window)
    return keeper is not None and keeper.reposted

"""Where the keyboard focus goes when the control holding it is turned off or hidden.

Why: Qt hands the focus of a control that is disabled or hidden to the next
control in the Tab order, and a screen reader says that control. Pressing
"Vérifier" then announced "Je ne connais pas mon NUMEN" before the result;
pressing "Arrêter" jumped to whatever followed it. A widget that turns its own
controls off does it inside ``keeper.redirect(target)``, and overrides
``focusNextPrevChild`` to ask ``keeper.take()`` first: Qt asks every parent of
the control losing the focus, so the focus goes to ``target`` (the status
line) instead, and only when it really had to move.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


class FocusKeeper:
    def __init__(self) -> None:
        self._target: QWidget | None = None

    @contextmanager
    def redirect(self, target: QWidget) -> Iterator[None]:
        """Inside this block, focus lost by a control being turned off goes to ``target``."""
        previous, self._target = self._target, target
        try:
            yield
        finally:
            self._target = previous

    def take(self) -> bool:
        """Give the focus to the target, if one is set and can have it (Qt's move is then
        not made)."""
        target = self._target
        if target is None or not target.isVisible() or not target.isEnabled():
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

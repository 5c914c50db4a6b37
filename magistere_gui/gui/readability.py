"""Text large enough to read, and larger on demand (Ctrl++ / Ctrl+-), kept between runs.

Why: most teachers using this are not at ease with computers and some see
poorly (WCAG 1.4.4: text resizable to 200 %). The base size is at least 11
points, or the system's size when it is larger; the chosen size is kept in
the program's settings (a size, nothing personal).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

MINIMUM_POINTS = 11.0
MAXIMUM_POINTS = 26.0
_SETTING = "display/text_points"


class _TextSize(QObject):
    #: The new base size in points; widgets with a size of their own follow it.
    changed = Signal(float)


_text_size: _TextSize | None = None


def text_size() -> _TextSize:
    global _text_size
    if _text_size is None:
        _text_size = _TextSize()
    return _text_size


def _settings() -> QSettings:
    return QSettings("magistere-gui", "magistere-gui")


def set_text_points(points: float) -> None:
    """Set the base text size for the whole program (what Ctrl++ and Ctrl+- do), unsaved."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        font = app.font()
        font.setPointSizeF(points)
        app.setFont(font)
        text_size().changed.emit(points)


def readable_points(system_points: float) -> float:
    """The size to start with: the one chosen before, else the system's, at least 11 points."""
    saved = _settings().value(_SETTING)
    try:
        chosen = float(saved) if saved is not None else 0.0
    except (TypeError, ValueError):
        chosen = 0.0
    start = chosen or system_points
    return max(MINIMUM_POINTS, min(MAXIMUM_POINTS, start))


_system_points: float | None = None


def install_text_size(window: QWidget) -> None:
    """Base size now, and Ctrl++ / Ctrl+- (Ctrl+= too) on ``window`` to change and keep it;
    Ctrl+0 goes back to the starting size (the system's, at least 11 points)."""
    global _system_points
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_points is None:  # before any size of ours is applied
        _system_points = app.font().pointSizeF()
    set_text_points(readable_points(app.font().pointSizeF()))

    def change(step: float) -> None:
        points = max(MINIMUM_POINTS, min(MAXIMUM_POINTS, app.font().pointSizeF() + step))
        set_text_points(points)
        _settings().setValue(_SETTING, points)

    def reset() -> None:
        _settings().remove(_SETTING)
        set_text_points(readable_points(_system_points or MINIMUM_POINTS))

    QShortcut(QKeySequence("Ctrl+0"), window).activated.connect(reset)

    for sequence, step in (
        (QKeySequence.StandardKey.ZoomIn, 1.0),
        (QKeySequence("Ctrl+="), 1.0),
        (QKeySequence.StandardKey.ZoomOut, -1.0),
    ):
        shortcut = QShortcut(sequence, window)
        shortcut.activated.connect(lambda step=step: change(step))


def text_points() -> float:
    app = QApplication.instance()
    return app.font().pointSizeF() if isinstance(app, QApplication) else 0.0

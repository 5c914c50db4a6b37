"""What a screen reader hears: announcements, read-only values that can be reached, and lists.

Why one module: every result and status change must be spoken (WCAG 4.1.3),
errors at once (assertive), other news when the reader is idle (polite). Qt
6.8+ sends ``QAccessibleAnnouncementEvent`` to Orca (AT-SPI) and NVDA/Narrator
(UI Automation). Each announcement is also emitted as a signal, so the tests
can hear what a screen-reader user hears.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QListWidgetItem, QWidget


class _Announcer(QObject):
    #: The text spoken, and whether it interrupts (errors) or waits (other news).
    announced = Signal(str, bool)


_announcer: _Announcer | None = None


def announcer() -> _Announcer:
    global _announcer
    if _announcer is None:
        _announcer = _Announcer()
    return _announcer


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have the screen reader say ``text`` (about ``widget``), now if ``assertive``."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    announcer().announced.emit(text, assertive)


TONE_COLOURS = {"error": "#a40000", "success": "#1a6b1a", "warn": "#7a5600"}


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour a line by its meaning (error, success), through the palette: a style sheet would
    stop the widget from following the text size the teacher chooses."""
    palette = widget.palette()
    colour = TONE_COLOURS.get(tone)
    default = QApplication.palette(widget).color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour) if colour else default)
    widget.setPalette(palette)
    widget.setProperty("tone", tone)


class ValueField(QLineEdit):
    """A value to read and copy (the identifiant): read-only, selectable, a Tab stop, and read
    by screen readers as its name then its value (a QLabel's name would hide its text)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # Qt's namespace is slow to load: not before the first page

        super().__init__(parent)
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(accessible_name)
        self.setFrame(False)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)
        self._follow_text_size(QApplication.font().pointSizeF())
        from magistere_gui.gui.readability import text_size

        text_size().changed.connect(self._follow_text_size)

    def _follow_text_size(self, points: float) -> None:
        """Bold, 6.6 points larger than the text (1.6 times the 11-point base): follows Ctrl++ /
        Ctrl+- like every other text, and a long identifiant still fits a small window whole
        at 200 % text."""
        font = QFont(QApplication.font())
        font.setPointSizeF(points + 6.6)
        font.setBold(True)
        self.setFont(font)


class ReadingList(QListWidget):
    """Lines a screen reader must read one by one (rules, summary, accounts): each is an item."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self._fits = False

    def set_lines(self, lines: list[tuple[str, str]], *, fit_height: bool = True) -> None:
        """Each line as (state, text): state "ok", "fail", "warn" or "" (colour and sign)."""
        self.clear()
        signs = {"ok": ("✔", "#1a6b1a"), "fail": ("✘", "#a40000"), "warn": ("⚠", "#7a5600")}
        for state, text in lines:
            sign, colour = signs.get(state, ("", ""))
            item = QListWidgetItem(f"{sign} {text}".strip())
            if colour:
                item.setForeground(QColor(colour))
            self.addItem(item)
        self._fits = fit_height
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for its lines (up to 10) as they wrap at the list's width: a rule that
        takes two lines at large text is never hidden below the list's edge."""
        if not self._fits:
            return
        shown = [
            self.visualItemRect(self.item(row)).height() for row in range(min(10, self.count()))
        ]
        height = sum(shown) or self.fontMetrics().lineSpacing() + 8
        self.setFixedHeight(height + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._fits:  # narrower, its lines wrap: once they are laid out at the new width
            QTimer.singleShot(0, self, self._fit_height)

    def lines(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

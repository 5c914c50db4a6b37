"""What a screen reader hears: focus, results, secret fields, read-only values and lists.

Why one module: every result and status change must be spoken (WCAG 4.1.3), once,
by the screen readers teachers have, and a NUMEN or a password never. Checked with
the real GNOME Orca 43 (Debian 12) and 48 (Debian 13) in tests/test_orca.py. What Qt
alone gets wrong:

- Focus into a line edit is silent: Qt's line edit selects its text on Tab, and the
  caret event of that selection reaches Orca before the focus event, so Orca moves its
  focus there quietly and drops the focus event as old news. :func:`report_focus` has
  the text selected only once the focus event is out.
- A password field's typed characters travel in clear in Qt's AT-SPI text events
  (``QAccessibleTextInsertEvent`` carries the real text), and Orca speaks them. A secret
  field gets an accessible of its own (:func:`mark_secret`): a password text with no
  text interface, so no text event, and nothing to read, ever leaves the program.
- ``QAccessibleAnnouncementEvent`` (Qt 6.8) is spoken by Orca 46 but not by Orca 43.
  :func:`announce` therefore says nothing more when the text is already carried by
  the focused control (its name or description: every reader speaks those), and
  otherwise uses what every AT-SPI reader speaks, a notification line; elsewhere
  (UI Automation, macOS) the announcement. A text is thus spoken once, never twice.

Each announcement is also emitted as a signal, so the tests hear what a
screen-reader user hears.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QColor,
    QFont,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
    QWizardPage,
)

# AT-SPI (Linux): the readers there speak a notification role; the announcement event
# would make Orca 46 and later (48 is tested) say the same text a second time.
_ATSPI = sys.platform.startswith("linux")
_SECRET = "magistere_secret"
_SPEAKER = "magistere_speaker"
_PICTURE = "magistere_picture"
_DESCRIBES = "magistere_describes"
_FIRST_PAGE = "magistere_first_page"


class _Announcer(QObject):
    # The text spoken, and whether it interrupts (errors) or waits (other news).
    announced = Signal(str, bool)


_announcer: _Announcer | None = None


def announcer() -> _Announcer:
    global _announcer
    if _announcer is None:
        _announcer = _Announcer()
    return _announcer


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have the screen reader say ``text`` (about ``widget``) once, now if ``assertive``.

    Decided when the event loop turns, after the caller moved the focus: a text the
    focused control already says (its name or description) is not said again, and
    nothing is said for a widget that is not on screen (a page being built)."""
    if not text:
        return
    announcer().announced.emit(text, assertive)
    if text in _pending:
        return  # the same news twice in one turn of the event loop is said once
    _pending.add(text)
    QTimer.singleShot(0, widget, lambda: _speak(widget, text, assertive))


_pending: set[str] = set()


def _speak(widget: QWidget, text: str, assertive: bool) -> None:
    _pending.discard(text)
    if not widget.isVisible() or _focus_says(text):
        return
    if _ATSPI and QApplication.platformName() in ("xcb", "wayland"):  # a desktop, not offscreen
        _install_factory()
        _Speaker(widget.window()).say(text)
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def _focus_says(text: str) -> bool:
    """True when the focused control's name or description already holds ``text``."""
    focused = QApplication.focusWidget()
    if focused is None:
        return False
    said = [focused.accessibleName(), focused.accessibleDescription()]
    if isinstance(focused, QLabel):
        said.append(focused.text())
    return any(text in part for part in said if part)


class _Speaker(QLabel):
    """A notification for AT-SPI readers, one per text (Orca reads the name when it gets to
    the event: a reused one could say the next text twice): spoken by Orca 43 and 46
    alike. A window of its own (one pixel, never focused), so that Orca says the text
    alone and not the whole dialog around it; it draws nothing (its text is its
    accessible name only), and goes after a minute."""

    def __init__(self, window: QWidget) -> None:
        from PySide6.QtCore import Qt  # Qt's namespace is slow to load: not before the first page

        super().__init__(window)
        self._window = window
        self.setObjectName(_SPEAKER)
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
            | Qt.WindowType.WindowTransparentForInput
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFixedSize(1, 1)
        self.hide()

    def say(self, text: str) -> None:
        self.setAccessibleName(text)
        self.move(self._window.geometry().topLeft())
        self.show()
        QTimer.singleShot(60_000, self, self.deleteLater)


class _Notification(QAccessibleWidget):
    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.widget().accessibleName()
        return str(super().text(kind))


class _SecretText(QAccessibleWidget):
    """A NUMEN or password field as assistive technologies see it: a password text, its
    name and description, and no text interface, so neither its content nor Qt's text
    events (which carry what is typed in clear) reach them."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.EditableText)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.passwordEdit = True
        state.editable = True
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            return ""
        return str(super().text(kind))


class _ValueText(QAccessibleWidget):
    """A value to read (the identifiant, :class:`ValueField`) as assistive technologies see
    it: a focusable label whose name is the value, read after its buddy label ("Votre
    identifiant : jdupont1").

    Why not Qt's line edit: Orca 43 reads a line edit's text by the attribute runs Qt reports,
    and Qt's line edit reports an empty run at the last character: "jdupont1" was heard
    "jdupont", someone else's identifiant. A label's name is read whole by every Orca."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.StaticText)

    def text(self, kind: QAccessible.Text) -> str:
        field = self.widget()
        if kind == QAccessible.Text.Name and isinstance(field, QLineEdit):
            return field.text() or field.accessibleName()
        return str(super().text(kind))


class _Page(QAccessibleWidget):
    """A wizard page as a named group: Orca says a group's name when the focus comes into it
    from outside (the wizard's buttons), so the title is heard before the first field; a
    plain page is a filler, which Orca skips."""

    def text(self, kind: QAccessible.Text) -> str:
        page = self.widget()
        if isinstance(page, QWizardPage):
            if kind == QAccessible.Text.Name:
                return page.title()
            if kind == QAccessible.Text.Description:
                return page.subTitle()
        return str(super().text(kind))


class _FeedbackLine(QAccessibleWidget):
    """A feedback line under a field, whose text is also that field's description: told to
    be the field's description, so that Orca, entering the page, does not read it among the
    page's loose labels and then once more with the field."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.StaticText)

    def text(self, kind: QAccessible.Text) -> str:
        label = self.widget()
        if kind == QAccessible.Text.Name and isinstance(label, QLabel):
            return label.accessibleName() or label.text()
        return str(super().text(kind))

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        field = self.widget().property(_DESCRIBES)
        described = QAccessible.queryAccessibleInterface(field) if field else None
        if described is None or not match & QAccessible.RelationFlag.DescriptionFor:
            return []
        return [(described, QAccessible.RelationFlag.DescriptionFor)]


def _factory(_class_name: str, candidate: QObject) -> QAccessibleInterface | None:
    if isinstance(candidate, QLineEdit) and candidate.property(_SECRET):
        return _SecretText(candidate)
    if isinstance(candidate, ValueField):
        return _ValueText(candidate)
    if isinstance(candidate, QLabel) and candidate.property(_DESCRIBES):
        return _FeedbackLine(candidate)
    if isinstance(candidate, QLabel) and candidate.property(_PICTURE):
        return QAccessibleWidget(candidate, QAccessible.Role.Graphic)
    if isinstance(candidate, _Speaker):
        return _Notification(candidate, QAccessible.Role.Notification)
    if isinstance(candidate, QWizardPage) and candidate.property(_FIRST_PAGE):
        return _Page(candidate, QAccessible.Role.Form)
    if isinstance(candidate, QWizardPage):
        return _Page(candidate, QAccessible.Role.Grouping)
    return None


_factory_installed = False


def _install_factory() -> None:
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True


def name_pages() -> None:
    """Wizard pages are read as groups named by their titles (call before the first page)."""
    _install_factory()


def mark_first_page(page: QWizardPage) -> None:
    """``page`` is the one on screen when the window opens: read as a form (its name only)
    rather than a group (its name and loose texts). Orca reads the whole window as it opens,
    this page's texts included; Orca 43 then read them again with the group the focus comes
    into, and Orca 48 the page's subtitle again. Call it before the page is first shown."""
    _install_factory()
    page.setProperty(_FIRST_PAGE, True)


def mark_picture(label: QLabel) -> None:
    """Read ``label`` as an image with its name and description, and make it a Tab stop
    (a label showing a picture is otherwise read as an empty label)."""
    from PySide6.QtCore import Qt

    _install_factory()
    label.setProperty(_PICTURE, True)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def mark_feedback_line(label: QLabel, field: QWidget) -> None:
    """``label`` shows what :func:`describe` tells of ``field``: read as its description,
    not as one more text of the page. Call it before the label is first shown."""
    _install_factory()
    label.setProperty(_DESCRIBES, field)


def mark_secret(line_edit: QLineEdit) -> None:
    """Expose ``line_edit`` as a password text that tells nothing of its content. Call it
    before the field is first shown (Qt keeps the first accessible it makes)."""
    _install_factory()
    line_edit.setProperty(_SECRET, True)


class _FocusReporter(QObject):
    """Lets a line edit's focus be heard (see the module's docstring), and applies a
    description held back while the field had the focus.

    Qt's line edit selects its text when Tab brings the focus, and that selection's caret
    event reaches Orca before the focus event: Orca then takes the field as focused without
    a word. The focus event is handed on as if it came from elsewhere (no selection), and
    the text is selected just after, once the focus has been told."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtGui import QFocusEvent

        if not isinstance(watched, QLineEdit) or not isinstance(event, QFocusEvent):
            return False
        if event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, watched, lambda: _apply_held_description(watched))
            return False
        selecting = (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        if event.type() != QEvent.Type.FocusIn or event.reason() not in selecting:
            return False
        QCoreApplication.sendEvent(
            watched, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason)
        )
        # A read-only value (the identifiant) is left unselected: read as its value, not as a
        # selection ("… sélectionné", then "Texte désélectionné" when leaving it, on Orca 43).
        if not watched.hasSelectedText() and not watched.isReadOnly():
            QTimer.singleShot(0, watched, watched.selectAll)
        return True


_reporter: _FocusReporter | None = None


def report_focus(root: QWidget) -> None:
    """Have focus into every line edit under ``root`` (``root`` included) heard, and its
    label heard without its mnemonic marker.

    A form's label gets its text before its buddy (``QFormLayout.addRow``), so the name Qt
    sends then still holds the "&" ("P&rénom"); Orca 48 keeps that name and reads it with
    the field. Once the buddy is set the name is sent again (Qt strips the "&" from a buddy
    label's name)."""
    global _reporter
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and "&" in label.text():
            QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.NameChanged))
    if _reporter is None:
        _reporter = _FocusReporter()
    from magistere_gui.gui.keys import line_edits_under

    for field in line_edits_under(root):
        field.installEventFilter(_reporter)


_HELD = "magistere_held_description"
_MEANING = "magistere_description_meaning"


def describe(field: QWidget, text: str, meaning: str) -> None:
    """Make ``text`` the field's description (read with the field), spoken while typing only
    when its ``meaning`` changes: a focused field's new description is read at once by
    Orca, and a new sentence at each key is noise. Otherwise it is applied when the focus
    leaves (the field needs :func:`report_focus`)."""
    changed = field.property(_MEANING) != meaning
    field.setProperty(_MEANING, meaning)
    if field.hasFocus() and not changed:
        field.setProperty(_HELD, text)
        return
    field.setProperty(_HELD, None)
    field.setAccessibleDescription(text)


def _apply_held_description(field: QWidget) -> None:
    held = field.property(_HELD)
    if isinstance(held, str) and not field.hasFocus():
        field.setProperty(_HELD, None)
        field.setAccessibleDescription(held)


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
    """A value to read and copy (the identifiant): read-only, selectable, a Tab stop; screen
    readers get a label named by its value, read after its buddy label (see ``_ValueText``)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # Qt's namespace is slow to load: not before the first page

        _install_factory()  # before Qt makes (and keeps) its own accessible for it
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

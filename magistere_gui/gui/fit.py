"""What keeps a page whole at any text size and on a small screen.

Buttons whose text wraps, rows that flow onto a new line, feedback lines that keep their
room, fields as wide as what they hold. Light on imports: the welcome page uses it before
anything else is loaded. Checked by tests/test_layout.py at 100 %, 150 % and 200 % text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Not Qt's namespace (``Qt``): it is slow to load, and the first page must show first. The
# methods that need it import it when they run.
from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

_MNEMONIC = 0x0800  # Qt.TextFlag.TextShowMnemonic


def _shown_size(metrics: QFontMetrics, text: str, flags: int = _MNEMONIC) -> QSize:
    """The room ``text`` takes as a button draws it (lines, no room for "&" markers)."""
    return metrics.size(int(flags), text)


def wrap_words(text: str, metrics: QFontMetrics, width: int, flags: int = _MNEMONIC) -> list[str]:
    """``text`` cut into lines no wider than ``width`` at spaces (a longer word stays whole).
    ``flags``: how the text is drawn (by default as a button does, "&" a mnemonic marker)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if _shown_size(metrics, paragraph, flags).width() <= width:
            lines.append(paragraph)  # the usual case: one measure, not one a word
            continue
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and _shown_size(metrics, candidate, flags).width() > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    _Button = QAbstractButton
else:
    _Button = object


class _WrapsText(_Button):
    """A button whose text goes on as many lines as the width it is given needs.

    Why: Qt's buttons, check boxes and radio buttons never wrap; at 200 % text on a small
    screen their end was cut ("uvrir Webmel (messageri"). The layout may give such a button
    less than its one-line width, down to its longest word; the text is then broken at
    spaces ("&" mnemonics kept) and the height follows (height for width). ``text()``
    stays the whole sentence, and so does what a screen reader hears."""

    _whole_text = ""
    _wrapping_name = ""
    _measured: tuple[tuple[str, str, str], tuple[QSize, QSize, int]] | None = None

    def _start_wrapping(self, text: str) -> None:
        policy = self.sizePolicy()
        # Narrower than one line is allowed (down to the longest word), never shorter.
        if policy.horizontalPolicy() == QSizePolicy.Policy.Minimum:
            policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._whole_text = text
        QAbstractButton.setText(self, text)
        # One sentence for a screen reader however it is wrapped, named once per text (unless
        # the page named it): a name that followed the wrapping changed at each resize, and
        # a reader says again the focused control whose name changes.
        if self.accessibleName() in ("", self._wrapping_name):
            self._wrapping_name = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            self.setAccessibleName(self._wrapping_name)
        self._wrap()

    def text(self) -> str:
        return self._whole_text

    def _measures(self) -> tuple[QSize, QSize, int]:
        """What the button needs around its text (margins, indicator, icon), its whole text on
        one line, and its longest word: kept until the text, font or style change (layouts
        ask many times)."""
        shown = QAbstractButton.text(self)
        key = (self.font().key(), self._whole_text, shown)
        if self._measured is None or self._measured[0] != key:
            metrics = self.fontMetrics()
            hint = super().sizeHint()
            drawn = _shown_size(metrics, shown)
            chrome = QSize(
                max(0, hint.width() - drawn.width()), max(0, hint.height() - drawn.height())
            )
            whole = _shown_size(metrics, self._whole_text)
            words = self._whole_text.split()
            widest = max((_shown_size(metrics, word).width() for word in words), default=0)
            self._measured = (key, (chrome, whole, widest))
        return self._measured[1]

    def _lines(self, width: int) -> list[str]:
        chrome, whole, _widest = self._measures()
        room = width - chrome.width()
        if whole.width() <= room:
            return [self._whole_text]  # the usual case, and layouts ask often: no word by word
        return wrap_words(self._whole_text, self.fontMetrics(), room)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        chrome, whole, _widest = self._measures()
        return chrome + whole

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as its longest word; the height is the layout's (height for width)."""
        chrome, whole, widest = self._measures()
        return QSize(chrome.width() + widest, chrome.height() + whole.height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        chrome, whole, _widest = self._measures()
        lines = self._lines(width)
        if len(lines) == 1:
            return chrome.height() + whole.height()
        return chrome.height() + _shown_size(self.fontMetrics(), "\n".join(lines)).height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._wrap()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measured = None
            self._wrap()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._wrap()

    def _wrap(self) -> None:
        whole = self._whole_text
        shown = "\n".join(self._lines(self.width())) if self.isVisible() else whole
        if shown != QAbstractButton.text(self):
            QAbstractButton.setText(self, shown)


class WrappingButton(_WrapsText, QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start_wrapping(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Return (or Enter) on the focused button presses it, as Space does.

        Why: the wizard turns "auto default" off on its pages' buttons (Return in a field is
        that field's action, never whichever button Qt would pick), and a QPushButton without
        it ignores Return. Step 2/2 puts the focus on "Réinitialiser mon mot de passe":
        Return there did nothing."""
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if self.isEnabled():
                self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class WrappingCheckBox(_WrapsText, QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start_wrapping(text)


class WrappingRadioButton(_WrapsText, QRadioButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start_wrapping(text)


class FlowRow(QLayout):
    """Widgets side by side while they fit, the next ones on a new line when they do not.

    Why: a row of buttons, or "Votre identifiant :" with the identifiant and "Copier", is
    wider than a small window at large text; a fixed row cut its ends. A widget wider than
    the whole line gets the line's width (a wrapping button then wraps its text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._grows: QWidget | None = None

    def grow(self, widget: QWidget) -> None:
        """``widget`` takes the room left on its line (a field, as wide as the form)."""
        self._grows = widget
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        from PySide6.QtWidgets import QStyle  # its enums are large: not before the first page

        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else -1
        return gap if gap >= 0 else 6

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All on one line."""
        items = self._shown()
        width = sum(item.sizeHint().width() for item in items) + self._gap() * max(
            0, len(items) - 1
        )
        height = max((item.sizeHint().height() for item in items), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest item allows; the height is the layout's (height for width)."""
        items = self._shown()
        width = max((item.minimumSize().width() for item in items), default=0)
        height = max((item.minimumSize().height() for item in items), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]
        x = 0
        for item in self._shown():
            width = max(item.minimumSize().width(), min(item.sizeHint().width(), area.width()))
            height = (
                item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
            )
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, width, height))
            x += width + gap
        for line in lines:
            for index, (item, width, height) in enumerate(line):
                if self._grows is not None and item.widget() is self._grows:
                    used = sum(each[1] for each in line) + gap * (len(line) - 1)
                    wider = min(item.maximumSize().width(), width + area.width() - used)
                    if wider > width:
                        if item.hasHeightForWidth():
                            height = item.heightForWidth(wider)
                        line[index] = (item, wider, height)
        y = area.top()
        for line in lines:
            tallest = max((height for _item, _width, height in line), default=0)
            x = area.left()
            for item, width, height in line:
                if place:
                    item.setGeometry(QRect(x, y + (tallest - height) // 2, width, height))
                x += width + gap
            y += tallest + gap
        return max(0, y - gap - area.top()) + margins.top() + margins.bottom()


def text_height(label: QLabel, text: str, width: int, ruler: QLabel) -> int:
    """The height ``label`` needs to show ``text`` whole at ``width``, measured on ``ruler``
    (a label never shown, with the same text format): a label's own height for width never
    goes below its minimum height, which would keep a size that is no longer needed."""
    ruler.setWordWrap(True)
    ruler.setFont(label.font())
    ruler.setContentsMargins(label.contentsMargins())
    ruler.setMargin(label.margin())
    ruler.setIndent(label.indent())
    ruler.setText(text)
    return ruler.heightForWidth(width)


class SpaceWrappedLabel(QLabel):
    """A plain-text label whose lines break at spaces only, never inside a word.

    Why: Qt (Unicode's line breaking) also breaks a line after a hyphen: "mdelacroix-" at the
    end of a line and "fontaine12" on the next read as two identifiants (and were typed as
    two), and so did a name shown back ("D-Artagnan-de-la-Fontaine"). The label draws its text
    with line breaks put at spaces for the width it has; a word is never narrower than the
    label (its minimum width: the page scrolls, the word is never cut). ``text()`` stays the
    text as given, and so does what a screen reader hears (its name); a selection copied
    gives each word whole, with a line break where a line ended."""

    _whole = ""
    _named = ""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        # Lines per (text, room, font): layouts ask the height for the same widths many times
        # in one pass, and breaking a text word by word in Python took 12 ms of the login's
        # answer (its UI pause went from 6 to 16 ms).
        self._wrapped: dict[tuple[str, int, str], tuple[list[str], int]] = {}
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)  # the line breaks are ours
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._whole = text
        # Its name is its whole text, set once per text (unless the page named it): a name
        # that followed the wrapping changed at each resize, and a screen reader says a
        # focused line again when its name changes (the outcome re-read as the window moved).
        if self.accessibleName() in ("", self._named):
            self._named = text
            self.setAccessibleName(text)
        self._wrap()
        self.updateGeometry()

    def text(self) -> str:
        return self._whole

    def _extra(self) -> QSize:
        margins = self.contentsMargins()
        around = 2 * self.margin()
        return QSize(
            margins.left() + margins.right() + around + max(0, self.indent()),
            margins.top() + margins.bottom() + around,
        )

    def _wrapping(self, text: str, width: int) -> tuple[list[str], int]:
        """``text``'s lines at ``width``, and the height they take (margins included)."""
        if not text:
            return [], 0
        room = width - self._extra().width()
        key = (text, room, self.font().key())
        found = self._wrapped.get(key)
        if found is None:
            if len(self._wrapped) >= 64:  # texts and widths come and go: keep the recent ones
                self._wrapped.clear()
            metrics = self.fontMetrics()
            lines = wrap_words(text, metrics, room, flags=0)
            height = metrics.size(0, "\n".join(lines)).height() + self._extra().height()
            found = self._wrapped[key] = (lines, height)
        return found

    def _lines_of(self, text: str, width: int) -> list[str]:
        return self._wrapping(text, width)[0]

    def _widest_word(self, texts: list[str]) -> int:
        metrics = self.fontMetrics()
        words = " ".join(texts).split()
        return max((metrics.horizontalAdvance(word) for word in words), default=0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._wrapping(self._whole, width)[1]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Some 40 characters wide (or its widest word), as tall as its text then is."""
        width = self._widest_word([self._whole])
        width = max(width, self.fontMetrics().horizontalAdvance("x" * 40)) + self._extra().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = self._widest_word([self._whole]) + self._extra().width()
        return QSize(width, self.fontMetrics().lineSpacing() if self._whole else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._wrap()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._wrap()
            self.updateGeometry()

    def _wrap(self) -> None:
        whole = self._whole
        shown = "\n".join(self._lines_of(whole, self.width())) if self.width() > 0 else whole
        if shown != QLabel.text(self):
            QLabel.setText(self, shown)  # no name change: the name is set, and stays the text


class FeedbackLine(SpaceWrappedLabel):
    """A line under a field that keeps the room of its longest message (wrapped at spaces).

    Why: feedback appears and grows as the teacher types (the name as it will be sent, the
    NUMEN checked); without room kept for it, the fields below jumped down and a click
    landed in the wrong one. ``reserve_for`` gives the messages the line can show; its
    height is the tallest of them at the width it has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._samples: list[str] = []
        self._heights: dict[tuple[int, str], int] = {}

    def reserve_for(self, samples: list[str]) -> None:
        self._samples = [sample for sample in samples if sample]
        self._heights.clear()
        self.updateGeometry()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(super().heightForWidth(width), self._reserved(width))

    def room(self, width: int) -> int:
        """The height kept for the longest message at ``width``, shown or not."""
        return self._reserved(width)

    def _reserved(self, width: int) -> int:
        if not self._samples:
            return 0
        key = (width, self.font().key())
        if key not in self._heights:
            self._heights[key] = max(self._wrapping(sample, width)[1] for sample in self._samples)
        return self._heights[key]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The same whatever the text: a form lays its columns out from its fields' hints,
        and a hint that followed the text moved the fields at each key typed."""
        width = self._widest_word([self.text(), *self._samples])
        width = max(width, self.fontMetrics().horizontalAdvance("x" * 40)) + self._extra().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = self._widest_word([self.text(), *self._samples]) + self._extra().width()
        return QSize(width, self.fontMetrics().lineSpacing())


class SharedRoom(QVBoxLayout):
    """A column that keeps a feedback line's room, whichever of its widgets shows.

    Why: the probable identifiant kept the room of its longest text (4 lines at 200 %),
    and the académie's answer came under that room: under "Identifiant confirmé…" were
    blank lines, then the same answer again, below the window. In one column, the answer
    takes the guess's place, and the room is the taller of the two: while typing, nothing
    below the column moves; when the answer comes or goes, the fields above stay put."""

    def __init__(self, line: FeedbackLine) -> None:
        super().__init__()
        self._line = line
        self.setContentsMargins(0, 0, 0, 0)

    def finish(self) -> None:
        """After the last widget: what the room has left over stays under them."""
        self.addStretch(1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(super().heightForWidth(width), self._line.room(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._line.room(hint.width())))


def _line_edit_room(edit: QLineEdit, text_width: int) -> int:
    """The width a line edit needs to show ``text_width`` pixels of text whole."""
    from PySide6.QtWidgets import QStyle

    frame = 0
    if edit.hasFrame():
        frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    margins = edit.textMargins()
    # QLineEdit draws its text inside its frame, its text margins and 2 px each side; +1
    # for the cursor after the last character, +2 for rounding.
    return text_width + 2 * frame + margins.left() + margins.right() + 4 + 1 + 2


class _WidthKeeper(QObject):
    """Keeps a line edit's minimum width when its font or text changes (see ``keep_width``)."""

    def __init__(self, edit: QLineEdit, characters: int, follow_text: bool) -> None:
        super().__init__(edit)
        self._edit = edit
        self._characters = characters
        self._follow_text = follow_text
        edit.installEventFilter(self)
        if follow_text:
            edit.textChanged.connect(self.update)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.update()
        return False

    def update(self) -> None:
        edit = self._edit
        metrics = edit.fontMetrics()
        from PySide6.QtWidgets import QLineEdit, QStyle

        if edit.echoMode() == QLineEdit.EchoMode.Password:
            character = chr(
                edit.style().styleHint(QStyle.StyleHint.SH_LineEdit_PasswordCharacter, None, edit)
            )
        else:
            character = "x"
        width = metrics.horizontalAdvance(character * self._characters)
        if self._follow_text:  # as wide as its text, no more, no less
            width = max(width, metrics.horizontalAdvance(edit.text()))
            edit.setFixedWidth(_line_edit_room(edit, width))
        else:
            edit.setMinimumWidth(_line_edit_room(edit, width))


#: A masked field shows at least this many dots: a NUMEN has 13 characters.
MASKED_CHARACTERS = 13
#: A password field shows at least this many dots: a teacher's new password of 17 characters
#: filled the field to its edge, or scrolled out of sight at 200 %: what was typed could not
#: be counted (a doubled key not seen). The policy allows 32; 20 covers the usual ones.
PASSWORD_DOTS = 20


def keep_width(edit: QLineEdit, characters: int, *, follow_text: bool = False) -> None:
    """``edit`` is never narrower than ``characters`` of its font (masked: that many dots), at
    any text size; with ``follow_text``, exactly as wide as all of its text (a value shown
    whole, like the identifiant found, which must never be cut or scrolled)."""
    _WidthKeeper(edit, characters, follow_text)


class HeaderKeeper(QObject):
    """Keeps QWizard's header as tall as its title and subtitle need at their width.

    Why: QWizard fixes its header's height when a page shows, for a subtitle of two lines
    at most; at large text a long subtitle (or title) was cut. Its labels are QWizard's own:
    they are found by position (outside every page and the side widget)."""

    def __init__(self, header: QWidget, labels: list[QLabel]) -> None:
        super().__init__(header)
        self._header = header
        self._labels = labels
        self._updating = False
        self._ruler = QLabel()  # QWizard's labels, like it, take their text format from the text
        for label in labels:
            label.setWordWrap(True)
            label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.update()
        elif event.type() == QEvent.Type.FontChange:
            # After the label itself has taken the new font in (filters come first).
            QTimer.singleShot(0, self, self.update)
        return False

    def update(self) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            self._update()
        finally:
            self._updating = False

    def _update(self) -> None:
        for label in self._labels:
            if label.width() <= 0 or not label.text():
                continue
            needed = text_height(label, label.text(), label.width(), self._ruler)
            if needed != label.minimumHeight():
                label.setMinimumHeight(needed)
        layout = self._header.layout()
        if layout is not None:
            height = layout.totalMinimumSize().height()
            if height != self._header.maximumHeight() or height != self._header.minimumHeight():
                self._header.setMinimumHeight(height)
                self._header.setMaximumHeight(height)


def hold_the_header(wizard: QWidget, outside: list[QWidget]) -> HeaderKeeper | None:
    """Keep ``wizard``'s header (QWizard's title and subtitle) whole. ``outside``: the pages
    and the side widget, whose labels are not the header's. The keeper returned is to be
    updated after each page change, when QWizard has set its header up again."""
    labels = []
    for label in wizard.findChildren(QLabel):
        if label.pixmap().isNull() and not any(
            widget.isAncestorOf(label) or label.isAncestorOf(widget) for widget in outside
        ):
            labels.append(label)
    header = labels[0].parentWidget() if labels else None
    if header is None or any(label.parentWidget() is not header for label in labels):
        return None  # not QWizard's header as we know it: leave it alone
    return HeaderKeeper(header, labels)


class WholePicture(QLabel):
    """A picture always shown whole: at the size asked for, or smaller to fit the room it has,
    its aspect kept; never cropped.

    Why: the security code was drawn at a fixed size in a label the layout squeezed: the bar
    of a J was cut (it read U) and "+" pushed the first and last characters out of view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._source = QPixmap()
        self._wanted = QSize()
        self._rendered: tuple[int, QSize, float] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_picture(self, picture: QPixmap, wanted: QSize) -> None:
        """Show ``picture`` at ``wanted`` (in points) when there is room, else as large as fits."""
        self._source = picture
        self._wanted = wanted
        self.updateGeometry()
        # At once, for the width it has: the layout gives it the height for that width next.
        self._render(QSize(self.contentsRect().width(), 1 << 20))

    def clear_picture(self) -> None:
        self._source = QPixmap()
        self._wanted = QSize()
        self._rendered = None
        self.clear()
        self.updateGeometry()

    def _extra(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def shown_size(self, room: QSize) -> QSize:
        """The picture's size in ``room`` (points): the size wanted, scaled down to fit."""
        from PySide6.QtCore import Qt

        if self._wanted.isEmpty():
            return QSize()
        return self._wanted.scaled(self._wanted.boundedTo(room), Qt.AspectRatioMode.KeepAspectRatio)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._wanted.expandedTo(QSize(0, 0)) + self._extra()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = min(self._wanted.width(), 80) if not self._wanted.isEmpty() else 0
        return QSize(width, self.heightForWidth(width + self._extra().width()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        room = QSize(max(0, width - self._extra().width()), 1 << 20)
        return self.shown_size(room).height() + self._extra().height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._render(self.contentsRect().size())

    def _render(self, room: QSize) -> None:
        if self._source.isNull():
            return
        size = self.shown_size(room)
        if size.isEmpty():
            return
        ratio = self.devicePixelRatioF()
        rendering = (self._source.cacheKey(), size, ratio)
        if rendering == self._rendered:
            return  # the same picture at the same size: nothing to redo
        self._rendered = rendering
        from PySide6.QtCore import Qt

        scaled = self._source.scaled(
            size * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.setPixmap(scaled)


def bring_into_view(widget: QWidget) -> None:
    """Scroll the page holding ``widget`` until all of it is seen, now and once more when
    the code showing it has finished (it may still hide or show something above it).

    Why not just ``QScrollArea.ensureWidgetVisible``: an answer is shown (a hidden row made
    visible, a longer message) and brought into view in the same call, before Qt has placed
    it (layouts are done later, by posted events). The scroll area then scrolled to where the
    widget was not yet: the big identifiant stayed cut at the bottom of the page ("jdupont1"
    showed 9 of its 32 pixels) and "Votre mot de passe a été changé" below the page. The
    layouts are done first, then the area scrolls.
    """
    _scroll_to(widget)
    QTimer.singleShot(0, widget, lambda: _scroll_to(widget))


def _scroll_to(widget: QWidget) -> None:
    from PySide6.QtWidgets import QApplication, QScrollArea

    if not widget.isVisible():
        return
    area: QWidget | None = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    body = area.widget() if isinstance(area, QScrollArea) else None
    if not isinstance(area, QScrollArea) or body is None:
        return
    layout = body.layout()
    if layout is not None:
        layout.activate()  # the body's widgets placed, its size hint up to date
    # The area sizes the body from that hint (and shows or hides its scroll bar), which places
    # the widgets again at the body's new size.
    QApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))
    if layout is not None:
        layout.activate()
    # Some room around it when the page has it (what Qt does by default), never so much that
    # a tall message would be centred with both its ends cut.
    room = area.viewport().height() - widget.height()
    area.ensureWidgetVisible(widget, 50, max(0, min(50, room // 2)))

"""Small widgets shared by the pages: a secret field, and the status area of a network step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QInputMethodEvent,
    QInputMethodQueryEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from magistere_gui.client.capture import PageCapture
from magistere_gui.gui.accessibility import announce, mark_secret, set_tone
from magistere_gui.gui.fit import (
    MASKED_CHARACTERS,
    FlowRow,
    SpaceWrappedLabel,
    WrappingButton,
    bring_into_view,
    keep_width,
)
from magistere_gui.gui.focus import FocusKeeper
from magistere_gui.gui.keys import types_a_character
from magistere_gui.gui.messages import Advice
from magistere_gui.gui.worker import TaskRunner


def open_in_browser(url: str) -> bool:
    """False when no browser (or mail program) could be started: the caller then shows the address."""
    return bool(QDesktopServices.openUrl(QUrl(url)))


def copy_to_clipboard(text: str, source: QWidget | None = None) -> None:
    """For identifiants and messages only: a password is never put on the clipboard.

    The screen reader says that it was copied, and the button shows it for a few seconds
    (a clipboard gives no feedback of its own)."""
    QGuiApplication.clipboard().setText(text)
    if source is not None:
        announce(source, QCoreApplication.translate("StatusArea", "Copied to the clipboard."))
    if isinstance(source, QAbstractButton):
        _show_copied(source)


COPIED_SECONDS = 3


def _show_copied(button: QAbstractButton) -> None:
    """ "Copied ✓" on the button, then its own text again; its width kept, so that nothing
    beside it moves."""
    timer = button.findChild(QTimer, "copied")
    if timer is None:
        timer = QTimer(button)
        timer.setObjectName("copied")
        timer.setSingleShot(True)
        timer.setInterval(COPIED_SECONDS * 1000)
        own_text = button.text()
        timer.timeout.connect(lambda: button.setText(own_text))
    copied = QCoreApplication.translate("StatusArea", "Copied ✓")
    widest = max(button.sizeHint().width(), button.fontMetrics().horizontalAdvance(copied) + 24)
    button.setMinimumWidth(max(button.minimumWidth(), widest))
    button.setText(copied)
    timer.start()


class SecretField(QWidget):
    """A masked line edit with a 'show' box: NUMEN and passwords are hidden unless asked."""

    textChanged = Signal(str)  # noqa: N815 - Qt naming
    returnPressed = Signal()  # noqa: N815

    def __init__(
        self,
        accessible_name: str,
        show_accessible_name: str,
        parent: QWidget | None = None,
        *,
        dots: int = MASKED_CHARACTERS,
    ) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        # Read as a password field, even when shown: a screen reader never says a secret.
        # First of all: Qt keeps the accessible it makes at the first change.
        mark_secret(self.line_edit)
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.line_edit.setAccessibleName(accessible_name)
        # A NUMEN (13 characters) shows whole, as dots, at any text size; a password, its
        # first 20 (``dots=PASSWORD_DOTS``).
        keep_width(self.line_edit, dots)
        self.show_box = QCheckBox(self.tr("Show"), self)
        self.show_box.setAccessibleName(show_accessible_name)
        self.show_box.toggled.connect(self._show)
        # "Afficher" beside the field while both fit, else under it: the field keeps its dots.
        layout = FlowRow(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.show_box)
        layout.grow(self.line_edit)
        self.setFocusProxy(self.line_edit)
        # A label's Alt letter ("N&UMEN :") moves the focus only to a buddy that takes focus.
        # Tab reaches this widget too and goes on to the line edit: the page puts it in the
        # Tab order just before its line edit (wizard.follow_reading_order).
        self.setFocusPolicy(self.line_edit.focusPolicy())
        self.line_edit.textChanged.connect(self.textChanged)
        self.line_edit.returnPressed.connect(self.returnPressed)

    def _show(self, shown: bool) -> None:
        self.line_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    def text(self) -> str:
        return self.line_edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.line_edit.setText(text)


def _write_capture(
    folder: Path, name: str, capture: PageCapture, secrets: tuple[str, ...]
) -> tuple[Path, bool]:
    """The page written without its secrets (off the UI thread); whether it could be."""
    from magistere_gui.client.capture import capture_file_text

    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(capture_file_text(capture, secrets), encoding="utf-8")
    except OSError:
        return folder / name, False
    return folder / name, True


class StatusArea(QWidget):
    """Shows that a step is working (with a Stop button), then its outcome and a way out."""

    # Emitted when the teacher asks why the académie cannot be reached.
    diagnose_requested = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._url = ""
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName(self.tr("Working…"))
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setAccessibleName(self.tr("Stop the request"))
        # Wrapped at spaces only: an identifiant in the outcome is never split at its hyphen.
        self.message = SpaceWrappedLabel("", self)
        # Reachable with Tab and selectable, so the outcome can be read again and focus can go
        # to it after an action (never to an unrelated control).
        self.message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.message.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._typing_target: QLineEdit | None = None
        self.message.installEventFilter(self)
        self.browser_button = WrappingButton(self.tr("Open the page in the browser"), self)
        self.browser_button.clicked.connect(self._open_page)
        self.diagnose_button = WrappingButton(self.tr("Network diagnostics"), self)
        self.diagnose_button.setAccessibleName(
            self.tr("Check the network connection to the académie")
        )
        self.diagnose_button.clicked.connect(self.diagnose_requested)
        self.save_page_button = WrappingButton(self.tr("Save the page for the help desk"), self)
        self.save_page_button.setAccessibleDescription(
            self.tr(
                "Saves the académie page that was not understood in your Documents folder, "
                "without your NUMEN or passwords, to send to the help desk."
            )
        )
        self.save_page_button.clicked.connect(self._save_page)
        self._saver = TaskRunner(self)
        self._saver.succeeded.connect(self._on_page_written)
        self._capture: PageCapture | None = None
        self.saved_file: Path | None = None

        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(busy_row)
        layout.addWidget(self.message)
        way_out = FlowRow()  # side by side while they fit, else one under the other
        way_out.addWidget(self.browser_button)
        way_out.addWidget(self.diagnose_button)
        way_out.addWidget(self.save_page_button)
        layout.addLayout(way_out)

        self._runner = runner
        self._focus_keeper = FocusKeeper()
        self.stop_button.clicked.connect(self._stop)
        runner.busy_changed.connect(self._on_busy)
        self._on_busy(False)
        self.browser_button.hide()
        self.diagnose_button.hide()
        self.save_page_button.hide()
        self.message.hide()

    def typing_goes_to(self, field: QLineEdit | None) -> None:
        """While the outcome shown now has the focus, what the teacher types goes into
        ``field``, in place of its text (``None``: typed nowhere, as in any text). A new
        outcome (``show_text``) ends it: "Arrêté" says nothing about a field.

        Why: the focus goes to the outcome so that a screen reader says it; a sighted teacher
        told "Mot de passe refusé" types the password again at once, and typed nowhere.
        Meanwhile the outcome takes input methods, as ``field`` would (its hints: a password
        stays hidden from them): "ê", typed ^ then e, is composed by the input method for
        the focus only if the focus takes them, else the "e" alone went into the field."""
        self._typing_target = field
        self.message.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, field is not None)
        if self.message.hasFocus():
            QGuiApplication.inputMethod().update(
                Qt.InputMethodQuery.ImEnabled | Qt.InputMethodQuery.ImHints
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        target = self._typing_target
        if watched is not self.message or target is None:
            return False
        if isinstance(event, QInputMethodQueryEvent):
            self._answer_input_method(event, target)
            return True
        if not target.isVisible() or not target.isEnabled() or target.isReadOnly():
            return False
        if isinstance(event, QInputMethodEvent):  # a composed letter ("ê"), or a preedit
            if not event.commitString():
                return False  # the preedit ("^") is shown by the field, once it has one
            typed: QEvent = QInputMethodEvent(event)
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if not types_a_character(event):  # AltGr's "@" included, shortcuts not
                return False
            typed = QKeyEvent(event)
        else:
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        target.selectAll()
        QCoreApplication.sendEvent(target, typed)
        return True

    def _answer_input_method(self, query: QInputMethodQueryEvent, target: QLineEdit) -> None:
        """Input methods are on, with ``target``'s hints; the rest is the label's answer."""
        for bit in range(32):
            which = Qt.InputMethodQuery(1 << bit)
            if not query.queries() & which:
                continue
            if which == Qt.InputMethodQuery.ImEnabled:
                query.setValue(which, True)
            elif which == Qt.InputMethodQuery.ImHints:
                query.setValue(which, target.inputMethodHints().value)
            else:
                query.setValue(which, self.message.inputMethodQuery(which))
        query.accept()

    def _on_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        if busy:
            self.show_busy()

    def show_busy(self) -> None:
        """The waiting sentence, shown once however many times it is asked for. Not
        announced: said just before the result, it would be stale at once (a screen reader
        still reads it when the focus is on the status line)."""
        text = self.tr("Contacting the académie…")
        if self.message.text() != text or self.message.isHidden():
            self.show_text(text, speak=False)

    def _stop(self) -> None:
        """Stopped by the teacher: said truthfully (the request may have left already), and
        the focus stays on the status line rather than jumping to the next control."""
        if not self._runner.busy:
            return
        with self._focus_keeper.redirect(self.message):
            began = self._runner.cancel()
        if began:
            text = self.tr(
                "Stopped. The request had already left: the académie may have received it. "
                "Nothing more will be sent."
            )
        else:
            text = self.tr("Stopped. Nothing was sent.")
        self.show_text(text)
        self.message.setFocus()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        return self._focus_keeper.take() or super().focusNextPrevChild(next)

    def show_text(self, text: str, *, tone: str = "", speak: bool = True) -> None:
        """Show the outcome and have it spoken: errors at once, other news politely."""
        self.typing_goes_to(None)  # set again, if wanted, for this outcome
        set_tone(self.message, tone)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))
        if text:  # an answer below the visible part of the page is an answer not given
            bring_into_view(self.message)
        if speak:
            announce(self.message, text, assertive=tone == "error")
        self.browser_button.hide()
        self.diagnose_button.hide()
        self.save_page_button.hide()

    def show_advice(self, advice: Advice, url: str | None) -> None:
        self.show_text(advice.text, tone="error")
        self.diagnose_button.setVisible(advice.offer_diagnostics)
        if advice.offer_browser and url:
            self._url = url
            self.browser_button.show()
        self._capture = advice.capture
        self.save_page_button.setVisible(advice.capture is not None)

    def _typed_secrets(self) -> tuple[str, ...]:
        """Every NUMEN and password typed anywhere in the window: none may be in a saved page."""
        return tuple(field.text() for field in self.window().findChildren(SecretField))

    def _save_page(self) -> None:
        """Written by a worker: removing the secrets from a large page takes a moment."""
        if self._capture is None or self._saver.busy:
            return
        from datetime import datetime

        from PySide6.QtCore import QStandardPaths

        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        name = f"page-academie-{self._capture.step}-{datetime.now():%Y%m%d-%H%M%S}.html"
        capture, secrets = self._capture, self._typed_secrets()
        self.save_page_button.setEnabled(False)
        self._saver.start(lambda: _write_capture(folder, name, capture, secrets))

    def _on_page_written(self, written: tuple[Path, bool]) -> None:
        path, saved = written
        self.save_page_button.setEnabled(True)
        if saved:
            self.saved_file = path
            note = self.tr("Page saved for the help desk: {file}").format(file=path)
        else:
            note = self.tr("The page could not be saved in {folder}.").format(folder=path.parent)
        self._add_note(note, assertive=not saved)

    def _open_page(self) -> None:
        """The académie's page in the browser; with no browser, its address to type."""
        if open_in_browser(self._url):
            return
        note = self.tr(
            "The browser could not be opened. Type this address in a browser: {url}"
        ).format(url=self._url)
        self._add_note(note, assertive=True)
        self.message.setFocus()

    def _add_note(self, note: str, *, assertive: bool = False) -> None:
        """A line under the outcome (a saved file, an address to type), shown and said."""
        text = f"{self.message.text()}\n{note}" if self.message.text() else note
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()
        bring_into_view(self.message)
        announce(self.message, note, assertive=assertive)

    def offer_browser(self, url: str) -> None:
        self._url = url
        self.browser_button.show()

    def clear(self) -> None:
        self.show_text("")

"""What every page shares: the wizard's context, a task runner and a status area."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Union

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QWidget, QWizardPage

from magistere_gui.gui.focus import FocusKeeper
from magistere_gui.gui.navigation import WizardState
from magistere_gui.gui.worker import TaskRunner

if TYPE_CHECKING:
    from magistere_gui.client import AcademieClient, ResetStepTwo, SiteProfile
    from magistere_gui.gui.widgets import StatusArea


log = logging.getLogger(__name__)

ClientSource = Union["AcademieClient", Callable[[], "AcademieClient"]]


class WizardContext:
    """Handed to every page: the shared state, the one client, the site profile.

    The client may be given ready-made (tests) or as a function that builds
    it (the app), so that the network libraries load after the first page shows.
    """

    def __init__(self, state: WizardState, client: ClientSource, profile: SiteProfile) -> None:
        self.state = state
        self.profile = profile
        # The académie's step 2/2 form, once the security code was accepted.
        self.reset_step_two: ResetStepTwo | None = None
        self._client = client if not callable(client) else None
        self._make_client = client if callable(client) else None
        self._client_lock = threading.Lock()

    @property
    def client(self) -> AcademieClient:
        with self._client_lock:  # made once, by whichever thread asks first
            if self._client is None:
                assert self._make_client is not None
                self._client = self._make_client()
            return self._client

    def prepare_client(self) -> None:
        """Make the client in the background before a click needs it: its TLS context reads
        the system's certificates, milliseconds the window must not wait for."""
        if self._client is None and self._make_client is not None:
            threading.Thread(target=self._prepare, name="client-preparation", daemon=True).start()

    def _prepare(self) -> None:
        try:
            self.client  # noqa: B018 - made and kept
        except Exception as error:  # made again, and reported, when a page needs it
            log.info("client not prepared in the background: %s", type(error).__name__)
        # What the first request imports on first use (requests reads ~/.netrc; Latin-1 pages
        # decode as windows-1252): imported now, not while a click waits. Each import after
        # PySide6 is loaded also reads the module's source (PySide6's import hook), and the
        # thread doing it holds the interpreter the window needs.
        for module in ("netrc", "shlex", "encodings.cp1252"):
            importlib.import_module(module)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


class BasePage(QWizardPage):
    """A page whose Next button waits for its network step (``is_done``) and is off while busy."""

    #: Whether the page keeps its scroll bar's width while the bar is hidden (see
    #: ScrollBarRoom): pages whose answers come and go while the teacher types.
    keeps_scroll_bar_room = True

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = TaskRunner(self)
        self.runner.busy_changed.connect(self._on_busy_changed)
        self._status: StatusArea | None = None
        self._focus_keeper = FocusKeeper()
        self._body: QWidget | None = None
        self._scroll_area: QScrollArea | None = None

    @property
    def body(self) -> QWidget:
        """Where the page lays out its content. It goes in a scroll area (``make_scrollable``),
        so that at large text or on a small screen the page scrolls down instead of being cut
        or pushing the window off the screen (never sideways: see tests/test_layout.py)."""
        if self._body is None:
            from PySide6.QtWidgets import QVBoxLayout

            self._body = QWidget(self)
            self._outer = QVBoxLayout(self)
            self._outer.setContentsMargins(0, 0, 0, 0)
            self._outer.addWidget(self._body)
        return self._body

    def make_scrollable(self) -> None:
        """Put the body in its scroll area. The wizard does it for each page once the window
        is first painted: the first scroll area of a program costs some 30 ms of PySide's type
        set-up when a Python event filter watches the application (as the start-up
        measurement does), not to pay before the teacher sees the window."""
        if self._scroll_area is not None:
            return
        from PySide6.QtWidgets import QApplication

        body = self.body
        # The window's focus widget, not the application's: before the window is active
        # (the first paint) only the window knows where its focus will be.
        window = self.window()
        focused = window.focusWidget()
        from PySide6.QtCore import Qt

        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameStyle(0)  # no frame (an int: QFrame's enums are slow to load)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never a Tab stop of its own
        self._outer.removeWidget(body)
        area.setWidget(body)
        self._outer.addWidget(area)
        if self.keeps_scroll_bar_room:
            self._bar_room = ScrollBarRoom(area, body)
        # Shown now: a child added to a visible page is otherwise shown only by a queued call,
        # and a result arriving before it would sit in a hidden area.
        area.show()
        self._scroll_area = area
        # Moving the body hides it for a moment, and Qt then hands its focus on to the next
        # control (the wizard's Next button): the teacher's place is given back.
        if (
            focused is not None
            and body.isAncestorOf(focused)
            and window.focusWidget() is not focused
        ):
            focused.setFocus()
        # Whatever gets the focus (Tab, a result, a field after an action) is scrolled to.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._scroll_to_focus)

    def scroll_into_view(self, widget: QWidget) -> None:
        if self._scroll_area is not None and self.body.isAncestorOf(widget):
            from magistere_gui.gui.fit import bring_into_view

            bring_into_view(widget)

    def _scroll_to_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and self.isVisible():
            self.scroll_into_view(now)

    @property
    def status(self) -> StatusArea:
        """The page's progress and outcome area; made on first use (the welcome page has none)."""
        if self._status is None:
            from magistere_gui.gui.widgets import StatusArea

            self._status = StatusArea(self.runner, self.body)
            self._status.diagnose_requested.connect(self.open_diagnostics)
        return self._status

    @property
    def state(self) -> WizardState:
        return self.context.state

    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            # Said and shown before the buttons go off, so that the status line can take
            # the focus of the button just pressed (never the next control in the Tab order:
            # a second Space would press it, and a screen reader would say it).
            self.status.show_busy()
        with self._focus_keeper.redirect(self.status.message):
            self.set_inputs_enabled(not busy)
        self.completeChanged.emit()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        return self._focus_keeper.take() or super().focusNextPrevChild(next)

    def open_diagnostics(self) -> None:
        from magistere_gui.gui.diagnostics_dialog import DiagnosticsDialog

        dialog = DiagnosticsDialog(self.context.profile, self)
        dialog.setModal(True)
        dialog.show()
        dialog.start()

    def focus_when_shown(self, widget: QWidget) -> None:
        """Give ``widget`` the focus once the page is shown, and show where it is: QWizard
        focuses the page's first field after initializePage, which is not always where the
        teacher types next.

        Why the window is marked: Qt draws a button's focus frame only once the keyboard has
        moved the focus in that window (Tab). Step 2/2 put the focus on "Réinitialiser mon
        mot de passe" with no frame: a teacher at the keyboard could not see that Return
        would press it (WCAG 2.4.7, focus visible)."""
        from PySide6.QtCore import Qt, QTimer

        def focus() -> None:
            widget.setFocus()
            widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)

        QTimer.singleShot(0, widget, focus)

    def set_inputs_enabled(self, enabled: bool) -> None:
        """Pages disable their action buttons while a call runs (never the Stop button)."""

    def is_done(self) -> bool:
        return True

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.runner.busy and self.is_done()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self.runner.cancel()


class ScrollBarRoom(QObject):
    """The page's content keeps the same width whether its scroll bar is shown or not.

    Why: a result made the page taller than the window, its scroll bar appeared, and every
    line narrowed; typing a letter then cleared the result, the bar went away and the lines
    widened again ("NUMEN bien formé…" on two lines instead of three): the NUMEN field and
    "Vérifier en ligne" moved up under the pointer. While the bar is hidden, its width is
    kept as a margin on the right of the content."""

    def __init__(self, area: QScrollArea, body: QWidget) -> None:
        super().__init__(area)
        self._area = area
        self._body = body
        self._base_margin: int | None = None
        area.verticalScrollBar().installEventFilter(self)
        self._follow(shown=area.verticalScrollBar().isVisibleTo(area))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._follow(shown=event.type() == QEvent.Type.Show)
        return False

    def _follow(self, *, shown: bool) -> None:
        layout = self._body.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        if self._base_margin is None:
            self._base_margin = margins.right()
        bar = self._area.verticalScrollBar().sizeHint().width()
        right = self._base_margin + (0 if shown else bar)
        if margins.right() != right:
            margins.setRight(right)
            layout.setContentsMargins(margins)


def wrapped_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class _FormLayout(QFormLayout):
    """A QFormLayout that lays its rows out with the heights they need at the width it has.

    Why: QFormLayout keeps the row heights of only one width (height for width), but caches
    two totals: its preferred width's and the last width asked. Once its preferred width had
    been asked (a size hint), laying out at the other, cached width reused the rows of the
    preferred width: a feedback line three lines tall at 776 px was squeezed between the
    fields, and the NUMEN field moved 14 px down when a typed letter cleared the result
    (150 % text, 1366 x 768). Asking another width, then this one, makes it measure again."""

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        if self.hasHeightForWidth():
            width = rect.width()
            other = width + 1 if width + 1 != self.sizeHint().width() else width + 2
            self.heightForWidth(other)  # the cache now holds another width ...
            self.heightForWidth(width)  # ... so this one's rows are measured again
        super().setGeometry(rect)


def form_layout() -> QFormLayout:
    """A form whose fields go under their label when a row is too narrow for both (large text,
    small screen), instead of squeezing the field or cutting the label."""
    form = _FormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form

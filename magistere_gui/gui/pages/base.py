"""What every page shares: the wizard's context, a task runner and a status area."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Union

from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from magistere_gui.gui.focus import FocusKeeper
from magistere_gui.gui.navigation import WizardState
from magistere_gui.gui.worker import TaskRunner

if TYPE_CHECKING:
    from magistere_gui.client import AcademieClient, ResetStepTwo, SiteProfile
    from magistere_gui.gui.widgets import StatusArea


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

    @property
    def client(self) -> AcademieClient:
        if self._client is None:
            assert self._make_client is not None
            self._client = self._make_client()
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


class BasePage(QWizardPage):
    """A page whose Next button waits for its network step (``is_done``) and is off while busy."""

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = TaskRunner(self)
        self.runner.busy_changed.connect(self._on_busy_changed)
        self._status: StatusArea | None = None
        self._focus_keeper = FocusKeeper()

    @property
    def status(self) -> StatusArea:
        """The page's progress and outcome area; made on first use (the welcome page has none)."""
        if self._status is None:
            from magistere_gui.gui.widgets import StatusArea

            self._status = StatusArea(self.runner, self)
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
        """Give ``widget`` the focus once the page is shown: QWizard focuses the page's first
        field after initializePage, which is not always where the teacher types next."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, widget, widget.setFocus)

    def set_inputs_enabled(self, enabled: bool) -> None:
        """Pages disable their action buttons while a call runs (never the Stop button)."""

    def is_done(self) -> bool:
        return True

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.runner.busy and self.is_done()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self.runner.cancel()


def wrapped_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label

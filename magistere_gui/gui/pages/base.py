"""What every page shares: the wizard's context, a task runner and a status area."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from magistere_gui.client import AcademieClient, ResetStepTwo, SiteProfile
from magistere_gui.gui.navigation import WizardState
from magistere_gui.gui.widgets import StatusArea
from magistere_gui.gui.worker import TaskRunner


@dataclass
class WizardContext:
    """Handed to every page: the shared state, the one client, the site profile."""

    state: WizardState
    client: AcademieClient
    profile: SiteProfile
    # The académie's step 2/2 form, once the security code was accepted.
    reset_step_two: ResetStepTwo | None = None


class BasePage(QWizardPage):
    """A page whose Next button waits for its network step (``is_done``) and is off while busy."""

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = TaskRunner(self)
        self.runner.busy_changed.connect(self._on_busy_changed)
        self.status = StatusArea(self.runner, self)
        self.status.diagnose_requested.connect(self.open_diagnostics)

    @property
    def state(self) -> WizardState:
        return self.context.state

    def _on_busy_changed(self, busy: bool) -> None:
        self.set_inputs_enabled(not busy)
        self.completeChanged.emit()

    def open_diagnostics(self) -> None:
        from magistere_gui.gui.diagnostics_dialog import DiagnosticsDialog

        dialog = DiagnosticsDialog(self.context.profile, self)
        dialog.setModal(True)
        dialog.show()
        dialog.start()

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


def large_label(parent: QWidget | None = None) -> QLabel:
    """A big, selectable line: what the teacher must read or copy (the identifiant)."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.8)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label

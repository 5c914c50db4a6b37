"""The network diagnostics, reachable from every error: run off the UI thread, copy for the help desk."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from magistere_gui.client import SiteProfile
from magistere_gui.diagnostics import DiagnosticReport, Verdict, diagnose, say, verdict
from magistere_gui.gui.accessibility import announce
from magistere_gui.gui.widgets import StatusArea, copy_to_clipboard
from magistere_gui.gui.worker import TaskRunner

log = logging.getLogger(__name__)


class DiagnosticsDialog(QDialog):
    def __init__(self, profile: SiteProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Network diagnostics"))
        self.resize(700, 520)
        self.profile = profile
        self.runner = TaskRunner(self)
        self.summary = QLabel(self.tr("Checking the académie's sites from this computer…"), self)
        self.summary.setWordWrap(True)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.details_button = QPushButton(self.tr("Show the technical details"), self)
        self.details_button.setCheckable(True)
        self.details_button.setEnabled(False)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Diagnostics report"))
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.status = StatusArea(self.runner, self)
        self.copy_button = QPushButton(self.tr("Copy the report for the help desk"), self)
        self.copy_button.setEnabled(False)
        self.again_button = QPushButton(self.tr("Run again"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.report, 1)
        self.report.hide()
        self.details_button.toggled.connect(self._toggle_details)
        layout.addWidget(buttons)
        self.copy_button.clicked.connect(
            lambda: copy_to_clipboard(self.report.toPlainText(), self.copy_button)
        )
        self.again_button.clicked.connect(self.start)
        self.runner.succeeded.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.runner.busy_changed.connect(lambda busy: self.again_button.setEnabled(not busy))

    def start(self) -> None:
        self.report.clear()
        self.copy_button.setEnabled(False)
        profile = self.profile
        self.runner.start(lambda: diagnose(profile))

    def _show(self, report: DiagnosticReport) -> None:
        """The verdict first, in plain words; the technical details folded below it."""
        self.status.clear()
        sentence = say(verdict(report), QCoreApplication.translate)
        self.summary.setText(sentence)
        announce(self.summary, sentence, assertive=report.worst is Verdict.FAILED)
        self.report.setPlainText(sentence + "\n" + report.text(QCoreApplication.translate))
        self.details_button.setEnabled(True)
        self.copy_button.setEnabled(True)
        self.summary.setFocus()

    def _failed(self, error: BaseException) -> None:
        """The checks themselves broke (not the network): say so plainly; the log has why."""
        log.warning("diagnostics could not finish: %s", type(error).__name__)
        self.status.show_text(
            self.tr(
                "The diagnostics could not be completed on this computer. Run them again, or "
                "tell your help desk."
            ),
            tone="error",
        )

    def _toggle_details(self, shown: bool) -> None:
        self.report.setVisible(shown)
        self.details_button.setText(
            self.tr("Hide the technical details")
            if shown
            else self.tr("Show the technical details")
        )

    def done(self, result: int) -> None:
        self.runner.cancel()
        super().done(result)

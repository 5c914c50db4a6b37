"""The network diagnostics, reachable from every error: run off the UI thread, copy for the help desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
from magistere_gui.diagnostics import DiagnosticReport, Verdict, diagnose
from magistere_gui.gui.widgets import StatusArea, copy_to_clipboard
from magistere_gui.gui.worker import TaskRunner


class DiagnosticsDialog(QDialog):
    def __init__(self, profile: SiteProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Network diagnostics"))
        self.resize(700, 520)
        self.profile = profile
        self.runner = TaskRunner(self)
        self.summary = QLabel(self.tr("Checking the académie's sites from this computer…"), self)
        self.summary.setWordWrap(True)
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
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.copy_button.clicked.connect(lambda: copy_to_clipboard(self.report.toPlainText()))
        self.again_button.clicked.connect(self.start)
        self.runner.succeeded.connect(self._show)
        self.runner.failed.connect(lambda error: self.status.show_text(str(error), tone="error"))
        self.runner.busy_changed.connect(lambda busy: self.again_button.setEnabled(not busy))

    def start(self) -> None:
        self.report.clear()
        self.copy_button.setEnabled(False)
        profile = self.profile
        self.runner.start(lambda: diagnose(profile))

    def _show(self, report: DiagnosticReport) -> None:
        self.status.clear()
        verdicts = {
            Verdict.OK: self.tr("Everything looks right from this computer."),
            Verdict.WARNING: self.tr("Some points deserve a look (⚠ below)."),
            Verdict.FAILED: self.tr(
                "Something blocks the connection (✘ below). Copy the report for the help desk."
            ),
        }
        self.summary.setText(verdicts[report.worst])
        self.report.setPlainText(report.text(QCoreApplication.translate))
        self.copy_button.setEnabled(True)

    def done(self, result: int) -> None:
        self.runner.cancel()
        super().done(result)

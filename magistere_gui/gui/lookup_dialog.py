"""Retrouver mon identifiant, from step 2/2 of the reset: the lookup without leaving the reset.

Why a dialog: going back to the identifiant page would lose the reset's session
(the security code was already accepted). The NUMEN typed at step 2/2 is used;
only the last name is asked for.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from magistere_gui.client import AcademieClient, IdentifiantFound
from magistere_gui.gui.accessibility import report_focus
from magistere_gui.gui.keys import ignore_stray_alt_keys
from magistere_gui.gui.messages import Operation, advice_for
from magistere_gui.gui.widgets import StatusArea
from magistere_gui.gui.worker import TaskRunner


class IdentifiantLookupDialog(QDialog):
    def __init__(
        self, client: AcademieClient, numen: str, lookup_url: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find my identifiant"))
        self.found = ""
        self._client, self._numen, self._lookup_url = client, numen, lookup_url
        self.runner = TaskRunner(self)
        self.last_name = QLineEdit(self)
        self.last_name.setAccessibleName(self.tr("Last name (birth or married)"))
        self.find_button = QPushButton(self.tr("Find it"), self)
        self.status = StatusArea(self.runner, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Last name (birth or married):"), self.last_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.find_button)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.find_button.clicked.connect(self._find)
        self.last_name.returnPressed.connect(self._find)
        self.runner.succeeded.connect(self._on_found)
        self.runner.failed.connect(self._on_failed)
        report_focus(self)  # Tab back into the name field is heard, as on the pages
        ignore_stray_alt_keys(self)

    def _find(self) -> None:
        if not self.last_name.text().strip() or self.runner.busy:
            return
        client, last_name, numen = self._client, self.last_name.text(), self._numen
        self.runner.start(lambda: client.lookup_identifiant(last_name, numen))

    def _on_found(self, found: IdentifiantFound) -> None:
        self.found = found.identifiant
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self.status.show_advice(advice_for(error, Operation.LOOKUP), self._lookup_url)
        self.status.message.setFocus()

    def done(self, result: int) -> None:
        self.runner.cancel()
        super().done(result)

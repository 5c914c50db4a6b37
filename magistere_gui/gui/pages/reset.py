"""Réinitialisation, étape 2/2: identifiant and NUMEN; the password becomes the NUMEN again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from magistere_gui import rules
from magistere_gui.client import ResetDone
from magistere_gui.gui.fit import WrappingButton, keep_width
from magistere_gui.gui.messages import Operation, advice_for
from magistere_gui.gui.pages.base import BasePage, WizardContext, form_layout
from magistere_gui.gui.widgets import SecretField


class ResetStepTwoPage(BasePage):
    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Reset your password, step 2/2"))
        self.setSubTitle(
            self.tr(
                "Type your identifiant and your NUMEN. Your password will become your NUMEN in capitals again."
            )
        )
        self.identifiant = QLineEdit(self)
        self.identifiant.setAccessibleName(self.tr("Identifiant"))
        keep_width(self.identifiant, 24)
        self.numen = SecretField(self.tr("NUMEN"), self.tr("Show the NUMEN"), self)
        self.reset_button = WrappingButton(self.tr("Reset my password"), self)
        self.find_identifiant_button = WrappingButton(
            self.tr("I do not know my identifiant: find it"), self
        )
        form = form_layout()
        form.addRow(self.tr("&Identifiant:"), self.identifiant)
        form.addRow(self.tr("N&UMEN:"), self.numen)
        layout = QVBoxLayout(self.body)
        layout.addLayout(form)
        layout.addWidget(self.find_identifiant_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.identifiant.textChanged.connect(lambda: self.set_inputs_enabled(not self.runner.busy))
        self.numen.textChanged.connect(lambda: self.set_inputs_enabled(not self.runner.busy))
        self.numen.returnPressed.connect(self._reset)
        self.reset_button.clicked.connect(self._reset)
        self.find_identifiant_button.clicked.connect(self._find_identifiant)
        self.runner.succeeded.connect(self._on_success)
        self.runner.failed.connect(self._on_failure)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.state.identifiant and not self.identifiant.text():
            self.identifiant.setText(self.state.identifiant)
        if self.state.numen and not self.numen.text():
            self.numen.setText(self.state.numen)
        self.status.clear()
        self.set_inputs_enabled(True)
        self.focus_when_shown(self.reset_button if self.numen.text() else self.identifiant)

    def is_done(self) -> bool:
        return self.state.reset_done

    def set_inputs_enabled(self, enabled: bool) -> None:
        ready = (
            bool(self.identifiant.text().strip())
            and self._numen_valid()
            and not self.state.reset_done
        )
        self.reset_button.setEnabled(enabled and ready)
        # Once done, the fields say whose password was reset, beside "C'est fait": an edit
        # there would change nothing (the académie's form is used up) but what they show.
        for field in (self.identifiant, self.numen.line_edit):
            field.setReadOnly(self.state.reset_done)
        self.find_identifiant_button.setEnabled(not self.state.reset_done)

    def _numen_valid(self) -> bool:
        try:
            rules.parse_numen(self.numen.text())
        except rules.InvalidNumenError:
            return False
        return True

    def _find_identifiant(self) -> None:
        """The lookup in a dialog (the NUMEN typed here, the last name asked), then back here."""
        from magistere_gui.gui.lookup_dialog import IdentifiantLookupDialog

        if not self._numen_valid():
            self.status.show_text(
                self.tr("Type your NUMEN first: it is needed to find your identifiant."),
                tone="error",
            )
            self.numen.setFocus()
            return
        dialog = IdentifiantLookupDialog(
            self.context.client,
            self.numen.text(),
            self.context.profile.url("identifiant_lookup"),
            self,
        )
        dialog.last_name.setText(self.state.last_name)
        dialog.finished.connect(lambda _result: self._identifiant_found(dialog.found))
        dialog.open()
        self.lookup_dialog = dialog

    def _identifiant_found(self, identifiant: str) -> None:
        if identifiant:
            self.identifiant.setText(identifiant)
            self.state.identifiant = identifiant
            self.status.show_text(
                self.tr("Your identifiant is {identifiant}.").format(identifiant=identifiant),
                tone="success",
            )
            self.reset_button.setFocus()

    def _reset(self) -> None:
        step = self.context.reset_step_two
        if not self.reset_button.isEnabled() or step is None:
            return
        try:  # parsed once, here; the parsed value (its repr hides it) goes to the client
            numen = rules.parse_numen(self.numen.text())
        except rules.InvalidNumenError:
            return
        client, identifiant = self.context.client, self.identifiant.text().strip()
        self.runner.start(lambda: client.submit_reset(step, identifiant, numen))

    def _on_success(self, result: ResetDone) -> None:
        numen = rules.parse_numen(self.numen.text())
        self.state.identifiant = self.identifiant.text().strip()
        self.state.numen = numen.value
        self.state.current_password = numen.default_password()
        self.state.reset_done = True
        self.status.show_text(
            self.tr(
                "Done: your password is your NUMEN in capital letters again. Changing it now is "
                "strongly advised: that is the next page."
            ),
            tone="success",
        )
        self.set_inputs_enabled(True)
        self.completeChanged.emit()

    def _on_failure(self, error: Exception) -> None:
        self.status.show_advice(
            advice_for(error, Operation.RESET_STEP_TWO), self.context.profile.url("password_reset")
        )

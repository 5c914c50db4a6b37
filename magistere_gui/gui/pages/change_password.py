"""Changer le mot de passe: a live checklist of the policy and an advisory strength meter."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from magistere_gui import rules
from magistere_gui.client import PasswordChanged
from magistere_gui.gui.accessibility import ReadingList, describe, mark_feedback_line
from magistere_gui.gui.fit import PASSWORD_DOTS, FeedbackLine, WrappingButton, keep_width
from magistere_gui.gui.messages import Operation, advice_for, translate_message
from magistere_gui.gui.pages.base import BasePage, WizardContext, form_layout
from magistere_gui.gui.strength import estimate_strength, prepare_in_background
from magistere_gui.gui.widgets import SecretField


class ChangePasswordPage(BasePage):
    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Change your password"))
        self.setSubTitle(
            self.tr(
                "Strongly advised while your password is still your NUMEN. The new password will open M@gistère, Webmel and I-Prof."
            )
        )
        self.identifiant = QLineEdit(self)
        self.identifiant.setAccessibleName(self.tr("Identifiant"))
        keep_width(self.identifiant, 24)
        self.old_password = SecretField(
            self.tr("Current password"),
            self.tr("Show the current password"),
            self,
            dots=PASSWORD_DOTS,
        )
        self.new_password = SecretField(
            self.tr("New password"), self.tr("Show the new password"), self, dots=PASSWORD_DOTS
        )
        self.confirmation = SecretField(
            self.tr("New password again"),
            self.tr("Show the confirmation"),
            self,
            dots=PASSWORD_DOTS,
        )
        self.checklist = ReadingList(self.tr("Password rules"), self)
        self.strength = QProgressBar(self)
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setAccessibleName(self.tr("Password strength"))
        self.strength_text = FeedbackLine(self)
        mark_feedback_line(self.strength_text, self.new_password.line_edit)
        self.change_button = WrappingButton(self.tr("Change my password"), self)
        self.skip_button = WrappingButton(self.tr("Do not change it now"), self)
        self.skip_button.setAccessibleDescription(
            self.tr("The last page will say that the password was not changed.")
        )

        form = form_layout()
        form.addRow(self.tr("&Identifiant:"), self.identifiant)
        form.addRow(self.tr("C&urrent password:"), self.old_password)
        form.addRow(self.tr("N&ew password:"), self.new_password)
        form.addRow(self.tr("&Confirm the new password:"), self.confirmation)
        # The rules right under the fields they judge, before the strength (advice only):
        # at 200 % text they were pushed below the window by the strength's room.
        form.addRow(self.checklist)
        form.addRow(self.tr("Strength (advice only):"), self.strength)
        form.addRow(self.strength_text)
        layout = QVBoxLayout(self.body)
        layout.addLayout(form)
        layout.addWidget(self.change_button)
        layout.addWidget(self.status)
        layout.addWidget(self.skip_button)
        layout.addStretch(1)

        self.identifiant.textChanged.connect(self._on_typed)
        for field in (self.old_password, self.new_password, self.confirmation):
            field.textChanged.connect(self._on_typed)
        self.confirmation.returnPressed.connect(self._change)
        self._room_kept = False
        self.change_button.clicked.connect(self._change)
        self.skip_button.clicked.connect(self._skip)
        self.runner.succeeded.connect(self._on_success)
        self.runner.failed.connect(self._on_failure)

    def is_done(self) -> bool:
        """Only a change the académie confirmed, or the teacher's choice to skip it, lets the
        wizard go on: Return in a field never passes for a change that did not happen."""
        return self.state.password_changed or self.state.change_skipped

    def _skip(self) -> None:
        self.state.change_skipped = True
        self.wizard().next()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.state.change_skipped = False
        if self.state.identifiant and not self.identifiant.text():
            self.identifiant.setText(self.state.identifiant)
        if self.state.current_password and not self.old_password.text():
            self.old_password.setText(self.state.current_password)
        if not self._room_kept:
            # The strength line keeps the room of a long verdict: typing moves nothing below.
            self.strength_text.reserve_for(
                [
                    estimate_strength(sample, [], follows_the_rules=False).text
                    for sample in ("", "azerty", "aaaaaaaa", "2024", "P@ssw0rd")
                ]
            )
            self._room_kept = True
        self._on_typed()
        self.focus_when_shown(self.new_password)
        prepare_in_background()  # ready before the first key typed

    def _checks(self) -> list[rules.PolicyCheck]:
        return rules.check_password(
            self.new_password.text(),
            confirmation=self.confirmation.text(),
            identifiant=self.identifiant.text().strip(),
            numen=self.state.numen,
            old_password=self.old_password.text(),
        )

    def _on_typed(self) -> None:
        checks = self._checks()
        typed = bool(self.new_password.text())
        self.checklist.set_lines(
            [
                # Nothing typed, nothing to judge: the rules are listed without ✔ or ✘.
                (
                    ("ok" if check.satisfied else "fail") if typed else "",
                    translate_message(check.message),
                )
                for check in checks
            ]
        )
        strength = estimate_strength(
            self.new_password.text(),
            [self.identifiant.text(), self.state.first_name, self.state.last_name],
            # The new password alone: a confirmation not yet typed does not make it weak.
            follows_the_rules=rules.password_acceptable(
                [
                    check
                    for check in checks
                    if check.rule is not rules.PolicyRule.CONFIRMATION_MATCHES
                ]
            ),
        )
        self.strength.setValue(strength.score)
        self.strength_text.setText(strength.text)
        # Said while typing only when the rating changes, not at each key.
        describe(self.new_password.line_edit, strength.text, str(strength.score))
        self.set_inputs_enabled(not self.runner.busy)

    def set_inputs_enabled(self, enabled: bool) -> None:
        ready = rules.password_acceptable(self._checks()) and bool(
            self.identifiant.text().strip() and self.old_password.text()
        )
        self.change_button.setEnabled(enabled and ready and not self.state.password_changed)

    def _change(self) -> None:
        if not self.change_button.isEnabled():
            return
        client = self.context.client
        identifiant, old, new = (
            self.identifiant.text().strip(),
            self.old_password.text(),
            self.new_password.text(),
        )
        self.runner.start(lambda: client.change_password(identifiant, old, new))

    def _on_success(self, result: PasswordChanged) -> None:
        self.state.password_changed = True
        self.state.current_password = self.new_password.text()
        self.status.show_text(
            self.tr(
                "Your password has been changed. Use it from now on for M@gistère, Webmel and I-Prof."
            ),
            tone="success",
        )
        self.skip_button.hide()
        self.set_inputs_enabled(True)
        self.completeChanged.emit()

    def _on_failure(self, error: Exception) -> None:
        # The fields keep what was typed, so a small fix is enough.
        self.status.show_advice(
            advice_for(
                error,
                Operation.CHANGE_PASSWORD,
                max_failed_logins=self.context.profile.max_failed_logins,
            ),
            self.context.profile.url("password_change"),
        )

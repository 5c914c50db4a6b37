"""Identifiant: name and NUMEN checked as typed, then the académie's lookup."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from magistere_gui import rules
from magistere_gui.client import IdentifiantFound, NotFoundError
from magistere_gui.gui.accessibility import ValueField, describe, mark_feedback_line, set_tone
from magistere_gui.gui.fit import FeedbackLine, FlowRow, SharedRoom, WrappingButton, keep_width
from magistere_gui.gui.messages import (
    Operation,
    advice_for,
    translate_message,
    translate_rules_text,
)
from magistere_gui.gui.pages.base import BasePage, WizardContext, form_layout
from magistere_gui.gui.widgets import SecretField, copy_to_clipboard


class IdentifiantPage(BasePage):
    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Your identifiant"))
        self.setSubTitle(
            self.tr(
                "It is the first letter of your first name followed by your last name, sometimes "
                "with a number (1, 2, 3…) when someone else has the same name."
            )
        )
        self.first_name = QLineEdit(self)
        self.first_name.setAccessibleName(self.tr("First name"))
        self.last_name = QLineEdit(self)
        self.last_name.setAccessibleName(self.tr("Last name (birth or married)"))
        self.numen = SecretField(self.tr("NUMEN"), self.tr("Show the NUMEN"), self)
        self.name_feedback = FeedbackLine(self)
        self.prediction = FeedbackLine(self)
        self.numen_feedback = FeedbackLine(self)
        for line, field in (
            (self.name_feedback, self.last_name),
            (self.prediction, self.first_name),
            (self.numen_feedback, self.numen.line_edit),
        ):
            mark_feedback_line(line, field)  # heard with its field, not twice
        self.lookup_button = WrappingButton(self.tr("Check online"), self)
        self.lookup_button.setAccessibleName(self.tr("Check my identifiant online"))
        self.result = ValueField(self.tr("Your identifiant"), self)
        self.result_label = QLabel(self.tr("Your &identifiant:"), self)
        self.result_label.setBuddy(self.result)
        self.copy_button = QToolButton(self)
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the identifiant"))
        self.no_numen_button = WrappingButton(self.tr("I do not know my NUMEN"), self)
        for name_field in (self.first_name, self.last_name):
            keep_width(name_field, 24)
        keep_width(self.result, 1, follow_text=True)  # the identifiant, whole: never cut

        form = form_layout()
        form.addRow(self.tr("&First name:"), self.first_name)
        form.addRow(self.tr("&Last name (birth or married):"), self.last_name)
        form.addRow(self.name_feedback)
        form.addRow(self.tr("N&UMEN:"), self.numen)
        form.addRow(self.numen_feedback)
        result_row = FlowRow()
        result_row.addWidget(self.result_label)
        result_row.addWidget(self.result)
        result_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self.body)
        layout.addLayout(form)
        # The action right after the last field; the probable identifiant under it, and the
        # answer in its place once the académie confirmed it (one room kept for both).
        layout.addWidget(self.lookup_button)
        answer = SharedRoom(self.prediction)
        answer.addWidget(self.prediction)
        answer.addWidget(self.status)
        answer.addLayout(result_row)
        answer.finish()
        layout.addLayout(answer)
        layout.addStretch(1)
        layout.addWidget(self.no_numen_button, 0, Qt.AlignmentFlag.AlignLeft)

        for field in (self.first_name, self.last_name):
            field.textChanged.connect(self._on_typed)
        self.numen.textChanged.connect(self._on_typed)
        self.numen.returnPressed.connect(self._on_return)
        self.lookup_button.clicked.connect(self._look_up)
        self.copy_button.clicked.connect(
            lambda: copy_to_clipboard(self.result.text(), self.copy_button)
        )
        self.no_numen_button.clicked.connect(self._ask_numen_help)
        self.runner.succeeded.connect(self._on_found)
        self.runner.failed.connect(self._on_failed)
        # The lookup could not be done (site down, page changed): continuing with
        # the probable identifiant is then allowed, so the teacher is never stuck.
        self._lookup_unavailable = False
        self._show_result("")
        self._keep_room_for_feedback()
        self._on_typed()

    def _keep_room_for_feedback(self) -> None:
        """The lines under the fields keep the room of their longest message: typing never
        moves the fields and buttons below them."""
        self.name_feedback.reserve_for(
            [self._name_feedback(name) for name in ("D'Artagnan  de la Fontaine", "Le  Goff")]
        )
        self.numen_feedback.reserve_for(
            [
                self._numen_feedback(typed)[0]
                for typed in ("", "24E07", "24EO712345ABC", "2400712345ABC", "99P0712345ABC")
            ]
        )
        self.prediction.reserve_for(
            [self._prediction_text("Marie-Amélie", "Delacroix de la Fontaine")]
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.state.wants_numen_help = False
        self.focus_when_shown(self.first_name)

    def is_done(self) -> bool:
        return self.state.identifiant_confirmed_online or (
            self._lookup_unavailable and bool(self._best_guess())
        )

    def _best_guess(self) -> str:
        candidates = rules.predict_identifiant(
            self.first_name.text(), self.last_name.text()
        ).candidates
        return candidates[0] if candidates else ""

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if not self.state.identifiant_confirmed_online:
            # Never a guess as the teacher's identifiant: the next page asks them to type it.
            self.state.identifiant = ""
            self.state.identifiant_guess = self._best_guess()
        return True

    def set_inputs_enabled(self, enabled: bool) -> None:
        self.lookup_button.setEnabled(enabled and self._numen_is_valid())

    def _numen_is_valid(self) -> bool:
        try:
            rules.parse_numen(self.numen.text())
        except rules.InvalidNumenError:
            return False
        return bool(self.last_name.text().strip())

    def _on_typed(self) -> None:
        """Everything a person can learn before any network call, as they type."""
        self.state.first_name = self.first_name.text().strip()
        self.state.last_name = self.last_name.text().strip()
        if self.state.identifiant_confirmed_online or self._lookup_unavailable:
            self.state.identifiant = ""
        self.state.identifiant_confirmed_online = False
        self._lookup_unavailable = False
        self._show_result("")
        if self.runner.busy:  # its answer would be about what was typed before
            self.runner.cancel()
        if self.status.message.text():  # an answer about other details: never left on screen
            self.status.clear()
        self.name_feedback.setText(self._name_feedback(self.last_name.text()))
        changes = rules.normalise_lookup_name(self.last_name.text()).changes
        describe(self.last_name, self.name_feedback.text(), repr(changes))
        self._show_prediction()
        self._show_numen_feedback()
        self.set_inputs_enabled(not self.runner.busy)
        self.completeChanged.emit()

    def _name_feedback(self, last_name: str) -> str:
        normalised = rules.normalise_lookup_name(last_name)
        if normalised.value and normalised.changes:
            changes = " ".join(translate_message(change) for change in normalised.changes)
            return self.tr("Will be sent as: {name}. {changes}").format(
                name=normalised.value, changes=changes
            )
        if normalised.value:
            return self.tr("Will be sent as: {name}").format(name=normalised.value)
        return ""

    def _show_prediction(self) -> None:
        """The probable identifiant as typed; once the académie answered, its answer instead."""
        if self.state.identifiant_confirmed_online:
            text = self.tr("Identifiant confirmed by the académie: {identifiant}").format(
                identifiant=self.state.identifiant
            )
            meaning = "confirmed"
        else:
            first, last = self.first_name.text(), self.last_name.text()
            text = self._prediction_text(first, last)
            meaning = rules.predict_identifiant(first, last).reason.template
        self.prediction.setText(text)
        # Confirmed, the answer below says it (with the identifiant, large): not twice.
        self.prediction.setVisible(meaning != "confirmed")
        describe(self.first_name, text, meaning)

    def _prediction_text(self, first_name: str, last_name: str) -> str:
        prediction = rules.predict_identifiant(first_name, last_name)
        text = translate_message(prediction.reason)
        if prediction.candidates:
            others = prediction.candidates[1:]
            best = self.tr("Probable identifiant: {best}").format(best=prediction.candidates[0])
            if others:
                best += " " + self.tr("(or {others})").format(others=", ".join(others))
            text = best + "\n" + text
        return text

    def _show_numen_feedback(self) -> None:
        typed = self.numen.text()
        text, tone, self.state.numen = self._numen_feedback(typed)
        spoken, meaning = self._numen_spoken(typed)
        self._set_feedback(
            self.numen_feedback, self.numen.line_edit, text, tone, meaning, spoken=spoken
        )

    def _numen_spoken(self, typed: str) -> tuple[str, str]:
        """What a screen reader is told of the NUMEN line ("": the line itself), and its
        meaning. Never a character of the NUMEN: not the position of a look-alike, nor the
        académie, category and year of a well-formed one (its first five characters)."""
        if not typed.strip():
            return "", "empty"
        try:
            rules.parse_numen(typed)
        except rules.InvalidNumenError as error:
            return translate_message(error.spoken), error.spoken.template
        return self.tr("Well-formed NUMEN."), "valid"

    def _numen_feedback(self, typed: str) -> tuple[str, str, str]:
        """The line under the NUMEN for what is typed, its tone, and the NUMEN when valid."""
        if not typed.strip():
            # The sheet: ask the school's GEP manager or the rectorat.
            return self.tr("13 characters. Your school's GEP manager can give it to you."), "", ""
        try:
            numen = rules.parse_numen(typed)
        except rules.InvalidNumenError as error:
            return translate_message(error.message), "error", ""
        if numen.academie_name is None:
            details = self.tr(
                "Well-formed NUMEN. Its académie code ({code}) is not in this program's list: "
                "that does not block anything, the académie decides."
            ).format(code=numen.academie_code)
        else:
            details = self.tr(
                "Well-formed NUMEN: académie of {academie}, {system}, {year}."
            ).format(
                academie=numen.academie_name,
                system=translate_rules_text(numen.system_description),
                year=numen.registration_year,
            )
            if not numen.is_creteil:
                details += " " + self.tr(
                    "It comes from another académie: that is fine, it still works in Créteil."
                )
        return details, "success", numen.value

    @staticmethod
    def _set_feedback(
        label: QLabel, field: QWidget, text: str, tone: str, meaning: str, spoken: str = ""
    ) -> None:
        """A feedback line is also its field's accessible description: heard with the field,
        and while typing only when its meaning changes. ``spoken`` replaces ``text`` for
        screen readers (the line and the field) where ``text`` tells part of a secret."""
        label.setText(text)
        label.setAccessibleName(spoken if spoken and spoken != text else "")
        set_tone(label, tone)
        describe(field, spoken or text, meaning)

    def _on_return(self) -> None:
        """Return checks online; once the identifiant is confirmed, Return goes on."""
        if self.state.identifiant_confirmed_online:
            self.wizard().next()
        else:
            self._look_up()

    def _look_up(self) -> None:
        if not self.lookup_button.isEnabled():
            return
        try:  # parsed once, here; the parsed value (its repr hides it) goes to the client
            numen = rules.parse_numen(self.numen.text())
        except rules.InvalidNumenError:
            return
        last_name = self.last_name.text()
        client = self.context.client
        self._show_result("")
        self.runner.start(lambda: client.lookup_identifiant(last_name, numen))

    def _on_found(self, found: IdentifiantFound) -> None:
        self.state.identifiant = found.identifiant
        self.state.identifiant_confirmed_online = True
        sentence = self.tr(
            "The académie confirms your identifiant: {identifiant}. Write it down, then "
            "continue with your password."
        ).format(identifiant=found.identifiant)
        self.status.show_text(sentence, tone="success")
        self._show_result(found.identifiant)
        self._show_prediction()
        self.completeChanged.emit()
        # The focus goes to "Copy", the sentence as its description, set before the focus
        # moves: every screen reader then says the button and the sentence once. On the
        # identifiant field itself, Orca 48 would say its value and then the sentence naming it
        # again, and Orca 43 would say nothing but a description changed afterwards.
        self.copy_button.setAccessibleDescription(sentence)
        self.copy_button.setFocus()

    def _on_failed(self, error: Exception) -> None:
        advice = advice_for(error, Operation.LOOKUP)
        self._lookup_unavailable = not isinstance(error, NotFoundError | rules.InvalidNumenError)
        guess = self._best_guess()
        if self._lookup_unavailable and guess:
            go_on = self.tr(
                "You can also go on and type your identifiant yourself on the next page. It is "
                "probably {guess}, but it may end with a digit (1, 2, 3…) if someone else has "
                "the same name: only the académie can confirm it."
            )
            advice = dataclasses.replace(advice, text=f"{advice.text} {go_on.format(guess=guess)}")
        self.status.show_advice(advice, self.context.profile.url("identifiant_lookup"))
        self.completeChanged.emit()
        self.status.message.setFocus()

    def _show_result(self, identifiant: str) -> None:
        self.result.setText(identifiant)
        if not identifiant:
            self.copy_button.setAccessibleDescription("")
        for widget in (self.result, self.result_label, self.copy_button):
            widget.setVisible(bool(identifiant))

    def _ask_numen_help(self) -> None:
        self.state.wants_numen_help = True
        self.wizard().next()

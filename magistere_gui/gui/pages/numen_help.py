"""Aide NUMEN: whom to ask when the NUMEN is unknown or lost, with a message ready to send.

Whom to ask for a lost NUMEN depends on the teacher's département; the names and contacts
come from the site profile (``[numen_help.departements.NN]``), each contact with the public
page it was read on. Where the profile knows no service, the advice sends the teacher to
the school's secretariat rather than to a guessed address.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from magistere_gui.client.profile import Departement
from magistere_gui.gui.accessibility import announce, mark_feedback_line
from magistere_gui.gui.fit import FlowRow, WrappingButton, WrappingRadioButton
from magistere_gui.gui.pages.base import BasePage, WizardContext, wrapped_label
from magistere_gui.gui.widgets import copy_to_clipboard, open_in_browser


class NumenHelpPage(BasePage):
    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Your NUMEN"))
        self.setSubTitle(self.tr("The NUMEN is given by the administration. Here is whom to ask."))
        self.unknown_choice = WrappingRadioButton(self.tr("I have never known my NUMEN"), self)
        self.lost_choice = WrappingRadioButton(self.tr("I have lost my NUMEN"), self)
        group = QButtonGroup(self)
        group.addButton(self.unknown_choice)
        group.addButton(self.lost_choice)
        self.departements = {d.number: d for d in context.profile.numen_help}
        # The box's title in a label that wraps (a group box's own title never does, and at large
        # text it made the page wider than the window); the box is still named by it.
        box_title = self.tr("Your département (where your school is)")
        self.departement_box = QGroupBox(self)
        self.departement_box.setAccessibleName(box_title)
        self.departement_buttons: dict[str, QRadioButton] = {}
        box_layout = QVBoxLayout(self.departement_box)
        box_layout.addWidget(wrapped_label(box_title, self.departement_box))
        choices = FlowRow()  # side by side while they fit: the page stays short
        box_layout.addLayout(choices)
        departement_group = QButtonGroup(self)
        for number, departement in self.departements.items():
            button = WrappingRadioButton(f"{number} – {departement.name}", self.departement_box)
            self.departement_buttons[number] = button
        self.departement_buttons[""] = WrappingRadioButton(
            self.tr("I do not know"), self.departement_box
        )
        for choice in self.departement_buttons.values():
            departement_group.addButton(choice)
            choices.addWidget(choice)
        # Once per choice (not also for the button that was unchecked): one announcement.
        departement_group.buttonToggled.connect(
            lambda _button, checked: self._refresh() if checked else None
        )
        self.advice = wrapped_label("", self)
        # The advice is read with the choice it answers (its description): Orca 48 does not
        # read a page's loose texts on entering it, and Orca 43 then does not read it twice.
        mark_feedback_line(self.advice, self.unknown_choice)
        # A wrapped label, not a list of fixed-height rows: each explanation may take two lines
        # at large text sizes and must never be cut.
        self.glossary_box = QGroupBox(self.tr("Words used on this page"), self)
        self.glossary = wrapped_label("\n".join(self.glossary_lines()), self.glossary_box)
        self.glossary.setAccessibleName(self.glossary_box.title())
        QVBoxLayout(self.glossary_box).addWidget(self.glossary)
        self.message = QPlainTextEdit(self)
        self.message.setReadOnly(True)
        self.message.setAccessibleName(self.tr("Message ready to send"))
        self.copy_button = WrappingButton(self.tr("Copy the message"), self)
        self.mail_button = WrappingButton(self.tr("Open it in my email program"), self)
        buttons = FlowRow()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.mail_button)
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.unknown_choice)
        layout.addWidget(self.lost_choice)
        layout.addWidget(self.departement_box)
        layout.addWidget(self.advice)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)
        # Shown when no mail program opens: the message is then sent by hand.
        self.mail_note = wrapped_label("", self)
        self.mail_note.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.mail_note.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.mail_note.hide()
        layout.addWidget(self.mail_note)
        self.unknown_choice.toggled.connect(lambda _checked: self.mail_note.hide())
        layout.addWidget(self.glossary_box)
        # Said once per choice: when a choice is made, not when the other one is unmade.
        self.unknown_choice.toggled.connect(self._on_choice)
        self.lost_choice.toggled.connect(self._on_choice)
        self.copy_button.clicked.connect(
            lambda: copy_to_clipboard(self.message.toPlainText(), self.copy_button)
        )
        self.mail_button.clicked.connect(self._open_mail)
        self.unknown_choice.setChecked(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        # Not announced: entering the page, a screen reader reads its text with the choice.
        self._refresh(speak=False)

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        super().cleanupPage()
        self.state.wants_numen_help = False

    def glossary_lines(self) -> list[str]:
        """The administration's words on this page and the keychain, one plain line each."""
        return [
            self.tr(
                "GEP manager (gestionnaire GEP): the person at your school who handles the "
                "staff's administrative files; the school's secretariat can tell you who it is."
            ),
            self.tr(
                "DSDEN: the offices of the Éducation nationale in your département (one for the "
                "77, one for the 93, one for the 94)."
            ),
            self.tr(
                "DIMOPE: a service of the DSDEN of Seine-Saint-Denis (93); for a lost NUMEN, the "
                "help sheet sends you to its secretariat or to your manager there."
            ),
            self.tr(
                "Keychain (trousseau): the protected place where your computer keeps passwords; "
                "it opens with your session's password."
            ),
        ]

    def chosen_departement(self) -> Departement | None:
        for number, button in self.departement_buttons.items():
            if button.isChecked():
                return self.departements.get(number)
        return None

    def _signature(self) -> str:
        name = f"{self.state.first_name} {self.state.last_name}".strip()
        return name or self.tr("[your first name and last name]")

    def subject(self) -> str:
        if self.lost_choice.isChecked():
            return self.tr("Lost NUMEN")
        return self.tr("Request for my NUMEN")

    def _on_choice(self, checked: bool) -> None:
        if checked:
            self._refresh()

    def _refresh(self, *, speak: bool = True) -> None:
        lost = self.lost_choice.isChecked()
        self.departement_box.setVisible(lost and bool(self.departements))
        if lost:
            self.advice.setText(self._lost_advice())
            body = self.tr(
                "Hello,\n\nI have lost my NUMEN and need it to connect to M@gistère, Webmel and "
                "I-Prof. Please find attached a scanned copy of my identity card.\n\n"
                "Could you send me my NUMEN?\n\nThank you,\n{name}"
            )
        else:
            self.advice.setText(
                self.tr(
                    "Unknown NUMEN: ask your school's GEP manager (gestionnaire GEP), or your "
                    "administrative manager at the rectorat."
                )
            )
            body = self.tr(
                "Hello,\n\nI do not know my NUMEN and need it to connect to M@gistère, Webmel and "
                "I-Prof. Could you tell me how to obtain it?\n\nThank you,\n{name}"
            )
        self.message.setPlainText(body.format(name=self._signature()))
        self._describe_choices()
        if speak:
            announce(self.advice, self.advice.text())

    def _describe_choices(self) -> None:
        """Each choice carries the advice it leads to, set before the focus reaches it: Orca
        reads it with the choice, once (a description changed after the focus came would be
        read a second time by Orca 43). The announcement is then left out, the focused
        choice saying it."""
        lost = self.lost_choice.isChecked()
        unknown_advice = self.tr(
            "Unknown NUMEN: ask your school's GEP manager (gestionnaire GEP), or your "
            "administrative manager at the rectorat."
        )
        for choice, advice in (
            (self.unknown_choice, unknown_advice),
            (self.lost_choice, self._lost_advice()),
        ):
            if choice.accessibleDescription() != advice:
                choice.setAccessibleDescription(advice)
        mark_feedback_line(self.advice, self.lost_choice if lost else self.unknown_choice)

    def _lost_advice(self) -> str:
        ask_secretariat = self.tr(
            "Ask your school's secretariat (secrétariat de l'établissement): it knows which "
            "service manages your file and whom to write to."
        )
        departement = self.chosen_departement()
        if departement is None:
            if self.departements and not self.departement_buttons[""].isChecked():
                return self.tr(
                    "Lost NUMEN: choose your département above; whom to ask depends on it."
                )
            return self.tr("Lost NUMEN.") + " " + ask_secretariat
        place = f"{departement.number} {departement.name}"
        if not departement.service:
            # No public page names the service: never guess one.
            return (
                self.tr(
                    "Lost NUMEN ({place}): your file is kept by the {dsden}, but this assistant "
                    "knows no public contact there for a lost NUMEN."
                ).format(place=place, dsden=departement.dsden)
                + " "
                + ask_secretariat
                + "\n"
                + self.tr("Keep a scanned copy of your identity card ready.")
            )
        lines = [
            self.tr("Lost NUMEN ({place}): ask the {service} of the {dsden}.").format(
                place=place, service=departement.service, dsden=departement.dsden
            )
        ]
        if departement.how:
            lines.append(self.tr("How: {how}.").format(how=departement.how))
        lines.append(self.tr("Source: {source}.").format(source=departement.service_source))
        website = departement.contacts.get("website")
        if website:
            lines.append(self.tr("Its website: {address}").format(address=website))
        email = departement.contacts.get("email")
        if email:
            lines.append(self.tr("Its e-mail address: {address}").format(address=email))
        lines.append(
            self.tr(
                "Before sending the message below, attach the scan of your identity card. If you "
                "do not know whom to write to, ask your school's secretariat."
            )
        )
        return "\n".join(lines)

    def _open_mail(self) -> None:
        departement = self.chosen_departement() if self.lost_choice.isChecked() else None
        recipient = departement.contacts.get("email", "") if departement else ""
        if not open_in_browser(
            f"mailto:{quote(recipient, safe='@')}?subject={quote(self.subject())}"
            f"&body={quote(self.message.toPlainText())}"
        ):
            self._show_mail_by_hand(recipient)

    def _show_mail_by_hand(self, recipient: str) -> None:
        """No mail program opened: what to send, and to whom, to copy into any webmail."""
        text = self.tr(
            "No email program opened on this computer. Copy the message with “Copy the "
            "message”, then paste it into an email (Webmel works: {webmel}), with the "
            "subject “{subject}”."
        ).format(webmel=self.context.profile.url("webmel"), subject=self.subject())
        if recipient:
            text += " " + self.tr("Send it to: {address}").format(address=recipient)
        self.mail_note.setText(text)
        self.mail_note.show()
        self.mail_note.setFocus()
        announce(self.mail_note, text, assertive=True)

"""Aide NUMEN: whom to ask when the NUMEN is unknown or lost, with a message ready to send."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from magistere_gui.gui.accessibility import announce
from magistere_gui.gui.pages.base import BasePage, WizardContext, wrapped_label
from magistere_gui.gui.widgets import copy_to_clipboard, open_in_browser


class NumenHelpPage(BasePage):
    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Your NUMEN"))
        self.setSubTitle(self.tr("The NUMEN is given by the administration. Here is whom to ask."))
        self.unknown_choice = QRadioButton(self.tr("I have never known my NUMEN"), self)
        self.lost_choice = QRadioButton(self.tr("I have lost my NUMEN"), self)
        group = QButtonGroup(self)
        group.addButton(self.unknown_choice)
        group.addButton(self.lost_choice)
        self.advice = wrapped_label("", self)
        self.message = QPlainTextEdit(self)
        self.message.setReadOnly(True)
        self.message.setAccessibleName(self.tr("Message ready to send"))
        self.copy_button = QPushButton(self.tr("Copy the message"), self)
        self.mail_button = QPushButton(self.tr("Open it in my email program"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.mail_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unknown_choice)
        layout.addWidget(self.lost_choice)
        layout.addWidget(self.advice)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)
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
        if self.lost_choice.isChecked():
            # The sheet's own contact: the DSDEN of Seine-Saint-Denis (93).
            self.advice.setText(
                self.tr(
                    "Lost NUMEN: go to the DIMOPE secretariat of the DSDEN 93 with an identity card, "
                    "or email your DIMOPE manager with a scanned copy of your identity card attached."
                )
                + "\n"
                + self.tr(
                    "Before sending the message below, attach the scan of your identity card. "
                    "This contact is the one the help sheet gives, for the DSDEN of "
                    "Seine-Saint-Denis (93)."
                )
            )
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
        if speak:
            announce(self.advice, self.advice.text())

    def _open_mail(self) -> None:
        open_in_browser(
            f"mailto:?subject={quote(self.subject())}&body={quote(self.message.toPlainText())}"
        )

"""Accueil: what to have at hand, what is sent where, and the way in."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from magistere_gui.gui.accessibility import mark_first_page
from magistere_gui.gui.fit import WrappingRadioButton
from magistere_gui.gui.navigation import Goal
from magistere_gui.gui.pages.base import BasePage, WizardContext, wrapped_label


class WelcomePage(BasePage):
    # Nothing on it comes or goes as the teacher acts: no width to keep for a scroll bar.
    keeps_scroll_bar_room = False

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        mark_first_page(self)  # its texts are read with the window as it opens: once
        self.setTitle(self.tr("Connect to M@gistère"))
        self.setSubTitle(self.tr("This assistant follows the académie's help sheet, step by step."))
        needed = wrapped_label(
            self.tr(
                "Have at hand: your first name, your last name (birth or married name) and your "
                "NUMEN. The same identifiant and password open M@gistère, Webmel and I-Prof."
            ),
            self,
        )
        privacy = wrapped_label(
            self.tr(
                "What is sent, and to whom: your last name and NUMEN, or your identifiant and "
                "password, go only to the académie's own sites ({sites}). Nothing is saved on "
                "this computer unless you ask for it."
            ).format(sites=", ".join(sorted(self._hosts()))),
            self,
        )
        privacy.setObjectName("privacy")
        self.choices = QButtonGroup(self)
        self.find_choice = WrappingRadioButton(self.tr("I am looking for my identifiant"), self)
        self.check_choice = WrappingRadioButton(
            self.tr("I know my identifiant, I want to check my password"), self
        )
        self.reset_choice = WrappingRadioButton(self.tr("I have forgotten my password"), self)
        self.numen_choice = WrappingRadioButton(
            self.tr("I do not know my NUMEN, or I have lost it"), self
        )
        layout = QVBoxLayout(self.body)
        layout.addWidget(needed)
        layout.addWidget(privacy)
        layout.addSpacing(8)
        for goal, button in self._buttons().items():
            self.choices.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(lambda checked, chosen=goal: self._choose(chosen, checked))
        layout.addStretch(1)
        self.find_choice.setChecked(True)

    def _buttons(self) -> dict[Goal, QRadioButton]:
        return {
            Goal.FIND_IDENTIFIANT: self.find_choice,
            Goal.CHECK_PASSWORD: self.check_choice,
            Goal.RESET_PASSWORD: self.reset_choice,
            Goal.NUMEN_HELP: self.numen_choice,
        }

    def _hosts(self) -> set[str]:
        from urllib.parse import urlsplit

        urls = self.context.profile.urls
        return {
            urlsplit(urls[key]).hostname or ""
            for key in ("portal", "identifiant_lookup", "password_reset")
        }

    def _choose(self, goal: Goal, checked: bool) -> None:
        if checked:
            self.state.goal = goal

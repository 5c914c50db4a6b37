"""Terminé: what was checked, the identifiant to keep, and the académie's sites one click away."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from magistere_gui.gui.pages.base import BasePage, WizardContext, large_label, wrapped_label
from magistere_gui.gui.widgets import copy_to_clipboard, open_in_browser


class DonePage(BasePage):
    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("All set"))
        self.setSubTitle(
            self.tr("Your identifiant and password open M@gistère, Webmel and I-Prof.")
        )
        self.identifiant = large_label(self)
        self.identifiant.setAccessibleName(self.tr("Your identifiant"))
        self.copy_button = QToolButton(self)
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the identifiant"))
        self.summary = wrapped_label("", self)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.site_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        labels = {
            "magistere": self.tr("Open M@gistère"),
            "portal": self.tr("Open the externet portal"),
            "webmel": self.tr("Open Webmel (email)"),
            "iprof": self.tr("Open I-Prof"),
        }
        for index, (key, text) in enumerate(labels.items()):
            button = QPushButton(text, self)
            button.clicked.connect(
                lambda _checked=False, site=key: open_in_browser(self.context.profile.url(site))
            )
            self.site_buttons[key] = button
            grid.addWidget(button, index // 2, index % 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Your identifiant:"), self))
        row.addWidget(self.identifiant)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.copy_button.clicked.connect(lambda: copy_to_clipboard(self.identifiant.text()))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = self.state
        self.identifiant.setText(state.identifiant or "—")
        self.copy_button.setEnabled(bool(state.identifiant))
        lines = []
        if state.identifiant_confirmed_online:
            lines.append("✔ " + self.tr("Identifiant confirmed by the académie."))
        if state.login_succeeded:
            lines.append("✔ " + self.tr("Identifiant and password tested on the portal."))
        if state.reset_done:
            lines.append("✔ " + self.tr("Password reset."))
        if state.password_changed:
            lines.append("✔ " + self.tr("Password changed: use the new one from now on."))
        elif state.reset_done:
            lines.append(
                "⚠ "
                + self.tr(
                    "Your password is your NUMEN in capitals: change it soon (strongly advised)."
                )
            )
        self.summary.setText("\n".join(lines))

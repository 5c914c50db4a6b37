"""Terminé: what was checked, the identifiant to keep, and the académie's sites one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from magistere_gui.gui.accessibility import ReadingList, ValueField, announce, set_tone
from magistere_gui.gui.fit import FlowRow, WrappingButton, keep_width
from magistere_gui.gui.pages.base import BasePage, WizardContext
from magistere_gui.gui.widgets import copy_to_clipboard, open_in_browser


class DonePage(BasePage):
    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("All set"))
        self.setSubTitle(
            self.tr("Your identifiant and password open M@gistère, Webmel and I-Prof.")
        )
        self.identifiant = ValueField(self.tr("Your identifiant"), self)
        keep_width(self.identifiant, 1, follow_text=True)  # whole, never cut
        self.copy_button = QToolButton(self)
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the identifiant"))
        self.summary = ReadingList(self.tr("Summary"), self)
        self.site_buttons: dict[str, QPushButton] = {}
        self.site_addresses: dict[str, QLabel] = {}
        sites = QVBoxLayout()
        labels = {
            "magistere": self.tr("Open M@gistère"),
            "portal": self.tr("Open the externet portal"),
            "webmel": self.tr("Open Webmel (email)"),
            "iprof": self.tr("Open I-Prof"),
        }
        for key, text in labels.items():
            url = context.profile.url(key)
            button = WrappingButton(text, self)
            button.clicked.connect(lambda _checked=False, site=key: self._open(site))
            # The address as text too: to copy it, or to type it on another computer.
            address = QLabel(f'<a href="{url}">{url}</a>', self)
            address.setTextFormat(Qt.TextFormat.RichText)
            # Opened by us, not by the label: with no browser, the address is shown to type.
            address.setOpenExternalLinks(False)
            address.linkActivated.connect(lambda _link, site=key: self._open(site))
            address.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            address.setAccessibleName(url)
            self.site_buttons[key] = button
            self.site_addresses[key] = address
            # The address beside its button, or under it when the window is too narrow.
            row = FlowRow()
            row.addWidget(button)
            row.addWidget(address)
            sites.addLayout(row)
        self.browser_note = QLabel(self)
        self.browser_note.setWordWrap(True)
        set_tone(self.browser_note, "error")
        self.browser_note.hide()
        row_layout = FlowRow()
        identifiant_label = QLabel(self.tr("Your &identifiant:"), self)
        identifiant_label.setBuddy(self.identifiant)
        row_layout.addWidget(identifiant_label)
        row_layout.addWidget(self.identifiant)
        row_layout.addWidget(self.copy_button)
        layout = QVBoxLayout(self.body)
        layout.addLayout(row_layout)
        layout.addWidget(self.summary)
        layout.addLayout(sites)
        layout.addWidget(self.browser_note)
        layout.addStretch(1)
        self.copy_button.clicked.connect(
            lambda: copy_to_clipboard(self.identifiant.text(), self.copy_button)
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = self.state
        self.identifiant.setText(state.identifiant or "—")
        self.copy_button.setEnabled(bool(state.identifiant))
        proven = state.login_succeeded or state.password_changed
        self.setSubTitle(
            self.tr("Your identifiant and password open M@gistère, Webmel and I-Prof.")
            if proven
            else self.tr("What was done in this session, and what was not.")
        )
        self.summary.set_lines(self._summary_lines())
        self.browser_note.hide()
        # The focus on the identifiant: screen readers get it as a label named by its value,
        # read after "Votre identifiant :" (see accessibility.ValueField).
        self.focus_when_shown(self.identifiant)

    def _summary_lines(self) -> list[tuple[str, str]]:
        """Exactly what was and was not done in this session, each from what the académie
        answered (never from what the teacher only typed)."""
        state = self.state
        lines: list[tuple[str, str]] = []
        if state.identifiant_confirmed_online:
            lines.append(("ok", self.tr("Identifiant confirmed by the académie.")))
        elif not state.login_succeeded:
            lines.append(("warn", self.tr("Identifiant not confirmed by the académie.")))
        if state.login_succeeded:
            lines.append(("ok", self.tr("Identifiant and password tested on the portal.")))
        elif state.login_refused and not state.reset_done and not state.password_changed:
            lines.append(("warn", self.tr("Password refused by the portal: not confirmed.")))
        elif not state.password_changed:
            lines.append(("warn", self.tr("Password not tested on the portal.")))
        if state.reset_done:
            lines.append(("ok", self.tr("Password reset.")))
        if state.password_changed:
            lines.append(("ok", self.tr("Password changed: use the new one from now on.")))
        elif state.change_skipped or state.wants_change:
            lines.append(("warn", self.tr("Password not changed.")))
        if not state.password_changed and state.uses_default_password:
            lines.append(
                (
                    "warn",
                    self.tr(
                        "Your password is your NUMEN in capitals: change it soon (strongly advised)."
                    ),
                )
            )
        return lines

    def _open(self, site: str) -> None:
        url = self.context.profile.url(site)
        if not open_in_browser(url):
            self.browser_note.setText(
                self.tr(
                    "The browser could not be opened. Type this address in your browser: {url}"
                ).format(url=url)
            )
            self.browser_note.show()
            # Said here: the page has no status area (one made now would float over it).
            announce(self.browser_note, self.browser_note.text(), assertive=True)

"""Mot de passe: the default is the NUMEN in capitals; test it once on the portal."""

from __future__ import annotations

import dataclasses
import hashlib
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from magistere_gui import keychain
from magistere_gui.client import (
    AccountLockedError,
    LoginSucceeded,
    WrongCredentialsError,
)
from magistere_gui.gui.accessibility import announce, set_tone
from magistere_gui.gui.fit import (
    PASSWORD_DOTS,
    SpaceWrappedLabel,
    WrappingButton,
    WrappingCheckBox,
    keep_width,
)
from magistere_gui.gui.messages import Operation, advice_for
from magistere_gui.gui.pages.base import BasePage, WizardContext, form_layout
from magistere_gui.gui.widgets import SecretField
from magistere_gui.gui.worker import TaskRunner


def _look_in_keychain() -> tuple[keychain.KeychainStatus, str | None]:
    """Which keychain this computer has, and the identifiant kept there, if any."""
    return keychain.status(), keychain.saved_identifiant()


def _numen_not_in_capitals(password: str) -> bool:
    """A NUMEN typed with some small letters: the default password is it in capitals."""
    from magistere_gui import rules

    try:
        numen = rules.parse_numen(password)
    except rules.InvalidNumenError:
        return False
    return password.strip() != numen.default_password()


def _attempt_digest(identifiant: str, password: str) -> str:
    """Remember a refused attempt without keeping the password itself."""
    return hashlib.sha256(f"{identifiant.strip().lower()}\0{password}".encode()).hexdigest()


class PasswordPage(BasePage):
    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Your password"))
        self.setSubTitle(
            self.tr(
                "By default, your password is your NUMEN in capital letters. If the NUMEN does "
                "not work, you changed it: type the password you chose."
            )
        )
        self.identifiant = QLineEdit(self)
        self.identifiant.setAccessibleName(self.tr("Identifiant"))
        keep_width(self.identifiant, 24)
        self.password = SecretField(
            self.tr("Password"), self.tr("Show the password"), self, dots=PASSWORD_DOTS
        )
        self.default_button = WrappingButton(
            self.tr("Use the default password (my NUMEN in capitals)"), self
        )
        self.test_button = WrappingButton(self.tr("Test the connection"), self)
        self.test_button.setAccessibleName(self.tr("Test the connection to the portal"))
        self.reset_button = WrappingButton(self.tr("I have forgotten my password: reset it"), self)
        self.change_now_button = WrappingButton(
            self.tr("Change my password now (strongly advised)"), self
        )
        self.remember_identifiant = WrappingCheckBox("", self)
        self.remember_password = WrappingCheckBox(
            self.tr("Also remember the password (only on a computer that is yours)"), self
        )
        self.keychain_note = SpaceWrappedLabel("", self)  # the identifiant never split
        # A Tab stop: focus goes to it when the keychain kept nothing.
        self.keychain_note.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.keychain_note.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._refused_attempts: set[str] = set()
        self._filled_identifiant = ""
        #: Identifiants the académie locked, with when the wait ends (None: not said). The
        #: test stays off for them until then: a try would only lengthen the lock.
        self._locked_until: dict[str, float | None] = {}
        self._unlock_timer = QTimer(self)
        self._unlock_timer.setSingleShot(True)
        self._unlock_timer.timeout.connect(self._on_unlock_time)

        form = form_layout()
        form.addRow(self.tr("&Identifiant:"), self.identifiant)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self.body)
        layout.addLayout(form)
        layout.addWidget(self.default_button)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.change_now_button)
        layout.addWidget(self.remember_identifiant)
        layout.addWidget(self.remember_password)
        layout.addWidget(self.keychain_note)
        layout.addStretch(1)

        self.identifiant.textChanged.connect(self._on_typed)
        self.password.textChanged.connect(self._on_typed)
        self.password.returnPressed.connect(self._on_return)
        self.default_button.clicked.connect(self._use_default)
        self.test_button.clicked.connect(self._test)
        self.reset_button.clicked.connect(self._ask_reset)
        self.change_now_button.clicked.connect(self._ask_change)
        self.runner.succeeded.connect(self._on_success)
        self.runner.failed.connect(self._on_failure)
        self._keychain: keychain.KeychainStatus | None = None
        self.keychain_lookup = TaskRunner(self)
        self.keychain_lookup.succeeded.connect(self._on_keychain_found)
        # Saving may wait on the keychain's own unlock window: off the UI thread too.
        self.keychain_save = TaskRunner(self)
        self.keychain_save.busy_changed.connect(lambda _busy: self.completeChanged.emit())
        self.keychain_save.succeeded.connect(self._on_keychain_answer)
        # What the keychain has kept, once it said so: (identifiant, password or None).
        self._kept: tuple[str, str | None] | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.state.wants_reset = False
        self.state.wants_change = False
        # The identifiant found on the previous page replaces what we filled in before (a
        # homonym's number may have come since), never what the teacher typed.
        typed = self.identifiant.text()
        if self.state.identifiant and (not typed or typed == self._filled_identifiant):
            self.identifiant.setText(self.state.identifiant)
            self._filled_identifiant = self.state.identifiant
        if self.state.identifiant_guess and not self.identifiant.text():
            # The académie could not confirm it: a hint to read, not a value sent.
            self.identifiant.setPlaceholderText(
                self.tr("probably {guess} (or {guess}1, {guess}2…)").format(
                    guess=self.state.identifiant_guess
                )
            )
        if self._keychain is None:
            # Off the UI thread: loading keyring's backends, or a locked keyring asking
            # for its password, must not freeze the window.
            self.keychain_lookup.start(_look_in_keychain)
        self.default_button.setVisible(bool(self.state.numen))
        # Coming back to this page: what was shown after a success still holds.
        succeeded = self.state.login_succeeded
        self._show_keychain_choices(succeeded)
        self.reset_button.setVisible(bool(self._refused_attempts) and not succeeded)
        self.change_now_button.setVisible(succeeded and self.state.uses_default_password)
        self.set_inputs_enabled(not self.runner.busy)
        self.focus_when_shown(self.password if self.identifiant.text() else self.identifiant)

    def is_done(self) -> bool:
        return self.state.login_succeeded and not self.keychain_save.busy

    def set_inputs_enabled(self, enabled: bool) -> None:
        """The test is on only with both fields filled and no lock running for this identifiant."""
        self.test_button.setEnabled(
            enabled
            and bool(self.identifiant.text().strip() and self.password.text())
            and not self._is_locked(self.identifiant.text())
        )
        self.default_button.setEnabled(enabled)

    def _is_locked(self, identifiant: str) -> bool:
        key = identifiant.strip().lower()
        if key not in self._locked_until:
            return False
        until = self._locked_until[key]
        if until is not None and time.monotonic() >= until:
            del self._locked_until[key]
            return False
        return True

    def _on_unlock_time(self) -> None:
        self.set_inputs_enabled(not self.runner.busy)
        if not self._is_locked(self.identifiant.text()):
            self.status.show_text(
                self.tr("The wait is over: you can test your password again."), tone="success"
            )

    def _on_typed(self) -> None:
        if self.status.message.text() and not self._is_locked(self.identifiant.text()):
            # An answer about what was typed before ("Mot de passe refusé" beside another
            # password). A lock stays said: it is why "Tester la connexion" is off.
            self.status.clear()
        if self.runner.busy:  # its answer would be about what was typed before
            self.runner.cancel()
        self.state.login_succeeded = False
        self.change_now_button.hide()
        self._show_keychain_choices(False)
        self.set_inputs_enabled(not self.runner.busy)
        self.completeChanged.emit()

    def _use_default(self) -> None:
        self.password.setText(self.state.numen.upper())
        # In the field, where Return tests it (the button pressed keeps no use for Return).
        self.password.setFocus()

    def _on_return(self) -> None:
        """Return tests the connection; once it succeeded, Return goes on (nothing is resent)."""
        if self.state.login_succeeded:
            self.wizard().next()
        else:
            self._test()

    def _test(self) -> None:
        identifiant, password = self.identifiant.text().strip(), self.password.text()
        if not self.test_button.isEnabled():
            return
        if _attempt_digest(identifiant, password) in self._refused_attempts:
            # Sending it again would only count one more failure towards the lock.
            self.status.show_text(
                self.tr(
                    "This password was just refused; sending it again would count as one more failure. Type another one, or reset it."
                ),
                tone="error",
            )
            self.reset_button.show()
            return
        self.state.identifiant = identifiant
        client = self.context.client
        self.runner.start(lambda: client.check_credentials(identifiant, password))

    def _on_success(self, result: LoginSucceeded) -> None:
        self.state.login_succeeded = True
        self.state.current_password = self.password.text()
        text = self.tr(
            "Connection succeeded: {identifiant} and this password open M@gistère, Webmel and I-Prof."
        ).format(identifiant=result.identifiant)
        if self.state.uses_default_password:
            # The sheet: "Il est fortement conseillé ensuite de le modifier."
            text += " " + self.tr(
                "This is still the default password (your NUMEN): changing it is strongly advised."
            )
        self.status.show_text(text, tone="success")
        self.reset_button.hide()
        self.change_now_button.setVisible(self.state.uses_default_password)
        self._show_keychain_choices(True)
        self.completeChanged.emit()
        self.status.message.setFocus()

    def _on_failure(self, error: Exception) -> None:
        if isinstance(error, WrongCredentialsError | AccountLockedError):
            self.state.login_refused = True
            self._refused_attempts.add(
                _attempt_digest(self.identifiant.text(), self.password.text())
            )
            self.reset_button.show()
        if isinstance(error, AccountLockedError):
            wait = error.retry_after_seconds
            self._locked_until[self.identifiant.text().strip().lower()] = (
                time.monotonic() + wait if wait else None
            )
            if wait:
                self._unlock_timer.start(wait * 1000)
            self.set_inputs_enabled(not self.runner.busy)
        advice = advice_for(
            error,
            Operation.LOGIN,
            max_failed_logins=self.context.profile.max_failed_logins,
        )
        if isinstance(error, WrongCredentialsError) and _numen_not_in_capitals(
            self.password.text()
        ):
            numen_hint = self.tr(
                "The password typed is your NUMEN, but not in capital letters: the default "
                "password is the NUMEN in CAPITALS. Type it again in capitals."
            )
            advice = dataclasses.replace(advice, text=f"{numen_hint}\n{advice.text}")
        self.status.show_advice(advice, self.context.profile.url("portal"))
        if isinstance(error, WrongCredentialsError | AccountLockedError):
            # A new try, typed at once; not after "no answer": that password may be right.
            self.status.typing_goes_to(self.password.line_edit)
        self.status.message.setFocus()

    def _on_keychain_found(self, found: tuple[keychain.KeychainStatus, str | None]) -> None:
        self._keychain, saved = found
        if saved and not self.identifiant.text():
            self.identifiant.setText(saved)
            # After the page's own first focus (queued when it opened), never before it: the
            # keychain may answer before that focus is given.
            self.focus_when_shown(self.password)
        if self.state.login_succeeded:
            self._show_keychain_choices(True)

    def _show_keychain_choices(self, visible: bool) -> None:
        found = self._keychain
        if found is None:  # still being looked up: shown when it answers
            visible = False
            found = keychain.KeychainStatus(available=False, backend_name="")
        self.remember_identifiant.setText(
            self.tr("Remember my identifiant in this computer's keychain ({backend})").format(
                backend=QCoreApplication.translate("keychain", found.label)
            )
        )
        for box in (self.remember_identifiant, self.remember_password):
            box.setVisible(visible and found.available)
        self.remember_identifiant.setChecked(found.available)
        self.remember_password.setChecked(False)
        set_tone(self.keychain_note, "")
        if visible and not found.available:
            self.keychain_note.setText(
                self.tr(
                    "No keychain was found on this computer: nothing will be remembered. Write your identifiant down."
                )
            )
        elif visible:
            self.keychain_note.setText(
                self.tr(
                    "The keychain is protected by your session's password. Nothing else is saved."
                )
            )
        self.keychain_note.setVisible(visible)

    def _ask_reset(self) -> None:
        self.state.wants_reset = True
        self.wizard().next()

    def _ask_change(self) -> None:
        self.state.wants_change = True
        self.wizard().next()

    def _to_keep(self) -> tuple[str, str | None] | None:
        """What the teacher asked the keychain to keep, if anything."""
        if not (
            self.state.login_succeeded
            and not self.remember_identifiant.isHidden()
            and self.remember_identifiant.isChecked()
        ):
            return None
        password = self.password.text() if self.remember_password.isChecked() else None
        return self.identifiant.text().strip(), password

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Next saves in the keychain first (off the UI thread), then goes on once it answered;
        when it kept nothing, the page says so and the next Next goes on without it."""
        wanted = self._to_keep()
        if wanted is None or wanted == self._kept:
            return True
        if not self.keychain_save.busy:
            identifiant, password = wanted
            self.keychain_note.setText(self.tr("Saving in the keychain…"))
            set_tone(self.keychain_note, "")
            self.keychain_note.show()
            self.keychain_save.start(lambda: (wanted, keychain.save(identifiant, password)))
        return False

    def _on_keychain_answer(
        self, answer: tuple[tuple[str, str | None], keychain.SaveResult]
    ) -> None:
        wanted, result = answer
        if isinstance(result, keychain.Saved):
            self._kept = wanted
            self.wizard().next()
            return
        identifiant = wanted[0]
        self._kept = (identifiant, None) if result.identifiant_kept else None
        text = _keychain_problem_text(result.problem)
        if result.identifiant_kept:
            text += " " + self.tr("Your identifiant was kept, but not the password.")
        else:
            text += " " + self.tr(
                "Write your identifiant down: {identifiant}. “Next” goes on without saving it; "
                "to try again, tick the box again."
            ).format(identifiant=identifiant)
        # Unticked, so that Next goes on: the button is never dead.
        self.remember_identifiant.setChecked(result.identifiant_kept)
        self.remember_password.setChecked(False)
        self.keychain_note.setText(text)
        set_tone(self.keychain_note, "error")
        self.keychain_note.show()
        self.keychain_note.setFocus()
        announce(self.keychain_note, text, assertive=True)


def _keychain_problem_text(problem: keychain.KeychainProblem) -> str:
    translate = QCoreApplication.translate
    if problem is keychain.KeychainProblem.DISMISSED:
        return translate(
            "PasswordPage",
            "Nothing was saved: the keychain's window was closed without allowing it.",
        )
    if problem is keychain.KeychainProblem.LOCKED:
        return translate(
            "PasswordPage",
            "Nothing was saved: the keychain is locked (it opens with your session's password).",
        )
    if problem is keychain.KeychainProblem.NO_KEYCHAIN:
        return translate(
            "PasswordPage", "Nothing was saved: this computer has no keychain that works."
        )
    return translate("PasswordPage", "Nothing was saved: the keychain refused to save.")

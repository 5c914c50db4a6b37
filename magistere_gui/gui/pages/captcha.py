"""Réinitialisation, étape 1/2: the security code, shown large for a person to read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from magistere_gui.client import CaptchaChallenge, CaptchaError, ResetStepTwo
from magistere_gui.gui.accessibility import announce, mark_picture
from magistere_gui.gui.captcha_image import CodeOnScreen, decoded
from magistere_gui.gui.fit import WholePicture, WrappingButton, keep_width
from magistere_gui.gui.messages import Operation, advice_for
from magistere_gui.gui.pages.base import BasePage, WizardContext, form_layout, wrapped_label

ZOOM_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0)
DEFAULT_ZOOM_INDEX = 2
#: The largest code drawn on screen, in device pixels, whatever the zoom and the image.
MAX_SHOWN_WIDTH = 1600
MAX_SHOWN_HEIGHT = 600


def _with_image(call: Callable[[], object]) -> Callable[[], object]:
    """The client call, then the decoding of any code it brings, both in the worker thread."""

    def run() -> object:
        try:
            result = call()
        except CaptchaError as refusal:
            if refusal.challenge is None:
                raise
            return decoded(refusal.challenge, refusal)
        return decoded(result) if isinstance(result, CaptchaChallenge) else result

    return run


class CaptchaPage(BasePage):
    """Holds the challenge in progress; the image is built here, on the UI thread, from bytes."""

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Reset your password, step 1/2: security code"))
        self.setSubTitle(
            self.tr(
                "The académie first checks that you are a person: type the deliberately distorted code shown below."
            )
        )
        self.challenge: CaptchaChallenge | None = None
        self._zoom_index = DEFAULT_ZOOM_INDEX
        self._pixmap = QPixmap()

        self.image = WholePicture(self)
        # A Tab stop read as an image, with its name and description.
        mark_picture(self.image)
        self.image.setAccessibleName(self.tr("Security code image"))
        self.image.setAccessibleDescription(
            self.tr(
                "A distorted code to read and type. If you cannot see it, press “I cannot read "
                "the code” for whom to ask."
            )
        )
        self.new_code_button = QToolButton(self)
        self.new_code_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.new_code_button.setText(self.tr("New code"))
        self.new_code_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_code_button.setAccessibleName(self.tr("New code"))
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setAccessibleName(self.tr("Make the code smaller"))
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setAccessibleName(self.tr("Make the code larger"))
        self.image.installEventFilter(self)
        self.code = QLineEdit(self)
        # Named by its label's words: another name is read after the label by Orca 48
        # ("Saisir le code affiché : Code affiché").
        self.code_label = self.tr("&Type the code shown:")
        self.code.setAccessibleName(self.code_label.replace("&", "").rstrip(" :"))
        keep_width(self.code, 12)
        self.submit_button = WrappingButton(self.tr("Validate the code"), self)
        hint_text = self.tr("Click “New code” if you want another code.")
        if context.profile.captcha_ignores_case:
            hint_text += " " + self.tr("Upper or lower case does not matter.")
        hint = wrapped_label(hint_text, self)
        # An honest way out for those who cannot read it: the program never reads the code.
        self.cannot_read_button = WrappingButton(self.tr("I cannot read the code"), self)
        self.cannot_read_help = wrapped_label(
            self.tr(
                "You can: ask for a new code (some are easier to read); make the code larger "
                "with the + button; ask a colleague or your school's digital contact (référent "
                "numérique) to read it with you. The program never reads the code for you: it "
                "is there to check that a person is asking."
            ),
            self,
        )
        self.cannot_read_help.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.cannot_read_help.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cannot_read_help.hide()

        image_row = QHBoxLayout()
        image_row.addWidget(self.zoom_out_button)
        image_row.addWidget(self.image, 1)
        image_row.addWidget(self.zoom_in_button)
        form = form_layout()
        form.addRow(self.code_label, self.code)
        layout = QVBoxLayout(self.body)
        layout.addLayout(image_row)
        layout.addWidget(self.new_code_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(hint)
        layout.addWidget(self.cannot_read_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.cannot_read_help)
        layout.addLayout(form)
        layout.addWidget(self.submit_button)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.new_code_button.clicked.connect(self._new_code)
        self.cannot_read_button.clicked.connect(self._show_cannot_read_help)
        self.zoom_in_button.clicked.connect(lambda: self._zoom(+1))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(-1))
        self.code.returnPressed.connect(self._submit)
        self.code.textChanged.connect(lambda: self.set_inputs_enabled(not self.runner.busy))
        self.submit_button.clicked.connect(self._submit)
        self.runner.succeeded.connect(self._on_success)
        self.runner.failed.connect(self._on_failure)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.state.reset_done = False
        self.context.reset_step_two = None
        if self.code.text():  # a change just before the focus comes makes Orca take it silently
            self.code.clear()
        self.status.clear()
        client = self.context.client
        self.runner.start(_with_image(client.start_password_reset))
        self.focus_when_shown(self.code)

    def _show_cannot_read_help(self) -> None:
        self.cannot_read_help.show()
        self.cannot_read_help.setFocus()
        announce(self.cannot_read_help, self.cannot_read_help.text())

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        super().cleanupPage()
        self.state.wants_reset = False

    def is_done(self) -> bool:
        return self.context.reset_step_two is not None

    def set_inputs_enabled(self, enabled: bool) -> None:
        self.submit_button.setEnabled(
            enabled
            and self.challenge is not None
            and not self._pixmap.isNull()  # a code nobody could see is not sent
            and bool(self.code.text().strip())
        )
        self.new_code_button.setEnabled(enabled)

    def _new_code(self) -> None:
        client, challenge = self.context.client, self.challenge
        self.code.clear()
        self.code.setFocus()
        if challenge is None:
            self.runner.start(_with_image(client.start_password_reset))
        else:
            self.runner.start(_with_image(lambda: client.new_captcha(challenge)))

    def _submit(self) -> None:
        if not self.submit_button.isEnabled() or self.challenge is None:
            return
        client, challenge, code = self.context.client, self.challenge, self.code.text()
        self.runner.start(_with_image(lambda: client.submit_captcha(challenge, code)))

    def _on_success(self, result: object) -> None:
        if isinstance(result, CodeOnScreen) and result.refusal is not None:
            self._show_refusal(result.refusal)
            self._show_challenge(result)
        elif isinstance(result, CodeOnScreen):
            self.status.clear()
            self._show_challenge(result)
        elif isinstance(result, ResetStepTwo):
            # The waiting line goes with the call: Back brings this page again as it is.
            self.status.clear()
            self.context.reset_step_two = result
            self.completeChanged.emit()
            self.wizard().next()

    def _show_refusal(self, error: Exception) -> None:
        self.status.show_advice(
            advice_for(error, Operation.RESET), self.context.profile.url("password_reset")
        )
        self.code.clear()
        self.code.setFocus()

    def _on_failure(self, error: Exception) -> None:
        self._show_refusal(error)
        if isinstance(error, CaptchaError):  # refused, and the page brought no new code
            self._new_code()

    def _show_challenge(self, shown: CodeOnScreen) -> None:
        self.challenge = shown.challenge
        if shown.image is None:
            self._pixmap = QPixmap()
            self.image.clear_picture()
            self.status.show_text(
                self.tr("The code image cannot be displayed. Ask for another code."), tone="error"
            )
            self.status.offer_browser(self.context.profile.url("password_reset"))
            self.set_inputs_enabled(not self.runner.busy)
            return
        self._pixmap = QPixmap.fromImage(shown.image)
        self._render()
        self.set_inputs_enabled(not self.runner.busy)

    def _zoom(self, step: int) -> None:
        """The "+" and "−" buttons always change what is seen: "+" widens the window when the page has no
        room for the larger code (within the screen), "−" skips the steps the room already
        made smaller. ("+" had no effect in a window narrower than the code at 2.5x.)"""
        index = self._zoom_index + step
        if step < 0:
            shown = self.image.shown_size(self._room())
            while index > 0 and self._shown_at(index, self._room()) == shown:
                index -= 1
        self.set_zoom_index(index)
        if step > 0:
            missing = self._wanted_at(self._zoom_index).width() - self._room().width()
            widen_by = getattr(self.wizard(), "widen_by", None)
            if missing > 0 and widen_by is not None:
                widen_by(missing)

    def set_zoom_index(self, index: int) -> None:
        """One of ZOOM_STEPS (what "−" and "+" step through)."""
        self._zoom_index = max(0, min(len(ZOOM_STEPS) - 1, index))
        self._render()

    def _wanted_at(self, index: int) -> QSize:
        """The code's size at zoom step ``index``, in points, with room enough."""
        if self._pixmap.isNull():
            return QSize()
        ratio = self.devicePixelRatioF()
        width, height = self._pixmap.width(), self._pixmap.height()
        factor = min(
            ZOOM_STEPS[index],
            MAX_SHOWN_WIDTH / ratio / width,
            MAX_SHOWN_HEIGHT / ratio / height,
        )
        return QSize(max(1, round(width * factor)), max(1, round(height * factor)))

    def _room(self, extra_width: int = 0) -> QSize:
        """The room the picture has across (any height: the page scrolls down)."""
        return QSize(self.image.contentsRect().width() + extra_width, 1 << 20)

    def _shown_at(self, index: int, room: QSize) -> QSize:
        wanted = self._wanted_at(index)
        return wanted.scaled(wanted.boundedTo(room), Qt.AspectRatioMode.KeepAspectRatio)

    def _update_zoom_buttons(self) -> None:
        """The "+" button is on only when a larger code can be seen (in the page's room, or in the room
        the window may still take on the screen); "−" only when a smaller one can."""
        if self._pixmap.isNull():
            return
        room = self._room()
        shown = self._shown_at(self._zoom_index, room)
        room_to_widen = getattr(self.wizard(), "room_to_widen", None)
        wider = self._room(room_to_widen() if room_to_widen is not None else 0)
        last = len(ZOOM_STEPS) - 1
        self.zoom_in_button.setEnabled(
            self._zoom_index < last
            and self._shown_at(self._zoom_index + 1, wider).width() > shown.width()
        )
        self.zoom_out_button.setEnabled(
            self._zoom_index > 0 and self._shown_at(0, room).width() < shown.width()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.image and event.type() == QEvent.Type.Resize:
            self._update_zoom_buttons()  # the room changed: what "+" and "−" can do too
        return super().eventFilter(watched, event)

    def code_image_size(self) -> QSize:
        """The security code image's own size, in pixels, as the académie sent it."""
        return self._pixmap.size()

    def _render(self) -> None:
        """The code at the zoom chosen, in points (sharp on high-DPI screens), and always whole:
        smaller than asked when the window has less room (see WholePicture)."""
        if self._pixmap.isNull():
            return
        self.image.set_picture(self._pixmap, self._wanted_at(self._zoom_index))
        self._update_zoom_buttons()

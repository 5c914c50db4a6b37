"""The QWizard: pages registered by id, branching by the pure ``next_page`` function."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from magistere_gui.client import SiteProfile
from magistere_gui.gui.navigation import PageId, WizardState, next_page
from magistere_gui.gui.pages.base import BasePage, ClientSource, WizardContext
from magistere_gui.gui.pages.welcome import WelcomePage

if TYPE_CHECKING:
    # Each PySide class costs its type's set-up when first named: the ones only needed
    # later (closing, the demo banner, scroll areas) are imported where they are used.
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QLayout, QMessageBox, QScrollArea

    from magistere_gui.gui.fit import HeaderKeeper


class MagistereWizard(QWizard):
    """Takes its client as an argument (or a function making it): the app gives it the real
    sites, tests the simulator."""

    def __init__(
        self,
        client: ClientSource,
        profile: SiteProfile,
        *,
        demo_accounts: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = WizardContext(state=WizardState(), client=client, profile=profile)
        self._painted = False  # see paintEvent
        self._add_page(PageId.WELCOME, WelcomePage)
        self._all_pages_added = False
        # The other pages are built just after the first page shows (or at the first Next):
        # the teacher reads the welcome page while they load.
        QTimer.singleShot(200, self, self.add_remaining_pages)
        self.setStartId(PageId.WELCOME)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setWindowTitle(self.tr("M@gistère assistant"))
        self.currentIdChanged.connect(self._forget_calls_of_other_pages)
        self.currentIdChanged.connect(self._announce_page)
        self.currentIdChanged.connect(self._paint_in_a_turn_of_its_own)
        if demo_accounts:
            # The application's display name is added by Qt after this title.
            self.setWindowTitle(self.tr("Demo mode"))
            self.setSideWidget(self._demo_banner(demo_accounts))
        from magistere_gui.gui.readability import install_text_size

        install_text_size(self)
        self.fit_the_screen()
        self._ask_before_closing = True
        self._closing_question: QMessageBox | None = None
        # Found once the window is first painted (_after_the_first_paint): finding QWizard's
        # header (a private class) costs some 20 ms the first time.
        self._header: HeaderKeeper | None = None
        self.currentIdChanged.connect(
            lambda _page_id: QTimer.singleShot(0, self, self._update_the_header)
        )
        from magistere_gui.gui.readability import text_size

        text_size().changed.connect(self._follow_text_size)

    def fit_the_screen(self, available: QRect | None = None, *, grow_only: bool = False) -> None:
        """820 x 700 at the base text size, larger with larger text, never more than the screen
        has room for (``available``: by default the free area of the window's screen; 1366 x
        768 at 125 % leaves 1093 x 614 points). Pages scroll when that is not enough."""
        from magistere_gui.gui.readability import MINIMUM_POINTS, text_points

        self._given_area = available  # kept for the next text size (tests give a screen)
        if available is None:
            screen = self.screen()
            available = screen.availableGeometry() if screen is not None else None
        self._available = available
        scale = max(1.0, text_points() / MINIMUM_POINTS)
        side = self.sideWidget()
        if side is not None:  # the demo banner: room for its longest word at this size
            side.setFixedWidth(max(260, _longest_word_width(side) + 64))
        width, height = int(820 * scale), int(700 * scale)
        if available is not None and available.height() > 0:
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.92))
        if grow_only:  # the size the teacher chose, larger where the text needs it
            width, height = max(width, self.width()), max(height, self.height())
        self.resize(width, height)
        if not grow_only:
            self._fitted = self.size()  # the wizard's own size (see _follow_text_size)

    def room_to_widen(self) -> int:
        """How many points wider the window may still be on its screen (what fit_the_screen
        allows at most)."""
        available = getattr(self, "_available", None)
        if available is None or available.width() <= 0:
            return 0
        return max(0, int(available.width() * 0.95) - self.width())

    def widen_by(self, extra: int) -> None:
        """Wider by up to ``extra`` points, within the screen, and moved left when its right
        edge would leave it: what "+" on the security code asks when the page has no room."""
        extra = min(extra, self.room_to_widen())
        if extra <= 0:
            return
        self.resize(self.width() + extra, self.height())
        available = self._available
        frame = self.frameGeometry()
        if available is not None and frame.right() > available.right():
            self.move(
                max(available.left(), self.x() - (frame.right() - available.right())), self.y()
            )

    def _follow_text_size(self, _points: float) -> None:
        """Larger text, larger window (within the screen): Ctrl++ never makes a page scroll
        where the screen has room. Smaller text (Ctrl+-, Ctrl+0), smaller window again: the
        room Ctrl++ took is given back. Only while the window has the size the wizard gave
        it: a size the teacher chose (an edge dragged, "+" on the security code) only grows."""
        self.fit_the_screen(self._given_area, grow_only=self.size() != self._fitted)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_the_first_paint)

    def _after_the_first_paint(self) -> None:
        """What makes pages hold at any size but costs time the first time it is done."""
        for page_id in self.pageIds():
            page = self.page_at(PageId(page_id))
            page.make_scrollable()
            follow_reading_order(page)
        self._hold_the_header()

    def _hold_the_header(self) -> None:
        """QWizard's title and subtitle keep the height their text needs (see gui/fit.py)."""
        from magistere_gui.gui.fit import hold_the_header

        pages = [self.page(page_id) for page_id in self.pageIds()]
        side = self.sideWidget()
        self._header = hold_the_header(self, [w for w in (*pages, side) if w is not None])
        self._update_the_header()

    def _update_the_header(self) -> None:
        """After each page change: QWizard has set its header up again for the new page."""
        if self._header is not None:
            self._header.update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._mark_the_title_as_a_heading()

    def _mark_the_title_as_a_heading(self) -> None:
        """QWizard's title label (one for every page, made when the window shows) is read as a
        heading by screen readers."""
        from magistere_gui.gui.headings import TITLE_OBJECT_NAME, mark_title

        if self.findChild(QLabel, TITLE_OBJECT_NAME) is not None:
            return
        page = self.currentPage()
        title = page.title() if page is not None else ""
        for label in self.findChildren(QLabel):
            if title and label.text() == title and not isinstance(label.parent(), QWizardPage):
                mark_title(label)
                return

    @property
    def state(self) -> WizardState:
        return self.context.state

    def _add_page(self, page_id: PageId, page_class: type[BasePage]) -> None:
        from magistere_gui.gui.accessibility import name_pages, report_focus

        # Entering a page from its buttons, a screen reader names it (then the field).
        name_pages()
        page = page_class(self.context, self)
        report_focus(page)
        from magistere_gui.gui.keys import ignore_stray_alt_keys

        ignore_stray_alt_keys(page)
        # Return in a field belongs to that field's action (or to Next), never to
        # whichever page button Qt would otherwise make the default (e.g. Stop).
        for button in page.findChildren(QPushButton):
            button.setAutoDefault(False)
        if self._painted:  # else just after the first paint
            page.make_scrollable()
        follow_reading_order(page)
        self.setPage(page_id, page)

    def something_typed(self) -> bool:
        """Whether closing now would lose what the teacher typed."""
        from PySide6.QtWidgets import QLineEdit

        return any(
            field.text() and not field.isReadOnly()
            for field in self.findChildren(QLineEdit)
            if isinstance(field.window(), MagistereWizard)
        )

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: when something was typed, the teacher
        is asked first (nothing is lost by a slip of the finger); otherwise it closes."""
        if not self._ask_before_closing or not self.something_typed():
            super().reject()
            return
        if self._closing_question is not None:
            self._closing_question.raise_()
            return
        from PySide6.QtWidgets import QMessageBox

        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close the assistant?"),
            self.tr("Close the assistant? What you typed will be lost."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        leave = question.addButton(self.tr("&Close"), QMessageBox.ButtonRole.AcceptRole)
        stay = question.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(stay)
        question.setEscapeButton(stay)
        question.setWindowModality(Qt.WindowModality.WindowModal)

        def answered() -> None:
            self._closing_question = None
            if question.clickedButton() is leave:
                super(MagistereWizard, self).reject()

        question.finished.connect(answered)
        self._closing_question = question
        question.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Only a person closing the window is asked; the program closing it is not.
        self._ask_before_closing = event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._ask_before_closing = True

    def add_remaining_pages(self) -> None:
        """Build every page after the welcome one, once: imported and made when first needed."""
        if self._all_pages_added:
            return
        self._all_pages_added = True
        from magistere_gui.gui.pages.captcha import CaptchaPage
        from magistere_gui.gui.pages.change_password import ChangePasswordPage
        from magistere_gui.gui.pages.done import DonePage
        from magistere_gui.gui.pages.identifiant import IdentifiantPage
        from magistere_gui.gui.pages.numen_help import NumenHelpPage
        from magistere_gui.gui.pages.password import PasswordPage
        from magistere_gui.gui.pages.reset import ResetStepTwoPage

        remaining: dict[PageId, type[BasePage]] = {
            PageId.IDENTIFIANT: IdentifiantPage,
            PageId.PASSWORD: PasswordPage,
            PageId.RESET_CAPTCHA: CaptchaPage,
            PageId.RESET_STEP_TWO: ResetStepTwoPage,
            PageId.CHANGE_PASSWORD: ChangePasswordPage,
            PageId.NUMEN_HELP: NumenHelpPage,
            PageId.DONE: DonePage,
        }
        for page_id, page_class in remaining.items():
            self._add_page(page_id, page_class)
        self.context.prepare_client()

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override, called first by next()
        self.add_remaining_pages()
        return super().validateCurrentPage()

    def page_at(self, page_id: PageId) -> BasePage:
        self.add_remaining_pages()
        page = self.page(page_id)
        assert isinstance(page, BasePage)
        return page

    def nextId(self) -> int:  # noqa: N802 - Qt override
        if self.currentId() < 0:
            return int(PageId.WELCOME)
        following = next_page(PageId(self.currentId()), self.context.state)
        return -1 if following is None else int(following)

    def _forget_calls_of_other_pages(self, current_id: int) -> None:
        """A result for a page the teacher has left is dropped, never shown."""
        for page_id in self.pageIds():
            if page_id != current_id:
                self.page_at(PageId(page_id)).runner.cancel()

    def _paint_in_a_turn_of_its_own(self, _page_id: int) -> None:
        """A new page is painted in the event loop's next turn, not in the one that showed it.

        Why: showing the security-code page (its layout) and painting it took 5-9 ms each
        here; done in one go, the window answered nothing for more than a frame (16 ms, up
        to 19 ms measured by benchmarks/run.py's "pauses"). See gui/turns.py."""
        from magistere_gui.gui.turns import paint_in_next_turn

        paint_in_next_turn(self)

    def _announce_page(self, page_id: int) -> None:
        """A new page is said by its title and explanation, not only by its focused field.

        The first page is read with the window as it opens; the later ones are announced
        once they are drawn."""
        if page_id == int(PageId.WELCOME) and not self._all_pages_added:
            return
        QTimer.singleShot(0, self, lambda: self._say_page(page_id))

    def _say_page(self, page_id: int) -> None:
        """Said by every screen reader with the first field (the page is a group named by its
        title); announced only when the focus stayed outside the page."""
        from PySide6.QtWidgets import QApplication

        from magistere_gui.gui.accessibility import announce

        page = self.page(page_id)
        focused = QApplication.focusWidget()
        if page is None or page_id != self.currentId():
            return
        if focused is not None and page.isAncestorOf(focused):
            return
        announce(page, f"{page.title()}. {page.subTitle()}")

    def done(self, result: int) -> None:
        for page_id in self.pageIds():
            self.page_at(PageId(page_id)).runner.cancel()
        super().done(result)

    def _demo_banner(self, accounts: Sequence[str]) -> QWidget:

        # Colours through the palette, not a style sheet: the banner's text must follow the
        # size the teacher chooses (Ctrl++), which a style sheet would stop.
        from PySide6.QtGui import QColor, QPalette

        banner = QFrame(self)
        banner.setObjectName("demoBanner")
        banner.setFrameShape(QFrame.Shape.Box)
        banner.setAutoFillBackground(True)
        palette = banner.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#fff3cd"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#3d2b00"))
        banner.setPalette(palette)
        title = QLabel(f"<b>{self.tr('Demo mode')}</b>", banner)
        title.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Nothing is sent to the académie: a local simulator answers, with fictional accounts."
            ),
            banner,
        )
        explanation.setWordWrap(True)
        from magistere_gui.gui.accessibility import ReadingList

        listing = ReadingList(self.tr("Demo accounts"), banner)
        listing.set_lines([("", account) for account in accounts], fit_height=False)
        layout = QVBoxLayout(banner)
        layout.addWidget(title)
        layout.addWidget(explanation)
        accounts_label = QLabel(self.tr("Demo &accounts:"), banner)
        accounts_label.setWordWrap(True)
        accounts_label.setBuddy(listing)
        layout.addWidget(accounts_label)
        layout.addWidget(listing, 1)
        # At large text the banner is taller than a small screen: it scrolls (down only).
        from PySide6.QtWidgets import QScrollArea

        holder = QScrollArea(self)
        holder.setWidget(banner)
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setFixedWidth(260)
        return holder


def follow_reading_order(page: QWidget) -> None:
    """Tab goes through the page's controls in the order they are laid out (top to bottom,
    left to right), not in the order they were made: a status area made early, or a
    button added to a row later, must not be skipped or reached out of turn."""
    layout = page.layout()
    if layout is None:
        return
    controls = [widget for widget in _laid_out(layout) if _takes_tab(widget)]
    for before, after in itertools.pairwise(controls):
        QWidget.setTabOrder(before, after)


def _laid_out(layout: QLayout) -> list[QWidget]:
    widgets: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if inner is not None:
            widgets += _laid_out(inner)
        elif widget is not None:
            widgets += _controls_of(widget)
    return list(dict.fromkeys(widgets))


def _controls_of(widget: QWidget) -> list[QWidget]:
    """A widget and the controls it lays out (a secret field and its "show" box, a status
    area, the content of a scroll area), in their own order.

    A widget whose focus goes to one of its parts (a secret field: its line edit) is put in
    its place too, just before its parts: left where it was made, after the page's last
    controls, Qt's Tab reached it there and went on to its line edit: Tab went round three
    controls of the page and never reached "Précédent" or "Annuler" (a keyboard trap)."""
    # By class name: naming QScrollArea would set its type up before the first paint.
    content = cast("QScrollArea", widget).widget() if widget.inherits("QScrollArea") else None
    if content is not None:
        return [widget, *_controls_of(content)]
    own = widget.layout()
    if own is None:
        return [widget]
    inside = _laid_out(own)
    return [widget, *inside]


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _longest_word_width(widget: QWidget) -> int:
    """The widest word shown in ``widget``'s labels and lists, in the application's font (the
    widgets get a new size later, through posted events), bold where the label says so."""
    from PySide6.QtGui import QFontMetrics, QTextDocument
    from PySide6.QtWidgets import QApplication, QListWidget

    widest = 0
    for label in widget.findChildren(QLabel):
        document = QTextDocument()
        document.setHtml(label.text())
        font = QApplication.font()
        font.setBold("<b>" in label.text())
        metrics = QFontMetrics(font)
        widest = max(
            [widest, *(metrics.horizontalAdvance(w) for w in document.toPlainText().split())]
        )
    for listing in widget.findChildren(QListWidget):
        metrics = QFontMetrics(QApplication.font())
        for row in range(listing.count()):
            words = listing.item(row).text().split()
            widest = max([widest, *(metrics.horizontalAdvance(word) for word in words)])
    return widest

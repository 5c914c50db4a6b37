"""Every simulator fault crossed with every operation the wizard performs.

For each pair the wizard must say in French what happened and what to do,
offer the browser where that helps, keep what the teacher typed, stay
usable, and not crash. Faults the client survives (renamed fields, a wrong
charset) must simply work.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from accounts import JEAN_NUMEN
from helpers import BrowserSpy, MemoryKeyring
from magistere_gui.client import AcademieClient
from magistere_gui.client.profile import Timeouts
from magistere_gui.gui.navigation import PageId
from magistere_gui.gui.pages.base import BasePage
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.simulator import SimulatorServer
from stories import code_shown_to

FRENCH_CATALOGUE = (
    Path(__file__).resolve().parent.parent / "resources" / "translations" / "magistere_fr.ts"
)


class Operation(Enum):
    LOOKUP = "lookup"
    LOGIN = "login"
    CAPTCHA_LOAD = "captcha_load"
    CAPTCHA_SUBMIT = "captcha_submit"
    RESET = "reset_step_two"
    CHANGE_PASSWORD = "change_password"


class Fault(Enum):
    SLOW = "latency beyond the timeout"
    SERVER_ERROR = "HTTP 500"
    BUSY = "HTTP 503 with Retry-After"
    DROPPED = "dropped connection"
    RENAMED_FIELDS = "changed field names"
    GARBLED_PAGE = "page not understood"
    WRONG_CHARSET = "wrong charset"
    OVERSIZED = "oversized body"
    EXPIRED = "expired captcha or session"
    LOCKED = "locked account"
    UNTRUSTED_TLS = "TLS certificate not trusted"


@dataclass(frozen=True)
class Expected:
    works: bool = False
    offers_browser: bool = False
    words: str = ""  # French words the message must contain
    # The network diagnostics are offered for network, TLS and site trouble, not refusals.
    offers_diagnostics: bool = True


EXPECTED: dict[Fault, Expected] = {
    Fault.SLOW: Expected(offers_browser=True, words="pas répondu à temps"),
    Fault.SERVER_ERROR: Expected(offers_browser=True, words="code 500"),
    Fault.BUSY: Expected(words="surchargé"),
    Fault.DROPPED: Expected(offers_browser=True, words="injoignable"),
    Fault.RENAMED_FIELDS: Expected(works=True),
    Fault.GARBLED_PAGE: Expected(offers_browser=True, words="aspect attendu"),
    Fault.WRONG_CHARSET: Expected(works=True),
    Fault.OVERSIZED: Expected(offers_browser=True, words="aspect attendu"),
    Fault.EXPIRED: Expected(words="expiré", offers_diagnostics=False),
    Fault.LOCKED: Expected(words="verrouillé", offers_diagnostics=False),
    Fault.UNTRUSTED_TLS: Expected(words="certificat"),
}

# Step 2's form was read before the fault; the page that answers it has no form to garble.
EXPECTED_FOR: dict[tuple[Operation, Fault], Expected] = {
    (Operation.RESET, Fault.GARBLED_PAGE): Expected(works=True),
}

# Which faults make sense for which operation (a captcha expires only where there is one,
# an account locks only where a password is checked, and a certificate does not change in
# the middle of a reset, so TLS is tried on the first request of each path).
APPLICABLE: dict[Operation, set[Fault]] = {
    Operation.LOOKUP: set(Fault) - {Fault.EXPIRED, Fault.LOCKED},
    Operation.LOGIN: set(Fault) - {Fault.EXPIRED},
    Operation.CAPTCHA_LOAD: set(Fault) - {Fault.EXPIRED, Fault.LOCKED},
    Operation.CAPTCHA_SUBMIT: set(Fault) - {Fault.LOCKED, Fault.UNTRUSTED_TLS},
    Operation.RESET: set(Fault) - {Fault.LOCKED, Fault.UNTRUSTED_TLS},
    Operation.CHANGE_PASSWORD: set(Fault) - {Fault.EXPIRED, Fault.UNTRUSTED_TLS},
}

CASES = [
    pytest.param(operation, fault, id=f"{operation.value}-{fault.name.lower()}")
    for operation in Operation
    for fault in Fault
    if fault in APPLICABLE[operation]
]


def french_sentences() -> list[str]:
    tree = ET.parse(FRENCH_CATALOGUE)
    return [
        (message.findtext("translation") or "").split("{")[0].strip()[:30]
        for message in tree.iter("message")
        if message.find("location") is not None
    ]


@pytest.fixture(scope="module")
def french_starts() -> list[str]:
    return [start for start in french_sentences() if len(start) >= 12]


@dataclass
class Scene:
    """A wizard on the page of one operation, with what to click and what the teacher typed."""

    wizard: MagistereWizard
    page: BasePage
    action: QPushButton
    typed: dict[QLineEdit, str]


# Only the faulty step waits this little: the steps before it run with the profile's timeouts,
# so that a busy CI machine drawing captchas slowly does not fail the set-up.
IMPATIENT = Timeouts(connect_seconds=1.0, read_seconds=0.5, operation_seconds=5.0)


def settle(qtbot: QtBot, page: BasePage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=15_000)


def open_scene(qtbot: QtBot, operation: Operation, server: SimulatorServer) -> Scene:
    """Bring a new wizard to the operation's page, doing the earlier steps without fault."""
    profile = server.profile()
    wizard = MagistereWizard(AcademieClient(profile), profile)
    qtbot.addWidget(wizard)
    wizard.show()
    state = wizard.state

    def page(page_id: PageId):  # type: ignore[no-untyped-def]
        return wizard.page_at(page_id)

    if operation is Operation.LOOKUP:
        wizard.next()
        identifiant = page(PageId.IDENTIFIANT)
        identifiant.first_name.setText("Jean")
        identifiant.last_name.setText("Dupont")
        identifiant.numen.setText(JEAN_NUMEN)
        return Scene(
            wizard,
            identifiant,
            identifiant.lookup_button,
            {identifiant.last_name: "Dupont", identifiant.numen.line_edit: JEAN_NUMEN},
        )
    if operation is Operation.LOGIN:
        page(PageId.WELCOME).check_choice.setChecked(True)
        wizard.next()
        password = page(PageId.PASSWORD)
        password.identifiant.setText("jdupont")
        password.password.setText(JEAN_NUMEN)
        return Scene(
            wizard,
            password,
            password.test_button,
            {password.identifiant: "jdupont", password.password.line_edit: JEAN_NUMEN},
        )
    captcha = page(PageId.RESET_CAPTCHA)
    if operation is Operation.CAPTCHA_LOAD:
        page(PageId.WELCOME).reset_choice.setChecked(True)
        return Scene(wizard, captcha, captcha.new_code_button, {})
    page(PageId.WELCOME).reset_choice.setChecked(True)
    wizard.next()
    settle(qtbot, captcha)
    if operation is Operation.CAPTCHA_SUBMIT:
        captcha.code.setText(code_shown_to(wizard, server.simulator))
        return Scene(wizard, captcha, captcha.submit_button, {})
    captcha.code.setText(code_shown_to(wizard, server.simulator))
    captcha.submit_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.RESET_STEP_TWO, timeout=15_000)
    step_two = page(PageId.RESET_STEP_TWO)
    step_two.identifiant.setText("jdupont")
    step_two.numen.setText(JEAN_NUMEN)
    if operation is Operation.RESET:
        return Scene(
            wizard,
            step_two,
            step_two.reset_button,
            {step_two.identifiant: "jdupont", step_two.numen.line_edit: JEAN_NUMEN},
        )
    step_two.reset_button.click()
    settle(qtbot, step_two)
    assert state.reset_done
    wizard.next()
    change = page(PageId.CHANGE_PASSWORD)
    change.new_password.setText("Mimosa-Bleu7")
    change.confirmation.setText("Mimosa-Bleu7")
    return Scene(
        wizard,
        change,
        change.change_button,
        {
            change.new_password.line_edit: "Mimosa-Bleu7",
            change.confirmation.line_edit: "Mimosa-Bleu7",
            change.old_password.line_edit: JEAN_NUMEN,
        },
    )


def apply_fault(fault: Fault, server: SimulatorServer, client: AcademieClient) -> None:
    faults, state = server.simulator.faults, server.simulator
    if fault is Fault.SLOW:
        client.transport.timeouts = IMPATIENT
        faults.latency_seconds = 1.2
    elif fault is Fault.SERVER_ERROR:
        faults.error_status = 500
    elif fault is Fault.BUSY:
        faults.error_status, faults.retry_after_seconds = 503, 120
    elif fault is Fault.DROPPED:
        faults.drop_connection = True
    elif fault is Fault.RENAMED_FIELDS:
        faults.renamed_fields = True
    elif fault is Fault.GARBLED_PAGE:
        faults.garbled_pages = True
    elif fault is Fault.WRONG_CHARSET:
        faults.wrong_charset = True
    elif fault is Fault.OVERSIZED:
        faults.oversized_body = True
    elif fault is Fault.EXPIRED:
        faults.captcha_lifetime_seconds = 0.0
        state.sessions.clear()  # the server forgot the reset session too
    elif fault is Fault.LOCKED:
        account = state.accounts["jdupont"]
        account.failed_logins, account.locked_until = 5, time.time() + 15 * 60


@pytest.fixture
def matrix_server(
    request: pytest.FixtureRequest, simulator: SimulatorServer, https_simulator: SimulatorServer
) -> Iterator[SimulatorServer]:
    fault = request.node.callspec.params["fault"]
    server = https_simulator if fault is Fault.UNTRUSTED_TLS else simulator
    server.simulator.faults.reset()
    yield server
    server.simulator.faults.reset()
    for account in server.simulator.accounts.values():
        account.password = account.member.initial_password
        account.failed_logins, account.locked_until = 0, 0.0


@pytest.mark.parametrize(("operation", "fault"), CASES)
def test_the_wizard_copes_with_every_fault(
    qtbot: QtBot,
    french: QApplication,
    memory_keyring: MemoryKeyring,
    browser: BrowserSpy,
    matrix_server: SimulatorServer,
    french_starts: list[str],
    operation: Operation,
    fault: Fault,
) -> None:
    scene = open_scene(qtbot, operation, matrix_server)
    apply_fault(fault, matrix_server, scene.wizard.context.client)
    if operation is Operation.CAPTCHA_LOAD:
        scene.wizard.next()  # loading the code is what entering the page does
    else:
        assert scene.action.isEnabled(), "the step should be ready before the fault"
        scene.action.click()
    settle(qtbot, scene.page)
    matrix_server.simulator.faults.reset()  # what follows checks the wizard, not the site

    expected = EXPECTED_FOR.get((operation, fault), EXPECTED[fault])
    status = scene.page.status
    message = status.message.text() if status.message.isVisibleTo(scene.page) else ""
    if expected.works:
        assert "rror" not in message
        assert status.message.property("tone") != "error", message
    else:
        assert message, "an error must be explained"
        assert expected.words in message, message
        assert any(message.startswith(start) for start in french_starts), f"not French: {message}"
        assert status.browser_button.isVisibleTo(scene.page) is expected.offers_browser, message
        assert status.diagnose_button.isVisibleTo(scene.page) is expected.offers_diagnostics
    for field, text in scene.typed.items():
        assert field.text() == text, "what the teacher typed must be kept"
    assert not scene.page.runner.busy
    if operation is Operation.CAPTCHA_LOAD or operation is Operation.CAPTCHA_SUBMIT:
        assert scene.page.new_code_button.isEnabled()  # type: ignore[attr-defined]
    elif fault is Fault.LOCKED and operation is Operation.LOGIN:
        # A try during the lock would only lengthen it: off until the wait is over.
        assert not scene.action.isEnabled(), "no test while the account is locked"
        assert scene.page.reset_button.isVisibleTo(scene.page)  # type: ignore[attr-defined]
    elif not expected.works:
        assert scene.action.isEnabled(), "the teacher can try again"
    scene.wizard.close()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_the_matrix_covers_every_operation_and_fault() -> None:
    assert {case.values[0] for case in CASES} == set(Operation)
    assert {case.values[1] for case in CASES} == set(Fault)
    assert len(CASES) == sum(len(faults) for faults in APPLICABLE.values())


def test_message_starts_are_french(french_starts: list[str]) -> None:
    assert any(re.search("académie", start) for start in french_starts)

"""One run of every path with a canary NUMEN and password: they must surface nowhere.

Not in a log record (DEBUG, through the application's own logging set-up),
stdout or stderr, settings, any file under a temporary HOME or the temp
folder, nor any text the wizard shows. And no password attempt is sent twice.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from helpers import BrowserSpy, MemoryKeyring
from magistere_gui import logs
from magistere_gui.client import AcademieClient
from magistere_gui.gui.navigation import PageId
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.simulator import SimulatorServer
from stories import code_shown_to

CANARY_NUMEN = "24E1113579QZX"
CANARY_PASSWORD = "Canari-Ancien-2024"
CANARY_NEW_PASSWORD = "Canari-Neuf-2025"
CANARIES = (CANARY_NUMEN, CANARY_NUMEN.lower(), CANARY_PASSWORD, CANARY_NEW_PASSWORD)

STAFF = f"""
[[staff]]
first_name = "Coralie"
last_name = "Canari"
numen = "{CANARY_NUMEN}"
identifiant = "ccanari"
password = "{CANARY_PASSWORD}"
"""


class RecordKeeper(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    home.mkdir()
    for variable, folder in (
        ("HOME", home),
        ("XDG_CONFIG_HOME", home / ".config"),
        ("XDG_STATE_HOME", home / ".local" / "state"),
        ("XDG_DATA_HOME", home / ".local" / "share"),
        ("XDG_CACHE_HOME", home / ".cache"),
        ("TMPDIR", tmp_path / "tmp"),
    ):
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(folder))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield home
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def texts_shown(wizard: MagistereWizard) -> str:
    widgets = wizard.findChildren(QLabel) + wizard.findChildren(QPlainTextEdit)
    return "\n".join(w.text() if isinstance(w, QLabel) else w.toPlainText() for w in widgets)


def test_the_canaries_surface_nowhere(
    qtbot: QtBot,
    french: QApplication,
    isolated_home: Path,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    browser: BrowserSpy,
    capfd: pytest.CaptureFixture[str],
) -> None:
    keeper = RecordKeeper()  # first in line: it sees records before the scrubbing filter does
    logging.getLogger().addHandler(keeper)
    log_file = logs.configure(logging.DEBUG)
    staff = tmp_path / "staff.toml"
    staff.write_text(STAFF, encoding="utf-8")
    shown: list[str] = []

    with SimulatorServer(port=0, test_hooks=True, directory_path=staff) as server:
        profile = server.profile()
        client = AcademieClient(profile)
        wizard = MagistereWizard(client, profile)
        qtbot.addWidget(wizard)
        wizard.show()

        def settle(page_id: PageId) -> None:
            qtbot.waitUntil(
                lambda: wizard.currentId() == page_id and not wizard.page_at(page_id).runner.busy,
                timeout=10_000,
            )
            shown.append(texts_shown(wizard))

        # Path 1: find the identifiant, try the default password (refused), then the real one.
        wizard.next()
        identifiant = wizard.page_at(PageId.IDENTIFIANT)
        identifiant.first_name.setText("Coralie")  # type: ignore[attr-defined]
        identifiant.last_name.setText("Canari")  # type: ignore[attr-defined]
        identifiant.numen.setText(CANARY_NUMEN.lower())  # type: ignore[attr-defined]
        identifiant.lookup_button.click()  # type: ignore[attr-defined]
        settle(PageId.IDENTIFIANT)
        assert wizard.state.identifiant == "ccanari"
        wizard.next()
        password = wizard.page_at(PageId.PASSWORD)
        password.default_button.click()  # type: ignore[attr-defined]
        password.test_button.click()  # type: ignore[attr-defined]
        settle(PageId.PASSWORD)
        password.test_button.click()  # type: ignore[attr-defined]  # the same refused attempt
        settle(PageId.PASSWORD)
        password.password.setText(CANARY_PASSWORD)  # type: ignore[attr-defined]
        password.test_button.click()  # type: ignore[attr-defined]
        settle(PageId.PASSWORD)
        assert wizard.state.login_succeeded

        # Path 2: forgotten password: a wrong code, the right one, step 2, a refused then a good change.
        password.reset_button.show()  # type: ignore[attr-defined]
        password.reset_button.click()  # type: ignore[attr-defined]
        captcha = wizard.page_at(PageId.RESET_CAPTCHA)
        settle(PageId.RESET_CAPTCHA)
        captcha.code.setText("WRONG")  # type: ignore[attr-defined]
        captcha.submit_button.click()  # type: ignore[attr-defined]
        settle(PageId.RESET_CAPTCHA)
        captcha.code.setText(code_shown_to(wizard, server.simulator))  # type: ignore[attr-defined]
        captcha.submit_button.click()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.RESET_STEP_TWO, timeout=10_000)
        step_two = wizard.page_at(PageId.RESET_STEP_TWO)
        step_two.reset_button.click()  # type: ignore[attr-defined]
        settle(PageId.RESET_STEP_TWO)
        assert wizard.state.reset_done
        wizard.next()
        change = wizard.page_at(PageId.CHANGE_PASSWORD)
        for field in (change.new_password, change.confirmation):  # type: ignore[attr-defined]
            field.setText(CANARY_PASSWORD)  # her former one: the académie refuses it
        change.change_button.click()  # type: ignore[attr-defined]
        settle(PageId.CHANGE_PASSWORD)
        for field in (change.new_password, change.confirmation):  # type: ignore[attr-defined]
            field.setText(CANARY_NEW_PASSWORD)
        change.change_button.click()  # type: ignore[attr-defined]
        settle(PageId.CHANGE_PASSWORD)
        assert wizard.state.password_changed
        wizard.next()
        shown.append(texts_shown(wizard))

        # Path 3: the NUMEN help, with the name typed earlier.
        wizard.restart()
        wizard.page_at(PageId.WELCOME).numen_choice.setChecked(True)  # type: ignore[attr-defined]
        wizard.next()
        shown.append(texts_shown(wizard))
        wizard.close()
        client.close()
        attempts = list(server.simulator.login_attempts)
    QThreadPool.globalInstance().waitForDone(10_000)
    output = capfd.readouterr()

    assert keeper.lines, "the run must have logged at DEBUG level"
    assert log_file is not None
    assert log_file.is_file()
    assert log_file.is_relative_to(isolated_home)
    assert len(attempts) == 2, "the refused password must not have been sent a second time"
    assert len({attempt.password_digest for attempt in attempts}) == len(attempts)
    settings = QSettings("magistere-gui", "magistere-gui")
    stored = " ".join(f"{key}={settings.value(key)}" for key in settings.allKeys())
    places = {
        "log records": "\n".join(keeper.lines),
        "stdout": output.out,
        "stderr": output.err,
        "settings": stored,
        "texts shown": "\n".join(shown),
        "keychain": " ".join(memory_keyring.entries.values()),
    }
    for folder in (isolated_home, tmp_path / "tmp"):
        for path in folder.rglob("*"):
            if path.is_file():
                places[str(path)] = path.read_bytes().decode("utf-8", errors="replace")
    assert any(str(log_file) == place for place in places), (
        "the log file must be among the files read"
    )
    for place, text in places.items():
        for canary in CANARIES:
            assert canary not in text, f"{canary!r} found in {place}"

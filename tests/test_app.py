"""The program as the help desk starts it: options in French, demo mode, self-test."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from magistere_gui.app import StartupError, open_session, parse_arguments


def run_program(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "magistere_gui", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


def test_the_help_is_in_french() -> None:
    result = run_program("--help")
    assert result.returncode == 0
    assert "Utilisation : magistere-gui" in result.stdout
    assert "mode démonstration" in result.stdout
    assert "afficher cette aide et quitter" in result.stdout


def test_the_version_is_printed() -> None:
    from magistere_gui import __version__

    result = run_program("--version")
    assert result.stdout.strip() == f"magistere-gui {__version__}"


def test_the_self_test_passes_on_this_installation() -> None:
    result = run_program("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Suivant" in result.stdout
    assert "auto-test : réussi" in result.stdout


def test_demo_mode_runs_the_simulator_without_its_test_hooks(
    french: QApplication, qtbot: QtBot
) -> None:
    session = open_session(parse_arguments(["--demo"]))
    try:
        qtbot.addWidget(session.wizard)
        assert "démonstration" in session.wizard.windowTitle()
        assert session.wizard.sideWidget() is not None
        assert session.profile.url("portal").startswith("http://127.0.0.1:")
        assert session.server is not None
        with pytest.raises(PermissionError):
            session.server.simulator.captcha_answer()
    finally:
        session.close()


def test_a_missing_profile_is_a_clear_startup_error(tmp_path: object) -> None:
    with pytest.raises(StartupError):
        open_session(parse_arguments(["--sites", "/nonexistent/profile.toml"]))


def test_the_window_icon_exists_in_every_size(french: QApplication) -> None:
    from magistere_gui.app import application_icon

    icon = application_icon()
    assert not icon.isNull()
    for size in (16, 32, 256):
        assert icon.pixmap(size, size).width() == size


def test_the_desktop_entry_starts_the_installed_program() -> None:
    from magistere_gui.paths import resource_path

    entry = resource_path("magistere-gui.desktop").read_text(encoding="utf-8")
    assert "Exec=magistere-gui\n" in entry
    assert "Icon=magistere-gui\n" in entry
    assert "Name=Assistant M@gistère" in entry

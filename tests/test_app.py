"""The program as the help desk starts it: options in French, demo mode, self-test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
    assert "bouton Suivant\u00a0: Suivant" in result.stdout
    assert "&" not in result.stdout  # button texts as read, without their shortcut marker
    assert "auto-test\u00a0: réussi" in result.stdout


def test_option_mistakes_are_said_in_french() -> None:
    result = run_program("--sites")
    assert result.returncode == 2
    assert "Utilisation : magistere-gui" in result.stderr
    assert "erreur : option --sites : une valeur est attendue" in result.stderr
    assert "error" not in result.stderr


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


def test_a_missing_profile_is_a_clear_startup_error(french: QApplication) -> None:
    with pytest.raises(StartupError) as caught:
        open_session(parse_arguments(["--sites", "/nonexistent/profile.toml"]))
    assert caught.value.text().splitlines() == [
        "L'assistant ne peut pas démarrer.",
        "Le profil des sites /nonexistent/profile.toml ne peut pas être ouvert\u00a0:",
        "ce fichier n'existe pas. Vérifiez le chemin donné après --sites (ou dans "
        "MAGISTERE_SITES).",
        "Corrigez le fichier, puis relancez l'assistant (ou transmettez ce message à "
        "l'assistance).",
    ]


def test_a_broken_profile_names_its_file_and_line_in_french(
    french: QApplication, tmp_path: Path
) -> None:
    """The window used to say "cannot read site profile: Expected ']'…"."""
    broken = tmp_path / "academie.toml"
    broken.write_text('name = "Créteil"\n\n[urls\nportal = "https://a/"\n', encoding="utf-8")
    with pytest.raises(StartupError) as caught:
        open_session(parse_arguments(["--sites", str(broken)]))
    said = caught.value.text()
    assert f"Le profil des sites {broken} contient une erreur à la ligne 3" in said
    assert "il manque un «\u00a0]\u00a0» à la fin du nom de la section" in said
    assert "Expected" not in said


def test_a_typo_in_the_timeouts_never_crashes_the_start(tmp_path: Path) -> None:
    """It crashed with a TypeError; now both report commands say what to fix, in French."""
    from magistere_gui.client import bundled_profile_path

    shipped = bundled_profile_path().read_text(encoding="utf-8")
    assert "\nread_seconds = 25.0\n" in shipped
    typo = tmp_path / "creteil.toml"
    typo.write_text(shipped.replace("\nread_seconds = 25.0\n", "\nread_second = 25.0\n"))
    line = shipped.splitlines().index("read_seconds = 25.0") + 1
    for command in ("--diagnose", "--check-sites"):
        result = run_program("--sites", str(typo), command)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert f"contient une erreur à la ligne {line}\u00a0:" in result.stderr
        assert (
            "«\u00a0read_second\u00a0» n'est pas un réglage de la section [timeouts]"
            in result.stderr
        )


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


def test_without_a_screen_the_program_says_so_in_french() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux sessions may lack a display")
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "magistere_gui"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Aucun écran n'est disponible" in result.stderr
    assert "qt.qpa" not in result.stderr

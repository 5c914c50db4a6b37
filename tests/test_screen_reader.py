"""The real program driven through AT-SPI as a screen reader drives it (tests/atspi_story.py).

Needs a virtual screen and the accessibility stack of the system (Debian's xvfb,
at-spi2-core, python3-pyatspi, xdotool; ``.ci/run`` installs them). Elsewhere the test is
skipped with its reason, except when MAGISTERE_REQUIRE_ATSPI is set (CI): then it
must run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
STORY = Path(__file__).with_name("atspi_story.py")


def missing_stack() -> str:
    for program in ("Xvfb", "dbus-run-session", "xdotool"):
        if shutil.which(program) is None:
            return f"{program} is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False, timeout=30
    )
    return "" if probe.returncode == 0 else "python3-pyatspi is not installed"


@pytest.mark.timeout(240)
def test_a_screen_reader_user_finds_the_identifiant_and_tests_the_password() -> None:
    reason = missing_stack()
    if reason and os.environ.get("MAGISTERE_REQUIRE_ATSPI"):
        pytest.fail(f"the AT-SPI story must run here: {reason}")
    if reason:
        pytest.skip(f"no AT-SPI stack on this machine: {reason}")
    program = Path(sys.executable).with_name("magistere-gui")
    result = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(STORY), str(program)],
        capture_output=True,
        text=True,
        timeout=200,
        check=False,
    )
    said = result.stdout
    assert result.returncode == 0, said + result.stderr[-3000:]
    assert "page identifiant reached, heading: Votre identifiant" in said
    assert "identifiant read from the tree: jdupont1" in said
    assert "status read from the tree: L'académie confirme votre identifiant" in said
    assert "password page identifiant: jdupont1" in said
    assert "login read from the tree: Connexion réussie\u00a0: jdupont1" in said

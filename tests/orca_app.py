"""The demo (``magistere-gui --demo``) for the Orca story, with the simulator's test hook on.

Run with the project's Python: ``python tests/orca_app.py URL_FILE``. It writes the
simulator's address to URL_FILE, so that tests/orca_story.py can read the security code
on screen from ``/_test/captcha`` (the demo never exposes it).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from magistere_gui import app
from magistere_gui.client import SiteProfile
from magistere_gui.simulator import SimulatorServer


def choose_sites(_arguments: Any) -> tuple[SiteProfile, SimulatorServer]:
    server = SimulatorServer(port=0, test_hooks=True).start()
    Path(sys.argv[1]).write_text(server.url, encoding="utf-8")
    return server.profile(), server


if __name__ == "__main__":
    app.choose_sites = choose_sites
    raise SystemExit(app.main(["--demo"]))

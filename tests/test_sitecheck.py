"""The help desk's site check: every page opened with GET only, what was recognised said plainly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from magistere_gui.client import load_profile
from magistere_gui.diagnostics import Verdict
from magistere_gui.simulator import SimulatorServer
from magistere_gui.sitecheck import check_sites, summary


def test_every_page_of_every_layout_is_understood(simulator: SimulatorServer) -> None:
    report = check_sites(simulator.profile())
    assert report.worst is not Verdict.FAILED, report.text()
    assert "every page is understood" in summary(report)
    assert {method for method, _path in simulator.simulator.requests_received} <= {"GET"}


def test_a_pinned_field_that_was_renamed_is_reported_as_not_recognised(
    tmp_path: Path, simulator: SimulatorServer
) -> None:
    pinned_profile = Path(tmp_path / "pinned.toml")
    pinned_profile.write_text(
        Path(simulator.profile().source).read_text(encoding="utf-8")
        + f'\n[fields]\nnumen = "{simulator.simulator.served_name("numen")}"\n',
        encoding="utf-8",
    )
    profile = load_profile(pinned_profile, base_url=simulator.url)
    assert check_sites(profile).worst is not Verdict.FAILED
    simulator.faults.renamed_fields = True
    report = check_sites(profile)
    text = report.text()
    assert report.worst is Verdict.FAILED
    assert "is not on the page" in text
    assert "Update the profile" in text


def test_a_page_whose_labels_are_gone_is_reported(simulator: SimulatorServer) -> None:
    simulator.faults.garbled_pages = True
    report = check_sites(simulator.profile())
    assert report.worst is Verdict.FAILED
    assert "not recognised" in report.text()
    assert "not understood" in summary(report)


def test_check_sites_on_the_demo_speaks_french_and_exits_0() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "magistere_gui", "--demo", "--check-sites"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "Formulaire reconnu" in result.stdout, result.stdout + result.stderr
    assert "Champ «\u00a0NUMEN\u00a0»\u00a0: «\u00a0numen\u00a0», par son libellé." in result.stdout
    assert "Résultat\u00a0: toutes les pages sont comprises." in result.stdout
    assert result.returncode == 0

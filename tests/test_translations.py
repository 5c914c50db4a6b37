"""Every UI string is translated into French, and the catalogue is up to date with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from magistere_gui.client import AcademieClient, SiteProfile
from magistere_gui.gui.i18n import install_translators
from magistere_gui.gui.wizard import MagistereWizard

ROOT = Path(__file__).resolve().parent.parent
FRENCH_CATALOGUE = ROOT / "resources" / "translations" / "magistere_fr.ts"


def sources(catalogue: Path) -> set[tuple[str, str]]:
    tree = ET.parse(catalogue)
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_no_french_string_is_left_unfinished() -> None:
    tree = ET.parse(FRENCH_CATALOGUE)
    unfinished = [
        message.findtext("source")
        for message in tree.iter("message")
        if message.find("translation") is None
        or message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")  # type: ignore[union-attr]
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_the_french_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing: PySide6-Essentials ships it")
    code = sorted(
        str(p) for p in (ROOT / "magistere_gui").rglob("*.py") if "simulator" not in p.parts
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, *code, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = sources(fresh) - sources(FRENCH_CATALOGUE)
    assert missing == set(), "run tools/update_translations.sh and translate the new strings"


def test_placeholders_survive_translation() -> None:
    import re

    tree = ET.parse(FRENCH_CATALOGUE)
    for message in tree.iter("message"):
        source, translation = message.findtext("source", ""), message.findtext("translation", "")
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation)), (
            source
        )


def test_english_is_available_on_request(
    qapp: QApplication, qtbot: QtBot, client: AcademieClient, profile: SiteProfile
) -> None:
    for translator in qapp.property("translators") or []:
        qapp.removeTranslator(translator)
    english = install_translators(qapp, "en")
    try:
        wizard = MagistereWizard(client, profile)
        qtbot.addWidget(wizard)
        wizard.show()
        assert "Next" in wizard.button(QWizard.WizardButton.NextButton).text()
        assert wizard.currentPage().title() == "Connect to M@gistère"
    finally:
        for translator in english:
            qapp.removeTranslator(translator)
        for translator in qapp.property("translators") or []:
            qapp.installTranslator(translator)


def test_no_french_line_can_start_with_a_colon_or_a_question_mark(french: QApplication) -> None:
    """Seen in the window: "…le code affiché" / ": saisissez-le". French typography puts a
    space before ":", ";", "?", "!" and "»" (and after "«"): in the shipped French it is a
    no-break space, so that a wrapped line never starts with the sign."""
    from PySide6.QtCore import QCoreApplication

    breakable = re.compile(r"[ \t\n](?=[:;?!»])|«[ \t\n]")
    tree = ET.parse(FRENCH_CATALOGUE)
    found = []
    translated = 0
    for context in tree.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            shown = QCoreApplication.translate(name, source)
            translated += shown != source
            if breakable.search(shown):
                found.append(shown)
    assert translated > 100  # the shipped French, as the program shows it
    assert not found, f"{len(found)} French strings can break before a sign:\n" + "\n".join(
        found[:20]
    )

"""Lost-NUMEN help: the teacher's département chooses whom to ask, from the profile's data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers import BrowserSpy
from magistere_gui.client import AcademieClient, load_profile
from magistere_gui.gui.navigation import PageId
from magistere_gui.gui.pages.numen_help import NumenHelpPage
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.simulator import SimulatorServer
from stories import next_button


def open_numen_help(qtbot: QtBot, wizard: MagistereWizard) -> NumenHelpPage:
    wizard.page_at(PageId.WELCOME).numen_choice.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, NumenHelpPage)
    return page


def test_the_departement_chosen_changes_whom_to_ask(qtbot: QtBot, wizard: MagistereWizard) -> None:
    page = open_numen_help(qtbot, wizard)
    assert not page.departement_box.isVisibleTo(page)  # never known: the GEP manager
    assert "gestionnaire GEP" in page.advice.text()
    page.lost_choice.click()
    assert page.departement_box.isVisibleTo(page)
    assert [button.text() for button in page.departement_buttons.values()] == [
        "93 – Seine-Saint-Denis",
        "94 – Val-de-Marne",
        "77 – Seine-et-Marne",
        "Je ne sais pas",
    ]
    assert "choisissez votre département" in page.advice.text()

    page.departement_buttons["93"].click()
    said_for_93 = page.advice.text()
    assert "secrétariat de la DIMOPE de la DSDEN de la Seine-Saint-Denis" in said_for_93
    assert "pièce d'identité" in said_for_93
    assert "https://www.dsden93.ac-creteil.fr/" in said_for_93  # with its source in the profile

    page.departement_buttons["94"].click()
    said_for_94 = page.advice.text()
    assert "DSDEN du Val-de-Marne" in said_for_94
    assert "DIMOPE" not in said_for_94  # the sheet's service is the 93's only
    assert "secrétariat de votre établissement" in said_for_94
    assert "@" not in said_for_94  # no contact is invented
    assert "http" not in said_for_94

    page.departement_buttons["77"].click()
    assert "DSDEN de Seine-et-Marne" in page.advice.text()
    assert "secrétariat de votre établissement" in page.advice.text()

    page.departement_buttons[""].click()
    assert "secrétariat de votre établissement" in page.advice.text()
    assert "DSDEN de" not in page.advice.text()


def test_the_administrations_words_and_the_keychain_are_explained(
    qtbot: QtBot, wizard: MagistereWizard
) -> None:
    page = open_numen_help(qtbot, wizard)
    lines = page.glossary.text().splitlines()
    assert [line.split("\u00a0:")[0] for line in lines] == [
        "Gestionnaire GEP",
        "DSDEN",
        "DIMOPE",
        "Trousseau",
    ]
    assert all(len(line) < 200 for line in lines)  # one plain line each
    assert page.glossary_box.title() == "Les mots de cette page"
    assert page.glossary.isVisibleTo(page)


def test_one_choice_of_departement_is_announced_once(qtbot: QtBot, wizard: MagistereWizard) -> None:
    from magistere_gui.gui.accessibility import announcer

    page = open_numen_help(qtbot, wizard)
    page.lost_choice.click()
    page.departement_buttons["93"].click()
    heard: list[str] = []

    def listen(text: str, _assertive: bool) -> None:
        heard.append(text)

    announcer().announced.connect(listen)
    try:
        page.departement_buttons["94"].click()
    finally:
        announcer().announced.disconnect(listen)
    assert len(heard) == 1
    assert "Val-de-Marne" in heard[0]


@pytest.fixture
def profile_with_an_email(simulator: SimulatorServer, tmp_path: Path) -> Path:
    """A profile whose département gives an e-mail address, with the page it was read on."""
    shipped = (Path(__file__).parent.parent / "resources" / "sites" / "simulator.toml").read_text(
        encoding="utf-8"
    )
    text = shipped.replace('numen_help_from = "creteil"\n', "") + (
        "\n[numen_help.departements.99]\n"
        'name = "Département d\'essai"\n'
        'dsden = "DSDEN d\'essai"\n'
        'service = "service d\'essai"\n'
        'service_source = "https://example.org/page-du-service"\n'
        'email = "service@example.org"\n'
        'email_source = "https://example.org/page-du-service"\n'
    )
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def wizard_with_an_email(
    french: QApplication,
    qtbot: QtBot,
    simulator: SimulatorServer,
    profile_with_an_email: Path,
    browser: BrowserSpy,
) -> Iterator[MagistereWizard]:
    profile = load_profile(profile_with_an_email, base_url=simulator.url)
    client = AcademieClient(profile)
    wizard = MagistereWizard(client, profile)
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    wizard.close()
    client.close()


def test_the_departements_and_their_contacts_come_from_the_profile(
    qtbot: QtBot, wizard_with_an_email: MagistereWizard, browser: BrowserSpy
) -> None:
    page = open_numen_help(qtbot, wizard_with_an_email)
    page.lost_choice.click()
    assert list(page.departement_buttons) == ["99", ""]
    page.departement_buttons["99"].click()
    assert "service d'essai de la DSDEN d'essai" in page.advice.text()
    assert "service@example.org" in page.advice.text()
    qtbot.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    assert browser.opened[-1].startswith("mailto:service@example.org?subject=")

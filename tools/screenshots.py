"""Save PNGs of the wizard, as a teacher sees it, into docs/screenshots/.

    .venv/bin/python tools/screenshots.py

First every page at the usual size (a 1366 x 768 screen, text at 100 %), then every
page at each text size on a 1366 x 768 and a 1024 x 600 screen (a folder each:
``1024x600-texte-200/`` …). Then the
identifiant found and the security code at each size tests/test_layout.py checks:
text at 100 %, 150 % and 200 % on a 1366 x 768 screen, on the same screen at 125 %
(QT_SCALE_FACTOR=1.25, so the pictures have the screen's real pixels) and on a
1024 x 600 one. Each screen is a process of its own: Qt's scale and the size of its
offscreen screen are fixed when it starts.

Runs offscreen against the local simulator (fictional accounts, plus one with a long
compound name for the longest identifiant). The NUMEN and password fields stay masked,
so no secret, even a fictional one, is shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"

#: name in the file names -> (width, height, QT_SCALE_FACTOR)
SCREENS = {
    "1366x768": (1366, 768, "1"),
    "1366x768-a-125": (1366, 768, "1.25"),
    "1024x600": (1024, 600, "1"),
}
TEXT_SIZES = {"100": 11.0, "150": 16.5, "200": 22.0}
#: The screens shot page by page at each text size (the 125 % one: the two pages above only).
PAGE_SCREENS = ("1366x768", "1024x600")
LONG_PERSON = """
[[staff]]
first_name = "Marie-Amélie"
last_name = "Delacroix-Fontaine"
numen = "24E1788888FGH"
identifiant = "mdelacroix-fontaine12"
note = "nom composé long : l'identifiant le plus long"
"""


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--screen":
        return shoot(sys.argv[2])
    home = tempfile.mkdtemp()  # no settings of the developer's touched
    for name, (width, height, scale) in SCREENS.items():
        config = Path(home) / f"{name}.json"
        screen = {"name": name, "x": 0, "y": 0, "width": width, "height": height}
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "QT_SCALE_FACTOR": scale,
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        }
        command = [sys.executable, __file__, "--screen", name]
        subprocess.run(command, env=environment, check=True)  # noqa: S603 - this very script
    return 0


def shoot(screen_name: str) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from magistere_gui.client import AcademieClient
    from magistere_gui.gui.i18n import install_translators
    from magistere_gui.gui.navigation import PageId
    from magistere_gui.gui.pages.base import BasePage
    from magistere_gui.gui.readability import MINIMUM_POINTS, set_text_points
    from magistere_gui.gui.wizard import MagistereWizard
    from magistere_gui.simulator import SimulatorServer
    from magistere_gui.simulator.directory import default_directory_path

    app = QApplication(sys.argv[:1])
    translators = install_translators(app, "fr")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    staff = Path(tempfile.mkdtemp()) / "staff.toml"
    staff.write_text(
        default_directory_path().read_text(encoding="utf-8") + LONG_PERSON, encoding="utf-8"
    )

    def settle(window: QWidget, page: BasePage | None = None) -> None:
        """Until the page's call has answered and the layouts stopped moving."""
        deadline = time.monotonic() + 10.0
        while page is not None and page.runner.busy and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        before: list[object] = []
        for _pass in range(50):
            app.sendPostedEvents()
            app.processEvents()
            now = [widget.geometry() for widget in window.findChildren(QWidget)]
            if now == before:
                break
            before = now
        time.sleep(0.05)  # the text cursor and the focus frame are drawn
        app.processEvents()

    with SimulatorServer(port=0, test_hooks=True, directory_path=staff) as server:
        profile = server.profile()
        client = AcademieClient(profile)
        wizard = MagistereWizard(client, profile)
        set_text_points(MINIMUM_POINTS)
        wizard.fit_the_screen()
        wizard.show()

        def save(name: str, page: BasePage | None = None) -> None:
            settle(wizard, page)
            wizard.grab().save(str(OUTPUT / f"{name}.png"), "PNG", 0)  # 0: smallest file
            print(f"saved {name}.png")

        def find(first: str, last: str, numen: str) -> BasePage:
            identifiant = wizard.page_at(PageId.IDENTIFIANT)
            identifiant.first_name.setText(first)  # type: ignore[attr-defined]
            identifiant.last_name.setText(last)  # type: ignore[attr-defined]
            identifiant.numen.setText(numen)  # type: ignore[attr-defined]
            identifiant.lookup_button.click()  # type: ignore[attr-defined]
            settle(wizard, identifiant)
            assert wizard.currentId() == PageId.IDENTIFIANT
            return identifiant

        if screen_name == "1366x768":
            every_page(wizard, server, client, save, find, settle)
            wizard.restart()
        # The same two pages at each text size: the identifiant and the security code whole.
        wizard.page_at(PageId.WELCOME).find_choice.setChecked(True)  # type: ignore[attr-defined]
        wizard.next()
        identifiant = find("Marie-Amélie", "Delacroix-Fontaine", "24E1788888FGH")
        for percent, points in TEXT_SIZES.items():
            set_text_points(points)
            wizard.fit_the_screen()
            settle(wizard)
            identifiant.result.setFocus()  # type: ignore[attr-defined]
            identifiant.scroll_into_view(identifiant.result)
            save(f"taille-{screen_name}-texte-{percent}-identifiant", identifiant)
        wizard.restart()
        wizard.page_at(PageId.WELCOME).reset_choice.setChecked(True)  # type: ignore[attr-defined]
        wizard.next()
        captcha = wizard.page_at(PageId.RESET_CAPTCHA)
        settle(wizard, captcha)
        for percent, points in TEXT_SIZES.items():
            set_text_points(points)
            wizard.fit_the_screen()
            settle(wizard)
            captcha.scroll_into_view(captcha.image)  # type: ignore[attr-defined]
            captcha.code.setFocus(Qt.FocusReason.OtherFocusReason)  # type: ignore[attr-defined]
            save(f"taille-{screen_name}-texte-{percent}-code", captcha)
        wizard.close()
        client.close()
    if screen_name not in PAGE_SCREENS:
        set_text_points(MINIMUM_POINTS)
        return 0
    # Every page at each text size, in a folder per screen and size; a new simulator each
    # time (the paths change a password, and the académie refuses one it had before).
    for percent, points in TEXT_SIZES.items():
        if screen_name == "1366x768" and percent == "100":
            continue  # the pages shot first, at the top of the folder
        with SimulatorServer(port=0, test_hooks=True, directory_path=staff) as server:
            client = AcademieClient(server.profile())
            wizard = MagistereWizard(client, server.profile())
            set_text_points(points)
            wizard.fit_the_screen()
            wizard.show()
            folder = f"{screen_name}-texte-{percent}"
            (OUTPUT / folder).mkdir(exist_ok=True)

            def save_in(
                name: str,
                page: BasePage | None = None,
                folder: str = folder,
                window: MagistereWizard = wizard,
            ) -> None:
                settle(window, page)
                if name in ("1-accueil", "5-reinitialisation-etape-2"):
                    return  # little text, nothing that comes or goes: the folder stays small
                window.grab().save(str(OUTPUT / folder / f"{name}.png"), "PNG", 0)
                print(f"saved {folder}/{name}.png")

            every_page(wizard, server, client, save_in, find, settle)
            wizard.close()
            client.close()
    set_text_points(MINIMUM_POINTS)
    del translators
    return 0


def every_page(wizard, server, client, save, find, settle) -> None:  # type: ignore[no-untyped-def]
    """Each page once, at the usual size, along the paths a teacher takes."""
    from magistere_gui.gui.navigation import PageId

    save("1-accueil")
    wizard.next()
    identifiant = find("Anne", "D'Artagnan", "24E0822222KLM")
    save("2-identifiant", identifiant)
    wizard.next()
    password = wizard.page_at(PageId.PASSWORD)
    settle(wizard, password)
    while password.keychain_lookup.busy:
        settle(wizard)
    password.default_button.click()
    password.test_button.click()
    save("3-mot-de-passe", password)
    wizard.restart()
    wizard.page_at(PageId.WELCOME).reset_choice.setChecked(True)
    wizard.next()
    captcha = wizard.page_at(PageId.RESET_CAPTCHA)
    settle(wizard, captcha)
    captcha.code.setText("ABCDE")
    captcha.submit_button.click()
    save("4-code-de-securite", captcha)
    session_id = client.transport.session.cookies.get("PHPSESSID")
    captcha.code.setText(server.simulator.captcha_answer(session_id))
    captcha.submit_button.click()
    settle(wizard, captcha)
    step_two = wizard.page_at(PageId.RESET_STEP_TWO)
    assert wizard.currentId() == PageId.RESET_STEP_TWO
    step_two.identifiant.setText("adartagnan")
    step_two.numen.setText("24E0822222KLM")
    step_two.reset_button.click()
    save("5-reinitialisation-etape-2", step_two)
    wizard.next()
    change = wizard.page_at(PageId.CHANGE_PASSWORD)
    assert wizard.currentId() == PageId.CHANGE_PASSWORD
    change.new_password.setText("Mousquetaire-1625")
    change.confirmation.setText("Mousquetaire-162")
    save("6-changer-mot-de-passe", change)
    change.confirmation.setText("Mousquetaire-1625")
    change.change_button.click()
    settle(wizard, change)
    wizard.next()
    assert wizard.currentId() == PageId.DONE
    save("8-termine")
    wizard.restart()
    wizard.page_at(PageId.WELCOME).numen_choice.setChecked(True)
    wizard.next()
    wizard.page_at(PageId.NUMEN_HELP).lost_choice.click()  # with the choice of département
    save("7-aide-numen")


if __name__ == "__main__":
    raise SystemExit(main())

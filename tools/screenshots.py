"""Save a PNG of every wizard page, as a teacher sees it, into docs/screenshots/.

    .venv/bin/python tools/screenshots.py

Runs offscreen against the local simulator (fictional accounts). The NUMEN
and password fields stay masked, so no secret, even a fictional one, is shown.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from magistere_gui.client import AcademieClient
from magistere_gui.gui.i18n import install_translators
from magistere_gui.gui.navigation import PageId
from magistere_gui.gui.pages.base import BasePage
from magistere_gui.gui.wizard import MagistereWizard
from magistere_gui.simulator import SimulatorServer

OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle(app: QApplication, page: BasePage, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    app.processEvents()
    while page.runner.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, "fr")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with SimulatorServer(port=0, test_hooks=True) as server:
        profile = server.profile()
        client = AcademieClient(profile)
        wizard = MagistereWizard(client, profile)
        wizard.show()

        def save(name: str) -> None:
            app.processEvents()
            wizard.grab().save(str(OUTPUT / f"{name}.png"))
            print(f"saved {name}.png")

        save("1-accueil")
        wizard.next()
        identifiant = wizard.page_at(PageId.IDENTIFIANT)
        identifiant.first_name.setText("Anne")  # type: ignore[attr-defined]
        identifiant.last_name.setText("D'Artagnan")  # type: ignore[attr-defined]
        identifiant.numen.setText("24E0822222KLM")  # type: ignore[attr-defined]
        identifiant.lookup_button.click()  # type: ignore[attr-defined]
        settle(app, identifiant)
        save("2-identifiant")
        wizard.next()
        password = wizard.page_at(PageId.PASSWORD)
        password.default_button.click()  # type: ignore[attr-defined]
        password.test_button.click()  # type: ignore[attr-defined]
        settle(app, password)
        while password.keychain_lookup.busy:  # type: ignore[attr-defined]
            app.processEvents()
        save("3-mot-de-passe")
        password.reset_button.click()  # type: ignore[attr-defined]
        captcha = wizard.page_at(PageId.RESET_CAPTCHA)
        settle(app, captcha)
        captcha.code.setText("ABCDE")  # type: ignore[attr-defined]
        captcha.submit_button.click()  # type: ignore[attr-defined]
        settle(app, captcha)
        save("4-code-de-securite")
        captcha.code.setText(server.simulator.captcha_answer())  # type: ignore[attr-defined]
        captcha.submit_button.click()  # type: ignore[attr-defined]
        settle(app, captcha)
        step_two = wizard.page_at(PageId.RESET_STEP_TWO)
        step_two.reset_button.click()  # type: ignore[attr-defined]
        settle(app, step_two)
        save("5-reinitialisation-etape-2")
        wizard.next()
        change = wizard.page_at(PageId.CHANGE_PASSWORD)
        change.new_password.setText("Mousquetaire-1625")  # type: ignore[attr-defined]
        change.confirmation.setText("Mousquetaire-162")  # type: ignore[attr-defined]
        save("6-changer-mot-de-passe")
        change.confirmation.setText("Mousquetaire-1625")  # type: ignore[attr-defined]
        change.change_button.click()  # type: ignore[attr-defined]
        settle(app, change)
        wizard.next()
        save("8-termine")
        wizard.restart()
        wizard.page_at(PageId.WELCOME).numen_choice.setChecked(True)  # type: ignore[attr-defined]
        wizard.next()
        save("7-aide-numen")
        wizard.close()
        client.close()
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

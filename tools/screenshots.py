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
os.environ["HOME"] = __import__("tempfile").mkdtemp()  # no settings of the developer's touched
os.environ["XDG_CONFIG_HOME"] = os.path.join(os.environ["HOME"], ".config")

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
            deadline = time.monotonic() + 0.3  # layouts and font changes settle
            while time.monotonic() < deadline:
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
        while wizard.currentId() != PageId.RESET_CAPTCHA:  # after the keychain answered
            app.processEvents()
        captcha = wizard.page_at(PageId.RESET_CAPTCHA)
        settle(app, captcha)
        captcha.code.setText("ABCDE")  # type: ignore[attr-defined]
        captcha.submit_button.click()  # type: ignore[attr-defined]
        settle(app, captcha)
        save("4-code-de-securite")
        session_id = client.transport.session.cookies.get("PHPSESSID")
        captcha.code.setText(server.simulator.captcha_answer(session_id))  # type: ignore[attr-defined]
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
        # A small laptop (1366 x 768 at 125 %: 1093 x 614 points), then text at 200 %.
        wizard.restart()
        wizard.resize(1093, 614)
        wizard.page_at(PageId.WELCOME).find_choice.setChecked(True)  # type: ignore[attr-defined]
        wizard.next()
        identifiant.first_name.setText("Anne")  # type: ignore[attr-defined]
        identifiant.last_name.setText("D'Artagnan")  # type: ignore[attr-defined]
        identifiant.numen.setText("24E0822222KLM")  # type: ignore[attr-defined]
        identifiant.lookup_button.click()  # type: ignore[attr-defined]
        settle(app, identifiant)
        save("9-ecran-1366x768-a-125")
        from magistere_gui.gui.readability import text_size

        font = app.font()
        font.setPointSizeF(22.0)
        app.setFont(font)
        text_size().changed.emit(22.0)  # what Ctrl++ does, up to twice the 11-point base
        wizard.resize(1366, 768)
        save("10-texte-a-200")
        wizard.close()
        client.close()
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

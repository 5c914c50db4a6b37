"""``--self-test``: check an installation without showing anything, for CI and the help desk."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWizard

from magistere_gui.client import AcademieClient, bundled_profile_path, load_profile
from magistere_gui.paths import resource_path


def run_self_test(app: QApplication, language: str) -> int:
    from magistere_gui import keychain
    from magistere_gui.gui.wizard import MagistereWizard

    problems: list[str] = []
    profile = load_profile(bundled_profile_path())
    client = AcademieClient(profile)
    wizard = MagistereWizard(client, profile)
    wizard.show()
    wizard.add_remaining_pages()  # every page must build from the installed files
    app.processEvents()
    next_text = wizard.buttonText(QWizard.WizardButton.NextButton)
    expected = "Suivant" if language == "fr" else "Next"
    if expected not in next_text:
        problems.append(f"Qt buttons not translated: {next_text!r}")
    expected_title = "Se connecter à M@gistère" if language == "fr" else "Connect to M@gistère"
    if wizard.currentPage().title() != expected_title:
        problems.append(f"wizard not translated: {wizard.currentPage().title()!r}")
    for shipped in (
        ("icons", "magistere-gui.svg"),
        ("icons", "magistere-gui-256.png"),
        ("simulator", "staff.toml"),
    ):
        if not resource_path(*shipped).is_file():
            problems.append(f"missing resource: {'/'.join(shipped)}")
    try:  # the demo's simulator draws real captchas: Pillow and the captcha fonts must be there
        from captcha.image import ImageCaptcha

        ImageCaptcha(width=120, height=40).generate_image("AB12")
    except Exception as error:  # any failure here means a broken installation
        problems.append(f"captcha images unavailable: {type(error).__name__}")
    found = keychain.status()
    print(f"profil : {profile.name} ({profile.source})")
    print(f"bouton Suivant : {next_text}")
    print(f"trousseau : {found.backend_name} ({'disponible' if found.available else 'absent'})")
    wizard.close()
    client.close()
    for problem in problems:
        print(f"ÉCHEC : {problem}")
    print("auto-test : " + ("réussi" if not problems else "échoué"))
    return 0 if not problems else 1

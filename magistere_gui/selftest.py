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
    problems += _check_build_contents(app)
    found = keychain.status()
    print(f"profil : {profile.name} ({profile.source})")
    print(f"bouton Suivant : {next_text}")
    print(f"trousseau : {found.backend_name if found.available else 'aucun'}")
    wizard.close()
    client.close()
    for problem in problems:
        print(f"ÉCHEC : {problem}")
    print("auto-test : " + ("réussi" if not problems else "échoué"))
    return 0 if not problems else 1


def _check_build_contents(app: QApplication) -> list[str]:
    """What a lean build keeps must work: a missing plugin fails here, not at the teacher's.

    The standalone build leaves out Qt's other translations, the GTK theme, the SVG icon
    engine and everything of Qt not used; these are the parts the program does use.
    """
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QImage, QImageReader

    from magistere_gui.simulator.captcha_image import draw_code

    problems: list[str] = []
    formats = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    for needed in ("png", "jpeg", "gif", "bmp"):  # what an académie captcha may be
        if needed not in formats:
            problems.append(f"image format missing: {needed}")
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_fr", translations):
        problems.append("Qt's French translation (qtbase_fr) missing")
    captcha = QImage.fromData(draw_code("AB23"))  # the demo's simulator draws real codes
    if captcha.isNull():
        problems.append("the demo's security code images cannot be drawn")
    problems += _check_plugins()
    platform = app.platformName()
    print(f"plateforme : {platform} ; formats d'image : {', '.join(sorted(formats))}")
    return problems


#: The Qt plugins the program needs, by system: a lean build must keep them, and loadable.
NEEDED_PLUGINS = {
    "linux": (
        "platforms/libqxcb.so",  # X11 desktops (needs libxcb-cursor0)
        "platforms/libqwayland.so",  # Wayland desktops
        "platforms/libqoffscreen.so",  # --self-test, --diagnose without a display
        "imageformats/libqjpeg.so",  # captchas may be JPEG or GIF (PNG and BMP are built in)
        "imageformats/libqgif.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",  # accents, dead keys
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
    ),
    "win32": ("platforms/qwindows.dll", "imageformats/qjpeg.dll", "imageformats/qgif.dll"),
    "darwin": (
        "platforms/libqcocoa.dylib",
        "imageformats/libqjpeg.dylib",
        "imageformats/libqgif.dylib",
    ),
}


def _check_plugins() -> list[str]:
    """Load every Qt plugin the program needs: a library left out of a lean build makes its
    plugin fail to load here (e.g. the xcb platform without libxcb-cursor), not at a teacher's."""
    import sys
    from pathlib import Path

    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    problems = []
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    for needed in NEEDED_PLUGINS.get(system, ()):
        plugin = plugins / needed
        if not plugin.exists():
            problems.append(f"Qt plugin missing: {needed}")
            continue
        loader = QPluginLoader(str(plugin))
        if not loader.load():
            problems.append(f"Qt plugin {needed} does not load: {loader.errorString()}")
    return problems

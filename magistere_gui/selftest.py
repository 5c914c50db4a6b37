"""``--self-test``: check an installation without showing anything, for CI and the help desk.

It prints what it found in the interface's language (French by default): the help desk
reads it. Button texts are shown as a person reads them, without the "&" that marks a
keyboard shortcut.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWizard

from magistere_gui.client import AcademieClient, bundled_profile_path, load_profile
from magistere_gui.paths import resource_path

translate = QCoreApplication.translate


def without_mnemonic(text: str) -> str:
    """ "&Suivant >" as it is read: "Suivant >" ("&&" is a real "&")."""
    return re.sub(r"&(.)", r"\1", text)


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
    next_text = without_mnemonic(wizard.buttonText(QWizard.WizardButton.NextButton))
    expected = "Suivant" if language == "fr" else "Next"
    if expected not in next_text:
        problems.append(
            translate("selftest", "Qt's buttons are not translated: {text}").format(text=next_text)
        )
    expected_title = "Se connecter à M@gistère" if language == "fr" else "Connect to M@gistère"
    if wizard.currentPage().title() != expected_title:
        problems.append(
            translate("selftest", "The assistant is not translated: {text}").format(
                text=wizard.currentPage().title()
            )
        )
    for shipped in (
        ("icons", "magistere-gui.svg"),
        ("icons", "magistere-gui-256.png"),
        ("simulator", "staff.toml"),
    ):
        if not resource_path(*shipped).is_file():
            problems.append(
                translate("selftest", "A file is missing: {name}").format(name="/".join(shipped))
            )
    problems += _check_build_contents(app)
    found = keychain.status()
    print(
        translate("selftest", "Site profile: {name} ({file})").format(
            name=profile.name, file=profile.source
        )
    )
    print(translate("selftest", "Next button: {text}").format(text=next_text))
    keychain_name = (
        QCoreApplication.translate("keychain", found.label)
        if found.available
        else translate("selftest", "none")
    )
    print(translate("selftest", "Keychain: {name}").format(name=keychain_name))
    wizard.close()
    client.close()
    for problem in problems:
        print(translate("selftest", "FAILED: {problem}").format(problem=problem))
    print(
        translate("selftest", "Self-test passed.")
        if not problems
        else translate("selftest", "Self-test failed.")
    )
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
            problems.append(
                translate("selftest", "An image format is missing: {name}").format(name=needed)
            )
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_fr", translations):
        problems.append(translate("selftest", "Qt's French translation (qtbase_fr) is missing"))
    captcha = QImage.fromData(draw_code("AB23"))  # the demo's simulator draws real codes
    if captcha.isNull():
        problems.append(translate("selftest", "The demonstration's security codes cannot be drawn"))
    problems += _check_plugins()
    platform = app.platformName()
    print(
        translate("selftest", "Display: {platform}; image formats: {formats}").format(
            platform=platform, formats=", ".join(sorted(formats))
        )
    )
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
            problems.append(
                translate("selftest", "A Qt plugin is missing: {name}").format(name=needed)
            )
            continue
        loader = QPluginLoader(str(plugin))
        if not loader.load():  # Qt's own reason (translated by Qt's catalogue when it can)
            problems.append(
                translate("selftest", "The Qt plugin {name} cannot be loaded: {reason}").format(
                    name=needed, reason=loader.errorString()
                )
            )
    return problems

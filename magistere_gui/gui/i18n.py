"""French by default, Qt's own buttons included; English on request (--lang en)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from magistere_gui.paths import resource_path

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("fr", "en")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's catalogue (Suivant, Précédent…) and ours; keep the returned list alive."""
    QLocale.setDefault(QLocale(language))
    translators = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("magistere", str(resource_path("translations")))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            translators.append(translator)
        elif language != "en":
            log.warning("no %s translation for %s in %s", name, language, folder)
    return translators

"""Entry point: ``magistere-gui`` (double-click) and ``python -m magistere_gui``.

Only this module sets up logging, translations and the QApplication.
Options are in French: the help desk reads them too.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from magistere_gui import __version__

if TYPE_CHECKING:
    import argparse

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from magistere_gui.client import AcademieClient, SiteProfile
    from magistere_gui.gui.wizard import MagistereWizard
    from magistere_gui.rules import Message
    from magistere_gui.simulator import SimulatorServer
    from magistere_gui.simulator.directory import StaffMember

log = logging.getLogger(__name__)


#: The options of a double-click start (no arguments): known without loading argparse.
DEFAULT_OPTIONS = {
    "demo": False,
    "sites": None,
    "lang": "fr",
    "diagnose": False,
    "check_sites": False,
    "self_test": False,
    "debug": False,
}


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    if argv is not None and not argv:
        import types

        return types.SimpleNamespace(**DEFAULT_OPTIONS)  # type: ignore[return-value]
    from magistere_gui.cli import FrenchArgumentParser

    parser = FrenchArgumentParser(
        prog="magistere-gui",
        description=(
            "Assistant de connexion à M@gistère pour les personnels de l'académie de Créteil : "
            "identifiant, mot de passe, réinitialisation, aide NUMEN."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"magistere-gui {__version__}",
        help="afficher la version et quitter",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="mode démonstration : un simulateur local remplace les sites de l'académie",
    )
    parser.add_argument(
        "--sites", type=Path, metavar="PROFIL", help="fichier de profil des sites (TOML) à utiliser"
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="langue de l'interface (fr par défaut)"
    )
    parser.add_argument(
        "--diagnose",
        action="store_true",
        help="diagnostic réseau des sites de l'académie (à copier pour l'assistance), puis quitter",
    )
    parser.add_argument(
        "--check-sites",
        action="store_true",
        help="ouvrir chaque page du profil (sans rien envoyer) et dire ce qui y est reconnu, "
        "puis quitter (code 0 si tout est compris, 1 sinon)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="vérifier l'installation sans fenêtre, puis quitter",
    )
    parser.add_argument(
        "--debug", action="store_true", help="journal détaillé (jamais de NUMEN ni de mot de passe)"
    )
    parser.set_defaults(**DEFAULT_OPTIONS)
    return parser.parse_args(argv)


def demo_account_lines(directory: Sequence[StaffMember]) -> list[str]:
    """The demo accounts as the banner lists them (fictional people, fictional NUMENs)."""
    return [f"{m.first_name} {m.last_name} — {m.numen}\n{m.note}" for m in directory]


class StartupError(Exception):
    """The profile or the demo simulator could not be loaded: ``messages`` say which and what
    to do, as English sources that :meth:`text` translates (the translators are installed
    before any site is chosen)."""

    def __init__(self, messages: list[Message]) -> None:
        super().__init__(" ".join(message.english() for message in messages))
        self.messages = messages

    def text(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from magistere_gui.profile_errors import render

        heading = QCoreApplication.translate("startup", "The assistant cannot start.")
        return heading + "\n" + render(self.messages, QCoreApplication.translate)


@dataclass
class Session:
    """What one run of the program holds: its wizard (and client) and, in demo mode, the simulator."""

    wizard: MagistereWizard
    profile: SiteProfile
    server: SimulatorServer | None = None

    def close(self) -> None:
        self.wizard.context.close()
        if self.server is not None:
            self.server.stop()


def choose_sites(arguments: argparse.Namespace) -> tuple[SiteProfile, SimulatorServer | None]:
    """The real académie (bundled or --sites profile), or the demo's simulator started here.

    Whatever is wrong (a profile typed by hand, a simulator that cannot listen) is a
    :class:`StartupError` that says it in plain words, never a traceback."""
    from magistere_gui.client import ProfileError, default_profile_path, load_profile

    try:
        if not arguments.demo:
            return load_profile(arguments.sites or default_profile_path()), None
        from magistere_gui.client import bundled_profile_path
        from magistere_gui.simulator import SimulatorServer

        layout = load_profile(bundled_profile_path("simulator")).simulator_layout
        try:
            server = SimulatorServer(port=0, test_hooks=False, layout=layout or "classique")
        except OSError as error:
            from magistere_gui.rules import QT_TRANSLATE_NOOP, Message

            log.warning("the demo simulator cannot listen: %s", type(error).__name__)
            cannot_listen = QT_TRANSLATE_NOOP(
                "profile",
                "The demonstration's local académie could not be started on this computer. "
                "Close other copies of the assistant and try again.",
            )
            raise StartupError([Message(cannot_listen)]) from error
        server.start()
        return server.profile(), server
    except ProfileError as error:
        # Only on this path: the explanations (and the rules they use) cost some milliseconds
        # before the first page.
        from magistere_gui.profile_errors import explain

        log.info("site profile refused: %s", error)
        raise StartupError(explain(error)) from error


def open_session(arguments: argparse.Namespace) -> Session:
    """Build the wizard for the chosen sites; the client is made when a page first needs it."""
    from magistere_gui.gui.wizard import MagistereWizard

    profile, server = choose_sites(arguments)
    demo_accounts: list[str] = []
    if server is not None:
        from magistere_gui.simulator.directory import load_directory

        demo_accounts = demo_account_lines(load_directory())

    def make_client() -> AcademieClient:
        from magistere_gui.client import AcademieClient

        return AcademieClient(profile)

    wizard = MagistereWizard(make_client, profile, demo_accounts=demo_accounts)
    return Session(wizard=wizard, profile=profile, server=server)


def load_network_libraries_in_background() -> None:
    """Import the client (requests, lxml…) off the UI thread once the first page is up,
    so that the first click on a network step does not wait for it."""
    import importlib
    import threading

    threading.Thread(
        target=importlib.import_module, args=("magistere_gui.client.academie",), daemon=True
    ).start()


def run_report(arguments: argparse.Namespace) -> int:
    """``--diagnose`` or ``--check-sites``: print a report for the help desk; no window, no
    display needed. Exit code 1 when something failed."""
    from PySide6.QtCore import QCoreApplication

    from magistere_gui.diagnostics import Verdict, diagnose, say, verdict
    from magistere_gui.gui.i18n import install_translators
    from magistere_gui.sitecheck import check_sites, summary

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    translators = install_translators(app, arguments.lang)
    try:
        profile, server = choose_sites(arguments)
    except StartupError as error:
        print(error.text(), file=sys.stderr)
        return 2
    try:
        report = (
            check_sites(profile, QCoreApplication.translate)
            if arguments.check_sites
            else diagnose(profile)
        )
    finally:
        if server is not None:
            server.stop()
    if arguments.check_sites:
        print(report.text(QCoreApplication.translate))
        print("\n" + summary(report, QCoreApplication.translate))
    else:  # the verdict first, in plain words, then the details
        print(say(verdict(report), QCoreApplication.translate))
        print(report.text(QCoreApplication.translate))
    del translators
    return 1 if report.worst is Verdict.FAILED else 0


def application_icon() -> QIcon:
    """The window and taskbar icon, in PNG sizes (rendered from the SVG by tools/render_icons.py;
    PNGs load without Qt's SVG plugin, which keeps start-up short)."""
    from PySide6.QtGui import QIcon

    from magistere_gui.paths import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"magistere-gui-{size}.png")))
    return icon


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    from magistere_gui import logs

    log_file = logs.configure(logging.DEBUG if arguments.debug else logging.INFO)
    if arguments.diagnose or arguments.check_sites:
        return run_report(arguments)
    if not arguments.self_test and not _has_a_display():
        return _say_there_is_no_screen(arguments.lang)

    if arguments.self_test and not _has_a_display():
        # "Without a window": the self-test must run on a help desk's server or in CI too.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication

    from magistere_gui.gui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("magistere-gui")
    app.setApplicationDisplayName("Assistant M@gistère")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("fr.ac-creteil.magistere-gui")
    translators = install_translators(app, arguments.lang)

    if arguments.self_test:
        from magistere_gui.selftest import run_self_test

        return run_self_test(app, arguments.lang)

    try:
        session = open_session(arguments)
    except Exception as error:  # whatever it is: a sentence and the log, not a traceback
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        if isinstance(error, StartupError):
            text = error.text()
        else:
            log.exception("the assistant could not start")
            text = QCoreApplication.translate(
                "startup",
                "An unexpected error prevents the assistant from starting. Send this file to "
                "your help desk: {file}",
            ).format(file=log_file or "—")
        QMessageBox.critical(None, "Assistant M@gistère", text)
        return 2
    if os.environ.get("MAGISTERE_FIRST_PAINT_PROBE"):
        _report_first_paint(app)  # benchmarks/run.py times the standalone build with it
    session.wizard.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(300, load_network_libraries_in_background)
    # The icon's seven PNGs are read once the first page is on screen.
    QTimer.singleShot(100, lambda: app.setWindowIcon(application_icon()))
    log.info("started with profile %s", session.profile.name)
    try:
        exit_code = app.exec()
    finally:
        session.close()
        del translators
    _leave_without_waiting_for_stuck_calls(exit_code)
    return exit_code


def _peak_memory_kib() -> int:
    """This process's own peak (VmHWM): ru_maxrss would count its parent's before exec."""
    import resource

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _report_first_paint(app: QApplication) -> None:
    """Print when the wizard is first painted (and the peak memory), then quit at once."""
    import time

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWizard

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWizard):
                peak = _peak_memory_kib()
                print(f"painted {time.time():.6f} {peak}", flush=True)
                os._exit(0)
            return False

    probe = FirstPaint(app)
    app.installEventFilter(probe)


def _say_there_is_no_screen(language: str) -> int:
    """Qt would abort with its own English message: say it plainly first."""
    from PySide6.QtCore import QCoreApplication

    from magistere_gui.gui.i18n import install_translators

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    translators = install_translators(app, language)
    print(
        QCoreApplication.translate(
            "startup",
            "No screen is available to show the assistant (this session has no graphical "
            "display). Start it from the desktop, or use --diagnose or --self-test, which need "
            "no screen.",
        ),
        file=sys.stderr,
    )
    del translators
    return 2


def _has_a_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True  # Windows and macOS always have one


def _leave_without_waiting_for_stuck_calls(exit_code: int) -> None:
    """Closing the window quits at once. Client calls stop when cancelled (the wizard cancels
    them on close); a check the network still holds (a DNS look-up of the diagnostics cannot be
    interrupted) must not keep the teacher waiting: Qt would wait for it at exit."""
    from PySide6.QtCore import QThreadPool

    if QThreadPool.globalInstance().waitForDone(500):
        return
    log.warning("a background call was still running at exit; leaving without it")
    logging.shutdown()
    os._exit(exit_code)


if __name__ == "__main__":
    raise SystemExit(main())

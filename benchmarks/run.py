"""Speed and memory figures, each against a floor measured in the same run.

    .venv/bin/python benchmarks/run.py [--runs N]

1. Start to the first painted wizard page, and peak memory, against a bare
   PySide6 QWizard with one page started the same way (target 1.5x, 1.3x).
2. The UI thread never stalls: the longest gap of a 10 ms QTimer heartbeat
   while a lookup, a login check and a captcha load wait 3 s on the
   simulator (target under 50 ms).
3. Client overhead: one identifiant lookup through the client against a bare
   requests GET + POST of the same form on loopback (target 1.5x).
4. A new captcha is on screen within 100 ms of the click, on loopback.

Figures are min / median / max over several runs; nothing here is asserted
by the tests (machines are noisy), the table is for people.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The child reports when the first wizard page is painted, then quits at once.
_FIRST_PAINT_PROBE = textwrap.dedent(
    """
    import os, resource, sys, time
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWizard

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWizard):
                peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                print(f"painted {time.time():.6f} {peak_kib}", flush=True)
                os._exit(0)
            return False

    app = QApplication(sys.argv[:1])
    probe = FirstPaint()
    app.installEventFilter(probe)
    """
)

_BARE_WIZARD = _FIRST_PAINT_PROBE + textwrap.dedent(
    """
    from PySide6.QtWidgets import QWizardPage
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Bare")
    wizard.addPage(page)
    wizard.show()
    app.exec()
    """
)

_OUR_WIZARD = _FIRST_PAINT_PROBE + textwrap.dedent(
    """
    from magistere_gui.app import main
    main([])
    """
)


@dataclass
class Figure:
    name: str
    values: list[float]
    unit: str
    floor: list[float] | None = None
    target: str = ""

    def row(self) -> str:
        low, middle, high = min(self.values), statistics.median(self.values), max(self.values)
        text = f"| {self.name} | {low:.1f} / {middle:.1f} / {high:.1f} {self.unit} |"
        if self.floor:
            floor_middle = statistics.median(self.floor)
            text += f" {min(self.floor):.1f} / {floor_middle:.1f} / {max(self.floor):.1f} {self.unit} | {middle / floor_middle:.2f}x |"
        else:
            text += " — | — |"
        return text + f" {self.target} |"


def first_paint(script: str, runs: int) -> tuple[list[float], list[float]]:
    """Milliseconds from process start to the first paint of the wizard, and peak MiB."""
    times, memory = [], []
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ROOT}
    for _ in range(runs):
        started = time.time()
        result = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env=environment,
            timeout=60,
            check=True,
        )
        line = next(line for line in result.stdout.splitlines() if line.startswith("painted"))
        _, painted_at, peak_kib = line.split()
        times.append(1000 * (float(painted_at) - started))
        memory.append(int(peak_kib) / 1024)
    return times, memory


def startup_figures(runs: int) -> list[Figure]:
    bare_times, bare_memory = first_paint(_BARE_WIZARD, runs)
    our_times, our_memory = first_paint(_OUR_WIZARD, runs)
    return [
        Figure("start to first painted page", our_times, "ms", bare_times, "≤ 1.5x bare QWizard"),
        Figure("peak memory at first paint", our_memory, "MiB", bare_memory, "≤ 1.3x bare QWizard"),
    ]


def heartbeat_figures(runs: int) -> list[Figure]:
    """Longest gap of a 10 ms heartbeat while each call waits 3 s on the simulator."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from magistere_gui.client import AcademieClient
    from magistere_gui.gui.navigation import PageId
    from magistere_gui.gui.wizard import MagistereWizard
    from magistere_gui.simulator import SimulatorServer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    gaps: dict[str, list[float]] = {"lookup": [], "login check": [], "captcha load": []}
    with SimulatorServer(port=0) as server:
        profile = server.profile()
        for _ in range(runs):
            for operation in gaps:
                client = AcademieClient(profile)
                wizard = MagistereWizard(client, profile)
                wizard.show()
                app.processEvents()
                if operation == "lookup":
                    wizard.next()
                    page = wizard.page_at(PageId.IDENTIFIANT)
                    page.last_name.setText("Dupont")  # type: ignore[attr-defined]
                    page.numen.setText("24E0712345ABC")  # type: ignore[attr-defined]
                    start: Callable[[], None] = page.lookup_button.click  # type: ignore[attr-defined]
                elif operation == "login check":
                    wizard.page_at(PageId.WELCOME).check_choice.setChecked(True)  # type: ignore[attr-defined]
                    wizard.next()
                    page = wizard.page_at(PageId.PASSWORD)
                    page.identifiant.setText("jdupont")  # type: ignore[attr-defined]
                    page.password.setText("24E0712345ABC")  # type: ignore[attr-defined]
                    start = page.test_button.click  # type: ignore[attr-defined]
                else:
                    wizard.page_at(PageId.WELCOME).reset_choice.setChecked(True)  # type: ignore[attr-defined]
                    page = wizard.page_at(PageId.RESET_CAPTCHA)
                    start = wizard.next
                server.simulator.faults.latency_seconds = 3.0
                longest = 0.0
                clock = QElapsedTimer()
                clock.start()

                def beat(clock: QElapsedTimer = clock) -> None:
                    nonlocal longest
                    longest = max(longest, clock.restart())

                heartbeat = QTimer()
                heartbeat.setInterval(10)
                heartbeat.timeout.connect(beat)
                heartbeat.start()
                clock.restart()
                start()
                deadline = time.monotonic() + 15
                app.processEvents()
                while page.runner.busy and time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.001)
                heartbeat.stop()
                server.simulator.faults.latency_seconds = 0.0
                gaps[operation].append(longest)
                wizard.close()
                client.close()
    return [
        Figure(f"longest UI pause during a 3 s {name}", values, "ms", None, "< 50 ms")
        for name, values in gaps.items()
    ]


def client_overhead_figures(runs: int) -> list[Figure]:
    import requests

    from magistere_gui.client import AcademieClient
    from magistere_gui.simulator import SimulatorServer

    ours, bare = [], []
    with SimulatorServer(port=0) as server:
        profile = server.profile()
        client = AcademieClient(profile)
        session = requests.Session()
        page_url = profile.url("identifiant_lookup")
        action = server.url + "melouvert/identifiant.php"
        body = "nom=Dupont&numen=24E0712345ABC&valider=Valider"
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        for _ in range(5):  # warm both connections up
            client.lookup_identifiant("Dupont", "24E0712345ABC")
            session.get(page_url, timeout=5)
            session.post(action, data=body, headers=headers, timeout=5)
        for _ in range(runs):
            started = time.perf_counter()
            client.lookup_identifiant("Dupont", "24E0712345ABC")
            ours.append(1000 * (time.perf_counter() - started))
            started = time.perf_counter()
            session.get(page_url, timeout=5).content  # noqa: B018 - read the body, as the client does
            session.post(action, data=body, headers=headers, timeout=5).content  # noqa: B018
            bare.append(1000 * (time.perf_counter() - started))
        client.close()
    return [
        Figure(
            "one identifiant lookup (client vs bare GET + POST)",
            ours,
            "ms",
            bare,
            "≤ 1.5x bare requests",
        )
    ]


def captcha_figures(runs: int) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from magistere_gui.client import AcademieClient
    from magistere_gui.gui.navigation import PageId
    from magistere_gui.gui.wizard import MagistereWizard
    from magistere_gui.simulator import SimulatorServer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    delays = []
    with SimulatorServer(port=0) as server:
        profile = server.profile()
        client = AcademieClient(profile)
        wizard = MagistereWizard(client, profile)
        wizard.show()
        wizard.page_at(PageId.WELCOME).reset_choice.setChecked(True)  # type: ignore[attr-defined]
        wizard.next()
        page = wizard.page_at(PageId.RESET_CAPTCHA)
        while page.runner.busy:
            app.processEvents()
        for _ in range(runs):
            before = page.image.pixmap().cacheKey()  # type: ignore[attr-defined]
            started = time.perf_counter()
            page.new_code_button.click()  # type: ignore[attr-defined]
            while page.image.pixmap().cacheKey() == before:  # type: ignore[attr-defined]
                app.processEvents()
            page.image.repaint()  # type: ignore[attr-defined]
            delays.append(1000 * (time.perf_counter() - started))
        wizard.close()
        client.close()
    return [Figure("new captcha on screen after the click", delays, "ms", None, "< 100 ms")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    sys.path.insert(0, ROOT)
    figures = startup_figures(arguments.runs)
    figures += heartbeat_figures(max(1, arguments.runs // 3))
    figures += client_overhead_figures(arguments.runs * 5)
    figures += captcha_figures(arguments.runs * 2)
    print(
        "| figure | magistere-gui min / median / max | floor min / median / max | ratio | target |"
    )
    print("|---|---|---|---|---|")
    for figure in figures:
        print(figure.row())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

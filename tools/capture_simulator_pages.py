"""Make the saved pages of tests/pages/ from the simulator's layouts (run again after changing one).

    .venv/bin/python tools/capture_simulator_pages.py

Each file is what the wizard's "Enregistrer la page pour l'assistance" writes
(the same function, secrets removed), plus the ``expect:`` line a developer
adds by hand for a real page. tests/test_saved_pages.py replays every file.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from magistere_gui.client import AcademieClient, MagistereError  # noqa: E402
from magistere_gui.client.capture import PageCapture, capture_file_text  # noqa: E402
from magistere_gui.simulator import SimulatorServer  # noqa: E402
from magistere_gui.simulator.layouts import LAYOUTS  # noqa: E402

NUMEN = "24E0712345ABC"  # Jean Dupont, fictional
WRONG = "Mauvais-Mot2passe"


def lock(client: AcademieClient) -> None:
    """Five wrong passwords in a row: the fifth answer is the lock page."""
    for _ in range(5):
        with contextlib.suppress(MagistereError):
            client.check_credentials("mlegoff", WRONG)


# (file name, step, expect line, what the client does)
CAPTURES: tuple[tuple[str, str, str, Callable[[AcademieClient], object]], ...] = (
    ("identifiant-trouve", "lookup_identifiant", "found jdupont",
     lambda client: client.lookup_identifiant("Dupont", NUMEN)),
    ("identifiant-inconnu", "lookup_identifiant", "not_found",
     lambda client: client.lookup_identifiant("Dupond", NUMEN)),
    ("connexion-refusee", "check_credentials", "refused",
     lambda client: client.check_credentials("jdupont", "Mauvais-Mot2passe")),
    ("connexion-reussie", "check_credentials", "succeeded",
     lambda client: client.check_credentials("jdupont", NUMEN)),
    ("nouveau-mot-de-passe-refuse", "change_password", "rejected",
     lambda client: client.change_password("jdupont", NUMEN, "court")),
    ("compte-verrouille", "check_credentials", "locked", lock),
)  # fmt: skip

#: Pages captured for some layouts only (a shape the others do not have).
ONLY = {"compte-verrouille": ("navigateur",)}


def main() -> int:
    for layout in sorted(LAYOUTS):
        with SimulatorServer(port=0, test_hooks=True, layout=layout) as server:
            client = AcademieClient(server.profile())
            for name, step, expect, action in CAPTURES:
                if layout not in ONLY.get(name, (layout,)):
                    continue
                with contextlib.suppress(MagistereError):
                    action(client)
                page = client.transport.last_page()
                assert page is not None
                secrets = (NUMEN, WRONG)
                text = capture_file_text(PageCapture.of(step, page), secrets)
                header_end = text.index("-->")
                text = text[:header_end] + f"expect: {expect}\n" + text[header_end:]
                path = ROOT / "tests" / "pages" / f"{layout}-{name}.html"
                path.write_text(text, encoding="utf-8")
            client.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

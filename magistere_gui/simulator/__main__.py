"""``python -m magistere_gui.simulator``: serve the simulated académie sites for a browser."""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import sys

from magistere_gui.cli import FrenchArgumentParser
from magistere_gui.simulator.layouts import DEFAULT_LAYOUT, LAYOUTS
from magistere_gui.simulator.server import SimulatorServer


def main(argv: list[str] | None = None) -> int:
    parser = FrenchArgumentParser(
        prog="python -m magistere_gui.simulator",
        description="Simulateur local des sites de l'académie (données fictives).",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=8765,
        metavar="PORT",
        help="port d'écoute sur 127.0.0.1 (0 : un port libre ; 8765 par défaut)",
    )
    parser.add_argument(
        "--layout",
        choices=sorted(LAYOUTS),
        metavar="FORME",
        default=DEFAULT_LAYOUT,
        help="forme des pages : classique (celle de la fiche, par défaut), tableaux (ancien outil "
        "PHP) ou moderne",
    )
    parser.add_argument(
        "--latency",
        type=float,
        default=0.0,
        metavar="SECONDES",
        help="délai ajouté à chaque réponse, en secondes",
    )
    parser.add_argument(
        "--error",
        type=int,
        choices=(500, 503),
        metavar="CODE",
        help="répondre toujours par cette erreur du serveur (500 ou 503)",
    )
    parser.add_argument("--drop", action="store_true", help="couper la connexion sans répondre")
    parser.add_argument(
        "--renamed-fields", action="store_true", help="renommer les champs des formulaires"
    )
    parser.add_argument(
        "--garbled", action="store_true", help="pages illisibles (libellés effacés)"
    )
    parser.add_argument(
        "--wrong-charset", action="store_true", help="annoncer UTF-8 pour des pages en ISO-8859-1"
    )
    parser.add_argument("--oversized", action="store_true", help="réponses trop volumineuses")
    parser.add_argument(
        "--captcha-lifetime",
        type=float,
        default=300.0,
        metavar="SECONDES",
        help="durée de vie d'un code de sécurité, en secondes (300 par défaut)",
    )
    parser.add_argument(
        "--clock-offset",
        type=float,
        default=0.0,
        metavar="SECONDES",
        help="décaler l'heure annoncée par le serveur (en-tête Date), en secondes",
    )
    parser.add_argument(
        "--tls",
        nargs=2,
        metavar=("CERTIFICAT", "CLE"),
        help="servir en HTTPS avec ce certificat et cette clé (PEM)",
    )
    parser.add_argument(
        "--test-hooks", action="store_true", help="exposer /_test/captcha (jamais en démonstration)"
    )
    arguments = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ssl_context = None
    if arguments.tls:
        ssl_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        try:
            ssl_context.load_cert_chain(*arguments.tls)
        except (OSError, ssl.SSLError):
            print(
                "Le certificat ou la clé donnés à --tls ne peuvent pas être lus (deux fichiers "
                "PEM : le certificat, puis sa clé).",
                file=sys.stderr,
            )
            return 2
    if arguments.port and not _port_is_free(arguments.port):
        return _port_in_use(arguments.port)
    try:
        server = SimulatorServer(
            port=arguments.port,
            test_hooks=arguments.test_hooks,
            ssl_context=ssl_context,
            layout=arguments.layout,
        )
    except OSError:
        return _port_in_use(arguments.port)
    faults = server.faults
    faults.latency_seconds = arguments.latency
    faults.error_status = arguments.error
    faults.drop_connection = arguments.drop
    faults.renamed_fields = arguments.renamed_fields
    faults.garbled_pages = arguments.garbled
    faults.wrong_charset = arguments.wrong_charset
    faults.oversized_body = arguments.oversized
    faults.captcha_lifetime_seconds = arguments.captcha_lifetime
    faults.date_offset_seconds = arguments.clock_offset
    print(f"Simulateur de l'académie ({arguments.layout}) : {server.url}  (Ctrl+C pour arrêter)")
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


def _port_is_free(port: int) -> bool:
    """Checked first: werkzeug would print its own English message and exit."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _port_in_use(port: int) -> int:
    print(
        f"Le simulateur ne peut pas écouter sur le port {port} : il est peut-être déjà utilisé. "
        "Choisissez-en un autre avec --port (0 : un port libre).",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    raise SystemExit(main())

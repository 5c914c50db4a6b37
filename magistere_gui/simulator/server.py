"""Run the simulator on loopback: in a thread for tests and demo mode, or alone."""

from __future__ import annotations

import logging
import ssl
import threading
import time
from pathlib import Path

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from magistere_gui.client.profile import SiteProfile, bundled_profile_path, load_profile
from magistere_gui.simulator.app import AcademieSimulator
from magistere_gui.simulator.directory import load_directory
from magistere_gui.simulator.layouts import DEFAULT_LAYOUT

log = logging.getLogger(__name__)


class _QuietHandler(WSGIRequestHandler):
    """Request lines go to logging at DEBUG (paths only), not to stderr."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        log.debug("simulator %s %s -> %s", self.command, self.path.split("?")[0], code)

    def date_time_string(self, timestamp: float | None = None) -> str:
        simulator = getattr(self.server, "app", None)
        offset = (
            simulator.faults.date_offset_seconds
            if isinstance(simulator, AcademieSimulator)
            else 0.0
        )
        return super().date_time_string((time.time() if timestamp is None else timestamp) + offset)

    def log_error(self, format: str, *args: object) -> None:
        log.debug("simulator error: " + format, *args)


class SimulatorServer:
    """The simulator serving on 127.0.0.1 (port 0 picks a free one)."""

    def __init__(
        self,
        *,
        port: int = 0,
        test_hooks: bool = True,
        directory_path: Path | None = None,
        ssl_context: ssl.SSLContext | None = None,
        layout: str = DEFAULT_LAYOUT,
    ) -> None:
        self.simulator = AcademieSimulator(
            load_directory(directory_path), test_hooks=test_hooks, layout=layout
        )
        self._server: BaseWSGIServer = make_server(
            "127.0.0.1",
            port,
            self.simulator,
            threaded=True,
            request_handler=_QuietHandler,
            ssl_context=ssl_context,
        )
        scheme = "https" if ssl_context else "http"
        self.url = f"{scheme}://127.0.0.1:{self._server.server_port}/"
        self._thread: threading.Thread | None = None

    @property
    def faults(self):  # type: ignore[no-untyped-def]
        return self.simulator.faults

    def profile(self) -> SiteProfile:
        """The shipped simulator profile, pointed at this server's real port."""
        return load_profile(bundled_profile_path("simulator"), base_url=self.url)

    def start(self) -> SimulatorServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="academie-simulator", daemon=True
        )
        self._thread.start()
        log.info("académie simulator listening on %s", self.url)
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

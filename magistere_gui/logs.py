"""Logging for the application: a rotated file in the user's log folder, secrets scrubbed.

Handlers are set only here, by the entry point. The code never logs a
NUMEN or a password; every handler also scrubs what it writes (the secrets
of the operations running, anything shaped like a NUMEN, URL queries), in
case a library or a future change slips.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from magistere_gui.client.scrubbing import LogScrubber, install_log_scrubbing


def log_folder() -> Path:
    from platformdirs import user_log_path

    return user_log_path("magistere-gui", appauthor=False)


MAX_LOG_BYTES = 512 * 1024
KEPT_LOGS = 3


class _RotatingFile(logging.FileHandler):
    """A log file rotated at 512 KB, three kept (log.1, log.2, log.3).

    Why not logging.handlers.RotatingFileHandler: that module brings sockets, pickle and
    queues, a noticeable part of the start before the first page; this is all we use of it.
    """

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= MAX_LOG_BYTES:
                self._rotate()
        except OSError:
            pass  # a log that cannot rotate keeps growing rather than stopping the program
        super().emit(record)

    def _rotate(self) -> None:
        self.close()
        base = Path(self.baseFilename)
        for number in range(KEPT_LOGS - 1, 0, -1):
            older = base.with_name(f"{base.name}.{number}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{number + 1}"))
        if base.exists():
            base.replace(base.with_name(f"{base.name}.1"))
        self.stream = self._open()


def _rotating_file_handler(path: Path) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True)
    return _RotatingFile(path, encoding="utf-8")


def configure(level: int = logging.INFO) -> Path | None:
    """Log to a rotated file (and to stderr when there is one). Returns the file, if any."""
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_scrubbing()
    scrubber = LogScrubber()
    wanted = log_folder() / "magistere-gui.log"
    log_file: Path | None = wanted
    try:
        file_handler = _rotating_file_handler(wanted)
    except OSError:  # a read-only profile must not stop the teacher
        log_file = None
    else:
        file_handler.setFormatter(formatter)
        file_handler.addFilter(scrubber)
        root.addHandler(file_handler)
    if sys.stderr is not None:  # a windowed Windows build has no stderr
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        stream.addFilter(scrubber)
        root.addHandler(stream)
    _route_qt_messages()
    return log_file


def _route_qt_messages() -> None:
    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(message_type: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(message_type, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)

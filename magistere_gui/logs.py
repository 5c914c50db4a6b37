"""Logging for the application: a rotated file in the user's log folder, secrets scrubbed.

Handlers are set only here, by the entry point. The code never logs a
NUMEN or a password; every handler also scrubs what it writes (the secrets
of the operations running, anything shaped like a NUMEN, URL queries), in
case a library or a future change slips.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from magistere_gui.client.scrubbing import LogScrubber, install_log_scrubbing


def log_folder() -> Path:
    from platformdirs import user_log_path

    return user_log_path("magistere-gui", appauthor=False)


def _rotating_file_handler(path: Path) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True)
    return logging.handlers.RotatingFileHandler(
        path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
    )


def configure(level: int = logging.INFO) -> Path | None:
    """Log to a rotated file (and to stderr when there is one). Returns the file, if any."""
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_scrubbing()
    scrubber = LogScrubber()
    log_file: Path | None = log_folder() / "magistere-gui.log"
    try:
        file_handler = _rotating_file_handler(log_folder() / "magistere-gui.log")
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

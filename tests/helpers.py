"""Stand-ins for what a test cannot use for real: the system keychain and the web browser;
and the accessibility events Qt sends to a screen reader, heard in this process."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring.backend
import PySide6
import shiboken6
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps secrets in this process only (no keychain daemon in CI)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


class BrowserSpy(QObject):
    """Stands in for the web browser and the mail program: records what would have opened."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


@contextmanager
def accessibility_events() -> Iterator[list[tuple[QAccessible.Event, QObject, str]]]:
    """Every accessibility event Qt sends while the block runs, as (type, object, the name a
    reader then reads): what the AT-SPI bridge would pass on to Orca. Heard through Qt's own test hook
    (``QAccessible::installUpdateHandler``, which PySide6 does not bind), with
    accessibility on as it is when a screen reader runs."""
    library = ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"))
    install = library._ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE
    install.restype = ctypes.c_void_p
    install.argtypes = [ctypes.c_void_p]
    heard: list[tuple[QAccessible.Event, QObject, str]] = []

    def hear(address: int) -> None:
        event = shiboken6.wrapInstance(address, QAccessibleEvent)
        accessible = event.accessibleInterface()
        name = accessible.text(QAccessible.Text.Name) if accessible is not None else ""
        heard.append((event.type(), event.object(), name))

    handler = _HANDLER(hear)
    was_active = QAccessible.isActive()
    previous = install(ctypes.cast(handler, ctypes.c_void_p))
    QAccessible.setActive(True)
    try:
        yield heard
    finally:
        install(previous)
        QAccessible.setActive(was_active)

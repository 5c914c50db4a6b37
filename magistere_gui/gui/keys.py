"""Alt with a letter types nothing in a field.

Why: Qt's line edit types the letter of an Alt+letter that no control of the page answers
(Qt's shortcuts come first; a key they leave reaches the field). A teacher trying Alt+U for
a button that has no such key got a "u" added to her password, unseen behind the dots: the
next try was refused, and each refusal brings the account closer to being locked.

AltGr is left alone, whatever the system: on Windows it arrives as Ctrl+Alt and types "@",
"€" or "#" on a French keyboard; on Linux it is a key of its own, not Alt. On macOS, Option
(Qt's Alt) types letters of the language ("é", "œ"): the guard is not installed there.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

_ALT = 0x08000000  # Qt.KeyboardModifier.AltModifier (Qt's namespace is slow to load)
_CONTROL = 0x04000000  # Qt.KeyboardModifier.ControlModifier
_GROUP_SWITCH = 0x40000000  # Qt.KeyboardModifier.GroupSwitchModifier (AltGr on some X11)
_META = 0x10000000  # Qt.KeyboardModifier.MetaModifier


def types_a_character(event: QKeyEvent) -> bool:
    """A key that types a character in a field: alone, with Shift or with AltGr (Ctrl+Alt
    on Windows), or with Option on macOS; not a shortcut (Ctrl, Alt or Meta with a key).

    Why: a key that types, caught elsewhere to be typed in a field, must be recognised the
    way the field would take it: "@" of a French keyboard on Windows is Ctrl+Alt+à."""
    text = event.text()
    if not text or not text.isprintable():
        return False
    modifiers = event.modifiers().value
    if modifiers & _CONTROL and modifiers & _ALT:
        return sys.platform != "darwin"  # AltGr on Windows; Cmd+Option on macOS
    shortcut = _CONTROL | _META if sys.platform == "darwin" else _CONTROL | _ALT | _META
    return not modifiers & shortcut


def is_stray_alt_key(event: QKeyEvent) -> bool:
    """An Alt+key that would type a character (not AltGr, not a key without text)."""
    modifiers = event.modifiers().value
    if not modifiers & _ALT or modifiers & (_CONTROL | _GROUP_SWITCH):
        return False
    text = event.text()
    return bool(text) and text.isprintable()


class _StrayAltKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not is_stray_alt_key(event):
            return False
        event.accept()  # handled: typed nowhere, passed to no parent
        return True


_guard: _StrayAltKeys | None = None


def line_edits_under(root: QWidget) -> list[QLineEdit]:
    """Every line edit under ``root``, ``root`` included."""
    fields = root.findChildren(QLineEdit)
    if isinstance(root, QLineEdit):
        fields.append(root)
    return fields


def ignore_stray_alt_keys(root: QWidget) -> None:
    """Every line edit under ``root`` (``root`` included) types nothing for Alt+key."""
    global _guard
    if sys.platform == "darwin":
        return
    if _guard is None:
        _guard = _StrayAltKeys()
    for field in line_edits_under(root):
        field.installEventFilter(_guard)

"""Page titles exposed as headings to screen readers.

Why a factory: QWizard draws each page's title in a label of its own (private),
which Qt exposes as plain text; Orca and NVDA users jump between headings to
find their way on a page. Qt has no property for an accessible role, so a tiny
accessibility factory gives that one label the Heading role (its name is its
text). Installed once, before the window is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel

TITLE_OBJECT_NAME = "magistere_page_title"
_installed = False


class _Heading(QAccessibleWidget):
    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
            return widget.text()
        return str(super().text(kind))


def _factory(_class_name: str, candidate: QObject) -> QAccessibleInterface | None:
    if isinstance(candidate, QLabel) and candidate.objectName() == TITLE_OBJECT_NAME:
        return _Heading(candidate, QAccessible.Role.Heading)
    return None


def mark_title(label: QLabel) -> None:
    """Give ``label`` (the wizard's page title) the Heading role."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    label.setObjectName(TITLE_OBJECT_NAME)

"""Guards against known defects of the Qt binding we pin (see pyproject.toml)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def test_static_qt_calls_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 drops a reference to None in each static void call; the
    interpreter then aborts ('deallocating None') after a few thousand of them."""
    # What earlier tests left behind (widgets being deleted, late signals) is let go first:
    # freeing those legitimately drops references to None.
    for _ in range(3):
        QCoreApplication.processEvents()
        gc.collect()
    before = sys.getrefcount(None)
    for _ in range(500):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        QTimer.singleShot(0, lambda: None)
    QCoreApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50

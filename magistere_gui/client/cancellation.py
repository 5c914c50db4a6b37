"""Stopping a client call from another thread.

Why a token and not a flag on the client: one client serves every page, and a
call may be stopped before its worker thread has even started. The worker makes
a token per call and activates it around the call; the transport binds each
operation to the active token, so cancelling it aborts that call's connection
and nothing else.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar


class Cancellation:
    """A one-way switch: once cancelled, every subscriber is called, exactly once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._subscribers: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            if self._cancelled:
                return
            self._cancelled = True
            subscribers, self._subscribers = self._subscribers, []
        for subscriber in subscribers:
            subscriber()

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` on cancellation (at once if already cancelled); returns the unsubscribe."""
        with self._lock:
            if not self._cancelled:
                self._subscribers.append(callback)
                return lambda: self._unsubscribe(callback)
        callback()
        return lambda: None

    def _unsubscribe(self, callback: Callable[[], None]) -> None:
        with self._lock, suppress(ValueError):  # already called and dropped by cancel()
            self._subscribers.remove(callback)


_active: ContextVar[Cancellation | None] = ContextVar("magistere_cancellation", default=None)


@contextmanager
def cancellable(token: Cancellation) -> Iterator[Cancellation]:
    """Every client operation started inside this block stops when ``token`` is cancelled."""
    reset = _active.set(token)
    try:
        yield token
    finally:
        _active.reset(reset)


def active_cancellation() -> Cancellation:
    """The token of the running call, or a fresh one that nobody will cancel."""
    return _active.get() or Cancellation()

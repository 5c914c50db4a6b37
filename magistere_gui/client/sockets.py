"""The mechanism that holds one deadline per operation: requests on helper threads whose
sockets can be cut from outside.

Why: a trickling server restarts requests' read timeout at every byte, and a person
who presses "Arrêter" must not wait for anything. So each request runs on a
short-lived daemon thread while the caller waits for it, for the operation's
deadline, or for cancellation, whichever comes first; on the last two the request's
socket is shut down, so the thread ends too, and the caller is never held. No
policy here (which hops to follow, what to retry): that is ``navigation.py`` and
``transport.py``.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, TypeVar

import requests
import truststore
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from magistere_gui.client.boundary import public_url
from magistere_gui.client.cancellation import Cancellation
from magistere_gui.client.errors import OperationCancelledError, RequestTimeoutError

_Result = TypeVar("_Result")


@dataclass
class Operation:
    """One whole step of the wizard: its requests share one deadline and one cancellation."""

    deadline: float
    cancellation: Cancellation

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def check(self, url: str) -> float:
        """The time left; raises when the person stopped or the deadline passed."""
        if self.cancellation.cancelled:
            raise OperationCancelledError("stopped", url=public_url(url))
        remaining = self.remaining()
        if remaining <= 0:
            raise RequestTimeoutError("operation deadline reached", url=public_url(url))
        return remaining

    def pause(self, seconds: float, url: str) -> None:
        """Wait as a browser waits (a refresh's delay): within the deadline, ended by a stop."""
        woken = threading.Event()
        unsubscribe = self.cancellation.subscribe(woken.set)
        try:
            woken.wait(max(0.0, min(seconds, self.remaining())))
        finally:
            unsubscribe()
        self.check(url)


class SocketsInUse:
    """Which connection each thread is using, so another thread can cut it (cancel, deadline).

    A thread whose connection was cut may not open another one: urllib3 would otherwise
    retry the abandoned request on its own.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_thread: dict[int, HTTPConnection] = {}
        self._running: set[int] = set()
        self._cut: set[int] = set()

    def begin(self) -> None:
        with self._lock:
            self._running.add(threading.get_ident())

    def note(self, connection: HTTPConnection) -> None:
        with self._lock:
            if threading.get_ident() in self._cut:
                raise ConnectionAbortedError("request abandoned")
            self._by_thread[threading.get_ident()] = connection

    def forget(self, thread_id: int) -> None:
        with self._lock:
            self._by_thread.pop(thread_id, None)
            self._running.discard(thread_id)
            self._cut.discard(thread_id)

    def cut(self, thread_id: int) -> None:
        with self._lock:
            connection = self._by_thread.pop(thread_id, None)
            if thread_id in self._running:  # not once it has finished: thread ids are reused
                self._cut.add(thread_id)
        sock = getattr(connection, "sock", None)
        if isinstance(sock, socket.socket):
            with suppress(OSError):  # the plain socket call: TLS's own shutdown is not thread-safe
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def run(self, operation: Operation, url: str, work: Callable[[], _Result]) -> _Result:
        """``work()`` (one request) on a helper thread that the caller never waits past the
        deadline or a cancellation for: then its socket is cut and the caller gets the error."""
        outcome: list[Any] = []
        finished = threading.Event()

        def run() -> None:
            self.begin()
            try:
                outcome.append(work())
            except BaseException as error:  # handed to the caller, whatever it is
                outcome.append(error)
            finally:
                self.forget(threading.get_ident())
                finished.set()

        helper = threading.Thread(target=run, name="academie-request", daemon=True)
        unsubscribe = operation.cancellation.subscribe(finished.set)
        try:
            helper.start()
            finished.wait(max(0.0, operation.remaining()))
        finally:
            unsubscribe()
        if not outcome:
            if helper.ident is not None:
                self.cut(helper.ident)
            operation.check(url)  # raises: cancelled or out of time
            raise RequestTimeoutError("operation deadline reached", url=public_url(url))
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result


def _watched_pool_classes(sockets: SocketsInUse) -> dict[str, type[HTTPConnectionPool]]:
    """Connection pools whose connections say which thread uses them."""

    def watched(connection_class: type[HTTPConnection]) -> type[HTTPConnection]:
        def connect(self: HTTPConnection) -> None:
            sockets.note(self)
            connection_class.connect(self)

        def request(self: HTTPConnection, *args: Any, **kwargs: Any) -> None:
            sockets.note(self)
            connection_class.request(self, *args, **kwargs)

        return type(
            f"Watched{connection_class.__name__}",
            (connection_class,),
            {"connect": connect, "request": request},
        )

    http_pool = type(
        "WatchedHTTPConnectionPool",
        (HTTPConnectionPool,),
        {"ConnectionCls": watched(HTTPConnection)},
    )
    https_pool = type(
        "WatchedHTTPSConnectionPool",
        (HTTPSConnectionPool,),
        {"ConnectionCls": watched(HTTPSConnection)},
    )
    return {"http": http_pool, "https": https_pool}


class TrustStoreAdapter(HTTPAdapter):
    """Verifies certificates with the operating system's trust store (school proxies add
    theirs there); its connections can be cut by :class:`SocketsInUse`."""

    def __init__(self, sockets: SocketsInUse, **kwargs: Any) -> None:
        self._pool_classes = _watched_pool_classes(sockets)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self._pool_classes

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = self._pool_classes
        return manager

    def send(
        self, request: requests.PreparedRequest, *args: Any, **kwargs: Any
    ) -> requests.Response:
        kwargs["verify"] = True  # cannot be turned off, whatever the caller or environment says
        return super().send(request, *args, **kwargs)

"""A hostile (or merely odd) web server on a loopback address, whose every answer a test scripts.

Raw sockets rather than a framework, so that a test can send what no honest
server would: a body one byte at a time, a redirect that re-posts, malformed
headers, a page that never ends. Each server records what reached it, so a
test can check that a secret never did.
"""

from __future__ import annotations

import socketserver
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO


@dataclass(frozen=True)
class Received:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


Answer = Callable[[Received, BinaryIO], None]


def _head(status: int, headers: Iterable[tuple[str, str]], length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    lines += [f"{name}: {value}" for name, value in headers]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def page(
    html: str | bytes,
    *,
    status: int = 200,
    content_type: str = "text/html; charset=utf-8",
    headers: Iterable[tuple[str, str]] = (),
) -> Answer:
    body = html.encode("utf-8") if isinstance(html, str) else html

    def answer(_request: Received, out: BinaryIO) -> None:
        out.write(_head(status, [("Content-Type", content_type), *headers], len(body)) + body)

    return answer


def redirect(
    location: str,
    *,
    status: int = 302,
    delay_seconds: float = 0.0,
    headers: Iterable[tuple[str, str]] = (),
) -> Answer:
    def answer(_request: Received, out: BinaryIO) -> None:
        time.sleep(delay_seconds)
        out.write(_head(status, [("Location", location), *headers], 0))

    return answer


def trickle(body: bytes, *, every_seconds: float, in_headers: bool = False) -> Answer:
    """One byte at a time: each arrives well within any read timeout, the whole never ends."""

    def answer(_request: Received, out: BinaryIO) -> None:
        data = (
            _head(200, [("Content-Type", "text/html")], None)[:-2] + b"X-Slow: " + body
            if in_headers
            else _head(200, [("Content-Type", "text/html")], len(body)) + body
        )
        for index in range(len(data)):
            out.write(data[index : index + 1])
            out.flush()
            time.sleep(every_seconds)

    return answer


def hang(seconds: float = 60.0) -> Answer:
    def answer(_request: Received, _out: BinaryIO) -> None:
        time.sleep(seconds)

    return answer


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        try:
            request_line = self.rfile.readline(65536).decode("latin-1").strip()
            if not request_line:
                return
            method, target, _version = request_line.split(" ", 2)
            headers: dict[str, str] = {}
            while (line := self.rfile.readline(65536).decode("latin-1").strip()) != "":
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            body = self.rfile.read(int(headers.get("content-length", "0") or 0))
            received = Received(method, target, headers, body)
            owner = self.server.owner
            owner.received.append(received)
            answer = owner.routes.get(received.path, owner.fallback)
            answer(received, self.wfile)
            self.wfile.flush()
        except (OSError, ValueError):
            pass  # the client hung up (as it should when it gives up)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: HostileServer


@dataclass
class HostileServer:
    host: str = "127.0.0.1"
    ssl_context: ssl.SSLContext | None = None
    routes: dict[str, Answer] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    fallback: Answer = field(default_factory=lambda: page("<p>Introuvable</p>", status=404))

    def __post_init__(self) -> None:
        self._server = _Server((self.host, 0), _Handler)
        self._server.owner = self
        if self.ssl_context is not None:
            self._server.socket = self.ssl_context.wrap_socket(
                self._server.socket, server_side=True
            )
        scheme = "https" if self.ssl_context else "http"
        self.url = f"{scheme}://{self.host}:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def reset(self) -> None:
        self.routes.clear()
        self.received.clear()

    def paths_received(self) -> list[str]:
        return [request.path for request in self.received]

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()

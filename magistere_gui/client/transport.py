"""HTTP for the client: one requests.Session, the trust boundary, one deadline, a size cap.

Why a class of our own around requests: every request must stay inside the
académie's sites (checked at every redirect hop, which we follow ourselves),
end by the operation's deadline whatever the server does (a trickling server
restarts requests' read timeout at every byte), stop when the person cancels,
read at most a fixed number of bytes, decode legacy ISO-8859-1 pages
correctly, send form values in the page's own charset, and turn every failure
into one of the client's errors.

How the deadline and cancellation hold: each request runs on a short-lived
daemon thread while the caller waits for it, for the operation's deadline, or
for cancellation, whichever comes first; on the last two the request's socket
is shut down, so the thread ends too, and the caller is never held.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
import truststore
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ReadTimeoutError
from urllib3.util.retry import Retry

from magistere_gui import __version__
from magistere_gui.client import translations
from magistere_gui.client.boundary import is_loopback_host, public_url
from magistere_gui.client.cancellation import Cancellation, active_cancellation
from magistere_gui.client.charsets import decode_page, encode_form
from magistere_gui.client.errors import (
    MagistereError,
    NetworkError,
    OperationCancelledError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    SiteNotUnderstoodError,
    TlsError,
    UntrustedSiteError,
)
from magistere_gui.client.forms import Page
from magistere_gui.client.scrubbing import install_log_scrubbing

if TYPE_CHECKING:
    from magistere_gui.client.profile import SiteProfile

log = logging.getLogger(__name__)

__all__ = ["Download", "Transport", "decode_page", "encode_form", "public_url", "secure_url"]

USER_AGENT = f"magistere-gui/{__version__} (assistant de connexion, python-requests)"
MAX_IMAGE_BYTES = 1024 * 1024
MAX_REDIRECTS = 5
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK_BYTES = 64 * 1024


def secure_url(url: str) -> str:
    """Plain http is only allowed to this computer (the simulator); elsewhere it becomes https."""
    parts = urlsplit(url)
    if parts.scheme == "http" and not is_loopback_host(parts.hostname or ""):
        return urlunsplit(("https", *parts[1:]))
    return url


def _caused_by_read_timeout(error: BaseException) -> bool:
    reason = error.args[0] if error.args else None
    return isinstance(getattr(reason, "reason", None), ReadTimeoutError)


class _SocketsInUse:
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


def _watched_pool_classes(sockets: _SocketsInUse) -> dict[str, type[HTTPConnectionPool]]:
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


class _TrustStoreAdapter(HTTPAdapter):
    """Verifies certificates with the operating system's trust store (school proxies add theirs there)."""

    def __init__(self, sockets: _SocketsInUse, **kwargs: Any) -> None:
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


#: Page loads (GET without a secret) are tried again once after a dropped connection or a
#: gateway error; a form is never sent twice (it may carry a password: accounts lock).
_PAGE_LOAD_ATTEMPTS = 2
_RETRIED_STATUSES = frozenset({502, 504})
_RETRY_PAUSE_SECONDS = 0.3


@dataclass(frozen=True)
class Download:
    body: bytes
    content_type: str
    url: str
    status: int
    date: str = ""
    retry_after: str = ""
    location: str = ""
    #: The hops followed before this answer (URL, status), in order.
    redirects: tuple[tuple[str, int], ...] = ()
    #: Cookies set or changed while following this navigation (names only).
    cookies_set: frozenset[str] = frozenset()


@dataclass
class _Operation:
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


class Transport:
    """One HTTP session for one client. Not shared between clients."""

    def __init__(self, profile: SiteProfile) -> None:
        install_log_scrubbing()
        self.timeouts = profile.timeouts
        self.max_page_bytes = profile.max_page_bytes
        self.boundary = profile.boundary
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept-Language": "fr-FR,fr;q=0.9"})
        self._sockets = _SocketsInUse()
        # urllib3 never retries on its own: which requests may be sent again is decided here.
        adapter = _TrustStoreAdapter(self._sockets, max_retries=Retry(0, read=False))
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self._local = threading.local()
        #: The translation files of the pages' scripts, by address (see ``_as_shown``).
        self._dictionaries: dict[str, Mapping[str, str]] = {}

    def close(self) -> None:
        self.session.close()

    def start_operation(self) -> None:
        """Start the clock for one whole operation of this thread (its requests share one deadline).

        The operation stops with the cancellation active in this thread (see ``cancellable``).
        """
        self._local.operation = _Operation(
            time.monotonic() + self.timeouts.operation_seconds, active_cancellation()
        )
        self._local.last_page = None

    def _operation(self) -> _Operation:
        operation: _Operation | None = getattr(self._local, "operation", None)
        if operation is None:
            self.start_operation()
            operation = self._local.operation
        return operation

    def checkpoint(self, url: str) -> None:
        """Parsing counts too: a step that overran its time or was stopped goes no further."""
        self._operation().check(url)

    def probe(self, url: str) -> tuple[int, str]:
        """Load a page for the diagnostics: its HTTP status and Date header, whatever the status."""
        self.start_operation()
        download = self._fetch("GET", url, max_bytes=self.max_page_bytes)
        return download.status, download.date

    def _request(
        self,
        method: str,
        url: str,
        *,
        max_bytes: int,
        data: str | None = None,
        page_url: str | None = None,
    ) -> Download:
        download = self._fetch(method, url, max_bytes=max_bytes, data=data, page_url=page_url)
        self._raise_for_status(download, public_url(download.url))
        return download

    def _fetch(
        self,
        method: str,
        url: str,
        *,
        max_bytes: int,
        data: str | None = None,
        page_url: str | None = None,
        may_retry: bool = True,
    ) -> Download:
        """Follow redirects ourselves: every hop is checked against the boundary before it is sent.

        A form's body is never sent again by a redirect: 301/302/303 become a GET without
        body (as browsers do), and a 307/308 after a form is refused.
        """
        operation = self._operation()
        cookies_before = self._cookie_values()
        hops: list[tuple[str, int]] = []
        for _hop in range(MAX_REDIRECTS + 1):
            url = self.boundary.checked(url, page_url=page_url)
            download = self._exchange_with_retry(
                operation, method, url, data, max_bytes, may_retry=may_retry and data is None
            )
            if download.status not in _REDIRECT_STATUSES or not download.location:
                return dataclasses.replace(
                    download,
                    redirects=tuple(hops),
                    cookies_set=self._cookies_changed_since(cookies_before),
                )
            hops.append((url, download.status))
            if data is not None and download.status in (307, 308):
                raise SiteNotUnderstoodError(
                    "redirect asks to send the form again elsewhere", url=public_url(url)
                )
            page_url = url
            url = urljoin(url, download.location)
            if download.status in (301, 302, 303):
                method, data = "GET", None
            may_retry = True  # a page the site sent us to carries nothing of ours
        raise SiteNotUnderstoodError("too many redirects", url=public_url(url))

    def _cookie_values(self) -> dict[tuple[str, str, str], str | None]:
        return {
            (cookie.name, cookie.domain, cookie.path): cookie.value
            for cookie in self.session.cookies
        }

    def _cookies_changed_since(
        self, before: dict[tuple[str, str, str], str | None]
    ) -> frozenset[str]:
        """Cookies a navigation set anew or changed: a site that re-sends the same session
        cookie on every page has opened nothing."""
        return frozenset(
            key[0] for key, value in self._cookie_values().items() if before.get(key) != value
        )

    def _exchange_with_retry(
        self,
        operation: _Operation,
        method: str,
        url: str,
        data: str | None,
        max_bytes: int,
        *,
        may_retry: bool,
    ) -> Download:
        attempts = _PAGE_LOAD_ATTEMPTS if may_retry else 1
        for attempt in range(1, attempts + 1):
            try:
                download = self._exchange(operation, method, url, data, max_bytes)
            except (RequestTimeoutError, TlsError, OperationCancelledError):
                raise
            except NetworkError:
                if attempt == attempts:
                    raise
            else:
                if download.status not in _RETRIED_STATUSES or attempt == attempts:
                    return download
            log.debug("%s %s: trying again once", method, public_url(url))
            time.sleep(min(_RETRY_PAUSE_SECONDS, max(0.0, operation.remaining())))
        raise AssertionError("unreachable")  # pragma: no cover

    def _exchange(
        self, operation: _Operation, method: str, url: str, data: str | None, max_bytes: int
    ) -> Download:
        """One request without redirects, on a helper thread that the caller never waits past
        the deadline or a cancellation for."""
        remaining = operation.check(url)
        timeout = (
            min(self.timeouts.connect_seconds, remaining),
            min(self.timeouts.read_seconds, remaining),
        )
        outcome: list[Download | BaseException] = []
        finished = threading.Event()

        def run() -> None:
            self._sockets.begin()
            try:
                outcome.append(
                    self._send(method, url, data, max_bytes, timeout, operation.deadline)
                )
            except BaseException as error:  # handed to the caller, whatever it is
                outcome.append(error)
            finally:
                self._sockets.forget(threading.get_ident())
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
                self._sockets.cut(helper.ident)
            operation.check(url)  # raises: cancelled or out of time
            raise RequestTimeoutError("operation deadline reached", url=public_url(url))
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def _send(
        self,
        method: str,
        url: str,
        data: str | None,
        max_bytes: int,
        timeout: tuple[float, float],
        deadline: float,
    ) -> Download:
        """One request and its body read up to ``max_bytes``; failures become client errors, statuses do not."""
        shown_url = public_url(url)
        headers = (
            {"Content-Type": "application/x-www-form-urlencoded"} if data is not None else None
        )
        started = time.monotonic()
        try:
            response = self.session.request(
                method,
                url,
                data=data,
                headers=headers,
                timeout=timeout,
                stream=True,
                allow_redirects=False,
            )
            with response:
                body = (
                    b""
                    if response.status_code in _REDIRECT_STATUSES
                    else self._read_capped(response, max_bytes, shown_url, deadline)
                )
        except MagistereError:
            raise
        except requests.exceptions.SSLError as error:
            raise TlsError("certificate not trusted or TLS failed", url=shown_url) from error
        except requests.exceptions.Timeout as error:
            raise RequestTimeoutError("no answer in time", url=shown_url) from error
        except requests.exceptions.ConnectionError as error:
            if _caused_by_read_timeout(error):  # a read timeout after urllib3's retry
                raise RequestTimeoutError("no answer in time", url=shown_url) from error
            raise NetworkError("connection failed or dropped", url=shown_url) from error
        except requests.exceptions.RequestException as error:
            raise NetworkError(f"request failed: {type(error).__name__}", url=shown_url) from error
        except (OSError, ValueError, LookupError) as error:  # malformed headers, odd encodings
            raise NetworkError(
                f"unreadable answer: {type(error).__name__}", url=shown_url
            ) from error
        log.debug(
            "%s %s -> %s, %d bytes in %.0f ms",
            method,
            shown_url,
            response.status_code,
            len(body),
            1000 * (time.monotonic() - started),
        )
        return Download(
            body=body,
            content_type=response.headers.get("Content-Type", "")[:200],
            url=url,
            status=response.status_code,
            date=response.headers.get("Date", "")[:100],
            retry_after=response.headers.get("Retry-After", "")[:20],
            location=response.headers.get("Location", "")[:8192],
        )

    @staticmethod
    def _read_capped(
        response: requests.Response, max_bytes: int, shown_url: str, deadline: float
    ) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise SiteNotUnderstoodError(f"page larger than {max_bytes} bytes", url=shown_url)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(_CHUNK_BYTES):
            size += len(chunk)
            if size > max_bytes:
                raise SiteNotUnderstoodError(f"page larger than {max_bytes} bytes", url=shown_url)
            if time.monotonic() > deadline:
                raise RequestTimeoutError("operation deadline reached", url=shown_url)
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _raise_for_status(download: Download, shown_url: str) -> None:
        status = download.status
        if status in (429, 503):
            retry_after = download.retry_after
            raise RateLimitedError(
                f"site busy (HTTP {status})",
                url=shown_url,
                retry_after_seconds=int(retry_after) if retry_after.isdigit() else None,
            )
        if status >= 500:
            raise ServerError(f"site error (HTTP {status})", url=shown_url, status=status)
        if status >= 400:
            raise SiteNotUnderstoodError(f"page refused or missing (HTTP {status})", url=shown_url)

    def last_page(self) -> Page | None:
        """The last page this thread's operation read (what a "not understood" is about)."""
        page: Page | None = getattr(self._local, "last_page", None)
        return page

    def _page(self, download: Download) -> Page:
        page = self._as_shown(self._decoded(download))
        self._local.last_page = page
        return page

    def _as_shown(self, page: Page) -> Page:
        """The page with the words its script would put in from the site's translation file
        (``translations``), fetched once per client; as sent when it has none or it cannot be had."""
        url = translations.dictionary_url(page)
        if url is None:
            return page
        words = self._dictionaries.get(url)
        if words is None:
            try:
                download = self._request(
                    "GET", url, max_bytes=translations.MAX_DICTIONARY_BYTES, page_url=page.url
                )
            except (SiteNotUnderstoodError, UntrustedSiteError):
                words = {}
            else:
                words = translations.parse_dictionary(download.body)
            self._dictionaries[url] = words
        return translations.translated(page, words) if words else page

    def _decoded(self, download: Download) -> Page:
        charset_match = re.search(r"charset=([^;\s]{1,40})", download.content_type, re.IGNORECASE)
        text, charset = decode_page(
            download.body, charset_match.group(1) if charset_match else None
        )
        return Page(
            url=download.url,
            status=download.status,
            text=text,
            charset=charset,
            redirects=download.redirects,
            cookies_set=download.cookies_set,
            retry_after=download.retry_after,
        )

    def get_page(self, url: str, *, page_url: str | None = None) -> Page:
        return self._page(
            self._request("GET", url, max_bytes=self.max_page_bytes, page_url=page_url)
        )

    def send_form(
        self,
        method: str,
        action: str,
        values: Iterable[tuple[str, str]],
        charset: str,
        *,
        page_url: str,
    ) -> Page:
        """Send a form once, as a browser would (GET forms in the query). Never retried: it may
        carry a password or a captcha answer. The query, like every URL query, never reaches a log
        or an error text (``public_url``, the log scrubber)."""
        body = encode_form(values, charset)
        if method == "GET":
            parts = urlsplit(action)
            action = urlunsplit((parts.scheme, parts.netloc, parts.path, body, ""))
            download = self._fetch(
                "GET", action, max_bytes=self.max_page_bytes, page_url=page_url, may_retry=False
            )
        else:
            download = self._fetch(
                "POST", action, max_bytes=self.max_page_bytes, data=body, page_url=page_url
            )
        # A refusal is often a 4xx page (401/403 with the form back, 423 for a lock): an answer
        # to read, not a failure. Only "wait" (429) and the server's own errors stop here.
        if download.status in (429, 503) or download.status >= 500:
            self._raise_for_status(download, public_url(download.url))
        return self._page(download)

    def get_image(self, url: str, *, page_url: str | None = None) -> Download:
        return self._request("GET", url, max_bytes=MAX_IMAGE_BYTES, page_url=page_url)

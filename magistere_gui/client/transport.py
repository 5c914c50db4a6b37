"""HTTP for the client: one requests.Session, the trust boundary, one deadline, a size cap.

Why a class of our own around requests: every request must stay inside the
académie's sites (each hop checked, see ``navigation.py``), end by the operation's
deadline whatever the server does and stop when the person cancels (the mechanism
is ``sockets.py``), read at most a fixed number of bytes, decode pages as a browser
does (``charsets.py``), send form values in the page's own encoding, and turn every
failure into one of the client's errors.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

import requests
from urllib3.exceptions import ReadTimeoutError
from urllib3.util.retry import Retry

from magistere_gui import __version__
from magistere_gui.client import navigation, translations
from magistere_gui.client.boundary import public_url
from magistere_gui.client.cancellation import active_cancellation
from magistere_gui.client.captcha import is_inline, read_inline_image
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
from magistere_gui.client.page import Page
from magistere_gui.client.scrubbing import install_log_scrubbing, live_secrets
from magistere_gui.client.sockets import Operation, SocketsInUse, TrustStoreAdapter

if TYPE_CHECKING:
    from magistere_gui.client.profile import SiteProfile

log = logging.getLogger(__name__)

__all__ = ["Download", "Transport", "public_url"]

USER_AGENT = f"magistere-gui/{__version__} (assistant de connexion, python-requests)"
MAX_IMAGE_BYTES = 1024 * 1024
_CHUNK_BYTES = 64 * 1024


def _caused_by_read_timeout(error: BaseException) -> bool:
    reason = error.args[0] if error.args else None
    return isinstance(getattr(reason, "reason", None), ReadTimeoutError)


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
    refresh: str = ""
    #: The hops followed before this answer (URL, status), in order.
    redirects: tuple[tuple[str, int], ...] = ()


class Transport:
    """One HTTP session for one client. Not shared between clients."""

    def __init__(self, profile: SiteProfile) -> None:
        install_log_scrubbing()
        self.timeouts = profile.timeouts
        self.max_page_bytes = profile.max_page_bytes
        self.boundary = profile.boundary
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept-Language": "fr-FR,fr;q=0.9"})
        self._sockets = SocketsInUse()
        # urllib3 never retries on its own: which requests may be sent again is decided here.
        adapter = TrustStoreAdapter(self._sockets, max_retries=Retry(0, read=False))
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
        self._local.operation = Operation(
            time.monotonic() + self.timeouts.operation_seconds, active_cancellation()
        )
        self._local.last_page = None

    def operation(self) -> Operation:
        operation: Operation | None = getattr(self._local, "operation", None)
        if operation is None:
            self.start_operation()
            operation = self._local.operation
        return operation

    def checkpoint(self, url: str) -> None:
        """Parsing counts too: a step that overran its time or was stopped goes no further."""
        self.operation().check(url)

    def probe(self, url: str) -> tuple[int, str]:
        """Load a page for the diagnostics: its HTTP status and Date header, whatever the status."""
        self.start_operation()
        download = navigation.follow_redirects(self, "GET", url)
        return download.status, download.date

    # ------------------------------------------------------------------ one exchange

    def exchange(
        self, method: str, url: str, data: str | None, *, may_retry: bool, max_bytes: int | None
    ) -> Download:
        """One request without redirects (a page load tried again once when allowed), its body
        read up to ``max_bytes`` (default: the profile's page cap)."""
        operation = self.operation()
        attempts = _PAGE_LOAD_ATTEMPTS if may_retry else 1
        max_bytes = max_bytes or self.max_page_bytes
        for attempt in range(1, attempts + 1):
            try:
                operation.check(url)
                download = self._sockets.run(
                    operation, url, lambda: self._send(method, url, data, max_bytes, operation)
                )
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

    def _send(
        self, method: str, url: str, data: str | None, max_bytes: int, operation: Operation
    ) -> Download:
        """One request and its body read up to ``max_bytes``; failures become client errors, statuses do not."""
        shown_url = public_url(url)
        headers = (
            {"Content-Type": "application/x-www-form-urlencoded"} if data is not None else None
        )
        remaining = operation.check(url)
        timeout = (
            min(self.timeouts.connect_seconds, remaining),
            min(self.timeouts.read_seconds, remaining),
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
                    if response.status_code in navigation.REDIRECT_STATUSES
                    else self._read_capped(response, max_bytes, shown_url, operation.deadline)
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
            refresh=response.headers.get("Refresh", "")[:2048],
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

    # ------------------------------------------------------------------ pages

    def last_page(self) -> Page | None:
        """The last page this thread's operation read (what a "not understood" is about)."""
        page: Page | None = getattr(self._local, "last_page", None)
        return page

    def page_of(self, download: Download) -> Page:
        """A downloaded answer as a page: an HTTP error status is an answer to read (401/403 with
        the form back, 423 for a lock); only "wait" (429/503) and the server's own errors stop."""
        if download.status in (429, 503) or download.status >= 500:
            self._raise_for_status(download, public_url(download.url))
        charset_match = re.search(r"charset=([^;\s]{1,40})", download.content_type, re.IGNORECASE)
        text, charset = decode_page(
            download.body, charset_match.group(1) if charset_match else None
        )
        page = Page(
            url=download.url,
            status=download.status,
            text=text,
            charset=charset,
            redirects=download.redirects,
            retry_after=download.retry_after,
            refresh=download.refresh,
        )
        self._local.last_page = page
        return page

    def _as_shown(self, page: Page) -> Page:
        """The page with the words its script would put in from the site's translation file
        (``translations``), fetched once per client; as sent when it has none or it cannot be had."""
        url = translations.dictionary_url(page)
        if url is None or live_secrets.found_in(url):
            return page
        words = self._dictionaries.get(url)
        if words is None:
            try:
                download = navigation.follow_redirects(
                    self,
                    "GET",
                    url,
                    page_url=page.url,
                    max_bytes=translations.MAX_DICTIONARY_BYTES,
                )
                self._raise_for_status(download, public_url(download.url))
            except (SiteNotUnderstoodError, UntrustedSiteError):
                words = {}
            else:
                words = translations.parse_dictionary(download.body)
            self._dictionaries[url] = words
        return translations.translated(page, words) if words else page

    def _browsed(
        self,
        download: Download,
        cookies_before: dict[tuple[str, str, str], str | None],
        *,
        hand_offs: bool = True,
    ) -> Page:
        """Where a browser ends up from this answer, with the cookies set on the way."""
        page = navigation.browse(self, self.page_of(download), hand_offs=hand_offs)
        page = dataclasses.replace(page, cookies_set=self._cookies_changed_since(cookies_before))
        # Last: the words are put into this page's parsed document (its text stays as sent).
        page = self._as_shown(page)
        self._local.last_page = page
        return page

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

    def get_page(self, url: str, *, page_url: str | None = None, hand_offs: bool = True) -> Page:
        """A page as a browser shows it (redirects, refreshes, frames, and hand-off forms unless
        ``hand_offs`` is off: the site check sends nothing but GETs); an error status stops."""
        before = self._cookie_values()
        download = navigation.follow_redirects(self, "GET", url, page_url=page_url)
        self._raise_for_status(download, public_url(download.url))
        return self._browsed(download, before, hand_offs=hand_offs)

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
        before = self._cookie_values()
        if method == "GET":
            parts = urlsplit(action)
            action = urlunsplit((parts.scheme, parts.netloc, parts.path, body, ""))
            download = navigation.follow_redirects(
                self, "GET", action, page_url=page_url, may_retry=False
            )
        else:
            download = navigation.follow_redirects(
                self, "POST", action, data=body, page_url=page_url
            )
        return self._browsed(download, before)

    def get_image(self, url: str, *, page_url: str | None = None) -> Download:
        """An image of a page: fetched inside the boundary, or read from the page itself when
        inline (``data:``, nothing fetched), under the same size cap."""
        if is_inline(url):
            shown = public_url(page_url or "")
            inline = read_inline_image(url, page_url=shown)
            return Download(
                body=inline.body, content_type=inline.content_type, url=shown, status=200
            )
        download = navigation.follow_redirects(
            self, "GET", url, page_url=page_url, max_bytes=MAX_IMAGE_BYTES
        )
        self._raise_for_status(download, public_url(download.url))
        return download

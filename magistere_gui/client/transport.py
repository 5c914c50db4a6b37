"""HTTP for the client: one requests.Session, verified TLS, timeouts, a size cap.

Why a class of our own around requests: every request must carry a timeout
and the operation's deadline, read at most a fixed number of bytes, decode
legacy ISO-8859-1 pages correctly, send form values in the page's own
charset, and turn every failure into one of the client's errors.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import ssl
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_plus, urlsplit, urlunsplit

import requests
import truststore
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ReadTimeoutError
from urllib3.util.retry import Retry

from magistere_gui import __version__
from magistere_gui.client.errors import (
    MagistereError,
    NetworkError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    SiteNotUnderstoodError,
    TlsError,
)
from magistere_gui.client.forms import Page
from magistere_gui.client.profile import Timeouts

log = logging.getLogger(__name__)

USER_AGENT = f"magistere-gui/{__version__} (assistant de connexion, python-requests)"
MAX_IMAGE_BYTES = 1024 * 1024
_CHUNK_BYTES = 64 * 1024

# Legacy pages that say ISO-8859-1 are really windows-1252, as browsers know.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    lowered = charset.strip().strip("\"'").lower()
    return _CHARSET_ALIASES.get(lowered, lowered)


def decode_page(body: bytes, header_charset: str | None) -> tuple[str, str]:
    """Decode with the declared charset; if the bytes contradict it, try the page's meta, then cp1252.

    Returns the text and the charset actually used (the one to send forms in).
    """
    meta = _META_CHARSET.search(body[:4096])
    candidates = [
        _codec(header_charset),
        _codec(meta.group(1).decode("ascii") if meta else None),
        "utf-8",
        "cp1252",
    ]
    for codec in dict.fromkeys(c for c in candidates if c):
        try:
            return body.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("cp1252", errors="replace"), "cp1252"


def encode_form(values: Iterable[tuple[str, str]], charset: str) -> str:
    """URL-encode like a browser does for a page in ``charset`` (é -> %E9 on a latin-1 page)."""
    return "&".join(
        f"{quote_plus(name, encoding=charset, errors='xmlcharrefreplace')}="
        f"{quote_plus(value, encoding=charset, errors='xmlcharrefreplace')}"
        for name, value in values
    )


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def secure_url(url: str) -> str:
    """Plain http is only allowed to this machine (the simulator); elsewhere it becomes https."""
    parts = urlsplit(url)
    if parts.scheme == "http" and not is_loopback(url):
        return urlunsplit(("https", *parts[1:]))
    return url


def public_url(url: str) -> str:
    """The URL without its query and fragment: safe to put in logs and error texts."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _caused_by_read_timeout(error: BaseException) -> bool:
    reason = error.args[0] if error.args else None
    return isinstance(getattr(reason, "reason", None), ReadTimeoutError)


class _TrustStoreAdapter(HTTPAdapter):
    """Verifies certificates with the operating system's trust store (school proxies add theirs there)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def send(
        self, request: requests.PreparedRequest, *args: Any, **kwargs: Any
    ) -> requests.Response:
        kwargs["verify"] = True  # cannot be turned off, whatever the caller or environment says
        return super().send(request, *args, **kwargs)


def _retry_policy() -> Retry:
    """Retries only for requests that change nothing: a POST is never sent twice by us."""
    return Retry(
        total=2,
        connect=2,
        read=1,
        status=1,
        allowed_methods=frozenset({"GET", "HEAD"}),
        status_forcelist=(502, 504),
        backoff_factor=0.3,
        raise_on_status=False,
        respect_retry_after_header=False,
    )


@dataclass(frozen=True)
class Download:
    body: bytes
    content_type: str
    url: str
    status: int
    date: str = ""
    retry_after: str = ""


class Transport:
    """One HTTP session for one client. Not shared between clients."""

    def __init__(self, timeouts: Timeouts, max_page_bytes: int) -> None:
        self.timeouts = timeouts
        self.max_page_bytes = max_page_bytes
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept-Language": "fr-FR,fr;q=0.9"})
        adapter = _TrustStoreAdapter(max_retries=_retry_policy())
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self._deadline: float | None = None

    def close(self) -> None:
        self.session.close()

    def start_operation(self) -> None:
        """Start the clock for one whole operation (several requests share one deadline)."""
        self._deadline = time.monotonic() + self.timeouts.operation_seconds

    def _timeout(self, url: str) -> tuple[float, float]:
        if self._deadline is None:
            return (self.timeouts.connect_seconds, self.timeouts.read_seconds)
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise RequestTimeoutError("operation deadline reached", url=public_url(url))
        return (
            min(self.timeouts.connect_seconds, remaining),
            min(self.timeouts.read_seconds, remaining),
        )

    def probe(self, url: str) -> tuple[int, str]:
        """Load a page for the diagnostics: its HTTP status and Date header, whatever the status."""
        download = self._fetch("GET", url, max_bytes=self.max_page_bytes)
        return download.status, download.date

    def _request(
        self, method: str, url: str, *, max_bytes: int, data: str | None = None
    ) -> Download:
        download = self._fetch(method, url, max_bytes=max_bytes, data=data)
        self._raise_for_status(download, public_url(download.url))
        return download

    def _fetch(self, method: str, url: str, *, max_bytes: int, data: str | None = None) -> Download:
        """One request, its body read up to ``max_bytes``; failures become client errors, statuses do not."""
        url = secure_url(url)
        shown_url = public_url(url)
        headers = (
            {"Content-Type": "application/x-www-form-urlencoded"} if data is not None else None
        )
        started = time.monotonic()
        try:
            response = self.session.request(
                method, url, data=data, headers=headers, timeout=self._timeout(url), stream=True
            )
            with response:
                body = self._read_capped(response, max_bytes, shown_url)
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
        except requests.exceptions.TooManyRedirects as error:
            raise SiteNotUnderstoodError("too many redirects", url=shown_url) from error
        except requests.exceptions.ChunkedEncodingError as error:
            raise NetworkError("connection failed or dropped", url=shown_url) from error
        except requests.exceptions.RequestException as error:
            raise NetworkError(f"request failed: {type(error).__name__}", url=shown_url) from error
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
            content_type=response.headers.get("Content-Type", ""),
            url=response.url,
            status=response.status_code,
            date=response.headers.get("Date", ""),
            retry_after=response.headers.get("Retry-After", ""),
        )

    @staticmethod
    def _read_capped(response: requests.Response, max_bytes: int, shown_url: str) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise SiteNotUnderstoodError(f"page larger than {max_bytes} bytes", url=shown_url)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(_CHUNK_BYTES):
            size += len(chunk)
            if size > max_bytes:
                raise SiteNotUnderstoodError(f"page larger than {max_bytes} bytes", url=shown_url)
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

    def _page(self, download: Download) -> Page:
        charset_match = re.search(r"charset=([^;\s]+)", download.content_type, re.IGNORECASE)
        text, charset = decode_page(
            download.body, charset_match.group(1) if charset_match else None
        )
        return Page(url=download.url, status=download.status, text=text, charset=charset)

    def get_page(self, url: str) -> Page:
        return self._page(self._request("GET", url, max_bytes=self.max_page_bytes))

    def post_form(self, action: str, values: Iterable[tuple[str, str]], charset: str) -> Page:
        """Send a form once. Never retried: it may carry a password or a captcha answer."""
        body = encode_form(values, charset)
        return self._page(self._request("POST", action, max_bytes=self.max_page_bytes, data=body))

    def get_image(self, url: str) -> Download:
        download = self._request("GET", url, max_bytes=MAX_IMAGE_BYTES)
        if not download.content_type.lower().startswith("image/"):
            raise SiteNotUnderstoodError("captcha is not an image", url=public_url(url))
        return download

"""The trust boundary: which places the client may talk to at all.

Why every request and not only the ones carrying a secret: a page fetched from
elsewhere could hold a form that looks like the académie's, a cookie would
follow, and "the answer" would be someone else's page. So the client speaks
only to the académie's own hosts (those of the site profile), over https;
plain http is allowed only towards this computer, and only when the profile
says so (the simulator's). Forms, links and every redirect hop are checked here
before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from magistere_gui.client.errors import SiteNotUnderstoodError, UntrustedSiteError

_DEFAULT_PORTS = {"http": 80, "https": 443}
_HOST_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-:[]_")
_MAX_SHOWN_HOST_CHARS = 80


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress  # only for addresses that are not "localhost"

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def secure_url(url: str, *, allow_loopback_http: bool = True) -> str:
    """The one home of the http→https rule: plain http is upgraded to https, except towards
    this computer when allowed (the simulator's profile). As for the sheet's own lookup link
    (``http://``), a browser told "https only" would do the same."""
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".")
    if parts.scheme.lower() == "http" and not (allow_loopback_http and is_loopback_host(host)):
        return urlunsplit(("https", *parts[1:]))
    return url


def joined(base: str, reference: str) -> str:
    """``reference`` resolved against ``base`` as a browser does; a reference too malformed to
    resolve (``http://[::1``) is returned as it is, for :meth:`TrustBoundary.checked` to refuse."""
    try:
        return urljoin(base, reference)
    except ValueError:
        return reference


def public_url(url: str) -> str:
    """The URL without its query and fragment: safe to put in logs and error texts."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


@dataclass(frozen=True)
class _Place:
    scheme: str
    host: str
    port: int

    @property
    def origin(self) -> tuple[str, int]:
        return self.host, self.port


def _place(url: str, *, allow_loopback_http: bool, page_url: str | None) -> _Place:
    """Parse strictly: anything a browser and urllib3 might read differently is refused."""
    shown_page = public_url(page_url) if page_url else None
    try:
        parts = urlsplit(url.strip())
        explicit_port = parts.port
    except ValueError as error:
        raise SiteNotUnderstoodError("malformed address", url=shown_page) from error
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise SiteNotUnderstoodError(f"not a web address ({scheme or 'no scheme'})", url=shown_page)
    host = (parts.hostname or "").rstrip(".")
    netloc = parts.netloc.lower()
    if not host or "@" in netloc or not set(netloc) <= _HOST_CHARACTERS:
        raise UntrustedSiteError(
            "address with credentials or unusual characters",
            url=shown_page,
            host=netloc[:_MAX_SHOWN_HOST_CHARS] or "?",
        )
    if secure_url(url.strip(), allow_loopback_http=allow_loopback_http) != url.strip():
        scheme = "https"
    return _Place(scheme, host, explicit_port or _DEFAULT_PORTS[scheme])


@dataclass(frozen=True)
class TrustBoundary:
    """The académie's origins (host, port), from the profile's URLs and its ``allowed_hosts``."""

    origins: frozenset[tuple[str, int]]
    allow_loopback_http: bool = False

    @classmethod
    def for_profile(
        cls, urls: Iterable[str], extra_hosts: Iterable[str], *, allow_loopback_http: bool
    ) -> TrustBoundary:
        places = [
            _place(url, allow_loopback_http=allow_loopback_http, page_url=None) for url in urls
        ]
        places += [
            _place(f"https://{host}/", allow_loopback_http=False, page_url=None)
            for host in extra_hosts
        ]
        return cls(frozenset(place.origin for place in places), allow_loopback_http)

    def checked(self, url: str, *, page_url: str | None = None) -> str:
        """The URL to request (plain http upgraded to https), or :class:`UntrustedSiteError`.

        ``page_url`` is the page whose form, link or redirect gave ``url`` (for the message).
        """
        place = _place(url, allow_loopback_http=self.allow_loopback_http, page_url=page_url)
        if place.origin not in self.origins:
            shown_host = (
                place.host
                if place.port == _DEFAULT_PORTS[place.scheme]
                else f"{place.host}:{place.port}"
            )
            raise UntrustedSiteError(
                "address outside the académie's sites",
                url=public_url(page_url) if page_url else None,
                host=shown_host[:_MAX_SHOWN_HOST_CHARS],
            )
        parts = urlsplit(url.strip())
        return urlunsplit((place.scheme, parts.netloc, parts.path or "/", parts.query, ""))

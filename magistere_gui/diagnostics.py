"""Network diagnostics for the help desk: why can this PC not reach the académie?

For each site of the profile: the proxy in use, DNS, TCP, TLS (who issued
the certificate, its validity, whether this computer trusts it: school
filters that inspect TLS show up here), the HTTP status, and the clock skew
against the server's Date header (a wrong clock breaks TLS). Plus the
keychain found. No Qt here; verdicts and details are translatable Messages:
what a person reads is plain words (no exception names, no English), the
technical part limited to addresses, ports, dates and numbers.

Nothing secret is sent or shown: only host names, addresses and certificates.
"""

from __future__ import annotations

import datetime
import email.utils
import errno
import logging
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from urllib.parse import urlsplit, urlunsplit

import truststore
from requests.utils import get_environ_proxies, select_proxy

from magistere_gui import __version__, keychain
from magistere_gui.certificates import summarise
from magistere_gui.client import (
    MagistereError,
    NetworkError,
    RequestTimeoutError,
    SiteNotUnderstoodError,
    SiteProfile,
    TlsError,
    UntrustedSiteError,
)
from magistere_gui.client.boundary import public_url, secure_url
from magistere_gui.client.transport import Transport
from magistere_gui.rules import QT_TRANSLATE_NOOP, Message

CONTEXT = "diagnostics"
log = logging.getLogger(__name__)
KEYCHAIN_HEADING = QT_TRANSLATE_NOOP("diagnostics", "This computer's keychain")
MAX_CLOCK_SKEW_SECONDS = 300


class Verdict(Enum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"


Translate = Callable[[str, str], str]
#: A detail is a translatable Message or a text in no language (an address, a date, a name).
Detail = Message | str
#: Arguments that are themselves English words to translate, and their context.
TRANSLATED_ARGUMENTS = {"backend": "keychain"}


def _identity(_context: str, source: str) -> str:
    return source


def say(message: Message, translate: Translate = _identity, context: str = CONTEXT) -> str:
    """A Message in the reader's language, its translatable arguments too."""
    arguments = {
        key: translate(TRANSLATED_ARGUMENTS[key], str(value))
        if key in TRANSLATED_ARGUMENTS
        else value
        for key, value in message.arguments.items()
    }
    return translate(context, message.template).format(**arguments)


@dataclass(frozen=True)
class Check:
    site: str
    name: str
    verdict: Verdict
    message: Message
    details: tuple[Detail, ...] = ()

    def details_text(self, translate: Translate = _identity) -> str:
        return " ; ".join(
            say(detail, translate) if isinstance(detail, Message) else detail
            for detail in self.details
        )


@dataclass
class DiagnosticReport:
    checks: list[Check] = field(default_factory=list)

    def add(
        self,
        site: str,
        name: str,
        verdict: Verdict,
        template: str,
        details: Detail | Sequence[Detail] = (),
        **arguments: str | int,
    ) -> None:
        parts = (details,) if isinstance(details, Message | str) else tuple(details)
        self.checks.append(Check(site, name, verdict, Message(template, dict(arguments)), parts))

    @property
    def worst(self) -> Verdict:
        verdicts = {check.verdict for check in self.checks}
        for verdict in (Verdict.FAILED, Verdict.WARNING):
            if verdict in verdicts:
                return verdict
        return Verdict.OK

    def text(self, translate: Translate = _identity) -> str:
        """A plain report to copy for the help desk (no secret can be in it)."""
        marks = {Verdict.OK: "✔", Verdict.WARNING: "⚠", Verdict.FAILED: "✘"}
        lines = [
            f"magistere-gui {__version__} — {datetime.datetime.now().isoformat(timespec='seconds')}"
        ]
        site = None
        for check in self.checks:
            if check.site != site:
                site = check.site
                lines.append("")
                lines.append(translate(CONTEXT, site))
            lines.append(f"  {marks[check.verdict]} {say(check.message, translate)}")
            details = check.details_text(translate)
            if details:
                lines.append(f"      {details}")
        return "\n".join(lines)


# ------------------------------------------------------------------ reasons, in plain words

_NAME_LOOKUP_REASONS = {
    socket.EAI_NONAME: QT_TRANSLATE_NOOP("diagnostics", "the name server does not know this name"),
    socket.EAI_AGAIN: QT_TRANSLATE_NOOP("diagnostics", "the name server does not answer"),
}
_SYSTEM_REASONS = {
    errno.ENETUNREACH: QT_TRANSLATE_NOOP(
        "diagnostics", "no way to the network (is the computer connected?)"
    ),
    errno.EHOSTUNREACH: QT_TRANSLATE_NOOP("diagnostics", "the machine cannot be reached"),
    errno.ECONNRESET: QT_TRANSLATE_NOOP("diagnostics", "the connection was cut"),
    errno.ECONNABORTED: QT_TRANSLATE_NOOP("diagnostics", "the connection was cut"),
}
#: What the certificate check said (OpenSSL's X509_V_ERR codes), in plain words.
_CERTIFICATE_REASONS = {
    9: QT_TRANSLATE_NOOP("diagnostics", "certificate not valid yet (check the date)"),
    10: QT_TRANSLATE_NOOP("diagnostics", "certificate expired (or the date is wrong)"),
    18: QT_TRANSLATE_NOOP("diagnostics", "certificate signed by itself"),
    19: QT_TRANSLATE_NOOP("diagnostics", "certificate authority unknown to this computer"),
    20: QT_TRANSLATE_NOOP("diagnostics", "certificate authority unknown to this computer"),
    21: QT_TRANSLATE_NOOP("diagnostics", "certificate authority unknown to this computer"),
    62: QT_TRANSLATE_NOOP("diagnostics", "certificate made out to another site"),
}


def _reason(error: BaseException, timeout: float) -> Message:
    """Why a connection failed, for a person: never the exception's (English) name."""
    if isinstance(error, socket.gaierror):
        known = _NAME_LOOKUP_REASONS.get(error.errno or 0)
        if known:
            return Message(known)
        return Message(
            QT_TRANSLATE_NOOP("diagnostics", "the name cannot be looked up (code {code})"),
            {"code": error.errno or 0},
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return _certificate_reason(error)
    if isinstance(error, ssl.SSLError):
        return Message(QT_TRANSLATE_NOOP("diagnostics", "the secure exchange failed"))
    if isinstance(error, ConnectionRefusedError):
        return Message(
            QT_TRANSLATE_NOOP("diagnostics", "connection refused (nothing answers on this port)")
        )
    if isinstance(error, TimeoutError):
        return Message(
            QT_TRANSLATE_NOOP("diagnostics", "no answer within {seconds} s"),
            {"seconds": round(timeout)},
        )
    if isinstance(error, OSError) and error.errno in _SYSTEM_REASONS:
        return Message(_SYSTEM_REASONS[error.errno])
    return Message(
        QT_TRANSLATE_NOOP("diagnostics", "system error number {code}"),
        {"code": getattr(error, "errno", None) or 0},
    )


def _certificate_reason(error: ssl.SSLCertVerificationError) -> Message:
    known = _CERTIFICATE_REASONS.get(error.verify_code or 0)
    if known:
        return Message(known)
    return Message(
        QT_TRANSLATE_NOOP("diagnostics", "certificate refused (check number {code})"),
        {"code": error.verify_code or 0},
    )


def _client_reason(error: MagistereError) -> Message:
    """Why the page could not be loaded, from the client's error family."""
    if isinstance(error, RequestTimeoutError):
        return Message(QT_TRANSLATE_NOOP("diagnostics", "no answer in time"))
    if isinstance(error, TlsError):
        return Message(QT_TRANSLATE_NOOP("diagnostics", "secure connection refused"))
    if isinstance(error, NetworkError):
        return Message(QT_TRANSLATE_NOOP("diagnostics", "connection failed"))
    if isinstance(error, UntrustedSiteError):
        return Message(
            QT_TRANSLATE_NOOP("diagnostics", "the page sends elsewhere than the académie's sites")
        )
    if isinstance(error, SiteNotUnderstoodError):
        return Message(QT_TRANSLATE_NOOP("diagnostics", "the answer is not a usable page"))
    return Message(QT_TRANSLATE_NOOP("diagnostics", "the page could not be read"))


def _elapsed(started: float) -> Message:
    milliseconds = round(1000 * (time.monotonic() - started))
    if milliseconds < 1:
        return Message(QT_TRANSLATE_NOOP("diagnostics", "answer in under a millisecond"))
    return Message(
        QT_TRANSLATE_NOOP("diagnostics", "answer in {milliseconds} ms"),
        {"milliseconds": milliseconds},
    )


def _sites(profile: SiteProfile) -> list[str]:
    """One URL per (scheme, host, port), in the profile's order, as the client would use them."""
    seen: dict[tuple[str, str, int | None], str] = {}
    for url in profile.urls.values():
        secured = secure_url(url)
        parts = urlsplit(secured)
        seen.setdefault((parts.scheme, parts.hostname or "", parts.port), secured)
    return list(seen.values())


def _without_credentials(proxy: str) -> str:
    parts = urlsplit(proxy)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _describe_name(name: object) -> str:
    """'CN=Foo, O=Bar' from ssl's nested tuples."""
    if not isinstance(name, tuple):
        return str(name)
    return ", ".join(f"{key}={value}" for rdn in name for key, value in rdn)


def _certificate_details(der: bytes) -> tuple[str, datetime.datetime, datetime.datetime]:
    summary = summarise(der)
    return summary.issuer, summary.not_before, summary.not_after


def _certificate_line(
    issuer: str, not_before: datetime.datetime, not_after: datetime.datetime
) -> str:
    """Technical details in no language: the issuer's name and the validity dates."""
    return f"{issuer} ; {not_before:%Y-%m-%d} → {not_after:%Y-%m-%d}"


def _check_tls(report: DiagnosticReport, site: str, host: str, port: int, timeout: float) -> None:
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            der = tls.getpeercert(binary_form=True) or b""
            version = tls.version() or ""
        issuer, not_before, not_after = _certificate_details(der)
        report.add(
            site,
            "tls",
            Verdict.OK,
            QT_TRANSLATE_NOOP(
                "diagnostics", "Secure connection trusted by this computer ({version})."
            ),
            _certificate_line(issuer, not_before, not_after),
            version=version,
        )
        return
    except ssl.SSLCertVerificationError as error:
        reason = _certificate_reason(error)
    except (OSError, ssl.SSLError) as error:
        report.add(
            site,
            "tls",
            Verdict.FAILED,
            QT_TRANSLATE_NOOP("diagnostics", "The secure connection could not be set up."),
            _reason(error, timeout),
        )
        return
    # Not trusted: look at the certificate anyway (nothing is sent) to tell the help desk who issued it.
    inspect = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    inspect.check_hostname = False
    inspect.verify_mode = ssl.CERT_NONE
    details: list[Detail] = [reason]
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            inspect.wrap_socket(raw, server_hostname=host) as tls,
        ):
            der = tls.getpeercert(binary_form=True) or b""
        details.append(_certificate_line(*_certificate_details(der)))
    except (OSError, ssl.SSLError, ValueError):
        pass
    report.add(
        site,
        "tls",
        Verdict.FAILED,
        QT_TRANSLATE_NOOP(
            "diagnostics",
            "This computer does not trust the site's certificate: a network filter may be "
            "intercepting the connection, or the computer's clock is wrong.",
        ),
        details,
    )


def _check_http(
    report: DiagnosticReport, site: str, url: str, profile: SiteProfile, now: Callable[[], float]
) -> None:
    transport = Transport(profile)
    try:
        status, date_header = transport.probe(url)
    except MagistereError as error:
        log.info("diagnostics: %s could not be loaded: %s", public_url(url), error)
        report.add(
            site,
            "http",
            Verdict.FAILED,
            QT_TRANSLATE_NOOP("diagnostics", "The page could not be loaded."),
            (_client_reason(error), public_url(url)),
        )
        return
    finally:
        transport.close()
    verdict = Verdict.OK if status < 400 else Verdict.WARNING if status < 500 else Verdict.FAILED
    report.add(
        site,
        "http",
        verdict,
        QT_TRANSLATE_NOOP("diagnostics", "The site answers (HTTP {status})."),
        public_url(url),
        status=status,
    )
    if not date_header:
        return
    try:
        server_time = email.utils.parsedate_to_datetime(date_header).timestamp()
    except (TypeError, ValueError):
        return
    skew = round(now() - server_time)
    difference = Message(
        QT_TRANSLATE_NOOP("diagnostics", "difference with the site: {seconds} s"),
        {"seconds": skew},
    )
    if abs(skew) > MAX_CLOCK_SKEW_SECONDS:
        report.add(
            site,
            "clock",
            Verdict.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnostics",
                "This computer's clock is {minutes} minutes off the site's: correct the date and "
                "time, or secure connections will fail.",
            ),
            difference,
            minutes=abs(skew) // 60,
        )
    else:
        report.add(
            site,
            "clock",
            Verdict.OK,
            QT_TRANSLATE_NOOP("diagnostics", "The computer's clock is right."),
            difference,
        )


def _check_proxy(report: DiagnosticReport, site: str, proxy: str, timeout: float) -> bool:
    """Whether the proxy this computer is set to use answers at all: when it does not, every
    site "does not answer", and the person must hear that the proxy is the cause."""
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    shown = _without_credentials(proxy)
    default_port = (
        443 if parts.scheme == "https" else 1080 if parts.scheme.startswith("socks") else 80
    )
    try:
        port = parts.port or default_port
    except ValueError:
        port = 0
    started = time.monotonic()
    try:
        if not parts.hostname or not port:
            raise socket.gaierror(socket.EAI_NONAME, "no host")
        with socket.create_connection((parts.hostname, port), timeout=timeout):
            pass
    except OSError as error:
        report.add(
            site,
            "proxy",
            Verdict.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnostics",
                "This computer is set to go through the proxy {proxy}, which does not answer.",
            ),
            _reason(error, timeout),
            proxy=shown,
        )
        return False
    report.add(
        site,
        "proxy",
        Verdict.OK,
        QT_TRANSLATE_NOOP("diagnostics", "Goes through the proxy {proxy}, which answers."),
        _elapsed(started),
        proxy=shown,
    )
    return True


def diagnose_site(
    report: DiagnosticReport,
    url: str,
    profile: SiteProfile,
    *,
    timeout: float,
    now: Callable[[], float],
) -> None:
    parts = urlsplit(url)
    site = f"{parts.scheme}://{parts.netloc}"
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    proxy = select_proxy(url, get_environ_proxies(url))
    if proxy:
        # Through a proxy, the proxy looks the site's name up and connects to it: only the
        # proxy itself can be checked from here, then the page through it.
        if _check_proxy(report, site, proxy, timeout):
            _check_http(report, site, url, profile, now)
        return
    report.add(
        site,
        "proxy",
        Verdict.OK,
        QT_TRANSLATE_NOOP("diagnostics", "Direct connection (no proxy)."),
    )
    started = time.monotonic()
    try:
        addresses = sorted(
            {str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)}
        )
    except OSError as error:
        report.add(
            site,
            "dns",
            Verdict.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnostics",
                "The name {host} cannot be found (DNS): check the network connection.",
            ),
            _reason(error, timeout),
            host=host,
        )
        return
    report.add(
        site,
        "dns",
        Verdict.OK,
        QT_TRANSLATE_NOOP("diagnostics", "Name found (DNS)."),
        (", ".join(addresses), _elapsed(started)),
    )
    started = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as error:
        report.add(
            site,
            "tcp",
            Verdict.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnostics",
                "The site cannot be reached (port {port}): a firewall may block it.",
            ),
            _reason(error, timeout),
            port=port,
        )
        return
    report.add(
        site,
        "tcp",
        Verdict.OK,
        QT_TRANSLATE_NOOP("diagnostics", "The site can be reached (port {port})."),
        _elapsed(started),
        port=port,
    )
    if parts.scheme == "https":
        _check_tls(report, site, host, port, timeout)
    _check_http(report, site, url, profile, now)


def diagnose(
    profile: SiteProfile, *, timeout: float = 5.0, now: Callable[[], float] = time.time
) -> DiagnosticReport:
    report = DiagnosticReport()
    for url in _sites(profile):
        diagnose_site(report, url, profile, timeout=timeout, now=now)
    found = keychain.status()
    if found.available:
        report.add(
            KEYCHAIN_HEADING,
            "keychain",
            Verdict.OK,
            QT_TRANSLATE_NOOP("diagnostics", "Keychain available: {backend}."),
            backend=found.label,
        )
    else:
        report.add(
            KEYCHAIN_HEADING,
            "keychain",
            Verdict.WARNING,
            QT_TRANSLATE_NOOP(
                "diagnostics", "No keychain: the identifiant cannot be remembered on this computer."
            ),
        )
    return report


def verdict(report: DiagnosticReport) -> Message:
    """The one sentence to read first: what is wrong, in plain words, and what to do.

    Judged from the checks in order of what a person can act on: a proxy that does not
    answer (or lets nothing through), no Internet at all, a wrong clock, a network filter
    (TLS), then the académie's site itself.
    """

    def failed(name: str) -> list[Check]:
        return [c for c in report.checks if c.name == name and c.verdict is Verdict.FAILED]

    dead_proxies = failed("proxy")
    if dead_proxies:
        return Message(
            QT_TRANSLATE_NOOP(
                "diagnostics",
                "This computer is set to go through a proxy ({proxy}) that does not answer: the "
                "académie's sites cannot be reached. Tell your school's IT contact.",
            ),
            {"proxy": dead_proxies[0].message.arguments["proxy"]},
        )
    proxied = [c for c in report.checks if c.name == "proxy" and "proxy" in c.message.arguments]
    pages = [c for c in report.checks if c.name == "http"]
    if proxied and len(proxied) == len(_site_names(report)) and pages == failed("http"):
        return Message(
            QT_TRANSLATE_NOOP(
                "diagnostics",
                "A proxy is set on this computer and the académie's sites cannot be "
                "reached through it. Tell your school's IT contact.",
            )
        )
    site_checks = [c for c in report.checks if c.name == "dns"]
    if site_checks and len(failed("dns")) == len(site_checks):
        return Message(
            QT_TRANSLATE_NOOP(
                "diagnostics",
                "This computer does not reach the Internet. Check the cable or the Wi-Fi, then "
                "try again.",
            )
        )
    if failed("clock"):
        return Message(
            QT_TRANSLATE_NOOP(
                "diagnostics",
                "This computer's clock is wrong: secure connections fail. Set the date and time, "
                "then try again.",
            )
        )
    if failed("tls"):
        return Message(
            QT_TRANSLATE_NOOP(
                "diagnostics",
                "A network filter (or the computer's clock) prevents a secure connection to the "
                "académie. Tell your school's IT contact.",
            )
        )
    if failed("tcp") or failed("http") or failed("dns"):
        return Message(
            QT_TRANSLATE_NOOP(
                "diagnostics",
                "The académie's site does not answer. Try again later, or open it in your browser.",
            )
        )
    return Message(QT_TRANSLATE_NOOP("diagnostics", "Everything looks right from this computer."))


def _site_names(report: DiagnosticReport) -> set[str]:
    return {c.site for c in report.checks if c.site != KEYCHAIN_HEADING}

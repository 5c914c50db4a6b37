"""Network diagnostics for the help desk: why can this PC not reach the académie?

For each site of the profile: the proxy in use, DNS, TCP, TLS (who issued
the certificate, its validity, whether this computer trusts it: school
filters that inspect TLS show up here), the HTTP status, and the clock skew
against the server's Date header (a wrong clock breaks TLS). Plus the
keychain found. No Qt here; verdicts are translatable Messages.

Nothing secret is sent or shown: only host names, addresses and certificates.
"""

from __future__ import annotations

import datetime
import email.utils
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from urllib.parse import urlsplit, urlunsplit

import truststore
from requests.utils import get_environ_proxies, select_proxy

from magistere_gui import __version__, keychain
from magistere_gui.certificates import summarise
from magistere_gui.client import MagistereError, SiteProfile
from magistere_gui.client.transport import Transport, public_url, secure_url
from magistere_gui.rules import QT_TRANSLATE_NOOP, Message

CONTEXT = "diagnostics"
KEYCHAIN_HEADING = QT_TRANSLATE_NOOP("diagnostics", "This computer's keychain")
MAX_CLOCK_SKEW_SECONDS = 300


class Verdict(Enum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"


@dataclass(frozen=True)
class Check:
    site: str
    name: str
    verdict: Verdict
    message: Message
    details: str = ""


@dataclass
class DiagnosticReport:
    checks: list[Check] = field(default_factory=list)

    def add(
        self,
        site: str,
        name: str,
        verdict: Verdict,
        template: str,
        details: str = "",
        **arguments: str | int,
    ) -> None:
        self.checks.append(Check(site, name, verdict, Message(template, dict(arguments)), details))

    @property
    def worst(self) -> Verdict:
        verdicts = {check.verdict for check in self.checks}
        for verdict in (Verdict.FAILED, Verdict.WARNING):
            if verdict in verdicts:
                return verdict
        return Verdict.OK

    def text(self, translate: Callable[[str, str], str] = lambda _context, source: source) -> str:
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
            sentence = translate(CONTEXT, check.message.template).format(**check.message.arguments)
            lines.append(f"  {marks[check.verdict]} {sentence}")
            if check.details:
                lines.append(f"      {check.details}")
        return "\n".join(lines)


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
        reason = error.verify_message or str(error)
    except (OSError, ssl.SSLError) as error:
        report.add(
            site,
            "tls",
            Verdict.FAILED,
            QT_TRANSLATE_NOOP("diagnostics", "The secure connection could not be set up."),
            type(error).__name__,
        )
        return
    # Not trusted: look at the certificate anyway (nothing is sent) to tell the help desk who issued it.
    inspect = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    inspect.check_hostname = False
    inspect.verify_mode = ssl.CERT_NONE
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            inspect.wrap_socket(raw, server_hostname=host) as tls,
        ):
            der = tls.getpeercert(binary_form=True) or b""
        issuer, not_before, not_after = _certificate_details(der)
        details = f"{reason} ; {_certificate_line(issuer, not_before, not_after)}"
    except (OSError, ssl.SSLError, ValueError):
        details = reason
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
        report.add(
            site,
            "http",
            Verdict.FAILED,
            QT_TRANSLATE_NOOP("diagnostics", "The page could not be loaded."),
            f"{type(error).__name__}: {error.detail}",
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
            f"skew {skew} s",
            minutes=abs(skew) // 60,
        )
    else:
        report.add(
            site,
            "clock",
            Verdict.OK,
            QT_TRANSLATE_NOOP("diagnostics", "The computer's clock is right."),
            f"skew {skew} s",
        )


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
        report.add(
            site,
            "proxy",
            Verdict.OK,
            QT_TRANSLATE_NOOP("diagnostics", "Goes through the proxy {proxy}."),
            proxy=_without_credentials(proxy),
        )
    else:
        report.add(
            site,
            "proxy",
            Verdict.OK,
            QT_TRANSLATE_NOOP("diagnostics", "Direct connection (no proxy)."),
        )
    if not proxy:
        started = time.monotonic()
        try:
            addresses = sorted(
                {
                    str(info[4][0])
                    for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
                }
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
                type(error).__name__,
                host=host,
            )
            return
        report.add(
            site,
            "dns",
            Verdict.OK,
            QT_TRANSLATE_NOOP("diagnostics", "Name found (DNS)."),
            f"{', '.join(addresses)} in {1000 * (time.monotonic() - started):.0f} ms",
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
                type(error).__name__,
                port=port,
            )
            return
        report.add(
            site,
            "tcp",
            Verdict.OK,
            QT_TRANSLATE_NOOP("diagnostics", "The site can be reached."),
            f"port {port} in {1000 * (time.monotonic() - started):.0f} ms",
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
            backend=found.backend_name,
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

    Judged from the checks in order of what a person can act on: no Internet at all, a
    proxy, a network filter or a wrong clock (TLS), the clock, the académie's site itself.
    """

    def failed(name: str) -> list[Check]:
        return [c for c in report.checks if c.name == name and c.verdict is Verdict.FAILED]

    site_checks = [c for c in report.checks if c.name == "dns"]
    if site_checks and len(failed("dns")) == len(site_checks):
        if any(c.name == "proxy" and c.verdict is not Verdict.OK for c in report.checks):
            return Message(
                QT_TRANSLATE_NOOP(
                    "diagnostics",
                    "A proxy is set on this computer and the académie's sites cannot be "
                    "reached through it. Tell your school's IT contact.",
                )
            )
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

"""The help desk's site check: does this profile still fit the académie's real pages?

Why: nothing here has ever been checked against the real sites (no internet
where it was built). Run once on a PC with internet (``magistere-gui
--check-sites``), it opens every page of the profile with GET only (never a
secret is typed or sent) and says which forms and fields it recognised, and
how: by the text a person reads, by the field's name, or by the name pinned in
the profile. A pinned name the page no longer has is reported, since the
profile then needs editing. No Qt here: the report is the diagnostics' one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from magistere_gui.client import MagistereError, SiteProfile
from magistere_gui.client.captcha import find_captcha
from magistere_gui.client.fields import FieldRole
from magistere_gui.client.forms import read_form
from magistere_gui.client.transport import Transport, public_url
from magistere_gui.diagnostics import CONTEXT, DiagnosticReport, Verdict
from magistere_gui.rules import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageToCheck:
    url_key: str
    title: str
    roles: tuple[FieldRole, ...]
    optional_roles: tuple[FieldRole, ...] = ()
    has_captcha: bool = False


PAGES = (
    PageToCheck(
        "identifiant_lookup",
        QT_TRANSLATE_NOOP("diagnostics", "Find your identifiant"),
        (FieldRole.LAST_NAME, FieldRole.NUMEN),
    ),
    PageToCheck(
        "portal",
        QT_TRANSLATE_NOOP("diagnostics", "Externet portal (login)"),
        (FieldRole.IDENTIFIANT, FieldRole.PASSWORD),
    ),
    PageToCheck(
        "password_reset",
        QT_TRANSLATE_NOOP("diagnostics", "Password reset, step 1/2"),
        (FieldRole.CAPTCHA,),
        has_captcha=True,
    ),
    PageToCheck(
        "password_change",
        QT_TRANSLATE_NOOP("diagnostics", "Password change"),
        (FieldRole.IDENTIFIANT, FieldRole.OLD_PASSWORD, FieldRole.NEW_PASSWORD),
        (FieldRole.CONFIRM_PASSWORD,),
    ),
)
LINKS = (
    ("magistere", QT_TRANSLATE_NOOP("diagnostics", "M@gistère")),
    ("webmel", QT_TRANSLATE_NOOP("diagnostics", "Webmel")),
    ("iprof", QT_TRANSLATE_NOOP("diagnostics", "I-Prof")),
)

ROLE_NAMES = {
    FieldRole.LAST_NAME: QT_TRANSLATE_NOOP("diagnostics", "last name"),
    FieldRole.NUMEN: QT_TRANSLATE_NOOP("diagnostics", "NUMEN"),
    FieldRole.CAPTCHA: QT_TRANSLATE_NOOP("diagnostics", "security code"),
    FieldRole.IDENTIFIANT: QT_TRANSLATE_NOOP("diagnostics", "identifiant"),
    FieldRole.PASSWORD: QT_TRANSLATE_NOOP("diagnostics", "password"),
    FieldRole.OLD_PASSWORD: QT_TRANSLATE_NOOP("diagnostics", "current password"),
    FieldRole.NEW_PASSWORD: QT_TRANSLATE_NOOP("diagnostics", "new password"),
    FieldRole.CONFIRM_PASSWORD: QT_TRANSLATE_NOOP("diagnostics", "new password again"),
}


Translate = Callable[[str, str], str]


def _untranslated(_context: str, source: str) -> str:
    return source


def check_sites(profile: SiteProfile, translate: Translate = _untranslated) -> DiagnosticReport:
    """Open every page of the profile (GET only) and say what was recognised on it.

    ``translate`` names the pages and fields in the person's language (the sentences of the
    report are translated when it is printed).
    """
    report = DiagnosticReport()
    transport = Transport(profile)
    try:
        for page_to_check in PAGES:
            _check_page(report, transport, profile, page_to_check, translate)
        for url_key, title in LINKS:
            _check_link(report, transport, profile, url_key, translate(CONTEXT, title))
    finally:
        transport.close()
    return report


def _check_page(
    report: DiagnosticReport,
    transport: Transport,
    profile: SiteProfile,
    wanted: PageToCheck,
    translate: Translate,
) -> None:
    site = f"{translate(CONTEXT, wanted.title)} — {public_url(profile.url(wanted.url_key))}"
    transport.start_operation()  # each page has the profile's whole time
    try:
        page = transport.get_page(profile.url(wanted.url_key), hand_offs=False)  # GET only
    except MagistereError as error:
        _report_unreachable(report, site, error)
        return
    reading = read_form(page, wanted.roles + wanted.optional_roles, profile.pinned_fields)
    found = reading.fields if reading else {}
    if reading is None or not found:
        report.add(
            site,
            "form",
            Verdict.FAILED,
            QT_TRANSLATE_NOOP("diagnostics", "No form of this step was recognised on the page."),
        )
    else:
        report.add(
            site,
            "form",
            Verdict.OK,
            QT_TRANSLATE_NOOP("diagnostics", "Form recognised (sent with {method})."),
            public_url(reading.action),
            method=reading.method,
        )
    for role in wanted.roles + wanted.optional_roles:
        _report_field(
            report,
            site,
            role,
            found.get(role),
            profile,
            optional=role in wanted.optional_roles,
            role_name=translate(CONTEXT, ROLE_NAMES[role]),
        )
    if wanted.has_captcha:
        image_url, refresh_url = find_captcha(page)
        report.add(
            site,
            "captcha",
            Verdict.OK if image_url else Verdict.FAILED,
            QT_TRANSLATE_NOOP("diagnostics", "Security code image found.")
            if image_url
            else QT_TRANSLATE_NOOP("diagnostics", "No security code image found."),
        )
        report.add(
            site,
            "refresh",
            Verdict.OK if refresh_url else Verdict.WARNING,
            QT_TRANSLATE_NOOP("diagnostics", "Link for another code found.")
            if refresh_url
            else QT_TRANSLATE_NOOP(
                "diagnostics", "No link for another code: the page itself will be reloaded."
            ),
        )


def _report_unreachable(report: DiagnosticReport, site: str, error: MagistereError) -> None:
    report.add(
        site,
        "page",
        Verdict.FAILED,
        QT_TRANSLATE_NOOP("diagnostics", "The page could not be loaded."),
        f"{type(error).__name__}: {error.detail}",
    )


def _report_field(
    report: DiagnosticReport,
    site: str,
    role: FieldRole,
    found: tuple[str, str] | None,
    profile: SiteProfile,
    *,
    optional: bool,
    role_name: str,
) -> None:
    pinned = profile.pinned_fields.get(role)
    if found is None:
        report.add(
            site,
            role.value,
            Verdict.WARNING if optional else Verdict.FAILED,
            QT_TRANSLATE_NOOP("diagnostics", "Field “{role}”: not recognised."),
            role=role_name,
        )
        return
    name, how = found
    if pinned and name != pinned:
        report.add(
            site,
            role.value,
            Verdict.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnostics",
                "Field “{role}”: the name pinned in the profile (“{pinned}”) is not on the page; "
                "the field is now “{field}”. Update the profile.",
            ),
            role=role_name,
            pinned=pinned,
            field=name,
        )
        return
    if how == "pinned":
        template = QT_TRANSLATE_NOOP(
            "diagnostics", "Field “{role}”: “{field}”, by the name pinned in the profile."
        )
        details = ""
    elif how.startswith("label:"):
        template = QT_TRANSLATE_NOOP("diagnostics", "Field “{role}”: “{field}”, by its label.")
        details = how.removeprefix("label:")[:80]
    else:
        template = QT_TRANSLATE_NOOP("diagnostics", "Field “{role}”: “{field}”, by its name only.")
        details = ""
    report.add(
        site,
        role.value,
        Verdict.OK if how != "name" else Verdict.WARNING,
        template,
        details,
        role=role_name,
        field=name,
    )


def _check_link(
    report: DiagnosticReport, transport: Transport, profile: SiteProfile, url_key: str, title: str
) -> None:
    site = f"{title} — {public_url(profile.url(url_key))}"
    try:
        status, _date = transport.probe(profile.url(url_key))
    except MagistereError as error:
        _report_unreachable(report, site, error)
        return
    report.add(
        site,
        "page",
        Verdict.OK if status < 400 else Verdict.FAILED,
        QT_TRANSLATE_NOOP("diagnostics", "The site answers (HTTP {status})."),
        status=status,
    )


def summary(report: DiagnosticReport, translate: Translate = _untranslated) -> str:
    """One line to end the report with: all understood, or how many points are not."""
    failed = sum(1 for check in report.checks if check.verdict is Verdict.FAILED)
    if not failed:
        return translate(
            CONTEXT, QT_TRANSLATE_NOOP("diagnostics", "Verdict: every page is understood.")
        )
    return translate(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "diagnostics",
            "Verdict: {count} point(s) not understood. Update the site profile (see the README, "
            "“Site profiles”), or send this report to the help desk.",
        ),
    ).format(count=failed)

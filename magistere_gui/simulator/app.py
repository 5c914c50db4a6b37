"""The local académie simulator: the three sites of the help sheet, as a WSGI app.

Pages are French, served in ISO-8859-1 like the académie's legacy pages,
with real cookies and real captcha images. Faults can be switched on per
test (or from the command line) to see how the client and the wizard cope.
This module is the behaviour (accounts, sessions, lockout, captcha); how
pages look is a layout (``layouts.py``), so every layout gets the same rules.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from werkzeug.wrappers import Request, Response

from magistere_gui import rules
from magistere_gui.simulator.captcha_image import ALPHABET, draw_code, draw_refresh_icon
from magistere_gui.simulator.directory import StaffMember
from magistere_gui.simulator.layouts import (
    DEFAULT_LAYOUT,
    FIELD_KEYS,
    LAYOUTS,
    FieldNames,
    Frames,
    HandOff,
    Later,
    Layout,
    Raw,
    Redirect,
    Screen,
    Shown,
)

log = logging.getLogger(__name__)

PAGE_CHARSET = "iso-8859-1"
SESSION_COOKIE = "PHPSESSID"
CAPTCHA_ALPHABET = ALPHABET  # no I, O, Q, 0 or 1: nobody can tell them apart once distorted
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
OVERSIZED_BYTES = 4 * 1024 * 1024


@dataclass
class Faults:
    """What goes wrong, switchable while the simulator runs. ``paths`` limits faults to some pages."""

    latency_seconds: float = 0.0
    error_status: int | None = None
    retry_after_seconds: int = 120
    drop_connection: bool = False
    renamed_fields: bool = False
    garbled_pages: bool = False
    wrong_charset: bool = False
    oversized_body: bool = False
    get_forms: bool = False  # forms switched to method="get", as a careless redesign might
    captcha_lifetime_seconds: float = 300.0
    # Shifts the Date header, as a server seen from a PC whose clock is wrong.
    date_offset_seconds: float = 0.0
    paths: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()

    def applies_to(self, method: str, path: str) -> bool:
        return (
            not path.startswith("/_test")
            and (not self.paths or path.startswith(self.paths))
            and (not self.methods or method in self.methods)
        )

    def reset(self) -> None:
        for name, value in Faults().__dict__.items():
            setattr(self, name, value)


@dataclass
class Account:
    member: StaffMember
    password: str
    failed_logins: int = 0
    locked_until: float = 0.0
    #: Passwords this account had before: the académie refuses to take one back.
    former_passwords: set[str] = field(default_factory=set)


@dataclass
class BrowserSession:
    captcha_code: str = ""
    captcha_issued_at: float = 0.0
    step_two_allowed: bool = False
    login_token: str = field(default_factory=lambda: secrets.token_hex(8))
    #: Who logged in on this browser (the portal's home page after a redirect).
    logged_in_as: str = ""
    #: Set by a login: the session gets a new identifier, as real portals do after a
    #: login (against session fixation); the new cookie is what a browser is given.
    renew_id: bool = False
    #: A login accepted but not yet handed off to the portal (hand-off layouts): who, and the
    #: token the hand-off form must bring back.
    handing_off: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class LoginAttempt:
    """What the portal received, kept as a digest: the test asks 'was this sent twice?'."""

    identifiant: str
    password_digest: str


class AcademieSimulator:
    """State and pages of the simulated académie. Thread-safe: the server is threaded."""

    def __init__(
        self, directory: list[StaffMember], *, test_hooks: bool, layout: str = DEFAULT_LAYOUT
    ) -> None:
        self.test_hooks = test_hooks
        self.layout: Layout = LAYOUTS[layout]
        self.faults = Faults()
        self.accounts = {m.identifiant: Account(m, m.initial_password) for m in directory}
        self.sessions: dict[str, BrowserSession] = {}
        self.login_attempts: list[LoginAttempt] = []
        self.latest_captcha_code = ""
        #: (method, path) of every request received, faulty or not: lets tests count resends.
        self.requests_received: list[tuple[str, str]] = []
        #: Screens waiting behind a "Veuillez patienter" refresh, by their token.
        self._later: dict[str, Screen] = {}
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ test hooks

    def captcha_answer(self, session_id: str | None = None) -> str:
        """The code of a browser session's captcha (default: the newest of all). For tests only;
        demo mode switches it off. A test names its client's session when earlier, stopped
        calls may still be answered meanwhile."""
        if not self.test_hooks:
            raise PermissionError("test hooks are off")
        with self._lock:
            if session_id is None:
                return self.latest_captcha_code
            return self.sessions[session_id].captcha_code

    def password_of(self, identifiant: str) -> str:
        if not self.test_hooks:
            raise PermissionError("test hooks are off")
        with self._lock:
            return self.accounts[identifiant].password

    # ------------------------------------------------------------------ WSGI

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        request = Request(environ)
        path = request.path
        with self._lock:
            self.requests_received.append((request.method, path))
        if self.faults.applies_to(request.method, path):
            if self.faults.latency_seconds:
                time.sleep(self.faults.latency_seconds)
            if self.faults.drop_connection:
                return self._drop(environ, start_response)
            if self.faults.error_status:
                return self._error(self.faults.error_status)(environ, start_response)
            if self.faults.oversized_body:
                return self._oversized()(environ, start_response)
        with self._lock:
            session_id = request.cookies.get(SESSION_COOKIE, "")
            if session_id not in self.sessions:
                session_id = secrets.token_hex(16)
                self.sessions[session_id] = BrowserSession()
            session = self.sessions[session_id]
            response = self._route(request, session)
            if session.renew_id:
                session.renew_id = False
                del self.sessions[session_id]
                session_id = secrets.token_hex(16)
                self.sessions[session_id] = session
        response.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="Lax")
        return response(environ, start_response)

    def _route(self, request: Request, session: BrowserSession) -> Response:
        path, action = request.path, request.args.get("a", "")
        form = self._form(request) if request.method == "POST" else {}
        if path == "/":
            return self._page("Simulateur de l'académie", _INDEX)
        if path == "/melouvert/identifiant.htm":
            return self._show(self.layout.lookup_page(self._names))
        if path == "/melouvert/recherche.htm":
            return self._lookup_page()
        if path == "/melouvert/bandeau.htm":
            return self._page("Académie de Créteil", "<p>Messagerie académique</p>")
        if path == "/attente" and request.args.get("t", "") in self._later:
            return self._show(self._later.pop(request.args["t"]))
        if path == "/externet/acs" and request.method == "POST":
            return self._hand_off_arrived(form, session)
        if path == "/melouvert/identifiant.php" and request.method == "POST":
            return self._lookup_answer(form)
        if path == "/melouvert/identifiant.php" and request.query_string:
            # As the legacy site reads it: the query's bytes in ISO-8859-1.
            query = request.query_string.decode("ascii", errors="replace")
            return self._lookup_answer(self._unserved(parse_qsl(query, encoding=PAGE_CHARSET)))
        if path == "/externet/":
            return self._login(request, form, session)
        if path in ("/externet/accueil", "/externet/portail.php"):
            return self._portal_home(session)
        if path == "/externet/sortie":
            session.logged_in_as = ""
            return self._show(Redirect("/externet/"))
        if path == "/identifiant/captcha.php":
            return self._captcha_image(session)
        if path == "/identifiant/images/nouveau-code.png":
            return Response(_REFRESH_ICON, content_type="image/png")
        if path == "/identifiant/index.php" and action == "initialiserPass":
            return self._reset(request, form, session)
        if path == "/identifiant/index.php" and action == "changerPass":
            return self._change_password(request, form)
        if path in _PORTAL_PAGES:
            title, body = _PORTAL_PAGES[path]
            return self._page(title, body)
        if path == "/_test/captcha" and self.test_hooks:
            return Response(self.latest_captcha_code, content_type="text/plain")
        return self._page("Page introuvable", "<p>Cette page n'existe pas.</p>", status=404)

    # ------------------------------------------------------------------ rendering

    def served_name(self, field_name: str) -> str:
        """The field's name as served: the layout's, renamed when the 'changed field names' fault is on."""
        served = self.layout.served(field_name)
        if self.faults.renamed_fields or self.faults.garbled_pages:
            return "f" + hashlib.sha256(served.encode()).hexdigest()[:6]
        return served

    @property
    def _names(self) -> FieldNames:
        return FieldNames(serve=self.served_name, garbled=self.faults.garbled_pages)

    def _page(self, title: str, body: str, *, status: int = 200) -> Response:
        return self._show(Screen(title, body, status=status))

    def _show(self, shown: Shown) -> Response:
        if isinstance(shown, Redirect):
            return Response("", status=shown.status, headers={"Location": shown.location})
        if isinstance(shown, Later):
            token = secrets.token_hex(8)
            self._later[token] = shown.then
            shown = Raw(_WAITING.format(token=token))
        if isinstance(shown, Frames):
            frames = "".join(f'<frame src="{source}">' for source in shown.sources)
            shown = Raw(_FRAMESET.format(title=shown.title, frames=frames))
        if isinstance(shown, HandOff):
            fields = "".join(
                f'<input type="hidden" name="{name}" value="{value}">'
                for name, value in shown.fields
            )
            shown = Raw(_HAND_OFF.format(action=shown.action, fields=fields))
        if isinstance(shown, Raw):
            document, status = shown.html, shown.status
        else:
            document, status = self.layout.document(shown), shown.status
        if self.faults.get_forms:
            document = document.replace('method="post"', 'method="get"')
        header_charset = "UTF-8" if self.faults.wrong_charset else self.layout.header_charset
        return Response(
            document.encode(PAGE_CHARSET, errors="xmlcharrefreplace"),
            status=status,
            content_type=f"text/html; charset={header_charset}" if header_charset else "text/html",
        )

    def _form(self, request: Request) -> dict[str, str]:
        """Decode the posted form as the legacy site does: bytes in ISO-8859-1, field names un-renamed."""
        return self._unserved(
            parse_qsl(
                request.get_data(as_text=False).decode("ascii", errors="replace"),
                encoding=PAGE_CHARSET,
            )
        )

    def _unserved(self, pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
        """Field names back to the behaviour's: the layout's own and, under the renaming fault,
        the renamed ones (a form loaded before the fault still works, as on a real site)."""
        served_to_real = {self.layout.served(name): name for name in FIELD_KEYS}
        served_to_real.update({self.served_name(name): name for name in FIELD_KEYS})
        return {served_to_real.get(name, name): value for name, value in pairs}

    def _error(self, status: int) -> Response:
        response = self._page(
            "Service indisponible",
            "<p class='erreur'>Le service est momentanément indisponible.</p>",
            status=status,
        )
        if status == 503:
            response.headers["Retry-After"] = str(self.faults.retry_after_seconds)
        return response

    @staticmethod
    def _oversized() -> Response:
        def body() -> Iterator[bytes]:
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            for _ in range(OVERSIZED_BYTES // len(chunk)):
                yield chunk

        return Response(body(), content_type=f"text/html; charset={PAGE_CHARSET}")

    @staticmethod
    def _drop(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """Close the connection without an answer, like a crashed front end."""
        connection = environ.get("werkzeug.socket")
        if isinstance(connection, socket.socket):
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        start_response("500 Dropped", [("Content-Length", "0")])
        return [b""]

    # ------------------------------------------------------------------ identifiant lookup

    def _lookup_page(self, error: str = "") -> Response:
        return self._show(self.layout.lookup_form(self._names, error))

    def _lookup_answer(self, form: dict[str, str]) -> Response:
        typed_name, typed_numen = form.get("nom", ""), form.get("numen", "").strip().upper()
        if not typed_name or not typed_numen:
            return self._lookup_page(self.layout.lookup_missing)
        for account in self.accounts.values():
            member = account.member
            if member.numen == typed_numen and member.answers_to(typed_name):
                return self._show(self.layout.lookup_found(member.identifiant, member.last_name))
        return self._lookup_page(self.layout.lookup_not_found)

    # ------------------------------------------------------------------ externet portal

    def _login(self, request: Request, form: dict[str, str], session: BrowserSession) -> Response:
        if request.method != "POST":
            return self._login_page(session)
        if form.get("token") != session.login_token:
            return self._login_page(session, self.layout.login_expired)
        identifiant, password = form.get("login", "").strip().lower(), form.get("password", "")
        self.login_attempts.append(
            LoginAttempt(identifiant, hashlib.sha256(password.encode()).hexdigest())
        )
        account = self.accounts.get(identifiant)
        if account and account.locked_until > time.time():
            return self._locked_page(account, session)
        if account is None or account.password != password:
            if account:
                account.failed_logins += 1
                if account.failed_logins >= MAX_FAILED_LOGINS:
                    account.locked_until = time.time() + LOCK_MINUTES * 60
                    return self._locked_page(account, session)
            return self._login_page(session, self.layout.login_refused)
        account.failed_logins = 0
        member = account.member
        if self.layout.hands_off_login:  # the portal opens the session when the form comes back
            session.handing_off = (member.identifiant, secrets.token_hex(16))
            assertion = session.handing_off[1]
            return self._show(
                HandOff(
                    "/externet/acs",
                    (("SAMLResponse", assertion), ("RelayState", "/externet/accueil")),
                )
            )
        session.logged_in_as = member.identifiant
        session.renew_id = True
        return self._show(self.layout.login_succeeded(member.first_name, member.last_name))

    def _hand_off_arrived(self, form: dict[str, str], session: BrowserSession) -> Response:
        """The portal's end of the hand-off: the session opens, then on to the portal's page."""
        identifiant, assertion = session.handing_off
        session.handing_off = ("", "")
        if not assertion or form.get("SAMLResponse") != assertion:
            return self._page("Accès refusé", "<p class='erreur'>Jeton invalide.</p>", status=403)
        session.logged_in_as = identifiant
        session.renew_id = True
        return self._show(Redirect(form.get("RelayState") or "/externet/accueil", status=302))

    def _portal_home(self, session: BrowserSession) -> Response:
        account = self.accounts.get(session.logged_in_as)
        if account is None:
            return self._show(Redirect("/externet/", status=302))
        member = account.member
        return self._show(self.layout.portal_home(member.first_name, member.last_name))

    def _locked_page(self, account: Account, session: BrowserSession) -> Response:
        minutes = max(1, round((account.locked_until - time.time()) / 60))
        return self._show(
            self.layout.locked(self._names, session.login_token, minutes, MAX_FAILED_LOGINS)
        )

    def _login_page(self, session: BrowserSession, error: str = "") -> Response:
        return self._show(self.layout.login_form(self._names, session.login_token, error))

    # ------------------------------------------------------------------ password reset

    def _new_captcha(self, session: BrowserSession) -> None:
        session.captcha_code = "".join(secrets.choice(CAPTCHA_ALPHABET) for _ in range(5))
        session.captcha_issued_at = time.monotonic()
        session.step_two_allowed = False
        self.latest_captcha_code = session.captcha_code

    def _captcha_image(self, session: BrowserSession) -> Response:
        if not session.captcha_code:
            self._new_captcha(session)
        response = Response(draw_code(session.captcha_code), content_type="image/png")
        response.headers["Cache-Control"] = "no-store"
        return response

    def _step_one_page(self, session: BrowserSession, error: str = "") -> Response:
        self._new_captcha(session)
        image = None
        if self.layout.inline_captcha:
            png = base64.b64encode(draw_code(session.captcha_code)).decode("ascii")
            image = f"data:image/png;base64,{png}"
        return self._show(self.layout.step_one(self._names, secrets.token_hex(4), error, image))

    def _reset(self, request: Request, form: dict[str, str], session: BrowserSession) -> Response:
        if request.method != "POST":
            return self._step_one_page(session)
        if form.get("etape") == "2":
            return self._reset_step_two(form, session)
        if not session.captcha_code:
            return self._step_one_page(session, self.layout.code_expired)
        age = time.monotonic() - session.captcha_issued_at
        if age > self.faults.captcha_lifetime_seconds:
            return self._step_one_page(session, self.layout.code_expired)
        if form.get("code", "").strip().upper() != session.captcha_code:
            return self._step_one_page(session, self.layout.code_wrong)
        session.captcha_code = ""
        session.step_two_allowed = True
        return self._step_two_page()

    def _step_two_page(self, error: str = "") -> Response:
        return self._show(self.layout.step_two(self._names, error))

    def _reset_step_two(self, form: dict[str, str], session: BrowserSession) -> Response:
        if not session.step_two_allowed:
            return self._step_one_page(session, self.layout.reset_session_expired)
        account = self.accounts.get(form.get("login", "").strip().lower())
        if account is None or account.member.numen != form.get("numen", "").strip().upper():
            return self._step_two_page(self.layout.reset_mismatch)
        session.step_two_allowed = False
        account.former_passwords.add(account.password)
        account.password = account.member.numen.upper()
        account.failed_logins = 0
        account.locked_until = 0.0
        return self._show(self.layout.reset_done())

    # ------------------------------------------------------------------ change password

    def _change_page(self, error: str = "") -> Response:
        return self._show(self.layout.change_form(self._names, error))

    def _change_password(self, request: Request, form: dict[str, str]) -> Response:
        if request.method != "POST":
            return self._change_page()
        account = self.accounts.get(form.get("login", "").strip().lower())
        if account and account.locked_until > time.time():
            minutes = max(1, round((account.locked_until - time.time()) / 60))
            return self._show(self.layout.change_locked(self._names, minutes))
        if account is None or account.password != form.get("ancien", ""):
            return self._change_page(self.layout.old_password_wrong)
        new_password = form.get("nouveau", "")
        refused = self.layout.new_password_refused
        if new_password != form.get("confirmation", ""):
            return self._change_page(refused.format(reasons="les deux saisies sont différentes"))
        checks = rules.check_password(
            new_password,
            identifiant=account.member.identifiant,
            numen=account.member.numen,
            old_password=account.password,
        )
        failed = [check for check in checks if not check.satisfied]
        if failed:
            reasons = "; ".join(_POLICY_FRENCH[check.rule] for check in failed)
            return self._change_page(refused.format(reasons=reasons))
        if new_password in account.former_passwords:
            return self._change_page(
                refused.format(reasons="il a déjà été utilisé, choisissez-en un autre")
            )
        account.former_passwords.add(account.password)
        account.password = new_password
        return self._show(self.layout.password_changed())


_POLICY_FRENCH = {
    rules.PolicyRule.MIN_LENGTH: "au moins 8 caractères",
    rules.PolicyRule.MAX_LENGTH: "au plus 32 caractères",
    rules.PolicyRule.CHARACTER_CLASSES: "au moins 3 types de caractères (minuscules, majuscules, chiffres, symboles)",
    rules.PolicyRule.ALLOWED_CHARACTERS: "ni accent ni espace",
    rules.PolicyRule.NOT_NUMEN: "il ne doit pas contenir le NUMEN",
    rules.PolicyRule.NOT_IDENTIFIANT: "il ne doit pas contenir l'identifiant",
    rules.PolicyRule.NOT_OLD_PASSWORD: "il doit être différent de l'ancien",
    rules.PolicyRule.CONFIRMATION_MATCHES: "les deux saisies doivent être identiques",
}


_REFRESH_ICON = draw_refresh_icon()

_WAITING = """<!DOCTYPE html>
<html lang="fr"><head><meta http-equiv="refresh" content="0;url=/attente?t={token}">
<title>Veuillez patienter</title></head>
<body><p>Veuillez patienter&hellip;</p></body></html>
"""

_FRAMESET = """<!DOCTYPE html>
<html lang="fr"><head><title>{title}</title></head>
<frameset rows="60,*">{frames}<noframes>Votre navigateur ne sait pas afficher les cadres.</noframes></frameset>
</html>
"""

_HAND_OFF = """<!DOCTYPE html>
<html lang="fr"><head><title>Redirection</title></head>
<body onload="document.forms[0].submit()">
<form method="post" action="{action}">{fields}
<noscript><p>JavaScript est désactivé : cliquez sur Continuer.</p>
<input type="submit" value="Continuer"></noscript>
</form></body></html>
"""

_INDEX = """<p>Ce serveur local imite les sites de l'académie décrits par la fiche d'aide.</p>
<ul>
<li><a href="/externet/">Portail externet (M@gistère, Webmel, I-Prof)</a></li>
<li><a href="/melouvert/identifiant.htm">Retrouver son identifiant</a></li>
<li><a href="/identifiant/index.php?a=initialiserPass">Réinitialiser son mot de passe</a></li>
<li><a href="/identifiant/index.php?a=changerPass">Changer son mot de passe</a></li>
</ul>"""

_PORTAL_PAGES = {
    "/magistere/": (
        "M@gistère",
        "<p>Formation continue en ligne. Connectez-vous par le <a href='/externet/'>portail externet</a>.</p>",
    ),
    "/webmel/": (
        "Webmel",
        "<p>Messagerie académique. Connectez-vous par le <a href='/externet/'>portail externet</a>.</p>",
    ),
    "/iprof/": (
        "I-Prof",
        "<p>Votre dossier. Connectez-vous par le <a href='/externet/'>portail externet</a>.</p>",
    ),
}

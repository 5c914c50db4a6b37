"""The local académie simulator: the three sites of the help sheet, as a WSGI app.

Pages are French, served in ISO-8859-1 like the académie's legacy pages,
with real cookies and real captcha images. Faults can be switched on per
test (or from the command line) to see how the client and the wizard cope.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import io
import logging
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from captcha.image import ImageCaptcha
from werkzeug.wrappers import Request, Response

from magistere_gui import rules
from magistere_gui.simulator.directory import StaffMember

log = logging.getLogger(__name__)

PAGE_CHARSET = "iso-8859-1"
SESSION_COOKIE = "PHPSESSID"
CAPTCHA_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ23456789"
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


@dataclass(frozen=True)
class LoginAttempt:
    """What the portal received, kept as a digest: the test asks 'was this sent twice?'."""

    identifiant: str
    password_digest: str


class AcademieSimulator:
    """State and pages of the simulated académie. Thread-safe: the server is threaded."""

    def __init__(self, directory: list[StaffMember], *, test_hooks: bool) -> None:
        self.test_hooks = test_hooks
        self.faults = Faults()
        self.accounts = {m.identifiant: Account(m, m.initial_password) for m in directory}
        self.sessions: dict[str, BrowserSession] = {}
        self.login_attempts: list[LoginAttempt] = []
        self.latest_captcha_code = ""
        #: (method, path) of every request received, faulty or not: lets tests count resends.
        self.requests_received: list[tuple[str, str]] = []
        self._lock = threading.RLock()
        self._captcha = ImageCaptcha(width=220, height=80)

    # ------------------------------------------------------------------ test hooks

    def captcha_answer(self) -> str:
        """The code of the newest captcha. For tests only; demo mode switches it off."""
        if not self.test_hooks:
            raise PermissionError("test hooks are off")
        with self._lock:
            return self.latest_captcha_code

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
            response = self._route(request, self.sessions[session_id])
        response.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="Lax")
        return response(environ, start_response)

    def _route(self, request: Request, session: BrowserSession) -> Response:
        path, action = request.path, request.args.get("a", "")
        form = self._form(request) if request.method == "POST" else {}
        if path == "/":
            return self._page("Simulateur de l'académie", _INDEX)
        if path == "/melouvert/identifiant.htm":
            return self._lookup_page()
        if path == "/melouvert/identifiant.php" and request.method == "POST":
            return self._lookup_answer(form)
        if path == "/externet/":
            return self._login(request, form, session)
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
        """The field's name as served: renamed when the 'changed field names' fault is on."""
        if self.faults.renamed_fields or self.faults.garbled_pages:
            return "f" + hashlib.sha256(field_name.encode()).hexdigest()[:6]
        return field_name

    def _field(self, label: str, field_name: str, *, kind: str = "text", value: str = "") -> str:
        served = self.served_name(field_name)
        shown_label = "Champ" if self.faults.garbled_pages else label
        value_attribute = f' value="{html.escape(value)}"' if value else ""
        return (
            f'<tr><td><label for="{served}">{shown_label}</label></td>'
            f'<td><input type="{kind}" name="{served}" id="{served}"{value_attribute}'
            f' autocomplete="off"></td></tr>'
        )

    def _page(self, title: str, body: str, *, status: int = 200) -> Response:
        document = _LAYOUT.format(title=title, body=body)
        if self.faults.get_forms:
            document = document.replace('method="post"', 'method="get"')
        header_charset = "UTF-8" if self.faults.wrong_charset else PAGE_CHARSET
        return Response(
            document.encode(PAGE_CHARSET, errors="xmlcharrefreplace"),
            status=status,
            content_type=f"text/html; charset={header_charset}",
        )

    def _form(self, request: Request) -> dict[str, str]:
        """Decode the posted form as the legacy site does: bytes in ISO-8859-1, field names un-renamed."""
        pairs = parse_qsl(
            request.get_data(as_text=False).decode("ascii", errors="replace"), encoding=PAGE_CHARSET
        )
        served_to_real = {
            self.served_name(name): name
            for name in (
                "nom",
                "numen",
                "code",
                "login",
                "password",
                "token",
                "etape",
                "ancien",
                "nouveau",
                "confirmation",
            )
        }
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
        message = f"<p class='erreur'>{error}</p>" if error else ""
        body = _LOOKUP.format(
            message=message,
            name_field=self._field("Votre Nom : (Patronymique ou Marital)", "nom"),
            numen_field=self._field("Votre Numen :", "numen", kind="password"),
        )
        return self._page("Retrouver votre identifiant", body)

    def _lookup_answer(self, form: dict[str, str]) -> Response:
        typed_name, typed_numen = form.get("nom", ""), form.get("numen", "").strip().upper()
        if not typed_name or not typed_numen:
            return self._lookup_page("Veuillez saisir votre nom et votre NUMEN.")
        for account in self.accounts.values():
            member = account.member
            if member.numen == typed_numen and member.answers_to(typed_name):
                return self._page(
                    "Votre identifiant",
                    f"<p class='message'>Votre identifiant est : <b>{member.identifiant}</b></p>"
                    "<p>Votre mot de passe par défaut est votre NUMEN en majuscules.</p>",
                )
        return self._lookup_page(
            "Aucun compte ne correspond à ce nom et à ce NUMEN. Vérifiez votre saisie "
            "(apostrophe ou espace remplacés par un tiret)."
        )

    # ------------------------------------------------------------------ externet portal

    def _login(self, request: Request, form: dict[str, str], session: BrowserSession) -> Response:
        if request.method != "POST":
            return self._login_page(session)
        if form.get("token") != session.login_token:
            return self._login_page(session, "Votre session a expiré, veuillez vous reconnecter.")
        identifiant, password = form.get("login", "").strip().lower(), form.get("password", "")
        self.login_attempts.append(
            LoginAttempt(identifiant, hashlib.sha256(password.encode()).hexdigest())
        )
        account = self.accounts.get(identifiant)
        if account and account.locked_until > time.time():
            return self._locked_page(account)
        if account is None or account.password != password:
            if account:
                account.failed_logins += 1
                if account.failed_logins >= MAX_FAILED_LOGINS:
                    account.locked_until = time.time() + LOCK_MINUTES * 60
                    return self._locked_page(account)
            return self._login_page(session, "Identifiant ou mot de passe incorrect.")
        account.failed_logins = 0
        member = account.member
        return self._page(
            "Portail externet",
            f"<p class='message'>Bienvenue {html.escape(member.first_name)} {html.escape(member.last_name)}.</p>"
            "<ul><li><a href='/magistere/'>M@gistère</a></li><li><a href='/webmel/'>Webmel</a></li>"
            "<li><a href='/iprof/'>I-Prof</a></li></ul><p><a href='/externet/'>Déconnexion</a></p>",
        )

    def _locked_page(self, account: Account) -> Response:
        minutes = max(1, round((account.locked_until - time.time()) / 60))
        return self._page(
            "Compte verrouillé",
            f"<p class='erreur'>Votre compte est temporairement verrouillé après {MAX_FAILED_LOGINS} "
            f"échecs. Réessayez dans {minutes} minutes.</p>",
        )

    def _login_page(self, session: BrowserSession, error: str = "") -> Response:
        message = f"<p class='erreur'>{error}</p>" if error else ""
        body = _LOGIN.format(
            message=message,
            token_name=self.served_name("token"),
            token=session.login_token,
            login_field=self._field("Identifiant", "login"),
            password_field=self._field("Mot de passe", "password", kind="password"),
        )
        return self._page("Portail externet de l'académie de Créteil", body)

    # ------------------------------------------------------------------ password reset

    def _new_captcha(self, session: BrowserSession) -> None:
        session.captcha_code = "".join(secrets.choice(CAPTCHA_ALPHABET) for _ in range(5))
        session.captcha_issued_at = time.monotonic()
        session.step_two_allowed = False
        self.latest_captcha_code = session.captcha_code

    def _captcha_image(self, session: BrowserSession) -> Response:
        if not session.captcha_code:
            self._new_captcha(session)
        image = self._captcha.generate_image(session.captcha_code)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        response = Response(buffer.getvalue(), content_type="image/png")
        response.headers["Cache-Control"] = "no-store"
        return response

    def _step_one_page(self, session: BrowserSession, error: str = "") -> Response:
        self._new_captcha(session)
        message = f"<p class='erreur'>{error}</p>" if error else ""
        body = _STEP_ONE.format(
            message=message,
            stamp=secrets.token_hex(4),
            step_name=self.served_name("etape"),
            code_field=self._field("Saisir le code affiché :", "code"),
        )
        return self._page("Réinitialiser son mot de passe", body)

    def _reset(self, request: Request, form: dict[str, str], session: BrowserSession) -> Response:
        if request.method != "POST":
            return self._step_one_page(session)
        if form.get("etape") == "2":
            return self._reset_step_two(form, session)
        if not session.captcha_code:
            return self._step_one_page(
                session, "Le code a expiré. Un nouveau code vous est proposé."
            )
        age = time.monotonic() - session.captcha_issued_at
        if age > self.faults.captcha_lifetime_seconds:
            return self._step_one_page(
                session, "Le code a expiré. Un nouveau code vous est proposé."
            )
        if form.get("code", "").strip().upper() != session.captcha_code:
            return self._step_one_page(
                session, "Le code saisi est incorrect. Un nouveau code vous est proposé."
            )
        session.captcha_code = ""
        session.step_two_allowed = True
        return self._step_two_page()

    def _step_two_page(self, error: str = "") -> Response:
        message = f"<p class='erreur'>{error}</p>" if error else ""
        body = _STEP_TWO.format(
            message=message,
            step_name=self.served_name("etape"),
            login_field=self._field("Votre identifiant :", "login"),
            numen_field=self._field("Votre NUMEN :", "numen", kind="password"),
        )
        return self._page("Réinitialiser son mot de passe", body)

    def _reset_step_two(self, form: dict[str, str], session: BrowserSession) -> Response:
        if not session.step_two_allowed:
            return self._step_one_page(
                session, "Votre session a expiré. Recommencez à l'étape 1/2."
            )
        account = self.accounts.get(form.get("login", "").strip().lower())
        if account is None or account.member.numen != form.get("numen", "").strip().upper():
            return self._step_two_page("L'identifiant et le NUMEN ne correspondent pas.")
        session.step_two_allowed = False
        account.former_passwords.add(account.password)
        account.password = account.member.numen.upper()
        account.failed_logins = 0
        account.locked_until = 0.0
        return self._page(
            "Mot de passe réinitialisé",
            "<p class='message'>Votre mot de passe a été réinitialisé : c'est de nouveau votre "
            "NUMEN, en majuscules.</p><p>Il est fortement conseillé ensuite de le modifier.</p>",
        )

    # ------------------------------------------------------------------ change password

    def _change_page(self, error: str = "") -> Response:
        message = f"<p class='erreur'>{error}</p>" if error else ""
        body = _CHANGE.format(
            message=message,
            login_field=self._field("Identifiant :", "login"),
            old_field=self._field("Ancien mot de passe :", "ancien", kind="password"),
            new_field=self._field("Nouveau mot de passe :", "nouveau", kind="password"),
            confirm_field=self._field(
                "Confirmez le nouveau mot de passe :", "confirmation", kind="password"
            ),
        )
        return self._page("Changer son mot de passe", body)

    def _change_password(self, request: Request, form: dict[str, str]) -> Response:
        if request.method != "POST":
            return self._change_page()
        account = self.accounts.get(form.get("login", "").strip().lower())
        if account and account.locked_until > time.time():
            minutes = max(1, round((account.locked_until - time.time()) / 60))
            return self._change_page(f"Compte verrouillé. Réessayez dans {minutes} minutes.")
        if account is None or account.password != form.get("ancien", ""):
            return self._change_page("L'ancien mot de passe est incorrect.")
        new_password = form.get("nouveau", "")
        if new_password != form.get("confirmation", ""):
            return self._change_page(
                "Nouveau mot de passe refusé : les deux saisies sont différentes."
            )
        checks = rules.check_password(
            new_password,
            identifiant=account.member.identifiant,
            numen=account.member.numen,
            old_password=account.password,
        )
        failed = [check for check in checks if not check.satisfied]
        if failed:
            reasons = "; ".join(_POLICY_FRENCH[check.rule] for check in failed)
            return self._change_page(f"Nouveau mot de passe refusé : {reasons}.")
        if new_password in account.former_passwords:
            return self._change_page(
                "Nouveau mot de passe refusé : il a déjà été utilisé, choisissez-en un autre."
            )
        account.former_passwords.add(account.password)
        account.password = new_password
        return self._page(
            "Mot de passe modifié",
            "<p class='message'>Votre mot de passe a été modifié. Il sert pour M@gistère, "
            "Webmel et I-Prof.</p>",
        )


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


def _draw_refresh_icon() -> bytes:
    """The 'another code' icon: a round arrow, drawn once with Pillow."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (24, 24), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.arc((3, 3, 21, 21), start=40, end=340, fill=(20, 80, 160, 255), width=3)
    pen.polygon([(15, 2), (22, 7), (14, 10)], fill=(20, 80, 160, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


_REFRESH_ICON = _draw_refresh_icon()

_LAYOUT = """<!DOCTYPE html>
<html lang="fr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{title}</title>
<style>body{{font-family:sans-serif;max-width:46em;margin:2em auto}} .erreur{{color:#b00}} .message{{color:#060}}</style>
</head><body>
<p><small>Académie de Créteil (simulateur local, données fictives)</small></p>
<h1>{title}</h1>
{body}
</body></html>
"""

_INDEX = """<p>Ce serveur local imite les sites de l'académie décrits par la fiche d'aide.</p>
<ul>
<li><a href="/externet/">Portail externet (M@gistère, Webmel, I-Prof)</a></li>
<li><a href="/melouvert/identifiant.htm">Retrouver son identifiant</a></li>
<li><a href="/identifiant/index.php?a=initialiserPass">Réinitialiser son mot de passe</a></li>
<li><a href="/identifiant/index.php?a=changerPass">Changer son mot de passe</a></li>
</ul>"""

_LOOKUP = """<h2>LA NOUVELLE MESSAGERIE ÉLECTRONIQUE DE L'ACADÉMIE DE CRÉTEIL</h2>
<h3>PREMIER PAS ...</h3>
<p>Afin de retrouver votre <b>identifiant</b>, nous vous invitons à saisir les informations suivantes :</p>
{message}
<form method="post" action="identifiant.php">
<table>
{name_field}
{numen_field}
</table>
<input type="submit" name="valider" value="Valider">
</form>
<p>Rappel :</p>
<ul><li>MOT DE PASSE : par défaut, votre mot de passe a été initialisé avec votre <b>NUMEN</b> en majuscule.</li></ul>
<p>Remarques :</p>
<ul>
<li>NOM : Si votre nom comporte une <b>apostrophe</b> ou un <b>espace</b> le remplacer par un <b>tiret</b>.</li>
<li>NUMEN : <b>Vous ne connaissez pas votre NUMEN</b>, pour l'obtenir, vous avez deux solutions : le demander
au gestionnaire GEP de votre établissement ou à votre gestionnaire administratif au rectorat.</li>
</ul>"""

_LOGIN = """<p>Accès aux applications (M@gistère, Webmel, I-Prof) avec vos identifiant et mot de passe académiques.</p>
{message}
<form method="post" action="/externet/">
<input type="hidden" name="{token_name}" value="{token}">
<table>
{login_field}
{password_field}
</table>
<input type="submit" value="Se connecter">
</form>
<p><a href="/identifiant/index.php?a=initialiserPass">Mot de passe oublié ?</a></p>"""

_STEP_ONE = """<h2>réinitialiser son mot de passe</h2>
<h3>Etape 1/2</h3>
<p>D'abord, nous devons nous assurer que vous êtes bien une personne physique. Tapez le code
intentionnellement déformé dans la rubrique ci-dessous.</p>
{message}
<form method="post" action="index.php?a=initialiserPass">
<input type="hidden" name="{step_name}" value="1">
<p><img src="captcha.php?t={stamp}" alt="Code de sécurité" id="captcha"></p>
<table>
{code_field}
</table>
<p><a href="index.php?a=initialiserPass&amp;nouveau=1" title="Obtenir un autre code"><img
 src="images/nouveau-code.png" alt="Autre code"></a> Cliquez sur l'icône si vous voulez un autre code.</p>
<input type="submit" value="Valider">
</form>
<p>L'académie met à disposition de tout personnel de l'éducation nationale, un identifiant et un mot de
passe unique permettant d'accéder aux applications et à la messagerie.</p>
<p>Si vous avez perdu votre mot de passe, ce module permet de le réinitialiser.</p>
<p>Il est fortement conseillé ensuite de le modifier.</p>"""

_STEP_TWO = """<h2>réinitialiser son mot de passe</h2>
<h3>Etape 2/2</h3>
<p>Saisissez votre identifiant et votre NUMEN.</p>
{message}
<form method="post" action="index.php?a=initialiserPass">
<input type="hidden" name="{step_name}" value="2">
<table>
{login_field}
{numen_field}
</table>
<input type="submit" value="Réinitialiser">
</form>"""

_CHANGE = """<p>Choisissez un nouveau mot de passe : au moins 8 caractères, dont au moins 3 types parmi
minuscules, majuscules, chiffres et symboles ; ni accent, ni espace ; ni votre NUMEN ni votre identifiant.</p>
{message}
<form method="post" action="index.php?a=changerPass">
<table>
{login_field}
{old_field}
{new_field}
{confirm_field}
</table>
<input type="submit" value="Modifier">
</form>"""

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

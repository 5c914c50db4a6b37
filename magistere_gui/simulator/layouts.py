"""How the simulated académie looks: page templates only, no behaviour.

Why several layouts: the real pages have never been seen from here (no
internet), and each académie tool was written at a different time. A client
that passes on one shape of page only would fail on the real ones, so the
same behaviour (accounts, sessions, lockout, captcha) is served in three
shapes, each modelled on French administration pages:

- ``classique``: the sheet's own pages: tables with ``<label for>``, POST
  forms, messages in ``class="erreur"``/``"message"``, "Votre identifiant est".
- ``tableaux``: a 2000s PHP tool: no ``<label>`` at all (the text sits in
  table cells), the lookup form sent with GET, the result in a two-column
  table, refusals as plain red text ("Identifiant ou NUMEN incorrect."),
  login success by redirect to a portal page that says neither "bienvenue"
  nor "déconnexion".
- ``moderne``: a recent design: fieldsets and legends, labels wrapping their
  fields, opaque field names, messages in ``role="alert"``, the identifiant in
  a ``<dl>`` or a read-only field, login success by 303 redirect to a page
  with a "Se déconnecter" button.
- ``navigateur``: what only a browser reads without trouble: no charset in the
  HTTP header (the ``<meta>`` says windows-1252), the lookup form inside a
  frameset, its result behind a "Veuillez patienter" refresh, a refusal that is
  nothing but ``<script>alert(…)</script>``, the security code inline
  (``data:image/png``), HTTP 401 with the login form back for a wrong password
  and 423 for a lock, and the session opened by a SAML-style hand-off form that
  submits itself.

A layout turns each screen into a title and a body (or a redirect); the
simulator decides which screen to show.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ClassVar

#: Field names as the behaviour knows them, and as each layout serves them.
FIELD_KEYS = (
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


@dataclass(frozen=True)
class Redirect:
    location: str
    status: int = 303


@dataclass(frozen=True)
class Screen:
    title: str
    body: str
    status: int = 200


@dataclass(frozen=True)
class Frames:
    """A frameset whose frames are the given addresses (the first one a banner)."""

    title: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Later:
    """A screen served after a "Veuillez patienter" page that refreshes to it."""

    then: Screen


@dataclass(frozen=True)
class Raw:
    """A whole document as is (a script-only answer), outside the layout's template."""

    html: str
    status: int = 200


@dataclass(frozen=True)
class HandOff:
    """A page that submits itself (a SAML or CAS "Continuer" page): hidden fields only."""

    action: str
    fields: tuple[tuple[str, str], ...]


Shown = Screen | Redirect | Frames | Later | Raw | HandOff


@dataclass(frozen=True)
class FieldNames:
    """The served name of each field (layout, then the 'renamed fields' fault), and label garbling."""

    serve: Callable[[str], str]
    garbled: bool


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


class Layout:
    name = ""
    lookup_method = "post"
    document_template = ""
    #: The charset said in the Content-Type header (None: only the page's ``<meta>`` says it).
    header_charset: str | None = "iso-8859-1"
    #: Whether the security code is printed into the page (``data:``) rather than fetched.
    inline_captcha = False
    #: Whether a login is completed by a hand-off form to ``/externet/acs`` (SAML-style).
    hands_off_login = False
    base_names: ClassVar[Mapping[str, str]] = {}

    # Wordings of the site's own messages.
    lookup_missing = "Veuillez saisir votre nom et votre NUMEN."
    lookup_not_found = ""
    login_refused = ""
    login_expired = "Votre session a expiré, veuillez vous reconnecter."
    code_wrong = ""
    code_expired = ""
    reset_session_expired = "Votre session a expiré. Recommencez à l'étape 1/2."
    reset_mismatch = ""
    old_password_wrong = ""
    new_password_refused = ""

    def served(self, key: str) -> str:
        return self.base_names.get(key, key)

    def document(self, screen: Screen) -> str:
        return self.document_template.format(title=screen.title, body=screen.body)

    def message(self, text: str, *, error: bool = True) -> str:
        raise NotImplementedError

    def field(self, names: FieldNames, label: str, key: str, *, kind: str = "text") -> str:
        raise NotImplementedError

    # Screens: each returns what a browser would get.
    def lookup_page(self, names: FieldNames) -> Shown:
        """What the lookup's address serves (the form itself, unless it sits in a frame)."""
        return self.lookup_form(names, "")

    def lookup_form(self, names: FieldNames, message: str) -> Shown:
        raise NotImplementedError

    def lookup_found(self, identifiant: str, last_name: str) -> Shown:
        raise NotImplementedError

    def login_form(self, names: FieldNames, token: str, message: str) -> Shown:
        raise NotImplementedError

    def login_succeeded(self, first_name: str, last_name: str) -> Shown:
        raise NotImplementedError

    def portal_home(self, first_name: str, last_name: str) -> Screen:
        raise NotImplementedError

    def locked(self, names: FieldNames, token: str, minutes: int, failures: int) -> Shown:
        raise NotImplementedError

    def step_one(
        self, names: FieldNames, stamp: str, message: str, image: str | None = None
    ) -> Shown:
        """Step 1/2; ``image`` is the code as a ``data:`` URL when ``inline_captcha``."""
        raise NotImplementedError

    def step_two(self, names: FieldNames, message: str) -> Shown:
        raise NotImplementedError

    def reset_done(self) -> Shown:
        raise NotImplementedError

    def change_form(self, names: FieldNames, message: str) -> Shown:
        raise NotImplementedError

    def password_changed(self) -> Shown:
        raise NotImplementedError

    def change_locked(self, names: FieldNames, minutes: int) -> Shown:
        return self.change_form(names, f"Compte verrouillé. Réessayez dans {minutes} minutes.")


# ---------------------------------------------------------------------- classique


class ClassicLayout(Layout):
    """The sheet's pages as they are described: tables with labels, messages with classes."""

    name = "classique"
    document_template = """<!DOCTYPE html>
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
    lookup_not_found = (
        "Aucun compte ne correspond à ce nom et à ce NUMEN. Vérifiez votre saisie "
        "(apostrophe ou espace remplacés par un tiret)."
    )
    login_refused = "Identifiant ou mot de passe incorrect."
    code_wrong = "Le code saisi est incorrect. Un nouveau code vous est proposé."
    code_expired = "Le code a expiré. Un nouveau code vous est proposé."
    reset_mismatch = "L'identifiant et le NUMEN ne correspondent pas."
    old_password_wrong = "L'ancien mot de passe est incorrect."
    new_password_refused = "Nouveau mot de passe refusé : {reasons}."

    def message(self, text: str, *, error: bool = True) -> str:
        return f"<p class='{'erreur' if error else 'message'}'>{_escape(text)}</p>" if text else ""

    def field(self, names: FieldNames, label: str, key: str, *, kind: str = "text") -> str:
        served = names.serve(key)
        shown_label = "Champ" if names.garbled else label
        return (
            f'<tr><td><label for="{served}">{shown_label}</label></td>'
            f'<td><input type="{kind}" name="{served}" id="{served}" autocomplete="off"></td></tr>'
        )

    def lookup_form(self, names: FieldNames, message: str) -> Shown:
        return Screen(
            "Retrouver votre identifiant",
            f"""<h2>LA NOUVELLE MESSAGERIE ÉLECTRONIQUE DE L'ACADÉMIE DE CRÉTEIL</h2>
<h3>PREMIER PAS ...</h3>
<p>Afin de retrouver votre <b>identifiant</b>, nous vous invitons à saisir les informations suivantes :</p>
{self.message(message)}
<form method="{self.lookup_method}" action="identifiant.php">
<table>
{self.field(names, "Votre Nom : (Patronymique ou Marital)", "nom")}
{self.field(names, "Votre Numen :", "numen", kind="password")}
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
</ul>""",
        )

    def lookup_found(self, identifiant: str, last_name: str) -> Shown:
        return Screen(
            "Votre identifiant",
            f"<p class='message'>Votre identifiant est : <b>{_escape(identifiant)}</b></p>"
            "<p>Votre mot de passe par défaut est votre NUMEN en majuscules.</p>",
        )

    def login_form(self, names: FieldNames, token: str, message: str) -> Shown:
        return Screen(
            "Portail externet de l'académie de Créteil",
            f"""<p>Accès aux applications (M@gistère, Webmel, I-Prof) avec vos identifiant et mot de passe académiques.</p>
{self.message(message)}
<form method="post" action="/externet/">
<input type="hidden" name="{names.serve("token")}" value="{token}">
<table>
{self.field(names, "Identifiant", "login")}
{self.field(names, "Mot de passe", "password", kind="password")}
</table>
<input type="submit" value="Se connecter">
</form>
<p><a href="/identifiant/index.php?a=initialiserPass">Mot de passe oublié ?</a></p>""",
        )

    def login_succeeded(self, first_name: str, last_name: str) -> Shown:
        return self.portal_home(first_name, last_name)

    def portal_home(self, first_name: str, last_name: str) -> Screen:
        return Screen(
            "Portail externet",
            f"<p class='message'>Bienvenue {_escape(first_name)} {_escape(last_name)}.</p>"
            "<ul><li><a href='/magistere/'>M@gistère</a></li><li><a href='/webmel/'>Webmel</a></li>"
            "<li><a href='/iprof/'>I-Prof</a></li></ul><p><a href='/externet/'>Déconnexion</a></p>",
        )

    def locked(self, names: FieldNames, token: str, minutes: int, failures: int) -> Shown:
        return Screen(
            "Compte verrouillé",
            self.message(
                f"Votre compte est temporairement verrouillé après {failures} échecs. "
                f"Réessayez dans {minutes} minutes."
            ),
        )

    def step_one(
        self, names: FieldNames, stamp: str, message: str, image: str | None = None
    ) -> Shown:
        return Screen(
            "Réinitialiser son mot de passe",
            f"""<h2>réinitialiser son mot de passe</h2>
<h3>Etape 1/2</h3>
<p>D'abord, nous devons nous assurer que vous êtes bien une personne physique. Tapez le code
intentionnellement déformé dans la rubrique ci-dessous.</p>
{self.message(message)}
<form method="post" action="index.php?a=initialiserPass">
<input type="hidden" name="{names.serve("etape")}" value="1">
<p><img src="captcha.php?t={stamp}" alt="Code de sécurité" id="captcha"></p>
<table>
{self.field(names, "Saisir le code affiché :", "code")}
</table>
<p><a href="index.php?a=initialiserPass&amp;nouveau=1" title="Obtenir un autre code"><img
 src="images/nouveau-code.png" alt="Autre code"></a> Cliquez sur l'icône si vous voulez un autre code.</p>
<input type="submit" value="Valider">
</form>
<p>L'académie met à disposition de tout personnel de l'éducation nationale, un identifiant et un mot de
passe unique permettant d'accéder aux applications et à la messagerie.</p>
<p>Si vous avez perdu votre mot de passe, ce module permet de le réinitialiser.</p>
<p>Il est fortement conseillé ensuite de le modifier.</p>""",
        )

    def step_two(self, names: FieldNames, message: str) -> Shown:
        return Screen(
            "Réinitialiser son mot de passe",
            f"""<h2>réinitialiser son mot de passe</h2>
<h3>Etape 2/2</h3>
<p>Saisissez votre identifiant et votre NUMEN.</p>
{self.message(message)}
<form method="post" action="index.php?a=initialiserPass">
<input type="hidden" name="{names.serve("etape")}" value="2">
<table>
{self.field(names, "Votre identifiant :", "login")}
{self.field(names, "Votre NUMEN :", "numen", kind="password")}
</table>
<input type="submit" value="Réinitialiser">
</form>""",
        )

    def reset_done(self) -> Shown:
        return Screen(
            "Mot de passe réinitialisé",
            "<p class='message'>Votre mot de passe a été réinitialisé : c'est de nouveau votre "
            "NUMEN, en majuscules.</p><p>Il est fortement conseillé ensuite de le modifier.</p>",
        )

    def change_form(self, names: FieldNames, message: str) -> Shown:
        return Screen(
            "Changer son mot de passe",
            f"""<p>Choisissez un nouveau mot de passe : au moins 8 caractères, dont au moins 3 types parmi
minuscules, majuscules, chiffres et symboles ; ni accent, ni espace ; ni votre NUMEN ni votre identifiant.</p>
{self.message(message)}
<form method="post" action="index.php?a=changerPass">
<table>
{self.field(names, "Identifiant :", "login")}
{self.field(names, "Ancien mot de passe :", "ancien", kind="password")}
{self.field(names, "Nouveau mot de passe :", "nouveau", kind="password")}
{self.field(names, "Confirmez le nouveau mot de passe :", "confirmation", kind="password")}
</table>
<input type="submit" value="Modifier">
</form>""",
        )

    def password_changed(self) -> Shown:
        return Screen(
            "Mot de passe modifié",
            "<p class='message'>Votre mot de passe a été modifié. Il sert pour M@gistère, "
            "Webmel et I-Prof.</p>",
        )


# ---------------------------------------------------------------------- tableaux


class TableLayout(Layout):
    """An older PHP tool: layout tables, no labels, GET lookup, plain red text for errors."""

    name = "tableaux"
    lookup_method = "get"
    base_names: ClassVar[Mapping[str, str]] = {
        "nom": "NOM",
        "numen": "NUMEN",
        "login": "uid",
        "password": "userPassword",
        "code": "securite",
    }
    document_template = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>{title}</title></head>
<body bgcolor="#FFFFFF">
<table width="640" border="0" cellpadding="4"><tr><td bgcolor="#003366"><font color="#FFFFFF"><b>Rectorat de l'académie de Créteil</b></font></td></tr>
<tr><td><font face="Arial" size="2"><b>{title}</b></font></td></tr>
<tr><td>{body}</td></tr>
<tr><td><font size="1">Simulateur local, données fictives</font></td></tr></table>
</body></html>
"""
    lookup_missing = "Merci de renseigner tous les champs."
    lookup_not_found = "Identifiant ou NUMEN incorrect."
    login_refused = "Authentification refusée : vérifiez vos identifiant et mot de passe."
    login_expired = "Délai dépassé, merci de recommencer."
    code_wrong = "Code de sécurité erroné."
    code_expired = "Code de sécurité périmé, un nouveau code est affiché."
    reset_session_expired = "Délai dépassé, merci de recommencer à l'étape 1/2."
    reset_mismatch = "Identifiant ou NUMEN incorrect."
    old_password_wrong = "Ancien mot de passe erroné."
    new_password_refused = "Le nouveau mot de passe ne respecte pas les règles : {reasons}."

    def message(self, text: str, *, error: bool = True) -> str:
        colour = "#CC0000" if error else "#006600"
        return f'<font color="{colour}">{_escape(text)}</font><br>' if text else ""

    def field(self, names: FieldNames, label: str, key: str, *, kind: str = "text") -> str:
        shown_label = "" if names.garbled else label
        return (
            f'<tr><td align="right"><font size="2">{shown_label}</font></td>'
            f'<td><input type="{kind}" name="{names.serve(key)}" size="20"></td></tr>'
        )

    def lookup_form(self, names: FieldNames, message: str) -> Shown:
        return Screen(
            "Messagerie : votre identifiant",
            f"""{self.message(message)}
<form method="{self.lookup_method}" action="identifiant.php">
<table border="0">
{self.field(names, "Nom (patronymique ou marital)", "nom")}
{self.field(names, "NUMEN", "numen", kind="password")}
<tr><td></td><td><input type="submit" value="Rechercher"></td></tr>
</table>
</form>
<font size="1">Apostrophe ou espace dans le nom : tapez un tiret.</font>""",
        )

    def lookup_found(self, identifiant: str, last_name: str) -> Shown:
        return Screen(
            "Messagerie : votre identifiant",
            f"""<table border="1" cellspacing="0" cellpadding="3">
<tr><td><b>Nom</b></td><td>{_escape(last_name.upper())}</td></tr>
<tr><td><b>Identifiant</b></td><td>{_escape(identifiant)}</td></tr>
<tr><td><b>Mot de passe initial</b></td><td>NUMEN en majuscules</td></tr>
</table>""",
        )

    def login_form(self, names: FieldNames, token: str, message: str) -> Shown:
        return Screen(
            "Authentification",
            f"""{self.message(message)}
<form method="post" action="/externet/">
<input type="hidden" name="{names.serve("token")}" value="{token}">
<table border="0">
{self.field(names, "Utilisateur", "login")}
{self.field(names, "Mot de passe", "password", kind="password")}
<tr><td></td><td><input type="submit" name="ok" value="OK"></td></tr>
</table>
</form>""",
        )

    def login_succeeded(self, first_name: str, last_name: str) -> Shown:
        return Redirect("/externet/portail.php", status=302)

    def portal_home(self, first_name: str, last_name: str) -> Screen:
        return Screen(
            "Applications",
            f"""<font size="2">{_escape(first_name)} {_escape(last_name.upper())}</font>
<table border="0"><tr><td><a href="/magistere/">Formation (M@gistère)</a></td></tr>
<tr><td><a href="/webmel/">Messagerie</a></td></tr><tr><td><a href="/iprof/">I-Prof</a></td></tr>
<tr><td><a href="/externet/">Quitter</a></td></tr></table>""",
        )

    def locked(self, names: FieldNames, token: str, minutes: int, failures: int) -> Shown:
        form = self.login_form(names, token, "")
        assert isinstance(form, Screen)
        return Screen(
            form.title,
            self.message(f"Compte bloqué ({failures} tentatives). Réessayez dans {minutes} min.")
            + form.body,
        )

    def step_one(
        self, names: FieldNames, stamp: str, message: str, image: str | None = None
    ) -> Shown:
        return Screen(
            "Mot de passe perdu - Etape 1/2",
            f"""<form method="post" action="index.php?a=initialiserPass">
<input type="hidden" name="{names.serve("etape")}" value="1">
{self.message(message)}
<table border="0">
<tr><td colspan="2"><img src="captcha.php?sid={stamp}" width="220" height="80" border="1"></td>
<td><a href="#" onclick="document.images[0].src='captcha.php?sid='+Math.random();return false">
<img src="images/nouveau-code.png" alt="Recharger" border="0"></a></td></tr>
{self.field(names, "Recopiez le code", "code")}
<tr><td></td><td><input type="submit" value="Continuer"></td></tr>
</table>
</form>
<a href="index.php?a=initialiserPass">Autre image</a>""",
        )

    def step_two(self, names: FieldNames, message: str) -> Shown:
        return Screen(
            "Mot de passe perdu - Etape 2/2",
            f"""<form method="post" action="index.php?a=initialiserPass">
<input type="hidden" name="{names.serve("etape")}" value="2">
{self.message(message)}
<table border="0">
{self.field(names, "Identifiant", "login")}
{self.field(names, "NUMEN", "numen", kind="password")}
<tr><td></td><td><input type="submit" value="Valider"></td></tr>
</table>
</form>""",
        )

    def reset_done(self) -> Shown:
        return Screen(
            "Mot de passe perdu",
            self.message(
                "Opération effectuée. Mot de passe : votre NUMEN en majuscules.", error=False
            ),
        )

    def change_form(self, names: FieldNames, message: str) -> Shown:
        return Screen(
            "Modification du mot de passe",
            f"""<form method="post" action="index.php?a=changerPass">
{self.message(message)}
<table border="0">
{self.field(names, "Utilisateur", "login")}
{self.field(names, "Mot de passe actuel", "ancien", kind="password")}
{self.field(names, "Nouveau mot de passe", "nouveau", kind="password")}
{self.field(names, "Retapez le nouveau mot de passe", "confirmation", kind="password")}
<tr><td></td><td><input type="submit" value="Enregistrer"></td></tr>
</table>
</form>""",
        )

    def password_changed(self) -> Shown:
        return Screen(
            "Modification du mot de passe", self.message("Opération effectuée.", error=False)
        )

    def change_locked(self, names: FieldNames, minutes: int) -> Shown:
        return self.change_form(names, f"Compte bloqué. Réessayez dans {minutes} min.")


# ---------------------------------------------------------------------- moderne


class ModernLayout(Layout):
    """A recent design: fieldsets, wrapping labels, opaque names, alerts, redirect after login."""

    name = "moderne"
    base_names: ClassVar[Mapping[str, str]] = {
        "nom": "f_a1",
        "numen": "f_a2",
        "login": "f_u",
        "password": "f_p",
        "code": "f_c",
        "token": "_csrf",
        "etape": "_step",
        "ancien": "f_o",
        "nouveau": "f_n",
        "confirmation": "f_n2",
    }
    document_template = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="iso-8859-1"><meta name="viewport" content="width=device-width">
<title>{title} - Académie de Créteil</title></head>
<body><header><nav aria-label="Fil d'Ariane"><a href="/">Accueil</a> &gt; {title}</nav></header>
<main><h1>{title}</h1>
{body}
</main><footer><small>Simulateur local, données fictives</small></footer></body></html>
"""
    lookup_missing = "Tous les champs sont obligatoires."
    lookup_not_found = "Les informations saisies ne permettent pas de vous identifier."
    login_refused = "Les informations saisies ne sont pas valides."
    login_expired = "Votre session a expiré."
    code_wrong = "Le code ne correspond pas à l'image."
    code_expired = "Ce code n'est plus valide. Un nouveau code a été généré."
    reset_session_expired = "Votre session a expiré : recommencez."
    reset_mismatch = "Ces informations ne correspondent à aucun compte."
    old_password_wrong = "Votre mot de passe actuel n'est pas valide."
    new_password_refused = "Ce mot de passe ne respecte pas la politique de sécurité ({reasons})."

    def message(self, text: str, *, error: bool = True) -> str:
        kind = "danger" if error else "success"
        return (
            f'<div class="fr-notice fr-notice--{kind}" role="alert"><p>{_escape(text)}</p></div>'
            if text
            else ""
        )

    def field(self, names: FieldNames, label: str, key: str, *, kind: str = "text") -> str:
        shown_label = "" if names.garbled else label
        return (
            f'<div class="fr-input-group"><label class="fr-label">{shown_label}'
            f'<input class="fr-input" type="{kind}" name="{names.serve(key)}" required></label></div>'
        )

    def lookup_form(self, names: FieldNames, message: str) -> Shown:
        return Screen(
            "Retrouver mon identifiant",
            f"""{self.message(message)}
<form method="{self.lookup_method}" action="identifiant.php">
<fieldset><legend>Vos informations</legend>
{self.field(names, "Nom d'usage ou de naissance", "nom")}
{self.field(names, "NUMEN", "numen", kind="password")}
</fieldset>
<button type="submit" class="fr-btn">Retrouver mon identifiant</button>
</form>""",
        )

    def lookup_found(self, identifiant: str, last_name: str) -> Shown:
        return Screen(
            "Retrouver mon identifiant",
            f"""{self.message("Votre compte a été trouvé.", error=False)}
<dl><dt>Votre identifiant</dt><dd><strong>{_escape(identifiant)}</strong></dd>
<dt>Votre mot de passe initial</dt><dd>votre NUMEN, en majuscules</dd></dl>""",
        )

    def login_form(self, names: FieldNames, token: str, message: str) -> Shown:
        return Screen(
            "Connexion",
            f"""{self.message(message)}
<form method="post" action="/externet/">
<input type="hidden" name="{names.serve("token")}" value="{token}">
<fieldset><legend>Identifiez-vous</legend>
{self.field(names, "Identifiant académique", "login")}
{self.field(names, "Mot de passe", "password", kind="password")}
</fieldset>
<button type="submit" class="fr-btn" name="action" value="connexion">Se connecter</button>
</form>""",
        )

    def login_succeeded(self, first_name: str, last_name: str) -> Shown:
        return Redirect("/externet/accueil", status=303)

    def portal_home(self, first_name: str, last_name: str) -> Screen:
        return Screen(
            "Mon espace",
            f"""<p>{_escape(first_name)} {_escape(last_name)}</p>
<ul><li><a href="/magistere/">M@gistère</a></li><li><a href="/webmel/">Webmel</a></li><li><a href="/iprof/">I-Prof</a></li></ul>
<form method="post" action="/externet/sortie"><button type="submit">Se déconnecter</button></form>""",
        )

    def locked(self, names: FieldNames, token: str, minutes: int, failures: int) -> Shown:
        return self.login_form(
            names, token, f"Trop de tentatives : votre compte est bloqué pendant {minutes} min."
        )

    def step_one(
        self, names: FieldNames, stamp: str, message: str, image: str | None = None
    ) -> Shown:
        return Screen(
            "Mot de passe oublié",
            f"""<p class="fr-stepper__state">Étape 1 sur 2</p>
{self.message(message)}
<form method="post" action="index.php?a=initialiserPass">
<input type="hidden" name="{names.serve("etape")}" value="1">
<fieldset><legend>Vérification</legend>
<figure><img src="captcha.php?k={stamp}" alt="Image de vérification"></figure>
<a href="index.php?a=initialiserPass&amp;renew=1" aria-label="Générer un nouveau code">&#8635;</a>
{self.field(names, "Caractères de l'image", "code")}
</fieldset>
<button type="submit" class="fr-btn">Continuer</button>
</form>""",
        )

    def step_two(self, names: FieldNames, message: str) -> Shown:
        return Screen(
            "Mot de passe oublié",
            f"""<p class="fr-stepper__state">Étape 2 sur 2</p>
{self.message(message)}
<form method="post" action="index.php?a=initialiserPass">
<input type="hidden" name="{names.serve("etape")}" value="2">
<fieldset><legend>Votre compte</legend>
{self.field(names, "Identifiant académique", "login")}
{self.field(names, "NUMEN", "numen", kind="password")}
</fieldset>
<button type="submit" class="fr-btn">Réinitialiser</button>
</form>""",
        )

    def reset_done(self) -> Shown:
        return Screen(
            "Mot de passe oublié",
            self.message(
                "C'est fait : votre mot de passe est de nouveau votre NUMEN en majuscules.",
                error=False,
            ),
        )

    def change_form(self, names: FieldNames, message: str) -> Shown:
        return Screen(
            "Changer de mot de passe",
            f"""{self.message(message)}
<form method="post" action="index.php?a=changerPass">
<fieldset><legend>Votre compte</legend>{self.field(names, "Identifiant académique", "login")}
{self.field(names, "Mot de passe actuel", "ancien", kind="password")}</fieldset>
<fieldset><legend>Nouveau mot de passe</legend>
{self.field(names, "Nouveau mot de passe", "nouveau", kind="password")}
{self.field(names, "Confirmation", "confirmation", kind="password")}</fieldset>
<button type="submit" class="fr-btn">Valider</button>
</form>""",
        )

    def password_changed(self) -> Shown:
        return Screen("Changer de mot de passe", self.message("C'est fait.", error=False))


# ---------------------------------------------------------------------- navigateur


class BrowserLayout(ClassicLayout):
    """The sheet's pages as a browser reads them: frames, refreshes, script dialogs, inline
    code, HTTP statuses, a hand-off form. Only a browser's way of reading makes sense of them."""

    name = "navigateur"
    header_charset = None
    inline_captcha = True
    hands_off_login = True
    base_names: ClassVar[Mapping[str, str]] = {
        "nom": "agt_nom",
        "numen": "agt_numen",
        "login": "username",
        "password": "password",
        "code": "cryptogramme",
        "token": "lt",
    }
    document_template = """<!DOCTYPE html>
<html lang="fr"><head>
<!-- Page servie sans charset dans l'en-tête HTTP : seul ce meta le dit. -->
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{title}</title>
</head><body>
<p><small>Académie de Créteil (simulateur local, données fictives)</small></p>
<h1>{title}</h1>
{body}
</body></html>
"""
    lookup_not_found = "Aucun agent ne correspond à ce nom et ce NUMEN."
    login_refused = "Identifiant ou mot de passe incorrect."

    def lookup_page(self, names: FieldNames) -> Shown:
        return Frames(
            "Messagerie académique", ("/melouvert/bandeau.htm", "/melouvert/recherche.htm")
        )

    def lookup_form(self, names: FieldNames, message: str) -> Shown:
        if message:  # a legacy PHP answer: a dialog, then back to the form
            return Raw(f"<script>alert({_js_string(message)});history.back();</script>")
        return super().lookup_form(names, "")  # in its frame: its action is the frame's neighbour

    def lookup_found(self, identifiant: str, last_name: str) -> Shown:
        found = super().lookup_found(identifiant, last_name)
        assert isinstance(found, Screen)
        return Later(found)

    def login_form(self, names: FieldNames, token: str, message: str) -> Shown:
        form = super().login_form(names, token, message)
        assert isinstance(form, Screen)
        return Screen(form.title, form.body, status=401 if message == self.login_refused else 200)

    def locked(self, names: FieldNames, token: str, minutes: int, failures: int) -> Shown:
        page = super().locked(names, token, minutes, failures)
        assert isinstance(page, Screen)
        return Screen(page.title, page.body, status=423)

    def login_succeeded(self, first_name: str, last_name: str) -> Shown:
        raise AssertionError("a hand-off completes the login")  # see hands_off_login

    def step_one(
        self, names: FieldNames, stamp: str, message: str, image: str | None = None
    ) -> Shown:
        page = super().step_one(names, stamp, message)
        assert isinstance(page, Screen)
        assert image is not None
        return Screen(
            page.title,
            page.body.replace(
                f'<img src="captcha.php?t={stamp}" alt="Code de sécurité" id="captcha">',
                f'<img src="{image}" alt="Image de vérification">',
            ),
        )

    def change_locked(self, names: FieldNames, minutes: int) -> Shown:
        page = super().change_locked(names, minutes)
        assert isinstance(page, Screen)
        return Screen(page.title, page.body, status=423)


def _js_string(text: str) -> str:
    """A JavaScript string literal of ``text``, accents written as \\u escapes (as PHP's
    json_encode does)."""
    return (
        '"'
        + "".join(
            character
            if character.isascii() and character not in '"\\'
            else f"\\u{ord(character):04x}"
            for character in text
        )
        + '"'
    )


LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (ClassicLayout(), TableLayout(), ModernLayout(), BrowserLayout())
}
DEFAULT_LAYOUT = "classique"

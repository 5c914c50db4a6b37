"""Pages of real software that a hostile tester put in front of the answer reader.

Why: a success page is rarely only "success". Portals (ENT, Moodle, CAS, LemonLDAP::NG,
LTB Self Service Password) wrap it in a menu, a footer with "Signaler une erreur" and
"Mot de passe oublié ?", a cookie banner (often a Bootstrap ``alert alert-info`` with
``role="alert"``, as Bootstrap's own examples write every alert), a password policy box
already shown with the form, a help line "Si votre mot de passe est incorrect ou bloqué…",
a login history "Dernière connexion échouée le…". A person reads past all of that; the
client must too, or it tells a teacher her account is locked, nobody matches her NUMEN,
or her password was refused when everything worked. The other way round, a page with a
session's way out that asks for a second factor, an expired password's change or a
charter first, or a reset page that only explains how to reset, must never be a success.

Every answer is served by a scripted server over a real socket (tests/scripted_site.py).
"""

from __future__ import annotations

import contextlib

import pytest
import scripted_site
from scripted_site import login_answer, lookup_answer, refusals_after_a_refused_try
from test_hostile_servers import (
    CHANGE,
    PASSWORD,
    RESET,
    SMALL_PNG,
    captcha_page,
    change_form,
    login_form,
    step_two_page,
)

from accounts import JEAN_NUMEN
from hostile import HostileServer, page
from magistere_gui.client import (
    AcademieClient,
    AccountLockedError,
    ActionRequiredError,
    LoginSucceeded,
    NotFoundError,
    PasswordChanged,
    ResetDone,
    SiteNotUnderstoodError,
)

LOGIN = "/externet/login"
LOOKUP = "/melouvert/identifiant.htm"
LOOKUP_ANSWER = "/melouvert/identifiant.php"
WAY_OUT = "<nav><a href='/externet/logout'>Déconnexion</a></nav>"
MENU = (
    "<nav><ul><li><a href='/pwd'>Changer mon mot de passe</a></li>"
    "<li><a href='/webmel'>Webmel</a></li>"
    "<li><a href='/externet/logout'>Déconnexion</a></li></ul></nav>"
)
FOOTER = (
    "<footer><a href='/aide'>Aide</a> <a href='/contact'>Signaler une erreur</a> "
    "<a href='/mdp'>Mot de passe oublié ?</a> <a href='/ml'>Mentions légales</a></footer>"
)
# A consent banner as a dialog (tarteaucitron, orejime) and as a Bootstrap alert.
COOKIE_DIALOG = (
    "<div class='cookie-banner' role='dialog'><p>Ce site utilise des cookies nécessaires à "
    "son fonctionnement. En cas de refus, certaines fonctions seront indisponibles.</p>"
    "<button>Accepter</button><button>Refuser</button></div>"
)
COOKIE_ALERT = (
    "<div class='alert alert-info' role='alert'>Ce site utilise des cookies. Aucun cookie "
    "publicitaire n'est déposé.</div>"
)

academie_server = scripted_site.academie_server
academie = scripted_site.academie
client = scripted_site.client


def change_answer(academie: HostileServer, body: str, *, form_page: str = "") -> None:
    academie.routes[CHANGE] = page(form_page + change_form("/identifiant/changer.php"))
    academie.routes["/identifiant/changer.php"] = page(body)


def reset_answer(academie: HostileServer, body: str, *, every_page: str = "") -> None:
    academie.routes[RESET] = page(every_page + captcha_page())
    academie.routes["/identifiant/captcha.png"] = page(SMALL_PNG, content_type="image/png")
    academie.routes["/identifiant/code.php"] = page(
        every_page + step_two_page("/identifiant/reset.php")
    )
    academie.routes["/identifiant/reset.php"] = page(body)


def reset(client: AcademieClient) -> ResetDone:
    step = client.submit_captcha(client.start_password_reset(), "ABCD")
    return client.submit_reset(step, "jdupont", JEAN_NUMEN)


# ------------------------------------------------------------------ 1. true logins, dressed up


@pytest.mark.parametrize(
    "body",
    [
        MENU + "<h1>Mon espace</h1>" + FOOTER,
        COOKIE_DIALOG + MENU + "<h1>Mon espace</h1>",
        COOKIE_ALERT + MENU + "<h1>Mon espace</h1>",
        MENU + "<h1>Bienvenue Jean Dupont</h1><p>Dernière connexion échouée le 12/03/2024 à "
        "08:12 (mot de passe incorrect).</p>",
        MENU + "<h1>Welcome</h1><p>Last failed login: 12/03/2024 (wrong password).</p>",
        MENU + "<h1>Mon espace</h1><aside><p>Si votre mot de passe est incorrect ou bloqué, "
        "contactez l'assistance.</p></aside>",
        MENU + "<h1>Mon espace</h1><aside class='help'>En cas d'erreur d'authentification sur "
        "une application, reconnectez-vous.</aside>",
        MENU + "<h1>Mon espace</h1><ul><li><a href='/err'>Signaler une erreur</a></li></ul>",
        # Bootstrap's validation text, shown only once a field is marked is-invalid.
        MENU + "<h1>Mon espace</h1><form role='search' method='get' action='/chercher'>"
        "<input class='form-control' name='q' required>"
        "<div class='invalid-feedback'>Saisie invalide</div></form>",
    ],
    ids=[
        "footer-signaler-une-erreur",
        "cookie-dialog-en-cas-de-refus",
        "cookie-alert-info-role-alert",
        "history-derniere-connexion-echouee",
        "history-last-failed-login",
        "help-si-incorrect-ou-bloque",
        "help-en-cas-d-erreur",
        "menu-signaler-une-erreur",
        "bootstrap-invalid-feedback",
    ],
)
def test_a_real_login_dressed_in_a_portals_furniture_is_a_success(
    academie: HostileServer, client: AcademieClient, body: str
) -> None:
    """Before: "not understood", a lock (the help line) or a refusal counted (the hidden
    validation text). A page a person reads as "I am in" is a success."""
    login_answer(academie, body, through_redirect=True)
    assert isinstance(client.check_credentials("jdupont", PASSWORD), LoginSucceeded)
    assert not client.refusals


def test_a_way_out_beside_a_lock_said_in_passing_is_no_lock(
    academie: HostileServer, client: AcademieClient
) -> None:
    """ "Votre compte était bloqué ; il a été réactivé" on a session's page: locking the
    test for a wait would be false. Not a lock (a success, or at worst not understood)."""
    login_answer(
        academie,
        MENU + "<h1>Mon espace</h1><p>Votre compte était bloqué ; il a été réactivé.</p>",
        through_redirect=True,
    )
    with contextlib.suppress(SiteNotUnderstoodError):  # AccountLockedError fails the test
        client.check_credentials("jdupont", PASSWORD)
    assert not client.refusals


# ------------------------------------------------------------------ 2. not a plain success


@pytest.mark.parametrize(
    "body",
    [
        WAY_OUT + "<div class='alert alert-info'>Vérification en deux étapes : choisissez "
        "votre second facteur.</div><a class='btn' href='/mfa/totp'>Application</a>",
        WAY_OUT + "<div class='alert alert-info'>Votre mot de passe a expiré. Vous devez le "
        "changer avant de continuer.</div><a href='/pwd'>Changer mon mot de passe</a>",
        WAY_OUT + "<h1>Mot de passe expiré</h1><p>Vous devez changer votre mot de passe pour "
        "continuer.</p><a href='/pwd'>Changer</a>",
        WAY_OUT + "<h1>Charte d'utilisation</h1><p>Acceptez la charte avant d'accéder aux "
        "services.</p><form method='post' action='/charte'><input type='submit' "
        'value="J\'accepte"></form>',
    ],
    ids=["second-factor-choice", "expired-in-info-box", "expired-in-heading", "charter-button"],
)
def test_a_session_page_that_asks_for_something_first_is_no_success(
    academie: HostileServer, client: AcademieClient, body: str
) -> None:
    """Before: LoginSucceeded (the wizard said the password opens M@gistère) because with a
    way out only an *alert* could ask for something; an info box or a heading asks too."""
    login_answer(academie, body, through_redirect=True)
    with pytest.raises(ActionRequiredError):
        client.check_credentials("jdupont", PASSWORD)


@pytest.mark.parametrize(
    "body",
    [
        WAY_OUT + "<p>Nom d'utilisateur ou mot de passe non valide. Veuillez réessayer.</p>",
        WAY_OUT + "<h1>Bienvenue</h1><p>Connexion impossible : vérifiez vos identifiants.</p>",
        WAY_OUT + "<h1>Dashboard</h1><p>The username or password you entered is not correct.</p>",
        WAY_OUT + "<h1>Accès refusé</h1><p>Vous n'avez pas les droits sur cette application.</p>",
        "<div class='alert alert-success'>Vous êtes maintenant déconnecté.</div>" + WAY_OUT,
    ],
    ids=["non-valide", "connexion-impossible", "not-correct", "acces-refuse", "deconnecte"],
)
def test_a_way_out_beside_a_refusal_in_other_words_is_no_success(
    academie: HostileServer, client: AcademieClient, body: str
) -> None:
    """Before: LoginSucceeded. Refusals worded as other software words them ("non valide",
    "connexion impossible", "is not correct"), an access refused, a signed-out notice."""
    login_answer(academie, body, through_redirect=True)
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)


@pytest.mark.parametrize(
    "said",
    [
        "Nom d'utilisateur ou mot de passe non valide.",
        "L'authentification a échoué.",
        "Connexion impossible : identifiant ou mot de passe non reconnu.",
    ],
    ids=["non-valide", "authentification-echouee", "connexion-impossible"],
)
def test_a_refusal_page_in_other_words_is_a_refusal_counted(
    academie: HostileServer, client: AcademieClient, said: str
) -> None:
    login_answer(
        academie,
        f"<h1>Connexion</h1><div class='alert alert-danger'>{said}</div>",
        through_redirect=False,
    )
    assert refusals_after_a_refused_try(client, PASSWORD) == 1


# ------------------------------------------------------------------ 3. locks and warnings


@pytest.mark.parametrize("with_form", [False, True], ids=["no-form", "form-back"])
@pytest.mark.parametrize(
    "said",
    [
        "Vous avez dépassé le nombre de tentatives autorisées. Réessayez dans 15 minutes.",
        "Nombre maximal de tentatives atteint.",
        "Maximum login attempts exceeded. Please try again later.",
        "Your account has been temporarily suspended.",
    ],
    ids=["depasse-le-nombre", "nombre-maximal", "maximum-attempts", "suspended"],
)
def test_a_lock_in_other_words_is_a_lock_never_a_refusal_counted(
    academie: HostileServer, client: AcademieClient, said: str, with_form: bool
) -> None:
    """Before: a refusal counted (form back: the wizard invites one more try) or not
    understood."""
    login_answer(
        academie,
        f"<div class='alert alert-danger'>{said}</div>" + (login_form(LOGIN) if with_form else ""),
        through_redirect=False,
    )
    with pytest.raises(AccountLockedError):
        client.check_credentials("jdupont", PASSWORD)
    assert not client.refusals


@pytest.mark.parametrize(
    ("login_page", "said"),
    [
        (
            "<div class='alert alert-info'>Après 3 échecs, le compte est bloqué 15 minutes.</div>",
            "<p class='erreur'>Mot de passe incorrect.</p>",
        ),
        (
            "",
            "<p class='erreur'>Mot de passe incorrect. Encore un échec et votre compte est "
            "bloqué 30 minutes.</p>",
        ),
    ],
    ids=["rule-box-of-the-login-page", "encore-un-echec"],
)
def test_a_refusal_beside_the_lock_rule_is_a_refusal_counted(
    academie: HostileServer, client: AcademieClient, login_page: str, said: str
) -> None:
    """Before: AccountLockedError on a wrong password (the test disabled for a wait, the
    refusal not counted). The rule box was on the login page before anything was sent."""
    login_answer(
        academie,
        login_page + said + login_form(LOGIN),
        login_page=login_page,
        through_redirect=False,
    )
    assert refusals_after_a_refused_try(client, PASSWORD) == 1


# ------------------------------------------------------------------ 4. a found identifiant, dressed up

FOUND = "<p>Votre identifiant est : jdupont</p>"


@pytest.mark.parametrize(
    ("body", "form_page"),
    [
        (FOUND + FOOTER, ""),
        (FOUND + "<a href='/c'>Signaler une erreur</a>", ""),
        (
            FOUND
            + "<p>Si cet identifiant vous semble incorrect, contactez votre gestionnaire.</p>",
            "",
        ),
        (
            FOUND + "<p><a href='/mdp'>Mot de passe oublié ?</a> Votre mot de passe est inchangé ; "
            "s'il est bloqué, réinitialisez-le.</p>",
            "",
        ),
        (COOKIE_ALERT + FOUND, COOKIE_ALERT),
        (COOKIE_DIALOG + FOUND, COOKIE_DIALOG),
        ("<div class='alert alert-info' role='alert'>Votre identifiant est : jdupont</div>", ""),
    ],
    ids=[
        "footer",
        "signaler-une-erreur",
        "si-incorrect",
        "s-il-est-bloque",
        "cookie-alert-on-both-pages",
        "cookie-dialog",
        "result-in-alert-info",
    ],
)
def test_a_found_identifiant_dressed_in_a_portals_furniture_is_found(
    academie: HostileServer, client: AcademieClient, body: str, form_page: str
) -> None:
    """Before: "not understood", "too many attempts" (the help line) or *nobody found* (a
    cookie banner's "Aucun cookie" in an alert): the teacher was told her NUMEN matches
    no one."""
    lookup_answer(academie, body, form_page=form_page)
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"


# ------------------------------------------------------------------ 5. change and reset


POLICY = (
    "<div class='help alert alert-warning'><p>Votre nouveau mot de passe doit respecter les "
    "contraintes suivantes :</p><ul><li>Nombre minimal de caractères : 8</li></ul></div>"
)


@pytest.mark.parametrize(
    ("body", "form_page"),
    [
        (
            "<div class='result alert alert-success'><p>Votre mot de passe a été changé</p></div>"
            + POLICY,
            POLICY,
        ),
        ("<div class='result alert alert-success'><p>Your password was changed</p></div>", ""),
        ("<div class='alert alert-success'>Your password has been updated.</div>", ""),
        ("<div class='alert alert-success'>Votre mot de passe a été modifié.</div>" + FOOTER, ""),
        (
            COOKIE_ALERT + "<div class='alert alert-success'>Votre mot de passe a été modifié avec "
            "succès.</div>",
            "",
        ),
    ],
    ids=["ltb-policy-always", "ltb-en", "updated-en", "footer", "cookie-alert"],
)
def test_a_change_done_dressed_in_a_portals_furniture_is_done(
    academie: HostileServer, client: AcademieClient, body: str, form_page: str
) -> None:
    """Before: not understood (LTB with ``pwd_show_policy = always`` shows its policy box,
    styled a warning, on the success page too)."""
    change_answer(academie, body, form_page=form_page)
    assert isinstance(client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7"), PasswordChanged)


@pytest.mark.parametrize(
    "body",
    [
        "<p>Votre mot de passe a été réinitialisé : c'est de nouveau votre NUMEN.</p>" + FOOTER,
        COOKIE_ALERT + "<p>C'est fait : votre mot de passe est de nouveau votre NUMEN.</p>",
        "<div class='alert alert-success'>Your password has been reset.</div>",
    ],
    ids=["footer", "cookie-alert", "english"],
)
def test_a_reset_done_dressed_in_a_portals_furniture_is_done(
    academie: HostileServer, client: AcademieClient, body: str
) -> None:
    """Before: not understood, or *identifiant and NUMEN do not match* (the cookie alert's
    "Aucun cookie", shown on every page until consent)."""
    reset_answer(academie, body, every_page=COOKIE_ALERT if COOKIE_ALERT in body else "")
    assert isinstance(reset(client), ResetDone)


@pytest.mark.parametrize(
    "body",
    [
        "<p>Pour réinitialiser votre mot de passe, cliquez sur le lien reçu.</p>",
        "<p>Vous pouvez maintenant réinitialiser votre mot de passe sur la page suivante.</p>",
    ],
    ids=["pour-reinitialiser", "vous-pouvez-reinitialiser"],
)
def test_a_reset_page_that_only_says_how_to_reset_is_not_done(
    academie: HostileServer, client: AcademieClient, body: str
) -> None:
    """Before: ResetDone ("réinitialiser", the verb, read as "réinitialisé")."""
    reset_answer(academie, body)
    with pytest.raises((SiteNotUnderstoodError, NotFoundError)):
        reset(client)


def test_a_cookie_banner_shown_only_with_the_answer_says_nobody_is_unknown(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A consent banner first shown on the answer ("Aucun cookie publicitaire n'est
    déposé"): "aucun" there is about cookies, not about the teacher. Before: the reset was
    *identifiant and NUMEN do not match*, the lookup "not understood"."""
    reset_answer(
        academie,
        COOKIE_ALERT + "<p>C'est fait : votre mot de passe est de nouveau votre NUMEN.</p>",
    )
    assert isinstance(reset(client), ResetDone)
    lookup_answer(academie, COOKIE_ALERT + FOUND, form_page="")
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"


@pytest.mark.parametrize(
    "said",
    [
        "Aucun agent ne correspond à ces informations.",
        "Identifiant ou NUMEN incorrect.",
        "Ce compte n'existe pas.",
        "No account matches this NUMEN.",
    ],
)
def test_nobody_found_said_about_the_person_is_still_nobody_found(
    academie: HostileServer, client: AcademieClient, said: str
) -> None:
    reset_answer(academie, f"<div class='alert alert-danger'>{said}</div>")
    with pytest.raises(NotFoundError):
        reset(client)

"""Answers whose signals disagree, and refusals in the words of other software.

Why: a page can show a session's way out ("Déconnexion", part of the site's template)
and say in the same breath that the login failed; a lookup page can print an
identifiant under "Une erreur technique est survenue"; an SSO left in English says
"Invalid credentials" where the French one says "Identifiant ou mot de passe
incorrect". A person reads the alert first, notices the contradiction, and does not
believe the reassuring half. The client must do the same: an alert's refusal wins over
a way out, contradicting signals are "not understood" (the page offered in the
browser), and an English refusal is a refusal, counted towards the lock.

Every answer here is served by a scripted server over a real socket, shaped like what
Apereo CAS, Keycloak, LemonLDAP::NG (its ``en.json``), Shibboleth IdP and Moodle say.
"""

from __future__ import annotations

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
    LoginSucceeded,
    NotFoundError,
    PasswordChanged,
    ResetDone,
    SiteNotUnderstoodError,
    WrongCredentialsError,
)

LOGIN = "/externet/login"
LOOKUP = "/melouvert/identifiant.htm"
LOOKUP_ANSWER = "/melouvert/identifiant.php"
WAY_OUT = "<nav><a href='/externet/logout'>Déconnexion</a></nav>"

# The scripted académie and a client of it (this module's `client`, not conftest's).
academie_server = scripted_site.academie_server
academie = scripted_site.academie
client = scripted_site.client


# ------------------------------------------------------------------ 1. a way out and a refusal


@pytest.mark.parametrize("through_redirect", [False, True], ids=["200", "after-302"])
@pytest.mark.parametrize(
    "alert",
    [
        "<div class='alert alert-danger' role='alert'>Identifiant ou mot de passe incorrect</div>",
        "<div class='message message-negative alert' role='alert'>Wrong credentials</div>",
        "<div id='msg' class='errors'><span>Invalid credentials.</span></div>",
    ],
    ids=["bootstrap-fr", "llng-en", "cas-en"],
)
def test_an_alert_that_refuses_wins_over_a_way_out(
    academie: HostileServer, client: AcademieClient, alert: str, through_redirect: bool
) -> None:
    """A portal whose template shows "Déconnexion" on every page, with the refusal in an
    alert block: the site's verdict is the alert, and the refusal is counted."""
    login_answer(academie, WAY_OUT + alert, through_redirect=through_redirect)
    assert refusals_after_a_refused_try(client, PASSWORD) == 1


@pytest.mark.parametrize("through_redirect", [False, True], ids=["200", "after-302"])
@pytest.mark.parametrize(
    "said",
    [
        "<p>Identifiant ou mot de passe incorrect.</p>",
        "<p>Échec de l'authentification : mot de passe erroné.</p>",
        "<div role='status'>Identifiant ou mot de passe incorrect</div>",
        "<div class='info'>Invalid username or password.</div>",
    ],
    ids=["plain-paragraph", "plain-echec", "status-region", "info-box-en"],
)
def test_a_way_out_beside_a_refusal_that_is_no_alert_is_not_understood(
    academie: HostileServer, client: AcademieClient, said: str, through_redirect: bool
) -> None:
    """A way out says "you are in", the site's words say "refused": the two disagree, and
    neither a success nor a refusal is true for sure. It was a success."""
    login_answer(
        academie, WAY_OUT + "<h1>Mon espace</h1>" + said, through_redirect=through_redirect
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)


def test_a_refusal_said_near_a_form_that_is_not_the_login_is_no_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    """The answer shows the way out and a search form, with the refusal in plain text just
    above it: the login form did not come back, the words did."""
    login_answer(
        academie,
        WAY_OUT + "<p>Mot de passe incorrect.</p>"
        "<form role='search' method='get' action='/s'><input name='q'></form>",
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)


def test_a_session_page_with_its_way_out_is_still_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    """The counter-check: a page of a person who is in, whose menu mentions a password only
    to offer changing it, stays a success."""
    login_answer(
        academie,
        WAY_OUT + "<h1>Mon espace</h1><ul><li><a href='/pwd'>Changer mon mot de passe</a></li>"
        "<li><a href='/magistere/'>M@gistère</a></li></ul>",
        through_redirect=True,
    )
    assert isinstance(client.check_credentials("jdupont", PASSWORD), LoginSucceeded)


# ------------------------------------------------------------------ 2. a lookup that also says it failed


@pytest.mark.parametrize(
    "body",
    [
        "<p>Une erreur technique est survenue. Votre identifiant est : jdupont</p>",
        "<p>Service momentanément indisponible.</p><p>Votre identifiant est : jdupont</p>",
        "<p>Aucun agent ne correspond à ces informations.</p><p>Votre identifiant est : jdupont</p>",
        "<p>Votre identifiant est : jdupont</p><p>Compte introuvable dans l'annuaire.</p>",
        "<p>La recherche n'a pas pu aboutir.</p><p>Identifiant : jdupont</p>",
        "<p>An error occurred.</p><p>Votre identifiant est : jdupont</p>",
    ],
    ids=["technical-error", "unavailable", "aucun", "introuvable", "n-a-pas-pu", "english-error"],
)
def test_a_lookup_answer_that_also_says_it_failed_is_no_identifiant(
    academie: HostileServer, client: AcademieClient, body: str
) -> None:
    """What follows "Votre identifiant est" on a page that says the search failed is a
    default, a template's leftover or someone else's: never shown as the teacher's."""
    lookup_answer(academie, body)
    with pytest.raises((SiteNotUnderstoodError, NotFoundError)):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)


def test_a_found_identifiant_with_a_warning_about_the_password_is_still_found(
    academie: HostileServer, client: AcademieClient
) -> None:
    """The counter-check: advice around a real result ("ne communiquez jamais votre mot de
    passe") takes nothing back."""
    lookup_answer(
        academie,
        "<p>Votre identifiant est : jdupont</p>"
        "<p>Ne communiquez jamais votre mot de passe ni votre NUMEN.</p>",
    )
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"


# ------------------------------------------------------------------ 3. refusals and locks in English


@pytest.mark.parametrize(
    "said",
    [
        "<p>Invalid username or password.</p>",  # Keycloak
        "<h2>Authentication failed</h2><p>Please check your username and password.</p>",
        "<p>Invalid credentials.</p>",  # Apereo CAS
        "<p>Wrong credentials</p>",  # LemonLDAP::NG
        "<p>The password you entered was incorrect.</p>",  # Shibboleth IdP
        "<p>Invalid login, please try again</p>",  # Moodle
    ],
    ids=["keycloak", "generic", "cas", "llng", "shibboleth", "moodle"],
)
def test_an_english_refusal_without_the_form_is_a_refusal_counted(
    academie: HostileServer, client: AcademieClient, said: str
) -> None:
    login_answer(academie, "<h1>Login</h1>" + said)
    assert refusals_after_a_refused_try(client, PASSWORD) == 1


@pytest.mark.parametrize(
    "said",
    [
        "Your account has been locked.",
        "This account has been locked.",  # Apereo CAS
        "Your account is locked. You have to wait 60 seconds",  # LemonLDAP::NG
        "Too many failed login attempts. Please try again in 15 minutes.",
        "You have been locked out of your account.",
    ],
    ids=["generic", "cas", "llng", "too-many-failed-login", "locked-out"],
)
def test_an_english_lock_is_a_lock(
    academie: HostileServer, client: AcademieClient, said: str
) -> None:
    login_answer(academie, f"<div class='alert alert-danger'>{said}</div>")
    with pytest.raises(AccountLockedError):
        client.check_credentials("jdupont", PASSWORD)


@pytest.mark.parametrize(
    "said",
    ["This account has been disabled.", "Account is disabled, contact your administrator."],
    ids=["cas", "keycloak"],
)
def test_an_english_disabled_account_over_the_form_is_no_wrong_password(
    academie: HostileServer, client: AcademieClient, said: str
) -> None:
    login_answer(academie, f"<div class='alert alert-danger'>{said}</div>" + login_form(LOGIN))
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)
    assert not client.refusals


# ------------------------------------------------------------------ 5. the same family


@pytest.mark.parametrize(
    "said",
    [
        "Mot de passe incorrect. Il vous reste 2 essais avant que votre compte soit verrouillé.",
        "Identifiant ou mot de passe incorrect. Attention : après 5 échecs, votre compte sera "
        "bloqué.",
        "Invalid username or password. 2 attempts remaining before your account is locked.",
    ],
    ids=["reste-2-essais", "sera-bloque", "attempts-remaining"],
)
def test_a_refusal_that_warns_of_a_lock_to_come_is_a_refusal_not_a_lock(
    academie: HostileServer, client: AcademieClient, said: str
) -> None:
    """Telling the teacher her account is locked when it is not disables the test for the
    wait and sends her to the help desk; the warning is the refusal it comes with."""
    login_answer(academie, f"<div class='alert alert-danger'>{said}</div>" + login_form(LOGIN))
    with pytest.raises(WrongCredentialsError):
        client.check_credentials("jdupont", PASSWORD)


def test_a_refusal_page_offering_to_unlock_is_not_a_lock(
    academie: HostileServer, client: AcademieClient
) -> None:
    """ "Débloquer mon compte" is a link every refusal page of some portals carries: it
    names what a person may do, not what happened ("bloqué" inside "débloquer")."""
    login_answer(
        academie,
        "<p class='erreur'>Identifiant ou mot de passe incorrect.</p>"
        "<a href='/unlock'>Débloquer mon compte</a> <a href='/unlock2'>Déverrouiller</a>",
    )
    with pytest.raises(WrongCredentialsError):
        client.check_credentials("jdupont", PASSWORD)


def test_an_english_lookup_refusal_is_nobody_found(
    academie: HostileServer, client: AcademieClient
) -> None:
    lookup_answer(academie, "<p>No account matches this name and NUMEN.</p>")
    with pytest.raises(NotFoundError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)


def test_a_refusal_in_plain_text_beside_a_greeting_box_is_not_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    """The site's message box says "Bienvenue", a plain paragraph below it says the password
    is wrong: only the box was read, and the cookie and "bienvenue" made a success."""
    login_answer(academie, "<div class='info'>Bienvenue Jean</div><p>Mot de passe incorrect.</p>")
    with pytest.raises(WrongCredentialsError):
        client.check_credentials("jdupont", PASSWORD)


def test_a_refusal_page_that_says_the_site_is_in_trouble_is_no_refusal(
    academie: HostileServer, client: AcademieClient
) -> None:
    """The password was not judged ("une erreur technique"): no refusal is counted."""
    login_answer(
        academie,
        "<p>Une erreur technique est survenue : échec de l'authentification.</p>",
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)
    assert not client.refusals


# ------------------------------------------------------------------ change and reset: done and not done


@pytest.mark.parametrize(
    "body",
    [
        "<p>Votre mot de passe a été modifié.</p><p>Ancien mot de passe incorrect.</p>",
        "<div class='info'>Votre mot de passe a été modifié.</div>"
        "<p>Le nouveau mot de passe est trop court.</p>",
        "<p>Votre mot de passe a été modifié.</p><p>Your current password is invalid.</p>",
    ],
    ids=["current-refused", "rule-in-plain-text", "english-refusal"],
)
def test_a_change_said_done_and_refused_in_the_same_answer_is_not_done(
    academie: HostileServer, client: AcademieClient, body: str
) -> None:
    """ "Modifié" in one sentence, a refusal in the next (a template that prints its
    success line whatever happened): the teacher must not be told her password changed."""
    academie.routes[CHANGE] = page(change_form("/identifiant/changer.php"))
    academie.routes["/identifiant/changer.php"] = page(body)
    with pytest.raises(SiteNotUnderstoodError):
        client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7")


def test_a_change_done_with_advice_is_still_done(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[CHANGE] = page(change_form("/identifiant/changer.php"))
    academie.routes["/identifiant/changer.php"] = page(
        "<p>Votre mot de passe a été modifié.</p>"
        "<p>Utilisez-le désormais pour M@gistère, Webmel et I-Prof.</p>"
    )
    assert isinstance(client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7"), PasswordChanged)


def reset_done_answer(academie: HostileServer, body: str) -> None:
    academie.routes[RESET] = page(captcha_page())
    academie.routes["/identifiant/captcha.png"] = page(SMALL_PNG, content_type="image/png")
    academie.routes["/identifiant/code.php"] = page(step_two_page("/identifiant/reset.php"))
    academie.routes["/identifiant/reset.php"] = page(body)


@pytest.mark.parametrize(
    "body",
    [
        "<p>Votre mot de passe a été réinitialisé.</p><p>Identifiant ou NUMEN incorrect.</p>",
        "<p>Votre mot de passe a été réinitialisé.</p><p>Aucun agent ne correspond.</p>",
        "<p>C'est fait.</p><p>Une erreur technique est survenue.</p>",
    ],
    ids=["numen-refused", "aucun", "technical-error"],
)
def test_a_reset_said_done_and_refused_in_the_same_answer_is_not_done(
    academie: HostileServer, client: AcademieClient, body: str
) -> None:
    reset_done_answer(academie, body)
    step = client.submit_captcha(client.start_password_reset(), "ABCD")
    with pytest.raises((SiteNotUnderstoodError, NotFoundError)):
        client.submit_reset(step, "jdupont", JEAN_NUMEN)


def test_a_reset_done_with_advice_is_still_done(
    academie: HostileServer, client: AcademieClient
) -> None:
    reset_done_answer(
        academie,
        "<p>Votre mot de passe a été réinitialisé : c'est de nouveau votre NUMEN.</p>"
        "<p>Ne communiquez jamais votre NUMEN.</p>",
    )
    step = client.submit_captcha(client.start_password_reset(), "ABCD")
    assert isinstance(client.submit_reset(step, "jdupont", JEAN_NUMEN), ResetDone)

"""Answers shaped like real software's, that a person at a browser reads one way and the
client must not read another.

Each test rebuilds, over a real socket, a page that software an académie really runs
serves (Apereo CAS, Shibboleth IdP, SimpleSAMLphp, Keycloak, Moodle, LTB
Self-Service-Password, Apache, PHP) or that a hostile server could serve, and asserts
what a teacher must be told. They were written by trying to break the client: each
failed before the fix it names.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

import pytest
import scripted_site
from scripted_site import lookup_answer, refusals_after_a_refused_try, session_cookie
from test_hostile_servers import (
    CHANGE,
    NEW_PASSWORD,
    PASSWORD,
    PORTAL,
    RESET,
    SMALL_PNG,
    captcha_page,
    change_form,
    login_form,
    lookup_form,
    step_two_page,
    write_profile,
)

from accounts import JEAN_NUMEN
from hostile import HostileServer, Received, page, redirect
from magistere_gui.client import (
    AcademieClient,
    AccountLockedError,
    LoginSucceeded,
    NotFoundError,
    PasswordChanged,
    PasswordRejectedError,
    ResetDone,
    SiteNotUnderstoodError,
    WrongCredentialsError,
    load_profile,
)
from magistere_gui.client.errors import ActionRequiredError, MagistereError, RateLimitedError
from magistere_gui.client.outcomes import ANY_OPERATION, OUTCOMES
from magistere_gui.client.results import NewPassword

LOGIN = "/externet/login"
LOOKUP = "/melouvert/identifiant.htm"
LOOKUP_ANSWER = "/melouvert/identifiant.php"

# The scripted académie and a client of it (this module's `client`, not conftest's).
academie_server = scripted_site.academie_server
academie = scripted_site.academie
client = scripted_site.client


def login_answer(academie: HostileServer, answer: object) -> None:
    academie.routes[PORTAL] = page(login_form(LOGIN))
    academie.routes[LOGIN] = answer  # type: ignore[assignment]


# ------------------------------------------------------------------ deadlines and bounds


def test_a_form_laid_out_in_a_wide_table_is_read_within_the_deadline(
    academie: HostileServer, tmp_path: Path
) -> None:
    """A 2 MiB answer: one form, a header row of 2,000 cells, then 20,000 rows of one field
    each. Reading each field's column header walked the whole header row: 40 million steps,
    more than half a minute of a 10 s operation. A step's form has a few fields: only the
    first ones are read, and a header only as far as a form's columns go."""
    width, rows = 2000, 20000
    wide = (
        "<form method='post' action='/x'><table><tr>"
        + "<th>x</th>" * width
        + "</tr>"
        + "".join(f"<tr><td><input name='n{row}'></td></tr>" for row in range(rows))
        + "</table></form>"
    )
    login_answer(academie, page(wide, headers=[session_cookie()]))
    hurried = AcademieClient(
        load_profile(write_profile(tmp_path, academie.url, operation_seconds=3.0))
    )
    started = time.monotonic()
    try:
        with pytest.raises(MagistereError):
            hurried.check_credentials("jdupont", PASSWORD)
    finally:
        hurried.close()
    assert time.monotonic() - started < 15  # the reading alone lasted over 30 s


def test_a_message_of_comments_is_read_within_the_deadline(
    academie: HostileServer, tmp_path: Path
) -> None:
    """A 2 MiB error block of 700,000 empty comments: lxml's walk that reports comments is
    quadratic in them (a minute for one answer). Comments are dropped once, when the page is
    parsed: a browser shows none of them, and their tails run on with the text around."""
    comments = "<!>" * (2 * 1024 * 1024 // 3 - 1000)
    login_answer(
        academie,
        page(f"<div class='error'>Mot de passe{comments} incorrect</div>" + login_form(LOGIN)),
    )
    hurried = AcademieClient(
        load_profile(write_profile(tmp_path, academie.url, operation_seconds=3.0))
    )
    started = time.monotonic()
    try:
        with pytest.raises(WrongCredentialsError) as raised:
            hurried.check_credentials("jdupont", PASSWORD)
    finally:
        hurried.close()
    assert time.monotonic() - started < 10  # about a minute before
    assert raised.value.site_message == "Mot de passe incorrect"


def test_frames_and_refreshes_are_read_within_one_budget(
    academie: HostileServer, client: AcademieClient
) -> None:
    """Each page under the size cap, but a login answer of 4 refreshes, then 4 frames each
    refreshing 4 times into 4 frames of its own: 107 pages of 1 MiB. Read whole, they took
    a 2-core machine 40 s and 1.7 GiB of memory; what a browser loads for one answer is read
    within twice one page's cap, all hops counted."""
    filler = "<b>x</b>" * (1024 * 1024 // 8)

    def pages(request: Received, out: BinaryIO) -> None:
        _, depth, index, step = request.path.strip("/").split("/")
        if int(step) < 4:
            html = f"<meta http-equiv='refresh' content='0;url=/f/{depth}/{index}/{int(step) + 1}'>"
        elif int(depth) < 2:
            html = "".join(
                f"<iframe src='/f/{int(depth) + 1}/{int(index) * 4 + frame}/0'></iframe>"
                for frame in range(4)
            )
        else:
            html = "<p>Fin</p>"
        page(html + filler)(request, out)

    login_answer(academie, redirect("/f/0/0/0"))
    academie.fallback = pages
    try:
        with pytest.raises(SiteNotUnderstoodError):
            client.check_credentials("jdupont", PASSWORD)
    finally:
        academie.fallback = page("<p>Introuvable</p>", status=404)
    assert len(academie.received) < 10


# ------------------------------------------------------------------ login: no false success

# Answers to a login that a person reads as "I am not in", each with one sign a session
# opened (a cookie set, or a redirect away), none with the other signs of a session.
NOT_SIGNED_IN = {
    # A PHP page whose form token's session was gone: a new session, and a message.
    "php-session-expired": page(
        "<h1>Session expirée</h1><p>Votre session a expiré. Veuillez vous reconnecter.</p>"
        "<a href='/externet/'>Se reconnecter</a>",
        headers=[session_cookie("PHPSESSID")],
    ),
    # A maintenance page served with 200 by a load balancer that sets its own cookie.
    "maintenance-200": page(
        "<h1>Site en travaux</h1><p>Le portail sera de retour très bientôt.</p>",
        headers=[session_cookie("SERVERID")],
    ),
    # An English error page behind a proxy that sets a cookie.
    "oops-200": page(
        "<h1>Oops!</h1><p>Something went wrong.</p>", headers=[session_cookie("SERVERID")]
    ),
    # Moodle's front page for a visitor: a MoodleSession cookie, "not logged in".
    "moodle-guest": page(
        "<div class='logininfo'>Vous n'êtes pas connecté. (<a href='/login/index.php'>"
        "Connexion</a>)</div><h2>Bienvenue sur M@gistère</h2>",
        headers=[session_cookie("MoodleSession")],
    ),
    # Nothing at all, with a cookie.
    "blank-with-cookie": page("", headers=[session_cookie()]),
    # A JSON error served to a form post, that names no refusal.
    "json-error": page(
        '{"error":"server_error","error_description":"Unexpected state"}',
        content_type="application/json",
        headers=[session_cookie("KC_RESTART")],
    ),
}


@pytest.mark.parametrize("answer", NOT_SIGNED_IN.values(), ids=NOT_SIGNED_IN.keys())
def test_a_cookie_alone_on_a_page_that_is_not_a_session_is_not_a_success(
    academie: HostileServer, client: AcademieClient, answer: object
) -> None:
    login_answer(academie, answer)
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)


def test_a_json_refusal_in_english_is_a_refusal_counted(
    academie: HostileServer, client: AcademieClient
) -> None:
    """Keycloak's JSON refusal to a form post: a browser shows it as text, and its words say
    the password was refused (it was "not understood" while the client knew French only)."""
    login_answer(
        academie,
        page(
            '{"error":"invalid_grant","error_description":"Invalid user credentials"}',
            content_type="application/json",
            headers=[session_cookie("KC_RESTART")],
        ),
    )
    assert refusals_after_a_refused_try(client, PASSWORD) == 1


def through_a_redirect_with_a_session(academie: HostileServer, body: str) -> None:
    """The login answered with a redirect that sets a new session cookie (what every SSO and
    most PHP portals do, on success and on failure alike), then ``body``."""
    login_answer(academie, redirect("/externet/suite.php", headers=[session_cookie()]))
    academie.routes["/externet/suite.php"] = page(body)


@pytest.mark.parametrize(
    "body",
    [
        # The portal's public home: a way in is offered, so the person is not in.
        "<h1>Portail académique</h1><p>Bienvenue sur le portail.</p>"
        "<a href='/externet/'>Se connecter</a>",
        # Something else is asked before going on, with links only.
        "<p>Choisissez votre profil :</p><a href='/p?e'>Enseignant</a>"
        "<a href='/p?a'>Administratif</a>",
        "<p>Veuillez recopier le code de l'image pour continuer.</p><img src='/code.png'>",
    ],
    ids=["public-home", "choose-a-profile", "a-code-first"],
)
def test_a_redirect_with_a_session_cookie_to_a_page_of_no_one_is_not_a_success(
    academie: HostileServer, client: AcademieClient, body: str
) -> None:
    through_a_redirect_with_a_session(academie, body)
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)


def test_an_expired_password_page_reached_by_a_redirect_is_never_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A PHP portal: 302 to expire.php with a new PHPSESSID, the words in a plain paragraph."""
    through_a_redirect_with_a_session(
        academie,
        "<p>Votre mot de passe a expiré.</p><a href='/changer.php'>Changer mon mot de passe</a>",
    )
    with pytest.raises(ActionRequiredError) as raised:
        client.check_credentials("jdupont", PASSWORD)
    assert raised.value.action.value == "change_expired_password"


def test_a_refusal_page_reached_by_a_redirect_is_a_refusal_counted(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A PHP portal: 302 to erreur.php with a new PHPSESSID, no form, the site's refusal in a
    plain paragraph: a person reads "refused", and the count towards the lock goes on."""
    through_a_redirect_with_a_session(
        academie,
        "<h1>Connexion impossible</h1><p>Identifiant ou mot de passe incorrect.</p>"
        "<a href='/externet/'>Retour</a>",
    )
    assert refusals_after_a_refused_try(client, PASSWORD) == 1


def test_a_shibboleth_stale_request_after_a_redirect_is_not_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    """Shibboleth IdP's error view, reached by a redirect: the login page was left, nothing
    else says a session opened (no cookie, no way to sign out)."""
    login_answer(academie, redirect("/idp/profile/SAML2/Redirect/SSO"))
    academie.routes["/idp/profile/SAML2/Redirect/SSO"] = page(
        "<div class='content'><h2>Web Login Service</h2><h3>Stale Request</h3>"
        "<p>You may be seeing this page because you used the Back button while browsing a "
        "secure web site or application.</p></div>"
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)


def test_a_simplesamlphp_error_after_a_redirect_with_its_cookie_is_not_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    """SimpleSAMLphp's NOSTATE error: a redirect and its session cookie, and an error page."""
    login_answer(academie, redirect("/simplesaml/module.php/core/error"))
    academie.routes["/simplesaml/module.php/core/error"] = page(
        "<h2>État introuvable</h2><p>L'information d'état est perdue, et il n'y a aucun moyen "
        "de relancer la requête</p><div class='trackidtext'><p>Si vous signalez cette erreur, "
        "veuillez aussi signaler l'identifiant de suivi 4c3e1f.</p></div>",
        headers=[session_cookie("SimpleSAMLSessionID")],
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)


@pytest.mark.parametrize(
    "answer",
    [
        # A legacy portal: a new PHP session and the page of a signed-in person.
        page(
            "<p>Bienvenue Jean Dupont.</p><ul><li><a href='/magistere/'>M@gistère</a></li></ul>"
            "<p><a href='/externet/'>Déconnexion</a></p>",
            headers=[session_cookie()],
        ),
        # Apereo CAS without a service: its ticket-granting cookie and "Connexion réussie".
        page(
            "<div class='alert alert-success'><h2>Connexion réussie</h2><p>Vous vous êtes "
            "authentifié(e) auprès du Service Central d'Authentification.</p></div>",
            headers=[session_cookie("TGC")],
        ),
    ],
    ids=["legacy-portal", "cas-generic-success"],
)
def test_one_sign_of_a_session_with_a_signed_in_page_is_a_success(
    academie: HostileServer, client: AcademieClient, answer: object
) -> None:
    login_answer(academie, answer)
    assert isinstance(client.check_credentials("jdupont", PASSWORD), LoginSucceeded)


def test_a_signed_in_page_reached_by_a_redirect_without_a_new_cookie_is_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A legacy site that keeps the session cookie of its login page (it should not, but
    many do): the redirect and the way to sign out are the evidence."""
    login_answer(academie, redirect("/externet/accueil.php"))
    academie.routes["/externet/accueil.php"] = page(
        "<h1>Mon espace</h1><a href='/externet/logout.php'>Se déconnecter</a>"
    )
    assert isinstance(client.check_credentials("jdupont", PASSWORD), LoginSucceeded)


def test_keycloaks_update_password_action_is_asked_not_a_refusal(
    academie: HostileServer, client: AcademieClient
) -> None:
    """Keycloak's "Update password" required action: its form keeps the username and the
    password in fields no one sees (for password managers); the form a person sees asks for
    a new password. That is "change it first", never "refused" (nothing to count)."""
    login_answer(
        academie,
        page(
            "<h1 id='kc-page-title'>Mettre à jour le mot de passe</h1>"
            "<div class='alert-warning pf-c-alert pf-m-inline pf-m-warning'>"
            "<span class='kc-feedback-text'>Vous devez changer votre mot de passe.</span></div>"
            "<form id='kc-passwd-update-form' action='/kc/required' method='post'>"
            "<input type='text' id='username' name='username' value='jdupont' readonly "
            "style='display:none'>"
            "<input type='password' id='password' name='password' style='display:none'>"
            "<label for='password-new'>Nouveau mot de passe</label>"
            "<input type='password' id='password-new' name='password-new'>"
            "<label for='password-confirm'>Confirmation du mot de passe</label>"
            "<input type='password' id='password-confirm' name='password-confirm'>"
            "<input type='submit' value='Soumettre'></form>",
            headers=[session_cookie("KC_RESTART")],
        ),
    )
    with pytest.raises(ActionRequiredError) as raised:
        client.check_credentials("jdupont", PASSWORD)
    assert raised.value.action.value == "change_expired_password"
    assert not client.refusals


# ------------------------------------------------------------------ the identifiant, whole and one


@pytest.mark.parametrize(
    "body",
    [
        "<p>Votre identifiant est : <b>jdupont</b>1</p>",
        "<p>Votre identifiant est : <span>jdupont</span><span>1</span></p>",
        "<p>Votre identifiant est : jdu<wbr>pont1</p>",
        "<p>Votre identifiant est : jdupont<!-- fin -->1</p>",
        "<p>Votre identifiant est : jdupont<span style='display:none'>9</span>1</p>",
        "<p>Votre identifiant est «\u00a0jdupont1\u00a0».</p>",
    ],
    ids=["bold-then-digit", "two-spans", "wbr", "comment-inside", "hidden-digit", "guillemets"],
)
def test_the_identifiant_is_read_as_a_browser_lays_it_out(
    academie: HostileServer, client: AcademieClient, body: str
) -> None:
    """Inline markup, a comment or a hidden element inside a word does not cut it: the
    browser shows "jdupont1"; "jdupont" is a colleague's account her tries could lock."""
    lookup_answer(academie, body)
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont1"


@pytest.mark.parametrize(
    "body",
    [
        # Several accounts, or homonyms' identifiants: the teacher could not tell hers.
        "<p>Plusieurs comptes correspondent :</p><ul><li>Identifiant : jdupont</li>"
        "<li>Identifiant : jdupont1</li></ul>",
        "<p>Votre identifiant est : jdupont ou jdupont1</p>",
        "<table><tr><th>Identifiant</th></tr><tr><td>jdupont</td></tr>"
        "<tr><td>jdupont2</td></tr></table>",
        "<label>Identifiant</label><select><option>jdupont</option>"
        "<option>jdupont1</option></select>",
        # A name, a hedge, a placeholder: no identifiant.
        "<dl><dt>Identifiant</dt><dd>Jean Dupont</dd><dd>jdupont</dd></dl>",
        "<p>Votre identifiant est probablement : jdupont</p>",
        "<p>Identifiant : non trouvé</p>",
        "<p>Identifiant : null</p>",
        "<p>Identifiant : erreur</p>",
        "<p>Votre identifiant est : xxxxxxx</p>",
        # Letters that only look like ASCII, or drawn in another order than written.
        "<p>Votre identifiant est : \u212adupont</p>",
        "<p>Votre identifiant est : <bdo dir='rtl'>tnopudj</bdo></p>",
        "<p>Votre identifiant est : <span style='unicode-bidi:bidi-override;direction:rtl'>"
        "tnopudj</span></p>",
        # A no-break space glues a digit to the word.
        "<p>Votre identifiant est : jdupont\u00a01</p>",
    ],
    ids=[
        "two-labelled",
        "one-or-the-other",
        "a-column-of-two",
        "a-list-of-two",
        "a-name",
        "probablement",
        "non-trouve",
        "null",
        "erreur",
        "placeholder-x",
        "kelvin-sign",
        "bdo",
        "bidi-override",
        "no-break-space-digit",
    ],
)
def test_no_identifiant_is_shown_unless_the_page_shows_one_whole(
    academie: HostileServer, client: AcademieClient, body: str
) -> None:
    lookup_answer(academie, body)
    with pytest.raises((SiteNotUnderstoodError, NotFoundError)):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)


@pytest.mark.parametrize(
    "result",
    [
        "<div class='resultat'><p>Votre identifiant est : <b>jdupont</b></p></div>",
        "<div class='alert alert-success'>Votre identifiant est : jdupont</div>",
        "<table><tr><th>Nom</th><th>Identifiant</th></tr>"
        "<tr><td>DUPONT Jean</td><td>jdupont</td></tr></table>",
    ],
    ids=["above-the-form", "styled-a-success", "a-table-under-the-form"],
)
def test_a_result_shown_with_the_search_form_again_is_found(
    academie: HostileServer, client: AcademieClient, result: str
) -> None:
    """Many PHP search pages show the result with the form again, for another search: that
    was "nobody with this name and NUMEN", sending the teacher to doubt her NUMEN."""
    lookup_answer(academie, result + lookup_form())
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"


def test_the_search_pages_own_help_is_no_result(
    academie: HostileServer, client: AcademieClient
) -> None:
    helped = (
        "<p>Votre identifiant est : pnom (initiale du prénom, puis le nom).</p>" + lookup_form()
    )
    academie.routes[LOOKUP] = page(helped)
    academie.routes[LOOKUP_ANSWER] = page("<p class='erreur'>Aucun agent trouvé.</p>" + helped)
    with pytest.raises(NotFoundError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)


def test_a_sentence_hidden_from_people_names_no_identifiant(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A template that keeps its "found" sentence hidden on the not-found page."""
    lookup_answer(
        academie,
        "<p style='display:none'>Votre identifiant est : modele</p>"
        "<p>Aucun agent ne correspond à ce nom et ce NUMEN.</p>",
    )
    with pytest.raises(NotFoundError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)


# ------------------------------------------------------------------ reset and change: said done


def reset_answer(academie: HostileServer, answer: object) -> None:
    academie.routes[RESET] = page(captcha_page())
    academie.routes["/identifiant/captcha.png"] = page(SMALL_PNG, content_type="image/png")
    academie.routes["/identifiant/code.php"] = page(step_two_page("/identifiant/reset.php"))
    academie.routes["/identifiant/reset.php"] = answer  # type: ignore[assignment]


def submit_reset(client: AcademieClient) -> ResetDone:
    step = client.submit_captcha(client.start_password_reset(), "ABCD")
    return client.submit_reset(step, "jdupont", JEAN_NUMEN)


@pytest.mark.parametrize(
    "words",
    [
        "Votre mot de passe n'a pas été réinitialisé.",
        "Le mot de passe ne peut pas être réinitialisé : compte verrouillé.",
        "Une erreur technique est survenue, le mot de passe n'a pas été réinitialisé.",
        "Opération effectuée : échec, NUMEN incorrect.",
        "Le mot de passe sera réinitialisé après validation par votre établissement.",
    ],
    ids=["not-done", "cannot-be-done", "technical-error", "done-with-failure", "will-be-done"],
)
def test_a_reset_taken_back_in_its_own_sentence_is_not_done(
    academie: HostileServer, client: AcademieClient, words: str
) -> None:
    """ "Réinitialisé" said, and in the same sentence not done ("n'a pas été", "ne peut pas
    être", "échec", "sera"): the teacher would try her NUMEN on a password never reset."""
    reset_answer(academie, page(f"<p>{words}</p>"))
    with pytest.raises((SiteNotUnderstoodError, NotFoundError)):
        submit_reset(client)


def test_a_numen_mentioned_is_not_a_numen_given_back(
    academie: HostileServer, client: AcademieClient
) -> None:
    reset_answer(
        academie,
        page(
            "<p>Votre mot de passe a été réinitialisé. Le nouveau vous a été envoyé par SMS.</p>"
            "<p>Rappel : ne communiquez jamais votre NUMEN.</p>"
        ),
    )
    assert submit_reset(client).new_password is not NewPassword.NUMEN


def test_ltb_mail_sent_is_a_reset_by_mail(academie: HostileServer, client: AcademieClient) -> None:
    """LTB Self-Service-Password's answer to a reset by mail (its French words)."""
    reset_answer(
        academie,
        page(
            "<div class='alert alert-success'>Un courriel de confirmation vous a été envoyé</div>"
        ),
    )
    assert submit_reset(client).new_password is NewPassword.SENT_BY_MAIL


def test_no_mail_sent_is_no_reset(academie: HostileServer, client: AcademieClient) -> None:
    reset_answer(academie, page("<p>Aucun courriel n'a été envoyé : adresse inconnue.</p>"))
    with pytest.raises((SiteNotUnderstoodError, NotFoundError)):
        submit_reset(client)


def change_answer(academie: HostileServer, answer: object) -> None:
    academie.routes[CHANGE] = page(change_form("/identifiant/changer.php"))
    academie.routes["/identifiant/changer.php"] = answer  # type: ignore[assignment]


def test_a_login_page_whose_help_mentions_a_change_is_not_a_change(
    academie: HostileServer, client: AcademieClient
) -> None:
    """The change answered with the portal's login page (the session was gone), whose help
    says "Si votre mot de passe a été modifié récemment…": a condition, not a change."""
    change_answer(
        academie,
        page(
            "<p>Si votre mot de passe a été modifié récemment, attendez cinq minutes avant de "
            "vous connecter.</p>" + login_form(LOGIN)
        ),
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.change_password("jdupont", PASSWORD, NEW_PASSWORD)


def test_changed_too_recently_is_not_changed(
    academie: HostileServer, client: AcademieClient
) -> None:
    """LTB's "too young" refusal, in a page without the form nor an alert class."""
    change_answer(academie, page("<p>Votre mot de passe a été changé trop récemment.</p>"))
    with pytest.raises((SiteNotUnderstoodError, PasswordRejectedError)):
        client.change_password("jdupont", PASSWORD, NEW_PASSWORD)


@pytest.mark.parametrize(
    "words",
    [
        "Les mots de passe ne correspondent pas",  # LTB: the new one and its confirmation
        "Le code de vérification n'est pas valide",  # LTB's captcha on the change page
    ],
)
def test_a_refusal_that_is_not_about_the_current_password_is_not_counted_as_one(
    academie: HostileServer, client: AcademieClient, words: str
) -> None:
    change_answer(
        academie,
        page(f"<div class='result alert alert-danger'>{words}</div>" + change_form()),
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.change_password("jdupont", PASSWORD, NEW_PASSWORD)
    assert not client.refusals


@pytest.mark.parametrize(
    ("answer", "outcome"),
    [
        (
            "<div class='alert-success'><span class='kc-feedback-text'>Votre mot de passe a "
            "été mis à jour.</span></div>",
            PasswordChanged,
        ),
        (
            "<div class='alert alert-danger'>Votre nouveau mot de passe est identique à "
            "l'ancien</div>" + change_form(),
            PasswordRejectedError,
        ),
    ],
    ids=["keycloak-updated", "ltb-same-as-old"],
)
def test_words_of_real_change_pages(
    academie: HostileServer, client: AcademieClient, answer: str, outcome: type
) -> None:
    change_answer(academie, page(answer))
    try:
        result: object = client.change_password("jdupont", PASSWORD, NEW_PASSWORD)
    except MagistereError as error:
        result = error
    assert isinstance(result, outcome), result


def test_a_login_behind_the_change_page_that_asks_something_first_is_one_of_its_outcomes(
    academie: HostileServer, client: AcademieClient
) -> None:
    """The change page asks to log in (a Web-SSO); the login answers with Keycloak's "update
    password" action (new and confirmation, no current one): "something else first" is an
    outcome of the change too, in its closed set (the wizard has a sentence for it)."""
    academie.routes[CHANGE] = page(login_form(LOGIN))
    academie.routes[LOGIN] = page(
        "<h1>Mettre à jour le mot de passe</h1><form method='post' action='/kc/required'>"
        "<label for='n'>Nouveau mot de passe</label><input id='n' type='password' name='pn'>"
        "<label for='c'>Confirmation</label><input id='c' type='password' name='pc'>"
        "<input type='submit' value='Soumettre'></form>",
        headers=[session_cookie("KC_RESTART")],
    )
    with pytest.raises(MagistereError) as raised:
        client.change_password("jdupont", PASSWORD, NEW_PASSWORD)
    assert isinstance(raised.value, ActionRequiredError)
    assert isinstance(raised.value, OUTCOMES["change_password"] + ANY_OPERATION)


# ------------------------------------------------------------------ refusals that are not refusals

MAINTENANCE = "Le service est momentanément indisponible, réessayez plus tard."


@pytest.mark.parametrize(
    "words",
    [
        MAINTENANCE,
        "Votre session a expiré, veuillez recommencer.",
        "Jeton de sécurité invalide.",
        "Le service est fermé pour maintenance. Aucun accès possible.",
    ],
)
def test_a_lookup_that_did_not_look_is_not_nobody_found(
    academie: HostileServer, client: AcademieClient, words: str
) -> None:
    """The form back with the site's trouble: the name and NUMEN were never looked up, and
    "nobody with this name and NUMEN" would send the teacher to doubt her NUMEN."""
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes[LOOKUP_ANSWER] = page(f"<p class='erreur'>{words}</p>" + lookup_form())
    with pytest.raises(SiteNotUnderstoodError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)


@pytest.mark.parametrize(
    ("words", "outcome"),
    [
        (MAINTENANCE, SiteNotUnderstoodError),
        ("Trop de tentatives, réessayez dans 10 minutes.", RateLimitedError),
    ],
)
def test_a_step_two_that_did_not_look_is_not_a_mismatch(
    academie: HostileServer, client: AcademieClient, words: str, outcome: type
) -> None:
    reset_answer(academie, page(f"<p class='erreur'>{words}</p>" + step_two_page()))
    with pytest.raises(outcome):
        submit_reset(client)


def test_too_many_lookups_is_a_wait(academie: HostileServer, client: AcademieClient) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes[LOOKUP_ANSWER] = page(
        "<div class='alert alert-danger'>Trop de tentatives. Réessayez dans 15 minutes.</div>"
        + lookup_form()
    )
    with pytest.raises(RateLimitedError) as raised:
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert raised.value.retry_after_seconds == 15 * 60


@pytest.mark.parametrize(
    "words",
    [
        "Votre session a expiré, veuillez vous reconnecter.",  # the simulator's own words
        "Délai dépassé, merci de recommencer.",  # the simulator's "tableaux" layout
        "Votre session est arrivée à échéance. Veuillez vous connecter à nouveau.",  # Moodle
        MAINTENANCE,
    ],
)
def test_a_login_form_back_with_a_lost_session_is_no_refusal(
    academie: HostileServer, client: AcademieClient, words: str
) -> None:
    """The password was never checked (the form's token or session was gone): not "wrong
    password", and not one more refusal towards the lock."""
    login_answer(academie, page(f"<p class='erreur'>{words}</p>" + login_form(LOGIN)))
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)
    assert not client.refusals


def test_keycloaks_temporarily_disabled_account_is_a_lock(
    academie: HostileServer, client: AcademieClient
) -> None:
    """Keycloak's brute-force protection, its French words, over its login form."""
    login_answer(
        academie,
        page(
            "<div class='alert-error pf-c-alert pf-m-danger'><span class='kc-feedback-text'>"
            "Compte temporairement désactivé, contactez votre administrateur ou réessayez plus "
            "tard.</span></div>" + login_form(LOGIN)
        ),
    )
    with pytest.raises(AccountLockedError):
        client.check_credentials("jdupont", PASSWORD)


def test_a_disabled_account_is_no_wrong_password(
    academie: HostileServer, client: AcademieClient
) -> None:
    """Keycloak's (or CAS's) disabled account over the form: the password is not the
    matter, and telling the teacher it is wrong would send her to reset it for nothing."""
    login_answer(
        academie,
        page(
            "<div class='alert-error'><span class='kc-feedback-text'>Compte désactivé, "
            "contactez votre administrateur.</span></div>" + login_form(LOGIN)
        ),
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)
    assert not client.refusals


def test_a_refusal_that_says_try_again_is_still_a_refusal(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(
        academie,
        page("<p class='erreur'>Mot de passe incorrect, veuillez recommencer.</p>" + login_form()),
    )
    with pytest.raises(WrongCredentialsError):
        client.check_credentials("jdupont", PASSWORD)


@pytest.mark.parametrize(
    ("words", "outcome"),
    [
        ("Service momentanément indisponible", SiteNotUnderstoodError),
        ("Trop de tentatives, réessayez dans 10 minutes.", RateLimitedError),
    ],
)
def test_a_code_form_back_with_the_sites_trouble_is_not_a_wrong_code(
    academie: HostileServer, client: AcademieClient, words: str, outcome: type
) -> None:
    reset_answer(academie, page("unused"))
    academie.routes["/identifiant/code.php"] = page(
        f"<p class='erreur'>{words}</p>" + captcha_page()
    )
    with pytest.raises(outcome):
        client.submit_captcha(client.start_password_reset(), "ABCD")


# ------------------------------------------------------------------ secrets in addresses


def reached_with(academie: HostileServer, secret: str) -> list[str]:
    """The requests that carried ``secret`` in their address (any case, or percent-encoded)."""
    forms = {secret.lower(), quote(secret, safe="").lower()}
    return [
        request.target
        for request in academie.received
        if any(form in request.target.lower() for form in forms)
    ]


def test_a_redirect_never_puts_the_password_in_an_address(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A PHP login that answers with ``Location: accueil.php?login=…&pass=…`` (the password
    echoed): a refresh or a frame built so is not followed, nor is this redirect, whose GET
    would leave the password in the site's access logs and any proxy's."""
    login_answer(
        academie,
        redirect(f"/externet/accueil.php?login=jdupont&pass={quote(PASSWORD.upper())}"),
    )
    academie.routes["/externet/accueil.php"] = page(
        "<a href='/externet/logout'>Déconnexion</a>", headers=[session_cookie()]
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)
    assert reached_with(academie, PASSWORD) == []


def test_a_lookup_redirect_never_puts_the_numen_in_an_address(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes[LOOKUP] = page(lookup_form())
    academie.routes[LOOKUP_ANSWER] = redirect(f"/melouvert/resultat.php?numen={JEAN_NUMEN}")
    academie.routes["/melouvert/resultat.php"] = page("<p>Votre identifiant est : jdupont</p>")
    with pytest.raises(SiteNotUnderstoodError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert reached_with(academie, JEAN_NUMEN) == []


def test_the_translation_file_of_a_page_is_never_asked_for_with_a_secret(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A LemonLDAP::NG-style page whose script address echoes the password: its translation
    file is fetched from the same folder, but never with a secret in the address."""
    login_answer(
        academie,
        page(
            f"<html><head><script src='/static/x?p={PASSWORD}&common/js/portal.js'></script>"
            "</head><body><span trmsg='5'></span>" + login_form(LOGIN) + "</body></html>"
        ),
    )
    with pytest.raises(MagistereError):
        client.check_credentials("jdupont", PASSWORD)
    assert reached_with(academie, PASSWORD) == []


def test_a_result_keeps_no_secret_in_its_address(
    academie: HostileServer, client: AcademieClient
) -> None:
    """A lookup form sent with GET, as a browser sends it: the NUMEN is in the answer's
    address. The result the wizard keeps names the page without its query."""
    academie.routes[LOOKUP] = page(lookup_form().replace("method='post'", "method='get'"))
    academie.routes[LOOKUP_ANSWER] = page("<p>Votre identifiant est : jdupont</p>")
    found = client.lookup_identifiant("Dupont", JEAN_NUMEN)
    assert found.identifiant == "jdupont"
    assert JEAN_NUMEN.lower() not in repr(found).lower()


def test_a_password_is_never_sent_in_an_address_even_when_the_form_says_get(
    academie: HostileServer, client: AcademieClient
) -> None:
    """Decided: a password in an address stays in access logs and filtering proxies; the
    program refuses (the page is offered in the browser). A NUMEN lookup by GET is allowed."""
    academie.routes[PORTAL] = page(login_form(LOGIN).replace("method='post'", "method='get'"))
    academie.routes[LOGIN] = page("<a href='/logout'>Déconnexion</a>", headers=[session_cookie()])
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)
    assert reached_with(academie, PASSWORD) == []

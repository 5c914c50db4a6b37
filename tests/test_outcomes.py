"""Only true answers: each outcome of each operation, decided on evidence, over a real socket.

Shapes taken from real académie-type software (CAS, LemonLDAP::NG, LTB
Self-Service-Password): the scripted server answers as they do, and the test
asserts the outcome the teacher must be told. A success is reported only on
positive evidence; anything else is a refusal, a lock, a step asked for, or
"not understood".
"""

from __future__ import annotations

import pytest
import scripted_site
from test_hostile_servers import (
    CHANGE,
    PASSWORD,
    PORTAL,
    RESET,
    SMALL_PNG,
    captcha_page,
    change_form,
    login_form,
    lookup_form,
    step_two_page,
)

from accounts import JEAN_NUMEN
from hostile import HostileServer, Received, page, redirect
from magistere_gui.client import (
    AcademieClient,
    AccountLockedError,
    CaptchaError,
    LoginSucceeded,
    NotFoundError,
    PasswordChanged,
    PasswordRejectedError,
    ResetDone,
    SiteNotUnderstoodError,
    WrongCredentialsError,
)
from magistere_gui.client.errors import (
    ActionRequiredError,
    EmptyFieldError,
    OperationCancelledError,
    RateLimitedError,
)
from magistere_gui.client.evidence import RequiredAction
from magistere_gui.client.results import NewPassword

LOOKUP_ANSWER = "/melouvert/identifiant.php"
LOOKUP = "/melouvert/identifiant.htm"
LOGIN = "/externet/login"

# LemonLDAP::NG 2.16's shapes (its portal templates): an alert block styled as negative,
# a submit button styled "btn-success" whose label must never be taken for a message.
LLNG_ALERT = (
    "<div class='message message-negative alert' role='alert'>"
    "<span trmsg='5'>Identifiant ou mot de passe incorrect</span></div>"
)
LLNG_LOCK = (
    "<div class='message message-negative alert' role='alert'>Vous avez saisi un mauvais "
    "mot de passe trop de fois de suite. Veuillez patienter 5 minutes.</div>"
    "<a href='/' class='btn btn-primary'>Retour au portail</a>"
)
LLNG_BUTTON = "<button type='submit' class='btn btn-success'>Connect</button>"

# The scripted académie and a client of it (this module's `client`, not conftest's).
academie_server = scripted_site.academie_server
academie = scripted_site.academie
client = scripted_site.client


def session_cookie(name: str = "lemonldap") -> tuple[str, str]:
    return ("Set-Cookie", f"{name}=0123456789abcdef; Path=/; HttpOnly")


def login_answer(academie: HostileServer, answer: object) -> None:
    academie.routes[PORTAL] = page(login_form(LOGIN) + LLNG_BUTTON)
    academie.routes[LOGIN] = answer  # type: ignore[assignment]


def logins_received(academie: HostileServer) -> list[Received]:
    return [request for request in academie.received if request.path == LOGIN]


# ------------------------------------------------------------------ login: accepted


def test_a_login_is_accepted_on_a_redirect_with_a_session_cookie(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(academie, redirect("/externet/menu", status=302))
    academie.routes["/externet/menu"] = page(
        "<h1>Mon espace</h1><a href='/externet/sortie'>Déconnexion</a>", headers=[session_cookie()]
    )
    result = client.check_credentials("jdupont", PASSWORD)
    assert isinstance(result, LoginSucceeded)
    assert result.evidence.cookies_set == ("lemonldap",)
    assert result.evidence.redirected


def test_a_page_without_form_nor_session_is_not_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(academie, page("<h1>Bienvenue</h1><p>Vous êtes sur le portail.</p>"))
    with pytest.raises(SiteNotUnderstoodError):
        client.check_credentials("jdupont", PASSWORD)


def test_an_expired_password_page_is_never_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(
        academie,
        page(
            "<p>Votre mot de passe a expiré.</p><a href='/changer'>Changer mon mot de passe</a>",
            headers=[session_cookie()],
        ),
    )
    with pytest.raises(ActionRequiredError) as raised:
        client.check_credentials("jdupont", PASSWORD)
    assert raised.value.action is RequiredAction.CHANGE_EXPIRED_PASSWORD


def test_a_second_step_asked_after_the_password_is_never_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(
        academie,
        page(
            "<form method='post' action='/otp'><label for='o'>Code reçu par SMS</label>"
            "<input id='o' name='otp'><input type='submit' value='Valider'></form>",
            headers=[session_cookie()],
        ),
    )
    with pytest.raises(ActionRequiredError) as raised:
        client.check_credentials("jdupont", PASSWORD)
    assert raised.value.action is RequiredAction.SECOND_STEP
    assert raised.value.asked_for == "Code reçu par SMS"


def test_an_unknown_form_after_the_password_says_what_it_asks(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(
        academie,
        page(
            "<form method='post' action='/q'><label for='q'>Ville de naissance</label>"
            "<input id='q' name='ville'></form>",
            headers=[session_cookie()],
        ),
    )
    with pytest.raises(ActionRequiredError) as raised:
        client.check_credentials("jdupont", PASSWORD)
    assert raised.value.action is RequiredAction.UNKNOWN_FORM
    assert raised.value.asked_for == "Ville de naissance"


# ------------------------------------------------------------------ login: refused, locked


def test_a_wrong_password_answered_401_with_the_form_is_a_refusal(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(academie, page(login_form(LOGIN), status=401))
    with pytest.raises(WrongCredentialsError) as raised:
        client.check_credentials("jdupont", PASSWORD)
    assert raised.value.evidence is not None
    assert raised.value.evidence.status == 401
    assert raised.value.refusals == 1


def test_refusals_are_counted_per_identifiant(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(academie, page(LLNG_ALERT + login_form(LOGIN) + LLNG_BUTTON))
    for expected in (1, 2):
        with pytest.raises(WrongCredentialsError) as raised:
            client.check_credentials("jdupont", f"faux-{expected}")
        assert raised.value.refusals == expected
    with pytest.raises(WrongCredentialsError) as raised:
        client.check_credentials("mmartin", "faux")
    assert raised.value.refusals == 1


def test_the_site_message_is_the_alert_never_the_button_label(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(academie, page(LLNG_ALERT + login_form(LOGIN) + LLNG_BUTTON))
    with pytest.raises(WrongCredentialsError) as raised:
        client.check_credentials("jdupont", PASSWORD)
    assert raised.value.site_message == "Identifiant ou mot de passe incorrect"


@pytest.mark.parametrize("password", [PASSWORD, "un-mauvais"])
def test_a_lock_page_without_form_is_a_lock_whatever_the_password(
    academie: HostileServer, client: AcademieClient, password: str
) -> None:
    login_answer(academie, page(LLNG_LOCK))
    with pytest.raises(AccountLockedError) as raised:
        client.check_credentials("jdupont", password)
    assert raised.value.retry_after_seconds == 300
    assert "trop de fois" in raised.value.site_message


def test_a_lock_said_over_the_form_is_a_lock_not_a_wrong_password(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(academie, page(LLNG_LOCK + login_form(LOGIN)))
    with pytest.raises(AccountLockedError):
        client.check_credentials("jdupont", PASSWORD)


def test_http_423_is_a_lock(academie: HostileServer, client: AcademieClient) -> None:
    login_answer(academie, page("<p>Compte indisponible.</p>", status=423))
    with pytest.raises(AccountLockedError):
        client.check_credentials("jdupont", PASSWORD)


def test_http_429_is_a_wait(academie: HostileServer, client: AcademieClient) -> None:
    login_answer(academie, page("<p>Doucement.</p>", status=429, headers=[("Retry-After", "120")]))
    with pytest.raises(RateLimitedError) as raised:
        client.check_credentials("jdupont", PASSWORD)
    assert raised.value.retry_after_seconds == 120


def test_an_empty_field_is_never_sent(academie: HostileServer, client: AcademieClient) -> None:
    login_answer(academie, page(login_form(LOGIN), status=401))
    for identifiant, password in (("", PASSWORD), ("jdupont", ""), ("  ", "")):
        with pytest.raises(EmptyFieldError):
            client.check_credentials(identifiant, password)
    assert logins_received(academie) == []


def test_a_login_is_sent_once_whatever_the_outcome(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(academie, page(LLNG_LOCK))
    with pytest.raises(AccountLockedError):
        client.check_credentials("jdupont", PASSWORD)
    assert len(logins_received(academie)) == 1


# ------------------------------------------------------------------ identifiant


@pytest.mark.parametrize(
    "shown",
    [
        "jdup\u043ent",  # a Cyrillic o
        "jdu\u202epont",  # a right-to-left override inside
        "\uff4a\uff44\uff55\uff50\uff4f\uff4e\uff54",  # full-width letters
        "jdupont\u200b1",  # a zero-width space before the homonym's digit
    ],
)
def test_an_identifiant_that_is_not_whole_ascii_is_never_shown(
    academie: HostileServer, client: AcademieClient, shown: str
) -> None:
    academie.routes["/melouvert/identifiant.htm"] = page(lookup_form(LOOKUP_ANSWER))
    academie.routes[LOOKUP_ANSWER] = page(f"<p>Votre identifiant est : {shown}</p>")
    with pytest.raises(SiteNotUnderstoodError):
        client.lookup_identifiant("Dupont", JEAN_NUMEN)


def test_a_whole_identifiant_with_its_homonym_digit_is_found(
    academie: HostileServer, client: AcademieClient
) -> None:
    academie.routes["/melouvert/identifiant.htm"] = page(lookup_form(LOOKUP_ANSWER))
    academie.routes[LOOKUP_ANSWER] = page("<p>Votre identifiant est : jdupont1.</p>")
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont1"


# ------------------------------------------------------------------ change


def change_answer(academie: HostileServer, answer: object) -> None:
    academie.routes[CHANGE] = page(change_form("/identifiant/changer.php"))
    academie.routes["/identifiant/changer.php"] = answer  # type: ignore[assignment]


def test_a_wrong_current_password_on_the_change_page_is_not_a_rule_of_the_new_one(
    academie: HostileServer, client: AcademieClient
) -> None:
    change_answer(
        academie,
        page("<p class='erreur'>Identifiant ou mot de passe incorrect</p>" + change_form()),
    )
    with pytest.raises(WrongCredentialsError):
        client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7")


def test_a_rule_of_the_new_password_is_a_rejection(
    academie: HostileServer, client: AcademieClient
) -> None:
    change_answer(
        academie,
        page(
            "<p class='erreur'>Le mot de passe doit contenir au moins 12 caractères</p>"
            + change_form()
        ),
    )
    with pytest.raises(PasswordRejectedError) as raised:
        client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7")
    assert "12 caractères" in raised.value.site_message


def test_a_change_is_done_only_when_the_site_says_so(
    academie: HostileServer, client: AcademieClient
) -> None:
    change_answer(academie, page("<p>Merci de votre visite.</p>"))
    with pytest.raises(SiteNotUnderstoodError):
        client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7")
    change_answer(academie, page("<p class='message succes'>Votre mot de passe a été modifié.</p>"))
    assert isinstance(client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7"), PasswordChanged)


def test_a_change_page_with_an_alert_is_never_done(
    academie: HostileServer, client: AcademieClient
) -> None:
    change_answer(
        academie,
        page(
            "<div role='alert'>Le service est momentanément indisponible.</div>"
            "<p>Votre mot de passe a été modifié lors de votre dernière visite.</p>"
        ),
    )
    with pytest.raises(SiteNotUnderstoodError):
        client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7")


# ------------------------------------------------------------------ reset


def reset_pages(academie: HostileServer, code_answer: object) -> None:
    academie.routes[RESET] = page(captcha_page())
    academie.routes["/identifiant/captcha.png"] = page(SMALL_PNG, content_type="image/png")
    academie.routes["/identifiant/code.php"] = code_answer  # type: ignore[assignment]


def test_after_a_used_up_form_token_the_next_code_goes_with_a_fresh_one(
    academie: HostileServer, client: AcademieClient
) -> None:
    """LTB-style: after a wrong code the page shows the used-up token again. The next code
    must go with the token of step 1/2 loaded anew, or every right code is refused."""
    tokens = iter(["t1", "t2", "t3"])

    def step_one(_request: Received, out: object) -> None:
        html = captcha_page().replace(
            "<form method='post' action='/identifiant/code.php'>",
            f"<form method='post' action='/identifiant/code.php'>"
            f"<input type='hidden' name='token' value='{next(tokens)}'>",
        )
        page(html)(_request, out)  # type: ignore[arg-type]

    def check(request: Received, out: object) -> None:
        if b"token=t1" in request.body:  # the first, wrong code: the page shows t1 again
            page(
                "<p class='error'>Le code saisi est incorrect.</p>"
                + captcha_page().replace(
                    "<form method='post' action='/identifiant/code.php'>",
                    "<form method='post' action='/identifiant/code.php'>"
                    "<input type='hidden' name='token' value='t1'>",
                )
            )(request, out)  # type: ignore[arg-type]
        elif b"token=t2" in request.body:
            page(step_two_page())(request, out)  # type: ignore[arg-type]
        else:
            page("<p class='error'>Le jeton n'est pas valide.</p>" + captcha_page())(
                request,
                out,  # type: ignore[arg-type]
            )

    reset_pages(academie, check)
    academie.routes[RESET] = step_one
    with pytest.raises(CaptchaError) as raised:
        client.submit_captcha(client.start_password_reset(), "WRONG")
    assert not raised.value.expired
    assert raised.value.challenge is not None
    client.submit_captcha(raised.value.challenge, "RIGHT")  # reaches step 2/2


def test_a_stale_token_is_said_as_start_again_not_as_a_wrong_code(
    academie: HostileServer, client: AcademieClient
) -> None:
    reset_pages(academie, page("<p class='error'>Le jeton n'est pas valide.</p>" + captcha_page()))
    with pytest.raises(CaptchaError) as raised:
        client.submit_captcha(client.start_password_reset(), "ABCD")
    assert raised.value.expired


def reset_done_answer(academie: HostileServer, answer: object) -> None:
    reset_pages(academie, page(step_two_page("/identifiant/reset.php")))
    academie.routes["/identifiant/reset.php"] = answer  # type: ignore[assignment]


def test_a_reset_says_what_the_password_is_now(
    academie: HostileServer, client: AcademieClient
) -> None:
    reset_done_answer(
        academie,
        page(
            "<p class='message'>Votre mot de passe a été réinitialisé : c'est de nouveau "
            "votre NUMEN en majuscules.</p>"
        ),
    )
    step = client.submit_captcha(client.start_password_reset(), "ABCD")
    done = client.submit_reset(step, "jdupont", JEAN_NUMEN)
    assert isinstance(done, ResetDone)
    assert done.new_password is NewPassword.NUMEN


def test_a_reset_by_mail_is_said_as_such(academie: HostileServer, client: AcademieClient) -> None:
    reset_done_answer(
        academie,
        page(
            "<div class='alert alert-success'>Votre mot de passe a été réinitialisé. Un "
            "courriel vous a été envoyé avec le lien pour le choisir.</div>"
        ),
    )
    step = client.submit_captcha(client.start_password_reset(), "ABCD")
    assert client.submit_reset(step, "jdupont", JEAN_NUMEN).new_password is (
        NewPassword.SENT_BY_MAIL
    )


def test_a_reset_answer_that_says_nothing_is_not_done(
    academie: HostileServer, client: AcademieClient
) -> None:
    reset_done_answer(academie, page("<h1>Identifiant</h1><p>Bonne journée.</p>"))
    step = client.submit_captcha(client.start_password_reset(), "ABCD")
    with pytest.raises(SiteNotUnderstoodError):
        client.submit_reset(step, "jdupont", JEAN_NUMEN)


def test_a_step_two_refusal_is_a_mismatch(academie: HostileServer, client: AcademieClient) -> None:
    reset_done_answer(
        academie,
        page("<p class='erreur'>Identifiant et NUMEN ne correspondent pas.</p>" + step_two_page()),
    )
    step = client.submit_captcha(client.start_password_reset(), "ABCD")
    with pytest.raises(NotFoundError):
        client.submit_reset(step, "jdupont", JEAN_NUMEN)


# ------------------------------------------------------------------ the closed set


def test_every_operation_of_the_client_has_its_closed_set_of_outcomes() -> None:
    from magistere_gui.client.outcomes import OUTCOMES

    public = {
        name
        for name in vars(AcademieClient)
        if not name.startswith("_") and callable(getattr(AcademieClient, name))
    } - {"close"}
    assert set(OUTCOMES) == public


def test_every_outcome_that_is_not_a_success_has_its_own_advice() -> None:
    """The wizard has a true sentence for each refusal, never "something unexpected"."""
    from magistere_gui.client.outcomes import ANY_OPERATION, OUTCOMES
    from magistere_gui.gui.messages import _advice_table

    advised = {kind for kind, _operation in _advice_table()}
    for name, outcomes in OUTCOMES.items():
        for outcome in outcomes[1:] + ANY_OPERATION:
            if outcome is OperationCancelledError:
                continue  # the teacher stopped it: the page says so itself, no advice
            nearest = next(kind for kind in outcome.__mro__ if kind in advised)
            assert nearest is not Exception, f"{name}: {outcome.__name__} has no advice"


# ------------------------------------------------------------------ change behind the login

# A Web-SSO's shape (LemonLDAP::NG's portal): the change form is in the menu of a logged-in
# person, with no identifiant field; the change page first answers with the login form.
MENU_CHANGE_FORM = (
    "<form method='post' action='/externet/menu'>"
    "<input type='password' name='oldpassword' placeholder='Mot de passe actuel'>"
    "<input type='password' name='newpassword' placeholder='Nouveau mot de passe'>"
    "<input type='password' name='confirmpassword' placeholder='Confirmation'>"
    "<button type='submit' class='btn btn-success'>Envoyer</button></form>"
)


def web_sso(academie: HostileServer, change_answer: object) -> None:
    """The change page asks to log in; the login sets a session; the menu holds the form."""

    def change_page(request: Received, out: object) -> None:
        logged_in = "session=" in request.headers.get("cookie", "")
        html = "<h1>Mon espace</h1>" + MENU_CHANGE_FORM if logged_in else login_form(LOGIN)
        page(html)(request, out)  # type: ignore[arg-type]

    academie.routes[CHANGE] = change_page
    academie.routes[LOGIN] = page(
        "<meta charset='utf-8'><p>Connecté</p>", headers=[session_cookie("session")]
    )
    academie.routes["/externet/menu"] = change_answer  # type: ignore[assignment]


def test_a_change_offered_only_after_login_logs_in_once_then_changes(
    academie: HostileServer, client: AcademieClient
) -> None:
    web_sso(
        academie,
        page(
            "<div class='message message-positive alert' role='status'>Votre mot de passe a "
            "été modifié.</div>" + MENU_CHANGE_FORM
        ),
    )
    result = client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7")
    assert isinstance(result, PasswordChanged)
    assert len(logins_received(academie)) == 1
    sent = next(r for r in academie.received if r.path == "/externet/menu").body
    assert b"oldpassword=Tournesol-2024" in sent
    assert b"confirmpassword=Mimosa-Bleu7" in sent


def test_behind_the_login_a_refused_login_is_the_current_password_refused(
    academie: HostileServer, client: AcademieClient
) -> None:
    web_sso(academie, page("unused"))
    academie.routes[LOGIN] = page(LLNG_ALERT + login_form(LOGIN), status=401)
    with pytest.raises(WrongCredentialsError):
        client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7")
    assert not any(r.path == "/externet/menu" for r in academie.received)


def test_behind_the_login_a_policy_refusal_is_the_new_password_refused(
    academie: HostileServer, client: AcademieClient
) -> None:
    web_sso(
        academie,
        page(
            "<div class='message message-negative alert' role='alert'>Le mot de passe ne "
            "respecte pas la politique : 12 caractères au moins.</div>" + MENU_CHANGE_FORM
        ),
    )
    with pytest.raises(PasswordRejectedError):
        client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7")


def test_behind_the_login_a_password_to_change_first_is_changed_in_the_form_shown(
    academie: HostileServer, client: AcademieClient
) -> None:
    """LemonLDAP::NG with an LDAP password policy: the login answers, without a session,
    with the change form under an alert saying the password has expired. That form is the
    way on (filled once), not a refusal."""
    web_sso(
        academie,
        page(
            "<div class='message message-positive alert' role='status'>Le mot de passe a été "
            "changé avec succès</div>"
        ),
    )
    academie.routes[LOGIN] = page(
        "<div class='message message-negative alert' role='alert'>Votre mot de passe a "
        "expiré</div>" + MENU_CHANGE_FORM
    )
    result = client.change_password("jdupont", PASSWORD, "Mimosa-Bleu7")
    assert isinstance(result, PasswordChanged)
    assert len(logins_received(academie)) == 1
    assert [r.path for r in academie.received].count("/externet/menu") == 1


def test_the_login_page_help_about_locks_is_not_a_lock(
    academie: HostileServer, client: AcademieClient
) -> None:
    helped = "<p>Attention : le compte est verrouillé après 5 essais.</p>" + login_form(LOGIN)
    academie.routes[PORTAL] = page(helped)
    academie.routes[LOGIN] = page("<p class='erreur'>Mot de passe incorrect.</p>" + helped)
    with pytest.raises(WrongCredentialsError):
        client.check_credentials("jdupont", PASSWORD)


def test_a_portal_home_with_a_search_box_is_a_success(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(academie, redirect("/externet/menu", status=302))
    academie.routes["/externet/menu"] = page(
        "<h1>Mon espace</h1><form action='/chercher'><input name='motcle'>"
        "<input type='submit' value='Rechercher'></form>",
        headers=[session_cookie()],
    )
    assert isinstance(client.check_credentials("jdupont", PASSWORD), LoginSucceeded)


def test_a_one_letter_try_does_not_mangle_the_sites_words(
    academie: HostileServer, client: AcademieClient
) -> None:
    login_answer(academie, page(LLNG_ALERT + login_form(LOGIN)))
    with pytest.raises(WrongCredentialsError) as raised:
        client.check_credentials("jdupont", "u")
    assert raised.value.site_message == "Identifiant ou mot de passe incorrect"

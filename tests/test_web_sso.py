"""A teacher's login against a real Web-SSO: Debian's LemonLDAP::NG, on loopback.

The portal is started by ``tests/websso/llng.py start`` (``.ci/run`` does it, and sets
MAGISTERE_REQUIRE_WEBSSO=1 so that these stories fail rather than skip when it is not
running; elsewhere they are skipped with the reason). It is software nobody here wrote:
where it and the simulator disagree, it is right. Its demo accounts are ``dwho``,
``rtyler`` and ``msmith``, each with the user name as password; it locks an account for
60 seconds after 3 refused passwords. Each story starts with no refusal remembered. A
second portal, with an LDAP back-end and a password policy, holds two teachers whose
password must be changed first (see the last stories).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from magistere_gui.client import (
    AcademieClient,
    AccountLockedError,
    ActionRequiredError,
    LoginSucceeded,
    PasswordChanged,
    PasswordRejectedError,
    WrongCredentialsError,
    load_profile,
)
from magistere_gui.client.evidence import RequiredAction
from magistere_gui.client.profile import SiteProfile
from websso import llng

PROFILE = Path(__file__).parent / "websso" / "llng.toml"
#: What the portal's French page says to a refused password (its message PE5).
REFUSED_WORDS = "Identifiant ou mot de passe incorrect"


@pytest.fixture(scope="module")
def websso() -> llng.Running:
    found = llng.running()
    if found is None:
        why = llng.installed() or "start it with: python3 tests/websso/llng.py start"
        if os.environ.get("MAGISTERE_REQUIRE_WEBSSO"):
            pytest.fail(f"LemonLDAP::NG is not running although CI starts it: {why}")
        pytest.skip(f"LemonLDAP::NG is not running here: {why}")
    return found


@pytest.fixture
def sso_profile(websso: llng.Running) -> SiteProfile:
    llng.forget_failed_logins(websso.folder)
    return load_profile(PROFILE, base_url=websso.portal)


@pytest.fixture
def teacher(sso_profile: SiteProfile) -> Iterator[AcademieClient]:
    client = AcademieClient(sso_profile)
    yield client
    client.close()


def refuse(client: AcademieClient, identifiant: str, times: int) -> None:
    """Wrong passwords, each typed once by the teacher (the client never resends one)."""
    for attempt in range(times):
        with pytest.raises(WrongCredentialsError):
            client.check_credentials(identifiant, f"pas-le-bon-{attempt}")


def test_the_right_password_opens_a_session(teacher: AcademieClient) -> None:
    """The portal answers with a 302 setting its session cookie, then its menu; the menu's
    "Mot de passe" tab (a change form) is offered, not asked for."""
    result = teacher.check_credentials("dwho", "dwho")

    assert isinstance(result, LoginSucceeded)
    assert "lemonldap" in result.evidence.cookies_set
    assert result.evidence.redirected
    assert not result.evidence.alert


def test_a_wrong_password_is_refused_in_the_portals_words(teacher: AcademieClient) -> None:
    """The portal sends its message as a code (``<span trmsg="5">``) and an English button
    label ("Connect"); its script fills in the French words from its translation file, as
    the client now does. The site's message is never the button's label."""
    with pytest.raises(WrongCredentialsError) as refused:
        teacher.check_credentials("rtyler", "pas-le-bon")

    assert refused.value.site_message == REFUSED_WORDS
    assert refused.value.refusals == 1
    assert refused.value.evidence is not None
    assert refused.value.evidence.alert
    assert refused.value.evidence.cookies_set == ()


def test_each_refusal_is_counted_towards_the_portals_lock(teacher: AcademieClient) -> None:
    """The wizard warns before the last refusal the profile allows (3 for this portal)."""
    counted = []
    for attempt in range(llng.MAX_FAILED_LOGINS):
        with pytest.raises(WrongCredentialsError) as refused:
            teacher.check_credentials("rtyler", f"pas-le-bon-{attempt}")
        counted.append(refused.value.refusals)

    assert counted == [1, 2, 3]
    assert teacher.profile.max_failed_logins == llng.MAX_FAILED_LOGINS


@pytest.mark.parametrize("password", ["msmith", "encore-faux"], ids=["right", "wrong"])
def test_after_three_refusals_the_account_is_locked_for_a_minute(
    teacher: AcademieClient, password: str
) -> None:
    """The 4th attempt, right password or not, meets the lock page: no form, no session,
    a message block with the portal's words and the wait in seconds. The old client took
    this page for a success."""
    refuse(teacher, "msmith", llng.MAX_FAILED_LOGINS)

    with pytest.raises(AccountLockedError) as locked:
        teacher.check_credentials("msmith", password)

    assert "Votre compte est verrouillé" in locked.value.site_message
    assert locked.value.retry_after_seconds is not None
    assert 0 < locked.value.retry_after_seconds <= llng.FIRST_LOCK_SECONDS
    assert locked.value.evidence is not None
    assert locked.value.evidence.cookies_set == ()


# ------------------------------------------------------------------ change behind the login
# The change form is in the menu of a logged-in person (current / new / confirmation, no
# identifiant field); the change address answers anyone else with the login form. The Demo
# back-end checks the current password and the policy, then keeps nothing: the password
# stays the user name, so each story starts alike.

NEW_PASSWORD = "Mimosa-Bleu7"


def test_a_change_behind_the_login_is_done_in_the_portals_words(teacher: AcademieClient) -> None:
    changed = teacher.change_password("dwho", "dwho", NEW_PASSWORD)

    assert isinstance(changed, PasswordChanged)
    assert changed.site_message == "Le mot de passe a été changé avec succès"
    assert not changed.evidence.alert


def test_a_wrong_current_password_is_refused_at_the_login_and_counted(
    teacher: AcademieClient,
) -> None:
    with pytest.raises(WrongCredentialsError) as refused:
        teacher.change_password("rtyler", "pas-le-bon", NEW_PASSWORD)

    assert refused.value.site_message == REFUSED_WORDS
    assert refused.value.refusals == 1


@pytest.mark.parametrize(
    ("new_password", "rule"),
    [
        ("Court1", "Mot de passe trop court"),
        ("longuemaisminuscule", "Qualité du mot de passe insuffisante"),
    ],
    ids=["too-short", "no-capital-no-digit"],
)
def test_a_new_password_the_policy_refuses_is_refused_with_its_rule(
    teacher: AcademieClient, new_password: str, rule: str
) -> None:
    with pytest.raises(PasswordRejectedError) as rejected:
        teacher.change_password("dwho", "dwho", new_password)

    assert rejected.value.site_message == rule


def test_a_change_on_a_locked_account_meets_the_lock(teacher: AcademieClient) -> None:
    refuse(teacher, "msmith", llng.MAX_FAILED_LOGINS)

    with pytest.raises(AccountLockedError) as locked:
        teacher.change_password("msmith", "msmith", NEW_PASSWORD)

    assert locked.value.retry_after_seconds is not None


# ------------------------------------------------------------------ a password to change first
# The second portal authenticates against an LDAP directory with a password policy (the
# ppolicy overlay): ``jreset``'s password was reset by an administrator, ``jexpire``'s has
# expired. The portal then shows, instead of a session, its login page holding the change
# form (the current password already filled in) under its message. The old client took
# that for a success.


@pytest.fixture
def directory_teacher(websso: llng.Running) -> Iterator[AcademieClient]:
    if websso.ldap_portal is None:
        why = llng.directory_installed() or "the LDAP portal did not start"
        if os.environ.get("MAGISTERE_REQUIRE_WEBSSO"):
            pytest.fail(f"no LDAP portal although CI starts it: {why}")
        pytest.skip(f"no LDAP portal here: {why}")
    llng.forget_failed_logins(websso.folder)
    llng.reset_directory(websso.folder)
    client = AcademieClient(load_profile(PROFILE, base_url=websso.ldap_portal))
    yield client
    client.close()
    llng.reset_directory(websso.folder)


@pytest.mark.parametrize(
    ("identifiant", "words"),
    [
        (llng.RESET_USER, "Le mot de passe a été réinitialisé et doit être changé"),
        (llng.EXPIRED_USER, "Votre mot de passe a expiré"),
    ],
    ids=["reset-by-an-administrator", "expired"],
)
def test_a_password_to_change_first_is_never_a_success(
    directory_teacher: AcademieClient, identifiant: str, words: str
) -> None:
    with pytest.raises(ActionRequiredError) as required:
        directory_teacher.check_credentials(identifiant, llng.DIRECTORY_PASSWORD)

    assert required.value.action is RequiredAction.CHANGE_EXPIRED_PASSWORD
    assert required.value.site_message == words
    assert required.value.evidence is not None
    assert required.value.evidence.cookies_set == ()


@pytest.mark.parametrize("identifiant", [llng.RESET_USER, llng.EXPIRED_USER])
def test_a_password_to_change_first_is_changed_through_the_change_page(
    directory_teacher: AcademieClient, identifiant: str
) -> None:
    """The change page answers with the login form; the login answers with the change form
    under "doit être changé" (styled as a warning, or as an error when expired): that form
    is the way on, not a refusal."""
    changed = directory_teacher.change_password(identifiant, llng.DIRECTORY_PASSWORD, NEW_PASSWORD)

    assert changed.site_message == "Le mot de passe a été changé avec succès"


def test_after_the_change_the_new_password_opens_a_session(
    directory_teacher: AcademieClient,
) -> None:
    directory_teacher.change_password(llng.RESET_USER, llng.DIRECTORY_PASSWORD, NEW_PASSWORD)

    result = directory_teacher.check_credentials(llng.RESET_USER, NEW_PASSWORD)

    assert "lemonldap" in result.evidence.cookies_set

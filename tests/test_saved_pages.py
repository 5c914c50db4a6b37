"""Every saved page in tests/pages/ replayed through the client, over a real socket.

A page a teacher saved with "Enregistrer la page pour l'assistance" becomes a
regression test in one commit: copy the file here and add the line
``expect: <outcome>`` to its header (see the README, "Pages saved for the help
desk"). The file's page is served as the answer to an honest form of its step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_hostile_servers import (
    CHANGE,
    LOOKUP,
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
from hostile import HostileServer, page, redirect
from magistere_gui.client import (
    AcademieClient,
    AccountLockedError,
    ActionRequiredError,
    CaptchaError,
    LoginSucceeded,
    NotFoundError,
    PasswordChanged,
    PasswordRejectedError,
    ResetDone,
    ResetStepTwo,
    SiteNotUnderstoodError,
    WrongCredentialsError,
    load_profile,
)
from magistere_gui.client.capture import read_capture

PAGES = sorted((Path(__file__).parent / "pages").glob("*.html"))
ANSWER = "/answer"
#: LemonLDAP::NG's pages get their words from this file, fetched by their script (and the client).
WEB_SSO_WORDS = Path(__file__).parent / "pages" / "llng-languages-fr.json"

OUTCOMES: dict[str, type[object]] = {
    "not_found": NotFoundError,
    "refused": WrongCredentialsError,
    "locked": AccountLockedError,
    "succeeded": LoginSucceeded,
    "rejected": PasswordRejectedError,
    "changed": PasswordChanged,
    "done": ResetDone,
    "step_two": ResetStepTwo,
    "wrong_code": CaptchaError,
    "not_understood": SiteNotUnderstoodError,
    "required": ActionRequiredError,
}


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.1") as academie:
        yield academie


@pytest.fixture
def client(server: HostileServer, tmp_path: Path) -> Iterator[AcademieClient]:
    server.reset()
    server.routes["/static/languages/fr.json"] = page(
        WEB_SSO_WORDS.read_bytes(), content_type="application/json"
    )
    academie = AcademieClient(load_profile(write_profile(tmp_path, server.url)))
    yield academie
    academie.close()


def run_step(step: str, client: AcademieClient, server: HostileServer) -> Callable[[], object]:
    """The step's honest form, whose answer is the saved page."""
    if step == "lookup_identifiant":
        server.routes[LOOKUP] = page(lookup_form(ANSWER))
        return lambda: client.lookup_identifiant("Dupont", JEAN_NUMEN)
    if step == "check_credentials":
        server.routes[PORTAL] = page(login_form(ANSWER))
        return lambda: client.check_credentials("jdupont", "Tournesol-2024")
    if step == "change_password":
        server.routes[CHANGE] = page(change_form(ANSWER))
        return lambda: client.change_password("jdupont", "Tournesol-2024", "Mimosa-Bleu7")
    server.routes[RESET] = page(captcha_page(action=ANSWER if step == "submit_captcha" else "/two"))
    server.routes["/identifiant/captcha.png"] = page(SMALL_PNG, content_type="image/png")
    if step == "submit_captcha":
        return lambda: client.submit_captcha(client.start_password_reset(), "ABCD")
    server.routes["/two"] = page(step_two_page(ANSWER))
    return lambda: client.submit_reset(
        client.submit_captcha(client.start_password_reset(), "ABCD"), "jdupont", JEAN_NUMEN
    )


def test_there_are_saved_pages_of_every_layout() -> None:
    assert {path.name.split("-", 1)[0] for path in PAGES} >= {"classique", "moderne", "tableaux"}


@pytest.mark.parametrize("path", PAGES, ids=[path.stem for path in PAGES])
def test_a_saved_page_is_read_as_expected(
    path: Path, client: AcademieClient, server: HostileServer
) -> None:
    fields, html = read_capture(path.read_text(encoding="utf-8"))
    expect = fields.get("expect", "")
    assert expect, f"{path.name}: add an 'expect:' line to its header"
    assert "24E0712345ABC" not in html  # saved pages never hold a NUMEN
    step = run_step(fields["step"], client, server)
    # The page arrives as it did: its status, through a redirect, with the cookies it set.
    cookies = [
        ("Set-Cookie", f"{name}=replayed-{index}; Path=/")
        for index, name in enumerate(fields.get("cookies_set", "").split())
    ]
    served = page(html, status=int(fields.get("status", "200")), headers=cookies)
    if fields.get("redirected") == "yes":
        server.routes[ANSWER] = redirect("/landed", status=303)
        server.routes["/landed"] = served
    else:
        server.routes[ANSWER] = served
    outcome, _, value = expect.partition(" ")
    if outcome == "found":
        assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == value
        return
    expected = OUTCOMES[outcome]
    if issubclass(expected, Exception):
        with pytest.raises(expected):
            step()
    else:
        assert isinstance(step(), expected)

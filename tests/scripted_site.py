"""Fixtures for stories against a scripted académie (tests/hostile.py's server, over a real
socket): each test sets the routes the académie answers, the client reads them.

Imported by the test modules that use them (``from scripted_site import academie,
academie_server, client``): their ``client`` replaces conftest's simulator client there.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_hostile_servers import LOOKUP, PORTAL, login_form, lookup_form, write_profile

from hostile import HostileServer, page, redirect
from magistere_gui.client import AcademieClient, WrongCredentialsError, load_profile

LOGIN = "/externet/login"
LOOKUP_ANSWER = "/melouvert/identifiant.php"


@pytest.fixture(scope="module")
def academie_server() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.1") as server:
        yield server


@pytest.fixture
def academie(academie_server: HostileServer) -> HostileServer:
    """The scripted académie, with no route left from the test before."""
    academie_server.reset()
    return academie_server


@pytest.fixture
def client(academie: HostileServer, tmp_path: Path) -> Iterator[AcademieClient]:
    """A client whose profile points at the scripted académie."""
    academie_client = AcademieClient(load_profile(write_profile(tmp_path, academie.url)))
    yield academie_client
    academie_client.close()


def session_cookie(name: str = "PHPSESSID") -> tuple[str, str]:
    """A new session cookie, as PHP portals and SSOs set on success and failure alike."""
    return ("Set-Cookie", f"{name}=0123456789abcdef; Path=/; HttpOnly")


def login_answer(
    academie: HostileServer, body: str, *, login_page: str = "", through_redirect: bool = False
) -> None:
    """The login page (``login_page`` around its form), then ``body`` as the answer with a
    new session cookie, directly or after a 302 (a success's shape)."""
    academie.routes[PORTAL] = page(login_page + login_form(LOGIN))
    if through_redirect:
        academie.routes[LOGIN] = redirect("/externet/suite", headers=[session_cookie()])
        academie.routes["/externet/suite"] = page(body)
    else:
        academie.routes[LOGIN] = page(body, headers=[session_cookie()])


def refusals_after_a_refused_try(client: AcademieClient, password: str) -> int:
    """Jean's password tried and refused (``WrongCredentialsError``): the refusals counted."""
    with pytest.raises(WrongCredentialsError):
        client.check_credentials("jdupont", password)
    return client.refusals["jdupont"]


def lookup_answer(academie: HostileServer, body: str, *, form_page: str = "") -> None:
    """The lookup page (``form_page`` around its form), then ``body`` as the answer."""
    academie.routes[LOOKUP] = page(form_page + lookup_form())
    academie.routes[LOOKUP_ANSWER] = page(body)

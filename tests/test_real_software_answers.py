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
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from test_hostile_servers import (
    PASSWORD,
    PORTAL,
    login_form,
    lookup_form,
    write_profile,
)

from accounts import JEAN_NUMEN
from hostile import HostileServer, page, redirect
from magistere_gui.client import (
    AcademieClient,
    LoginSucceeded,
    SiteNotUnderstoodError,
    load_profile,
)
from magistere_gui.client.errors import ActionRequiredError, MagistereError

LOGIN = "/externet/login"
LOOKUP = "/melouvert/identifiant.htm"
LOOKUP_ANSWER = "/melouvert/identifiant.php"


@pytest.fixture(scope="module")
def academie_server() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.1") as server:
        yield server


@pytest.fixture
def academie(academie_server: HostileServer) -> HostileServer:
    academie_server.reset()
    return academie_server


@pytest.fixture
def client(academie: HostileServer, tmp_path: Path) -> Iterator[AcademieClient]:
    academie_client = AcademieClient(load_profile(write_profile(tmp_path, academie.url)))
    yield academie_client
    academie_client.close()


def cookie(name: str = "PHPSESSID") -> tuple[str, str]:
    return ("Set-Cookie", f"{name}=0123456789abcdef; Path=/; HttpOnly")


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
    login_answer(academie, page(wide, headers=[cookie()]))
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

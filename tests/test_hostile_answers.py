"""Generated hostile answers, over a real socket, at every operation: only the client's errors come out.

Whatever the status, headers, charset, redirects or markup, an operation either
returns its typed result or raises one of the client's errors (or the NUMEN
rule's own, raised before anything is sent). Nothing else may reach the wizard.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_hostile_servers import (
    captcha_page,
    change_form,
    login_form,
    lookup_form,
    png,
    write_profile,
)

from accounts import JEAN_NUMEN
from hostile import HostileServer, Received
from magistere_gui.client import AcademieClient, MagistereError, load_profile
from magistere_gui.rules import InvalidNumenError

HEADER_TEXT = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\r\n"), max_size=40
)
CHARSETS = st.sampled_from(
    ["utf-8", "iso-8859-1", "x-unknown", "base64", "idna", "utf-16", "utf-7", "", "rot13", "zlib"]
)
LOCATIONS = st.sampled_from(
    [
        "/elsewhere",
        "http://127.0.0.2:9/steal",
        "javascript:alert(1)",
        "//127.0.0.2/x",
        "http://[::1",
        "http://%zz/",
        ":::",
        "https://user:pw@127.0.0.1/",
        "",
    ]
)
ACTIONS = st.sampled_from(
    ["", "/post", "http://127.0.0.2:9/steal", "javascript:void(0)", "//x", "http://[::1/"]
)


@st.composite
def markup(draw: st.DrawFn) -> bytes:
    pieces = draw(
        st.lists(
            st.one_of(
                st.builds(lookup_form, ACTIONS, st.sampled_from(["", "accept-charset='base64'"])),
                st.builds(login_form, ACTIONS),
                st.builds(change_form, ACTIONS),
                st.builds(captcha_page, ACTIONS, st.sampled_from(["/i.png", "data:,x", ""])),
                st.just("<div class='erreur'>" * 50 + "Code incorrect" + "</div>" * 10),
                st.just("<p>Compte verrouillé " + "9" * 2000 + " min</p>"),
                st.just("<p>Votre identifiant est : jdupont</p><form></form>"),
                st.just(
                    "<p>Etape 2/2</p><label for='u'>Identifiant</label><input id='u' name='u'>"
                ),
                st.text(max_size=200),
                st.just("<![CDATA[ <form> ]]><!-- <form --> <svg><form action=x>"),
            ),
            max_size=6,
        )
    )
    encoding = draw(st.sampled_from(["utf-8", "latin-1", "utf-16"]))
    return "".join(pieces).encode(encoding, errors="replace")


@st.composite
def answers(draw: st.DrawFn) -> tuple[int, list[tuple[str, str]], bytes, bool]:
    status = draw(st.sampled_from([200, 200, 200, 301, 302, 303, 307, 308, 404, 429, 500, 503]))
    headers = [("Content-Type", "text/html; charset=" + draw(CHARSETS))]
    if status in (301, 302, 303, 307, 308):
        headers.append(("Location", draw(LOCATIONS)))
    headers += draw(
        st.lists(
            st.tuples(st.sampled_from(["Retry-After", "X-Odd", "Set-Cookie"]), HEADER_TEXT),
            max_size=3,
        )
    )
    body = draw(st.one_of(markup(), st.binary(max_size=300), st.just(png(120, 40))))
    wrong_length = draw(st.booleans())
    return status, headers, body, wrong_length


def serve(answer: tuple[int, list[tuple[str, str]], bytes, bool]):  # type: ignore[no-untyped-def]
    status, headers, body, wrong_length = answer

    def write(_request: Received, out: BinaryIO) -> None:
        length = len(body) + (10 if wrong_length else 0)
        head = [f"HTTP/1.1 {status} X", *(f"{name}: {value}" for name, value in headers)]
        head += [f"Content-Length: {length}", "Connection: close", "", ""]
        out.write("\r\n".join(head).encode("latin-1") + body)

    return write


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.1") as academie:
        yield academie


@pytest.fixture(scope="module")
def client(
    server: HostileServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AcademieClient]:
    folder: Path = tmp_path_factory.mktemp("profile")
    academie = AcademieClient(
        load_profile(write_profile(folder, server.url, operation_seconds=3.0, read_seconds=2.0))
    )
    yield academie
    academie.close()


def run_every_step(client: AcademieClient) -> None:
    """Each operation; the reset goes as far as the answers let it."""
    for operation in (
        lambda: client.lookup_identifiant("Lefèvre", JEAN_NUMEN),
        lambda: client.check_credentials("jdupont", "Tournesol-2024"),
        lambda: client.change_password("jdupont", "Tournesol-2024", "Mimosa-Bleu7"),
    ):
        with contextlib.suppress(MagistereError, InvalidNumenError):
            operation()
    try:
        challenge = client.start_password_reset()
        step_two = client.submit_captcha(challenge, "ABCD")
        client.submit_reset(step_two, "jdupont", JEAN_NUMEN)
    except (MagistereError, InvalidNumenError):
        pass


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=answers(), then=answers())
def test_no_exception_escapes_the_clients_error_family(
    server: HostileServer,
    client: AcademieClient,
    first,
    then,  # type: ignore[no-untyped-def]
) -> None:
    get_answer, post_answer = serve(first), serve(then)
    server.fallback = lambda request, out: (get_answer if request.method == "GET" else post_answer)(
        request, out
    )
    run_every_step(client)  # any other exception fails the test

"""A page the client did not understand, saved for the help desk, and read back by the tests.

Why: the real académie pages cannot be seen from where the program is built.
When a teacher meets a page the program does not understand, one file (the
page's HTML, its address without query, the step) can be sent to the help
desk; once added to ``tests/pages/`` with an ``expect:`` line, it replays
through the client in every test run. Before anything is written, every
secret the teacher typed, anything shaped like a NUMEN and every URL query
are removed.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from magistere_gui.client.boundary import public_url
from magistere_gui.client.disguises import mask_in_page
from magistere_gui.client.scrubbing import MASK, live_secrets, mask_secrets

if TYPE_CHECKING:
    from magistere_gui.client.page import Page

_HEADER = re.compile(r"\A<!--\s*magistere-gui page capture\n(?P<fields>.*?)-->\n", re.DOTALL)


@dataclass(frozen=True)
class PageCapture:
    """The page as read when it was not understood (kept in memory until the teacher saves it)."""

    step: str
    url: str
    html: str
    #: What the page's arrival showed besides its text (the evidence an outcome rests on):
    #: its HTTP status, whether a redirect led to it, the names of the cookies it set.
    status: int = 200
    redirected: bool = False
    cookies_set: tuple[str, ...] = ()

    @classmethod
    def of(cls, step: str, page: Page) -> PageCapture:
        return cls(
            step=step,
            url=page.url,
            html=page.text,
            status=page.status,
            redirected=bool(page.redirects),
            cookies_set=tuple(sorted(page.cookies_set)),
        )


def _without(text: str, secrets: tuple[str, ...]) -> str:
    return live_secrets.scrub(mask_secrets(text, secrets, min_chars=3))


def capture_file_text(capture: PageCapture, secrets: tuple[str, ...] = ()) -> str:
    """The file to send: a header (step, address, date) and the page, secrets removed in any
    disguise (split by tags, spaced, escaped, encoded, in attributes) and every form field's
    value blanked. Takes a moment on a large page: call it off the UI thread."""
    header = (
        "<!-- magistere-gui page capture\n"
        f"step: {capture.step}\n"
        f"url: {_without(public_url(capture.url), secrets)}\n"
        f"status: {capture.status}\n"
        f"redirected: {'yes' if capture.redirected else 'no'}\n"
        f"cookies_set: {_without(' '.join(capture.cookies_set), secrets)}\n"
        f"saved: {datetime.datetime.now().isoformat(timespec='seconds')}\n"
        "-->\n"
    )
    kept = tuple(secret for secret in secrets if secret and len(secret) >= 3)
    return header + live_secrets.scrub(mask_in_page(capture.html, kept, MASK))


def read_capture(text: str) -> tuple[dict[str, str], str]:
    """The header fields (step, url, saved, and any ``expect:`` a developer added) and the page."""
    match = _HEADER.match(text)
    if match is None:
        return {}, text
    fields = {}
    for line in match.group("fields").splitlines():
        key, _, value = line.partition(":")
        if value:
            fields[key.strip()] = value.strip()
    return fields, text[match.end() :]

"""Where a browser goes after a request, inside the trust boundary.

Why: a person at a browser does not see the first answer to a request but where the
browser ends up: through redirects, a ``<meta http-equiv="refresh">`` ("Veuillez
patienter…"), the frames of a frameset or an iframe, and the hand-off forms of SSO
software (SAML or CAS "Continuer" pages that submit themselves). The client follows
the same steps, with rules a browser does not have:

- every hop is checked against the académie's hosts before it is sent (a redirect, a
  refresh, a frame or a hand-off towards any other host is not followed: the answer is
  "not understood", naming the host);
- a refresh or a frame is a GET that never carries a secret of the running operation
  (a secret in its address stops the step), and a hand-off form is followed only when
  it has nothing but hidden fields and carries no secret of ours;
- counts are bounded (redirects per request, refreshes and hand-offs per answer,
  frames per page and their depth), a refresh's delay is waited as a browser waits
  (at most a few seconds), and everything counts in the operation's one deadline;
- what the navigation showed is kept as evidence: every hop (URL, status) in
  ``Page.redirects`` and the cookies set on the way in ``Page.cookies_set``.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import lxml.html
from lxml import etree

from magistere_gui.client.boundary import TrustBoundary, joined, public_url
from magistere_gui.client.charsets import encode_form, output_encoding
from magistere_gui.client.errors import SiteNotUnderstoodError
from magistere_gui.client.forms import carried_values
from magistere_gui.client.page import Page
from magistere_gui.client.scrubbing import live_secrets

if TYPE_CHECKING:
    from magistere_gui.client.sockets import Operation
    from magistere_gui.client.transport import Download

MAX_REDIRECTS = 5
#: Refreshes and hand-off forms followed after one request.
MAX_BROWSER_STEPS = 4
#: Frames and iframes read for one answer, in all, and how deep frames may nest.
MAX_FRAMES = 4
MAX_FRAME_DEPTH = 2
#: A refresh that waits longer is a page to read ("vous allez être redirigé"), not a step.
MAX_REFRESH_SECONDS = 5.0
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: What a browser loads for one answer (every refresh, hand-off and frame, the answer too) is
#: read up to this many times one page's cap: each page under the cap, a chain of frames
#: and refreshes must not make a call read a hundred of them.
BROWSING_BUDGET_PAGES = 2
#: Marks where a frame's content was put in its parent page.
FRAME_ATTRIBUTE = "data-magistere-frame"


class Fetcher(Protocol):
    """What navigation needs from the transport: one exchange, and pages read from downloads."""

    boundary: TrustBoundary
    max_page_bytes: int

    def operation(self) -> Operation: ...

    def exchange(
        self, method: str, url: str, data: str | None, *, may_retry: bool, max_bytes: int | None
    ) -> Download: ...

    def page_of(self, download: Download) -> Page: ...


def follow_redirects(
    fetcher: Fetcher,
    method: str,
    url: str,
    *,
    data: str | None = None,
    page_url: str | None = None,
    may_retry: bool = True,
    max_bytes: int | None = None,
) -> Download:
    """Follow redirects ourselves: every hop is checked against the boundary before it is sent.

    A form's body is never sent again by a redirect: 301/302/303 become a GET without
    body (as browsers do), and a 307/308 after a form is refused. Like a refresh or a frame,
    a redirect whose address holds a secret of the running operation is not followed.
    """
    hops: list[tuple[str, int]] = []
    for _hop in range(MAX_REDIRECTS + 1):
        url = fetcher.boundary.checked(url, page_url=page_url)
        download = fetcher.exchange(
            method, url, data, may_retry=may_retry and data is None, max_bytes=max_bytes
        )
        if download.status not in REDIRECT_STATUSES or not download.location:
            return dataclasses.replace(download, redirects=tuple(hops))
        hops.append((url, download.status))
        if data is not None and download.status in (307, 308):
            raise SiteNotUnderstoodError(
                "redirect asks to send the form again elsewhere", url=public_url(url)
            )
        page_url = url
        url = joined(url, download.location)
        if live_secrets.found_in(url):  # a page echoing what we sent: never in an address
            raise SiteNotUnderstoodError(
                "a redirect would put a secret in an address", url=public_url(page_url)
            )
        if download.status in (301, 302, 303):
            method, data = "GET", None
        may_retry = True  # a page the site sent us to carries nothing of ours
    raise SiteNotUnderstoodError("too many redirects", url=public_url(url))


# ---------------------------------------------------------------------- refresh

_REFRESH = re.compile(
    r"^[\t\n\x0c\r ]*(?P<time>\d*)(?P<fraction>[\d.]*)"
    r"(?:[\t\n\x0c\r ;,][\t\n\x0c\r ]*[;,]?[\t\n\x0c\r ]*(?:url[\t\n\x0c\r ]*=[\t\n\x0c\r ]*)?"
    r"(?P<url>.*))?$",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class Refresh:
    seconds: float
    url: str


def parse_refresh(content: str, page_url: str) -> Refresh | None:
    """HTML's "shared declarative refresh steps" (``0;url=…``, ``3, URL='…'``, ``5``)."""
    match = _REFRESH.match(content[:2048])
    if match is None or not (match.group("time") or match.group("fraction").startswith(".")):
        return None
    target = (match.group("url") or "").strip()
    if target[:1] in ("'", '"'):
        quote = target[0]
        target = target[1:].split(quote, 1)[0]
    return Refresh(
        float(match.group("time") or 0), joined(page_url, target) if target else page_url
    )


def refresh_of(page: Page) -> Refresh | None:
    """The refresh the page asks for (its first ``<meta http-equiv=refresh>``, else its
    ``Refresh`` header), if it asks for one a browser would follow at once or nearly."""
    contents = [
        meta.get("content", "")
        for meta in itertools.islice(page.document().iter("meta"), 100)
        if (meta.get("http-equiv") or "").strip().lower() == "refresh"
    ][:1] + ([page.refresh] if page.refresh else [])
    for content in contents[:1]:
        refresh = parse_refresh(content, page.url)
        if refresh is not None and refresh.seconds <= MAX_REFRESH_SECONDS:
            return refresh
    return None


# ---------------------------------------------------------------------- hand-off forms

_AUTO_SUBMIT = re.compile(r"\.\s*submit\s*\(\s*\)")
_HAND_OFF_INPUT_TYPES = frozenset({"hidden", "submit", "image", "button"})
#: A SAML or CAS hand-off carries a few fields: a form with more is something else.
_MAX_HAND_OFF_FIELDS = 20
_MAX_AUTO_SUBMIT_SEARCH = 200_000


@dataclass(frozen=True)
class HandOff:
    method: str
    action: str
    values: tuple[tuple[str, str], ...]
    charset: str


def hand_off_of(page: Page) -> HandOff | None:
    """The page's one form, if it is a hand-off a browser submits by itself: only hidden
    fields (a button at most, often in ``<noscript>``), submitted by the page's script or
    ``onload``, or offered alone in ``<noscript>`` to browsers without scripts."""
    forms = list(itertools.islice(page.document().iter("form"), 2))
    if len(forms) != 1:
        return None
    form = forms[0]
    inputs = list(itertools.islice(form.iter("input"), _MAX_HAND_OFF_FIELDS + 1))
    if len(inputs) > _MAX_HAND_OFF_FIELDS or form.xpath(".//select|.//textarea"):
        return None
    kinds = {(element.get("type") or "text").strip().lower() for element in inputs}
    if "hidden" not in kinds or not kinds <= _HAND_OFF_INPUT_TYPES:
        return None
    submits_itself = bool(
        _AUTO_SUBMIT.search(" ".join(page.document().xpath("//body/@onload")))
        or _AUTO_SUBMIT.search(page.text[:_MAX_AUTO_SUBMIT_SEARCH])
        or form.xpath(".//noscript//input[@type='submit'] | .//noscript//button")
    )
    if not submits_itself:
        return None
    return HandOff(
        method="GET" if (form.get("method") or "get").strip().upper() == "GET" else "POST",
        action=joined(page.url, (form.get("action") or "").strip() or page.url),
        values=tuple(carried_values(form)),
        charset=output_encoding(form.get("accept-charset") or "", page.charset),
    )


# ---------------------------------------------------------------------- frames


def _frames(document: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The frames and iframes a browser loads, in order (at most one more than allowed)."""
    found = []
    for frame in document.iter("frame", "iframe"):
        if frame.get("src", "").strip().lower() not in ("", "about:blank", "about:srcdoc"):
            found.append(frame)
            if len(found) > MAX_FRAMES:
                break
    return found


def frame_urls(page: Page) -> list[str]:
    """The addresses of the page's frames and iframes a browser would load, in order."""
    return [joined(page.url, frame.get("src", "").strip()) for frame in _frames(page.document())]


def _parsed(page: Page) -> lxml.html.HtmlElement:
    """A fresh tree of the page's own text (``Page.document()`` is shared and read-only)."""
    document: lxml.html.HtmlElement = lxml.html.document_fromstring(
        page.text or "<html></html>", base_url=page.url
    )
    return document


def _frame_content(child: Page) -> lxml.html.HtmlElement:
    """A frame's document as a block of its parent: links made absolute to the frame's own
    address, forms sent to the frame's address and in the frame's encoding."""
    document = _parsed(child)
    for form in document.iter("form"):
        if not (form.get("action") or "").strip():
            form.set("action", child.url)
        if not form.get("accept-charset"):
            form.set("accept-charset", child.charset)
    document.make_links_absolute(child.url, resolve_base_href=True, handle_failures="ignore")
    block = lxml.html.Element("div")
    block.set(FRAME_ATTRIBUTE, public_url(child.url))
    body = document.find("body")
    container = body if body is not None else document
    block.text = container.text if body is not None else None
    for element in list(container):
        block.append(element)
    return block


def with_frames(page: Page, children: list[Page]) -> Page:
    """The page as a browser shows it: each frame's content in place of its frame (in order),
    the frameset's ``noframes`` text and an iframe's fallback text dropped (not shown)."""
    document = _parsed(page)
    for frame, child in zip(_frames(document), children, strict=False):
        block = _frame_content(child)
        block.tail = frame.tail
        parent = frame.getparent()
        if parent is not None:
            parent.replace(frame, block)
    for frameset in list(document.iter("frameset")):
        parent = frameset.getparent()
        if parent is None or parent.tag == "frameset":
            continue
        body = lxml.html.Element("body")
        body.extend(
            [
                block
                for block in list(frameset.iter("div"))
                if block.get(FRAME_ATTRIBUTE)
                and getattr(block.getparent(), "tag", "") == "frameset"
            ]
        )
        parent.replace(frameset, body)
    etree.strip_elements(document, "noframes", with_tail=False)
    text = lxml.html.tostring(
        document, encoding="unicode", method="html", doctype="<!DOCTYPE html>"
    )
    return dataclasses.replace(page, text=text)


# ---------------------------------------------------------------------- the browser's steps


def _checked_get(fetcher: Fetcher, url: str, page: Page, what: str) -> str:
    """A refresh's or a frame's address: an académie host, and no secret in it."""
    checked = fetcher.boundary.checked(url, page_url=page.url)
    if live_secrets.found_in(checked):
        raise SiteNotUnderstoodError(
            f"{what} would put a secret in an address", url=public_url(page.url)
        )
    return checked


@dataclass
class _Budget:
    """The bytes one answer's browsing may still read (see ``BROWSING_BUDGET_PAGES``)."""

    left: int

    def spend(self, size: int, url: str) -> None:
        self.left -= size
        if self.left < 0:
            raise SiteNotUnderstoodError(
                "the answer, with its frames and refreshes, is too large", url=public_url(url)
            )


def _load(
    fetcher: Fetcher, method: str, url: str, data: str | None, page_url: str, budget: _Budget
) -> Page:
    if budget.left <= 0:
        budget.spend(1, page_url)
    download = follow_redirects(
        fetcher,
        method,
        url,
        data=data,
        page_url=page_url,
        may_retry=data is None,
        max_bytes=min(budget.left, fetcher.max_page_bytes),
    )
    budget.spend(len(download.body), url)
    return fetcher.page_of(download)


def browse(
    fetcher: Fetcher,
    page: Page,
    *,
    depth: int = 0,
    hand_offs: bool = True,
    budget: _Budget | None = None,
) -> Page:
    """Where a browser ends up from ``page``: refreshes and (when ``hand_offs``) hand-off forms
    followed (bounded), then frames read into the page. ``page.redirects`` grows with every
    hop followed. Every page loaded on the way is read within one budget."""
    if budget is None:
        budget = _Budget(BROWSING_BUDGET_PAGES * fetcher.max_page_bytes)
        budget.spend(len(page.text), page.url)
    hops = list(page.redirects)
    for _step in range(MAX_BROWSER_STEPS + 1):
        refresh = refresh_of(page)
        hand_off = None if refresh is not None or not hand_offs else hand_off_of(page)
        if refresh is None and hand_off is None:
            break
        hops.append((page.url, page.status))
        if refresh is not None:
            target = _checked_get(fetcher, refresh.url, page, "a refresh")
            if refresh.seconds > 0:
                fetcher.operation().pause(refresh.seconds, page.url)
            page = _load(fetcher, "GET", target, None, page.url, budget)
        elif hand_off is not None:
            page = _follow_hand_off(fetcher, hand_off, page, budget)
        hops.extend(page.redirects)
    else:
        raise SiteNotUnderstoodError("too many refreshes or hand-offs", url=public_url(page.url))
    page = dataclasses.replace(page, redirects=tuple(hops))
    urls = frame_urls(page)
    if not urls:
        return page
    if depth >= MAX_FRAME_DEPTH or len(urls) > MAX_FRAMES:
        raise SiteNotUnderstoodError("too many frames", url=public_url(page.url))
    children = [
        browse(
            fetcher,
            _load(
                fetcher, "GET", _checked_get(fetcher, url, page, "a frame"), None, page.url, budget
            ),
            depth=depth + 1,
            hand_offs=hand_offs,
            budget=budget,
        )
        for url in urls
    ]
    return with_frames(page, children)


def _follow_hand_off(fetcher: Fetcher, hand_off: HandOff, page: Page, budget: _Budget) -> Page:
    """Submit a hand-off form as the browser would, once, between académie hosts only."""
    action = fetcher.boundary.checked(hand_off.action, page_url=page.url)
    body = encode_form(hand_off.values, hand_off.charset)
    if live_secrets.found_in(body) or live_secrets.found_in(action):
        raise SiteNotUnderstoodError(
            "a hand-off form would carry a secret", url=public_url(page.url)
        )
    if hand_off.method == "GET":
        target = joined(action, "?" + body) if body else action
        return _load(fetcher, "GET", target, None, page.url, budget)
    return _load(fetcher, "POST", action, body, page.url, budget)

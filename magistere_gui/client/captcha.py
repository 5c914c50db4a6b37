"""Finding the security code on a page: its image (fetched, or inline in the page) and the
link that draws another one.

Why inline images too: PHP captcha tools often print the image into the page itself
(``<img src="data:image/png;base64,…">``). Its bytes come from the page, not from a
host: nothing is fetched, and the same size, format and pixel bounds apply as to a
fetched one (``images.py``).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from magistere_gui.client.boundary import joined
from magistere_gui.client.errors import UnusableCaptchaImageError
from magistere_gui.client.page import Page, fold
from magistere_gui.client.vocabulary import CAPTCHA_IMAGE_WORDS, NEW_CODE_WORDS

#: An inline image is read only up to this size, as a fetched one (``transport.MAX_IMAGE_BYTES``).
MAX_INLINE_IMAGE_BYTES = 1024 * 1024


def find_captcha(page: Page) -> tuple[str | None, str | None]:
    """The captcha image's address (a ``data:`` URL when inline) and the 'another code'
    link's, found by their words."""
    document = page.document()
    image_url: str | None = None
    refresh_url: str | None = None
    for link in document.iter("a"):
        words = fold(
            " ".join(
                [
                    link.get("title", ""),
                    link.get("aria-label", ""),
                    link.get("href", ""),
                    link.text_content(),
                ]
                + [f"{img.get('alt', '')} {img.get('title', '')}" for img in link.iter("img")]
            )
        )
        if link.get("href") and any(word in words for word in NEW_CODE_WORDS):
            refresh_url = joined(page.url, link.get("href"))
            break
    for img in document.iter("img"):
        source = (img.get("src") or "").strip()
        if not source:
            continue
        inline = is_inline(source)
        # An inline image's "address" is its bytes: only its other attributes are words.
        attributes = [img.get(name, "") for name in ("id", "alt", "class", "title")]
        words = fold(" ".join(attributes if inline else [source, *attributes]))
        inside_link = any(True for _ in img.iterancestors("a"))
        if not inside_link and any(word in words for word in CAPTCHA_IMAGE_WORDS):
            image_url = source if inline else joined(page.url, source)
            break
    return image_url, refresh_url


def is_inline(url: str) -> bool:
    return url[:5].lower() == "data:"


@dataclass(frozen=True)
class InlineImage:
    body: bytes
    content_type: str


def read_inline_image(url: str, *, page_url: str) -> InlineImage:
    """The bytes and media type of a ``data:`` image, decoded by the standard library's
    ``data:`` handler (in process: nothing is fetched), or :class:`UnusableCaptchaImageError`."""
    if len(url) > 2 * MAX_INLINE_IMAGE_BYTES:  # base64 is 4/3 of the bytes; percent-escapes 3x
        raise UnusableCaptchaImageError("inline captcha larger than allowed", url=page_url)
    try:
        request = urllib.request.Request(url)  # noqa: S310 - a data: URL only, read in process
        with urllib.request.DataHandler().data_open(request) as answer:
            body = answer.read(MAX_INLINE_IMAGE_BYTES + 1)
            content_type = answer.headers.get("Content-Type", "")[:200]
    except (ValueError, urllib.error.URLError) as error:
        raise UnusableCaptchaImageError("inline captcha unreadable", url=page_url) from error
    if len(body) > MAX_INLINE_IMAGE_BYTES:
        raise UnusableCaptchaImageError("inline captcha larger than allowed", url=page_url)
    return InlineImage(body=body, content_type=content_type)

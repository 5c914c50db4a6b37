"""Charsets of académie pages: decoding legacy ISO-8859-1 pages and sending forms as browsers do."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote_plus

# Legacy pages that say ISO-8859-1 are really windows-1252, as browsers know.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "utf8": "utf-8",
}
# The charsets a page may ask for: web encodings only. An unknown or non-text codec
# ("base64", "idna", "rot13"...) is ignored, as a browser ignores a label it does not know.
_WEB_CHARSETS = frozenset(
    {"utf-8", "cp1252", "windows-1252", "utf-16", "utf-16le", "utf-16be"}
    | {f"iso-8859-{number}" for number in (2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16)}
    | {f"windows-{number}" for number in range(1250, 1259)}
    | {f"cp{number}" for number in range(1250, 1259)}
    | {"koi8-r", "koi8-u", "macintosh", "mac-roman", "gbk", "gb18030", "big5"}
    | {"shift_jis", "euc-jp", "euc-kr", "iso-2022-jp"}
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?([A-Za-z0-9_\-]{1,40})""", re.IGNORECASE
)


def web_codec(charset: str | None) -> str | None:
    """The Python codec for a charset label of a page or form, or None when it is not a web charset."""
    if not charset:
        return None
    lowered = charset.strip().strip("\"'").lower()
    codec = _CHARSET_ALIASES.get(lowered, lowered)
    return codec if codec in _WEB_CHARSETS else None


def decode_page(body: bytes, header_charset: str | None) -> tuple[str, str]:
    """Decode with the declared charset; if the bytes contradict it, try the page's meta, then cp1252.

    Returns the text and the charset actually used (the one to send forms in).
    """
    meta = _META_CHARSET.search(body[:4096])
    candidates = [
        web_codec(header_charset),
        web_codec(meta.group(1).decode("ascii") if meta else None),
        "utf-8",
        "cp1252",
    ]
    for codec in dict.fromkeys(c for c in candidates if c):
        try:
            return body.decode(codec), codec
        except (UnicodeError, LookupError):
            continue
    return body.decode("cp1252", errors="replace"), "cp1252"


def encode_form(values: Iterable[tuple[str, str]], charset: str) -> str:
    """URL-encode like a browser does for a page in ``charset`` (é -> %E9 on a latin-1 page)."""
    codec = web_codec(charset) or "utf-8"
    return "&".join(
        f"{quote_plus(name, encoding=codec, errors='xmlcharrefreplace')}="
        f"{quote_plus(value, encoding=codec, errors='xmlcharrefreplace')}"
        for name, value in values
    )

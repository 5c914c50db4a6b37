"""The encoding of académie pages and of the forms sent back, as browsers decide it.

Why the WHATWG Encoding Standard and not a guess: the académie's legacy pages say
"ISO-8859-1" and mean windows-1252, some say nothing in their headers and declare
their charset in a ``<meta>``, some start with a byte-order mark; the server that
reads the form back decodes it in the charset its page declared. Reading and
sending as a browser does is what makes "Lefèvre" arrive as "Lefèvre".

The standard's labels, its decoders and the byte-order mark come from
``webencodings`` (the tables html5lib uses); the ``<meta>`` prescan of the first
1024 bytes is the HTML standard's algorithm ("prescan a byte stream to determine
its encoding"), written out below because webencodings leaves it to the parser.

One deviation, on purpose: a header that says UTF-8 over bytes that are not UTF-8
(a front end that adds ``charset=UTF-8`` to a legacy latin-1 page) is not believed;
the ``<meta>`` prescan, else windows-1252, decides instead. A browser would show
replacement characters and send the form in UTF-8, which the legacy server then
misreads: a wrong "not found" that this program must not report.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from urllib.parse import urlencode

import webencodings

#: The standard's default for a document that declares nothing (French locale).
DEFAULT_ENCODING = "windows-1252"
PRESCAN_BYTES = 1024
_SPACE = b"\t\n\x0c\r "
_UTF16 = frozenset({"utf-16le", "utf-16be"})
_WINDOWS_1252 = webencodings.Encoding("windows-1252", codecs.lookup("cp1252"))
_UTF8 = webencodings.UTF8


def lookup(label: str | None) -> webencodings.Encoding | None:
    """The standard's encoding for a label (``"latin1"`` -> windows-1252), or None if unknown."""
    if not label:
        return None
    return webencodings.lookup(label.strip().strip("\"'"))


def _attribute(data: bytes, position: int) -> tuple[bytes, bytes, int] | None:
    """HTML's "get an attribute" (prescan): (name, value, new position), or None at ``>``/end."""
    end = len(data)
    while position < end and data[position] in _SPACE + b"/":
        position += 1
    if position >= end or data[position] == 0x3E:
        return None
    name = bytearray()
    while True:
        if position >= end:
            return None
        byte = data[position]
        if byte == 0x3D and name:
            position += 1
            break
        if byte in _SPACE:
            while position < end and data[position] in _SPACE:
                position += 1
            if position >= end or data[position] != 0x3D:
                return bytes(name), b"", position
            position += 1
            break
        if byte in b"/>":
            return bytes(name), b"", position
        name.append(byte | 0x20 if 0x41 <= byte <= 0x5A else byte)
        position += 1
    while position < end and data[position] in _SPACE:
        position += 1
    if position >= end:
        return None
    value = bytearray()
    quote = data[position]
    if quote in b"\"'":
        closing = data.find(bytes([quote]), position + 1)
        if closing < 0:
            return None
        return bytes(name), data[position + 1 : closing].lower(), closing + 1
    if quote == 0x3E:
        return bytes(name), b"", position
    while position < end and data[position] not in _SPACE + b">":
        byte = data[position]
        value.append(byte | 0x20 if 0x41 <= byte <= 0x5A else byte)
        position += 1
    return bytes(name), bytes(value), position


def _charset_from_content(content: bytes) -> bytes | None:
    """HTML's "extract a character encoding from a meta element" (``content="...; charset=x"``)."""
    position = 0
    while True:
        found = content.find(b"charset", position)
        if found < 0:
            return None
        position = found + 7
        while position < len(content) and content[position] in _SPACE:
            position += 1
        if position < len(content) and content[position] == 0x3D:
            break
    position += 1
    while position < len(content) and content[position] in _SPACE:
        position += 1
    if position >= len(content):
        return None
    if content[position] in b"\"'":
        closing = content.find(content[position : position + 1], position + 1)
        return content[position + 1 : closing] if closing > 0 else None
    stop = position
    while stop < len(content) and content[stop] not in _SPACE + b";":
        stop += 1
    return content[position:stop]


def _meta_charset(data: bytes, position: int) -> tuple[webencodings.Encoding | None, int]:
    """The encoding a ``<meta>`` at ``position`` (just after ``<meta``) declares, if it does."""
    seen: set[bytes] = set()
    got_pragma, need_pragma, charset = False, None, None
    while (attribute := _attribute(data, position)) is not None:
        name, value, position = attribute
        if name in seen:
            continue
        seen.add(name)
        if name == b"http-equiv":
            got_pragma = got_pragma or value == b"content-type"
        elif name == b"content" and charset is None:
            label = _charset_from_content(value)
            if label is not None:
                charset, need_pragma = lookup(label.decode("latin-1")), True
        elif name == b"charset":
            charset, need_pragma = lookup(value.decode("latin-1")), False
    if need_pragma is None or (need_pragma and not got_pragma) or charset is None:
        return None, position
    if charset.name in _UTF16:
        return _UTF8, position
    if charset.name == "x-user-defined":
        return _WINDOWS_1252, position
    return charset, position


def prescan(body: bytes) -> webencodings.Encoding | None:
    """The encoding declared by a ``<meta>`` in the first 1024 bytes, as HTML's prescan finds it."""
    data = body[:PRESCAN_BYTES]
    lowered = data.lower()
    position, end = 0, len(data)
    while position < end:
        if lowered.startswith(b"<!--", position):
            closing = data.find(b"-->", position + 2)
            if closing < 0:
                return None
            position = closing + 2
        elif (
            lowered.startswith(b"<meta", position)
            and position + 5 < end
            and data[position + 5] in _SPACE + b"/"
        ):
            charset, position = _meta_charset(data, position + 5)
            if charset is not None:
                return charset
            continue
        elif lowered.startswith(b"<", position) and (
            data[position + 1 : position + 2].isalpha()
            or (lowered.startswith(b"</", position) and data[position + 2 : position + 3].isalpha())
        ):
            while position < end and data[position] not in _SPACE + b">":
                position += 1
            while (attribute := _attribute(data, position)) is not None:
                position = attribute[2]
        elif lowered.startswith((b"<!", b"</", b"<?"), position):
            closing = data.find(b">", position)
            if closing < 0:
                return None
            position = closing
        position += 1
    return None


def sniff(body: bytes, header_charset: str | None) -> webencodings.Encoding:
    """The encoding a browser would decode ``body`` with (before the byte-order mark, which
    :func:`decode_page` lets win): the header's, else the ``<meta>`` prescan's, else windows-1252."""
    declared = lookup(header_charset)
    if declared is not None and declared.name == "utf-8":
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            declared = None  # the deviation explained above
    return declared or prescan(body) or _WINDOWS_1252


def decode_page(body: bytes, header_charset: str | None) -> tuple[str, str]:
    """The page's text and the name of the encoding used (the one its forms are sent in)."""
    text, used = webencodings.decode(body, sniff(body, header_charset), errors="replace")
    return text, used.name


def output_encoding(accept_charset: str, page_encoding: str) -> str:
    """The encoding a form is sent in: the first known label of ``accept-charset`` (browsers
    also split on commas), else the page's; UTF-16 and "replacement" send UTF-8."""
    chosen = next(
        (
            encoding
            for label in accept_charset.replace(",", " ").split()[:8]
            if (encoding := lookup(label)) is not None
        ),
        None,
    ) or lookup(page_encoding)
    if chosen is None or chosen.name in _UTF16 or chosen.name == "replacement":
        return "utf-8"
    if chosen.name == "x-user-defined":  # no Python codec: its bytes are windows-1252's
        return DEFAULT_ENCODING
    return str(chosen.name)


def encode_form(values: Iterable[tuple[str, str]], encoding: str) -> str:
    """URL-encode like a browser for a page in ``encoding`` (é -> %E9 on a windows-1252 page;
    a character the encoding lacks is sent as ``&#NNN;``, as browsers do)."""
    codec = (lookup(encoding) or _UTF8).codec_info.name
    return urlencode(list(values), encoding=codec, errors="xmlcharrefreplace")

"""Finding a secret in a page whatever its disguise, and masking every place it shows.

Why: a page can echo the NUMEN or a password in forms a literal search misses:
split by tags (``24E07<b>12345</b>ABC``), spaced (``24E 0712 345 ABC``), as
character references (``&#50;4E07…``), percent-, JavaScript- or CSS-escaped,
in another case, written backwards, in an attribute (``value="…"``, a link's
query) or encoded (base64, base32, ascii85/base85, hexadecimal). A saved page
must hold none of them.

How: the page's text runs are joined into one stream (tags removed, so a
secret split by tags is whole again); the attribute values into another. Each
stream is decoded (character references and escapes, up to three layers
deep), white space and invisible characters dropped, full-width letters made
plain and the case folded; the secrets, normalised the same way, are searched
in it, and again with every punctuation dropped on both sides (each also
written backwards). Every step
remembers where its characters came from, so each place found is masked in
the page itself: in the text, the mask once and the rest of the place
removed, the tags kept; an attribute value is masked whole. Encodings are
searched from the secrets' side: each secret's base64, base32, ascii85, base85
and hexadecimal forms (at every alignment of their groups, only the characters
made of the secret's bits alone) are looked for, a plain substring search.
Finally every form field's value is blanked. No Qt here.
"""

from __future__ import annotations

import base64
import bisect
import functools
import html
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

#: A normalised secret shorter than this would mask ordinary words.
MIN_NORMALISED = 3
#: With every punctuation dropped, a secret must keep this many letters and digits.
MIN_ALPHANUMERIC = 6
_DECODING_ROUNDS = 3  # "&amp;#50;", "%2532": escapes of escapes

_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+|%u[0-9A-Fa-f]{4}")
_BACKSLASH = re.compile(
    r"\\u\{([0-9A-Fa-f]{1,6})\}|\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})|\\([0-9A-Fa-f]{1,6}) ?"
)
# White space, soft hyphens, zero-width and direction marks: invisible, or nearly.
_INVISIBLE = re.compile(
    r"[\s\u00ad\u034f\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]+"
)
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
_LETTER = re.compile(r"[^\W\d_]")
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}

# The page's pieces: comments, CDATA sections, tags; text is what lies between.
_TOKEN = re.compile(
    r"<!--(?P<comment>.*?)(?:-->|\Z)"
    r"|<!\[CDATA\[(?P<cdata>.*?)(?:\]\]>|\Z)"
    r"|(?P<tag></?[A-Za-z][^\s/>]*(?:\"[^\"]*\"|'[^']*'|[^'\">])*>?)",
    re.DOTALL,
)
# Elements whose content is text up to their closing tag, whatever "<" it holds.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noscript"})
_TAG_NAME = re.compile(r"</?([A-Za-z][^\s/>]*)")
_ATTRIBUTE = re.compile(
    r"""(?P<name>[^\s"'>/=]+)\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<bare>[^\s"'>]+))"""
)
_TYPE = re.compile(r"""\btype\s*=\s*["']?\s*([A-Za-z]+)""", re.IGNORECASE)
# Inputs whose value is the label written on a button, not something filled in.
_BUTTON_TYPES = frozenset({"submit", "button", "reset", "image"})
_SEPARATOR = "\0"  # between two attribute values: a secret does not run across it

Span = tuple[int, int]


class _Layer:
    """How one rewriting step moved characters: each edit as where it is now and where it
    came from (parallel lists, sorted).

    Characters between edits moved by a constant offset, so only the edits are kept:
    a 2 MiB page costs as many entries as it has escapes or spaces, not characters.
    """

    def __init__(self) -> None:
        self.new_starts: list[int] = []
        self.new_ends: list[int] = []
        self.old_starts: list[int] = []
        self.old_ends: list[int] = []

    def add(self, new_start: int, new_end: int, old_start: int, old_end: int) -> None:
        self.new_starts.append(new_start)
        self.new_ends.append(new_end)
        self.old_starts.append(old_start)
        self.old_ends.append(old_end)

    def source_of(self, position: int) -> Span:
        """Where the character now at ``position`` came from (a whole edit, for a replacement)."""
        index = bisect.bisect_right(self.new_starts, position) - 1
        if index < 0:
            return position, position + 1
        if position < self.new_ends[index]:
            return self.old_starts[index], self.old_ends[index]
        moved = self.old_ends[index] + position - self.new_ends[index]
        return moved, moved + 1


@dataclass(frozen=True)
class _Stream:
    """Text, and the rewriting steps that made it from the page (to find the page's places)."""

    text: str
    layers: tuple[_Layer, ...] = ()

    def source_of(self, start: int, end: int) -> Span:
        for layer in reversed(self.layers):
            start, end = layer.source_of(start)[0], layer.source_of(end - 1)[1]
        return start, end

    def rewritten(
        self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]
    ) -> _Stream:
        """Each match replaced by ``replace(match)``."""
        text = self.text
        pieces: list[str] = []
        layer = _Layer()
        done = written = 0
        for match in pattern.finditer(text):
            begin, end = match.span()
            replacement = replace(match)
            if replacement == match.group():
                continue
            pieces += [text[done:begin], replacement]
            written += begin - done
            layer.add(written, written + len(replacement), begin, end)
            written += len(replacement)
            done = end
        if not layer.new_starts:
            return self
        pieces.append(text[done:])
        return _Stream("".join(pieces), (*self.layers, layer))

    def without(self, pattern: re.Pattern[str]) -> _Stream:
        """Every match dropped (the common case, kept out of Python loops: pages are large)."""
        spans = [match.span() for match in pattern.finditer(self.text)]
        if not spans:
            return self
        layer = _Layer()
        layer.old_starts = [start for start, _end in spans]
        layer.old_ends = [end for _start, end in spans]
        dropped_before = itertools.accumulate((end - start for start, end in spans[:-1]), initial=0)
        layer.new_starts = [
            start - dropped for start, dropped in zip(layer.old_starts, dropped_before, strict=True)
        ]
        layer.new_ends = layer.new_starts
        return _Stream(pattern.sub("", self.text), (*self.layers, layer))


def _joined(page: str, spans: Sequence[Span], separator: str) -> _Stream:
    """The page's ``spans`` one after the other (``separator`` between them)."""
    layer = _Layer()
    pieces: list[str] = []
    done = written = 0
    for start, end in spans:
        gap = separator if pieces else ""
        if start != done or gap:
            layer.add(written, written + len(gap), done, start)
        written += len(gap) + end - start
        pieces += [gap, page[start:end]]
        done = end
    layer.add(written, written, done, len(page))
    return _Stream("".join(pieces), (layer,))


def _entity(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def _percent(match: re.Match[str]) -> str:
    escaped = match.group()
    if escaped.startswith("%u"):
        return chr(int(escaped[2:], 16))
    raw = bytes.fromhex(escaped.replace("%", ""))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _backslash(match: re.Match[str]) -> str:
    digits = next(group for group in match.groups() if group is not None)
    code = int(digits, 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code < 0xE000 else match.group()


def _decoded(stream: _Stream) -> _Stream:
    for _ in range(_DECODING_ROUNDS):
        before = stream.text
        if "&" in stream.text:
            stream = stream.rewritten(_ENTITY, _entity)
        if "%" in stream.text:
            stream = stream.rewritten(_PERCENT, _percent)
        if "\\" in stream.text:
            stream = stream.rewritten(_BACKSLASH, _backslash)
        if stream.text == before:
            break
    return stream


def _folded(stream: _Stream) -> _Stream:
    """Case folded, full-width letters made plain (letter by letter where folding changes a
    length, as "ß" into "ss")."""
    text = stream.text.translate(_FULL_WIDTH)
    folded = text.casefold()
    if len(folded) == len(text):
        return _Stream(folded, stream.layers)
    return _Stream(text, stream.layers).rewritten(_LETTER, lambda match: match.group().casefold())


def _normalise_secret(secret: str, dropped: re.Pattern[str]) -> str:
    return dropped.sub("", html.unescape(secret).translate(_FULL_WIDTH).casefold())


#: Encodings that write each group of ``bytes`` as ``characters`` (a group's characters
#: depend on all its bytes): a secret inside a longer text shows its whole groups only.
_GROUP_ENCODINGS: tuple[tuple[Callable[[bytes], bytes], int, int], ...] = (
    (base64.a85encode, 4, 5),
    (base64.b85encode, 4, 5),
)
#: Bit-stream encodings and their bits per character (each character made of some bits).
_BIT_ENCODINGS: tuple[tuple[Callable[[bytes], bytes], int], ...] = (
    (base64.b32encode, 5),
    (base64.b32hexencode, 5),
)


def _bit_middles(encode: Callable[[bytes], bytes], bits: int, raw: bytes) -> Iterator[str]:
    """The characters of ``encode`` made of the secret's bits only, at each alignment."""
    group = math.lcm(8, bits) // 8  # bytes in one group of characters
    for shift in range(group):
        encoded = encode(b"\0" * shift + raw).decode("ascii")
        first = -(-8 * shift // bits)  # the first character made of the secret's bits only
        last = (8 * (shift + len(raw)) - bits) // bits  # the last one
        yield encoded[first : last + 1]


def _group_middles(
    encode: Callable[[bytes], bytes], group: int, characters: int, raw: bytes
) -> Iterator[str]:
    """The characters of the whole groups that hold the secret's bytes only, at each
    alignment of the groups."""
    for shift in range(group):
        encoded = encode(b"\0" * shift + raw + b"\0" * group).decode("ascii")
        first = -(-shift // group)
        last = (shift + len(raw)) // group  # the first group past the secret
        yield encoded[first * characters : last * characters]


def _encodings(secret: str) -> tuple[set[str], set[str]]:
    """The secret's encoded forms as they appear inside a longer encoded text (only the
    characters that do not depend on what comes before or after): case-sensitive ones
    (base64 standard and URL-safe, ascii85, base85) and case-free ones (hexadecimal and
    base32, lower case)."""
    exact: set[str] = set()
    caseless: set[str] = set()
    for variant in {secret, secret.upper(), secret.lower()}:
        raw = variant.encode("utf-8")
        caseless.add(raw.hex())
        for middle in _bit_middles(base64.b64encode, 6, raw):
            if len(middle) >= 4:
                exact.add(middle)
                exact.add(middle.translate(str.maketrans("+/", "-_")))
        for encode, bits in _BIT_ENCODINGS:
            caseless.update(
                middle.lower() for middle in _bit_middles(encode, bits, raw) if len(middle) >= 4
            )
        for encode, group, characters in _GROUP_ENCODINGS:
            exact.update(
                middle
                for middle in _group_middles(encode, group, characters, raw)
                if len(middle) >= characters
            )
    return exact, caseless


@dataclass(frozen=True)
class _Searches:
    """The secrets' normalised and encoded forms, made once for every stream of a page."""

    spaced: frozenset[str]
    alphanumeric: frozenset[str]
    encoded: frozenset[str]
    #: Hexadecimal and base32 forms, searched in the folded text.
    caseless: frozenset[str]

    @classmethod
    def of(cls, secrets: Iterable[str]) -> _Searches:
        spaced: set[str] = set()
        alphanumeric: set[str] = set()
        encoded: set[str] = set()
        caseless: set[str] = set()
        for secret in secrets:
            if len(normal := _normalise_secret(secret, _INVISIBLE)) >= MIN_NORMALISED:
                spaced.update((normal, normal[::-1]))  # as typed, and written backwards
            if len(bare := _normalise_secret(secret, _NOT_ALPHANUMERIC)) >= MIN_ALPHANUMERIC:
                alphanumeric.update((bare, bare[::-1]))
            exact_forms, caseless_forms = _encodings(secret)
            encoded |= exact_forms
            caseless |= caseless_forms
        return cls(*map(frozenset, (spaced, alphanumeric, encoded, caseless)))

    def __bool__(self) -> bool:
        return bool(self.spaced or self.alphanumeric or self.encoded)


def _found(stream: _Stream, forms: Iterable[str]) -> list[Span]:
    """Every place (overlapping ones too) of each form, as spans of the page."""
    text = stream.text
    places = []
    for form in forms:
        index = text.find(form)
        while index >= 0:
            places.append(stream.source_of(index, index + len(form)))
            index = text.find(form, index + 1)
    return places


def _places(stream: _Stream, searches: _Searches) -> list[Span]:
    """Where, in the page, the stream shows a secret in any of its disguises."""
    decoded = _decoded(stream)
    visible = decoded.without(_INVISIBLE)
    folded = _folded(visible)
    bare = folded.without(_NOT_ALPHANUMERIC)
    # Ascii85 and base85 hold "%" and "\\": the escapes undone above may have broken them;
    # they are looked for in the text with its character references only undone, too.
    referenced = stream.rewritten(_ENTITY, _entity) if "&" in stream.text else stream
    return (
        _found(folded, searches.spaced)
        + _found(bare, searches.alphanumeric)
        + _found(visible, searches.encoded)
        + _found(referenced.without(_INVISIBLE), searches.encoded)
        + _found(folded, searches.caseless)
        + _found(bare, searches.caseless)
    )


def _merged(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _replaced(text: str, replacements: Iterable[tuple[int, int, str]]) -> str:
    pieces, done = [], 0
    for start, end, replacement in sorted(replacements):
        if start < done:  # inside a part already replaced
            continue
        pieces += [text[done:start], replacement]
        done = max(done, end)
    pieces.append(text[done:])
    return "".join(pieces)


@functools.lru_cache(maxsize=4)
def _searches_of(secrets: tuple[str, ...]) -> _Searches:
    """The forms of one operation's secrets, made once for its several texts (a lookup masks
    three: the message, the added sentences, the alert). Kept for the last few operations
    only: the wizard holds these secrets in its fields meanwhile anyway."""
    return _Searches.of(secrets)


def mask_in_text(text: str, secrets: Iterable[str], mask: str) -> str:
    """Plain text (a message, an address) with every place showing a secret masked."""
    if not text:
        return text
    searches = _searches_of(tuple(secrets))
    if not searches:
        return text
    places = _merged(_places(_Stream(text), searches))
    return _replaced(text, [(start, end, mask) for start, end in places])


@dataclass
class _PageParts:
    """Where a page's text runs and attribute values are, and the field values to blank."""

    text: list[Span]
    values: list[Span]
    bare_values: set[int]  # starts of the values written without quotes
    blanked: list[Span]


def _parts(page: str) -> _PageParts:
    parts = _PageParts([], [], set(), [])
    position = 0
    while (match := _TOKEN.search(page, position)) is not None:
        if match.start() > position:
            parts.text.append((position, match.start()))
        position = match.end()
        if match.group("tag") is None:  # a comment or CDATA: its inside is text too
            inside = "comment" if match.group("comment") is not None else "cdata"
            parts.text.append(match.span(inside))
            continue
        name_match = _TAG_NAME.match(match.group())
        tag = name_match.group(1).lower() if name_match else ""
        _read_attributes(match, tag, parts)
        if tag in _RAW_TEXT and not match.group().startswith("</"):
            closing = re.compile(f"</{tag}[\\s/>]", re.IGNORECASE).search(page, position)
            content_end = closing.start() if closing else len(page)
            if tag == "textarea":  # a field's value: never saved
                parts.blanked.append((position, content_end))
            elif content_end > position:
                parts.text.append((position, content_end))
            position = content_end
    if position < len(page):
        parts.text.append((position, len(page)))
    return parts


def _read_attributes(tag_match: re.Match[str], tag: str, parts: _PageParts) -> None:
    source, offset = tag_match.group(), tag_match.start()
    type_found = _TYPE.search(source) if tag == "input" else None
    is_field = tag == "input" and (
        type_found is None or type_found.group(1).lower() not in _BUTTON_TYPES
    )
    for attribute in _ATTRIBUTE.finditer(source, len(tag) + 1):
        group = next(g for g in ("double", "single", "bare") if attribute.group(g) is not None)
        start, end = attribute.span(group)
        if is_field and attribute.group("name").lower() == "value":
            parts.blanked.append((offset + start, offset + end))
        elif end > start:
            parts.values.append((offset + start, offset + end))
            if group == "bare":
                parts.bare_values.add(offset + start)


def mask_in_page(page: str, secrets: Sequence[str], mask: str) -> str:
    """The HTML page with every secret masked in its text and its attributes, whatever the
    disguise, and every form field's value blanked (a button's label is kept)."""
    secrets = [secret for secret in secrets if secret]
    parts = _parts(page)
    replacements = [(start, end, "") for start, end in parts.blanked]
    searches = _Searches.of(secrets)
    if searches:
        text_places = _merged(_places(_joined(page, parts.text, ""), searches))
        replacements += _in_text(text_places, parts.text, mask)
        value_places = _merged(_places(_joined(page, parts.values, _SEPARATOR), searches))
        for start, end in _touched(value_places, parts.values):
            quoted = mask if start not in parts.bare_values else f'"{mask}"'
            replacements.append((start, end, quoted))
    masked = _replaced(page, replacements)
    for secret in secrets:  # anywhere else it may stand as typed (a tag's name…)
        if len(secret) >= MIN_NORMALISED:
            masked = re.sub(re.escape(secret), mask, masked, flags=re.IGNORECASE)
    return masked


def _touched(places: list[Span], spans: list[Span]) -> list[Span]:
    """The ``spans`` (sorted, apart) that some place overlaps."""
    ends = [end for _start, end in spans]
    touched = []
    for start, end in places:
        for span in spans[bisect.bisect_right(ends, start) :]:
            if span[0] >= end:
                break
            touched.append(span)
    return touched


def _in_text(places: list[Span], segments: list[Span], mask: str) -> list[tuple[int, int, str]]:
    """Each place masked in the text runs it covers: the mask once, the rest of it removed;
    the tags in between stay, so the page keeps its shape."""
    replacements = []
    for start, end in places:
        first = True
        for segment_start, segment_end in _touched([(start, end)], segments):
            low, high = max(start, segment_start), min(end, segment_end)
            replacements.append((low, high, mask if first else ""))
            first = False
    return replacements

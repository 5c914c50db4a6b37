"""What a page's scripts say to the person, read (never run) from their string literals.

Why: legacy PHP pages answer with nothing but
``<script>alert("Aucun agent ne correspond à ce nom et ce NUMEN.");history.back();</script>``.
A browser shows that sentence in a dialog; a reader that drops scripts sees an empty
page. Only the literal arguments of ``alert()``, ``confirm()`` and
``document.write()``/``writeln()`` are read, joined when the argument is a sum of
literals; an argument that computes anything (a variable, a call) is not read at all,
since its words would be a guess. Calls inside a named function (``function verifier()
{ … alert("Saisissez votre nom") … }``, a form's check run only when it is sent) are not
what the page shows as it opens, and are not read. Nothing is executed, nothing is fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A script longer than this is a library, not a message: only its start is read.
MAX_SCRIPT_CHARS = 20_000
MAX_MESSAGES = 8

_STRING = r""""(?:[^"\\\n]++|\\(?:\r\n|[\s\S]))*+"|'(?:[^'\\\n]++|\\(?:\r\n|[\s\S]))*+'|`(?:[^`\\$]++|\\[\s\S]|\$(?!\{))*+`"""
_CALL = re.compile(
    r"(?<![\w$.])(?:window\s*\.\s*)?(?P<function>alert|confirm|document\s*\.\s*write(?:ln)?)"
    rf"\s*\(\s*(?P<argument>(?:{_STRING})(?:\s*\+\s*(?:{_STRING}))*)\s*\)"
)
_ONE_STRING = re.compile(_STRING)
_ESCAPE = re.compile(
    r"\\(?:x(?P<hex>[0-9A-Fa-f]{2})|u\{(?P<code_point>[0-9A-Fa-f]{1,6})\}|u(?P<unit>[0-9A-Fa-f]{4})"
    r"|(?P<newline>\r\n|[\n\r\u2028\u2029])|(?P<other>[\s\S]))"
)
_SINGLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_NAMED_FUNCTION = re.compile(r"\bfunction\s*\*?\s*[A-Za-z_$][\w$]*\s*\([^)]{0,300}\)\s*\{")
# Braces, and what they are skipped in (strings and comments): one pass in C.
_BRACES = re.compile(rf"{_STRING}|//[^\n]*|/\*[\s\S]*?\*/|[{{}}]")


@dataclass(frozen=True)
class ScriptMessage:
    """One sentence a script shows: in a dialog (``alert``, ``confirm``) or written into the page."""

    text: str
    dialog: bool
    #: ``confirm()`` asks a question: it is not the site's verdict.
    question: bool = False


def _unescape(literal: str) -> str:
    """A JavaScript string literal's value (quotes removed, escapes decoded, surrogate pairs
    joined): ``"\\u00e9t\\xe9"`` -> ``été``."""

    def replace(match: re.Match[str]) -> str:
        if match.group("hex"):
            return chr(int(match.group("hex"), 16))
        if match.group("code_point"):
            value = int(match.group("code_point"), 16)
            return chr(value) if value <= 0x10FFFF else "\ufffd"
        if match.group("unit"):
            return chr(int(match.group("unit"), 16))
        if match.group("newline") is not None:
            return ""  # a line continuation
        other = match.group("other")
        return _SINGLE_ESCAPES.get(other, other)

    text = _ESCAPE.sub(replace, literal[1:-1])
    # \ud83d\ude00 written as two escapes: join the surrogate pair, drop a lone half.
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _named_function_bodies(script: str) -> list[tuple[int, int]]:
    """Where the bodies of the script's named functions are (start, end), braces counted
    outside strings and comments."""
    bodies: list[tuple[int, int]] = []
    position = 0
    while (declaration := _NAMED_FUNCTION.search(script, position)) is not None:
        depth, end = 1, len(script)
        for token in _BRACES.finditer(script, declaration.end()):
            depth += {"{": 1, "}": -1}.get(token.group(0), 0)
            if not depth:
                end = token.end()
                break
        bodies.append((declaration.start(), end))
        position = end
    return bodies


def script_messages(script: str) -> list[ScriptMessage]:
    """The sentences ``script`` would show as the page opens, in order (at most a few)."""
    script = script[:MAX_SCRIPT_CHARS]
    bodies = _named_function_bodies(script) if "function" in script else []
    found: list[ScriptMessage] = []
    for call in _CALL.finditer(script):
        if any(start <= call.start() < end for start, end in bodies):
            continue
        function = "".join(call.group("function").split())
        text = "".join(
            _unescape(literal.group(0)) for literal in _ONE_STRING.finditer(call.group("argument"))
        )
        if text.strip():
            found.append(
                ScriptMessage(
                    text=text,
                    dialog=function in ("alert", "confirm"),
                    question=function == "confirm",
                )
            )
            if len(found) >= MAX_MESSAGES:
                break
    return found

"""Fill unfinished entries of a Qt Linguist .ts file from a Python dict file (source -> French).

    .venv/bin/python tools/fill_translations.py resources/translations/magistere_fr.ts NEW.py

For batches of new strings; pyside6-linguist stays the tool for reviewing them.
Run tools/update_translations.sh afterwards to compile the .qm files.

French typography puts a space before ":", ";", "?", "!" and "»" and after "«": it must be
a non-breaking one, or a wrapped line may start with ": saisissez-le". What is filled gets
them; ``--spaces`` gives them to every French translation already in the file:

    .venv/bin/python tools/fill_translations.py --spaces resources/translations/magistere_fr.ts
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape


def ts_text(text: str) -> str:
    return escape(text).replace("'", "&apos;").replace('"', "&quot;")


#: The no-break space (U+00A0) French puts before these signs and inside guillemets.
NO_BREAK_SPACE = "\u00a0"
_BREAKABLE_BEFORE_SIGN = re.compile(r"[ \t]+(?=[:;?!»])|(?<=«)[ \t]+")


def french_spaces(text: str) -> str:
    """``text`` with a no-break space before ":", ";", "?", "!", "»" and after "«"."""
    return _BREAKABLE_BEFORE_SIGN.sub(NO_BREAK_SPACE, text)


def space_every_translation(catalogue: Path) -> int:
    """Give the no-break spaces to every translation of ``catalogue``; how many changed."""
    text = catalogue.read_text(encoding="utf-8")
    changed = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        fixed = french_spaces(match.group(2))
        changed += fixed != match.group(2)
        return match.group(1) + fixed + match.group(3)

    text = re.sub(r"(<translation[^>]*>)([^<]*)(</translation>)", fix, text)
    catalogue.write_text(text, encoding="utf-8")
    return changed


def main() -> int:
    if sys.argv[1] == "--spaces":
        print(f"{space_every_translation(Path(sys.argv[2]))} entries spaced")
        return 0
    catalogue, table = Path(sys.argv[1]), Path(sys.argv[2])
    translations: dict[str, str] = ast.literal_eval(table.read_text(encoding="utf-8"))
    text = catalogue.read_text(encoding="utf-8")
    filled = 0
    for source, french in translations.items():
        # lupdate writes quotes as &quot; or as they are, and may put a comment in between.
        quoted = re.escape(ts_text(source).replace("&quot;", '"')).replace('"', '(?:"|&quot;)')
        pattern = re.compile(
            "(<source>"
            + quoted
            + r"</source>\s*(?:<extracomment>[^<]*</extracomment>\s*)?)"
            + r"<translation type=\"unfinished\">[^<]*</translation>"
        )
        text, count = pattern.subn(
            lambda match, french=french: (
                match.group(1)
                + "<translation>"
                + ts_text(french_spaces(french)).replace("&quot;", '"')
                + "</translation>"
            ),
            text,
        )
        filled += count
    catalogue.write_text(text, encoding="utf-8")
    print(f"{filled} entries filled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

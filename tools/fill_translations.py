"""Fill unfinished entries of a Qt Linguist .ts file from a Python dict file (source -> French).

    .venv/bin/python tools/fill_translations.py resources/translations/magistere_fr.ts NEW.py

For batches of new strings; pyside6-linguist stays the tool for reviewing them.
Run tools/update_translations.sh afterwards to compile the .qm files.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape


def ts_text(text: str) -> str:
    return escape(text).replace("'", "&apos;").replace('"', "&quot;")


def main() -> int:
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
                + ts_text(french).replace("&quot;", '"')
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

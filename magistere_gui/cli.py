"""An argparse parser that speaks French: the help desk reads options, help and errors.

argparse's own words ("usage:", "show this help message and exit", "error: argument
--port: invalid int value") are English and not translated by the standard library on a
school PC; this parser says them in French. Options are few and the help desk is French,
so the texts are written in French here rather than through Qt's catalogue (the simulator
and ``--help`` run before, or without, Qt).
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

#: argparse's error sentences (Python 3.11 to 3.13), in the order they are tried.
_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), french)
    for pattern, french in (
        (r"^argument (?P<name>\S+): (?P<rest>.*)$", "option {name} : {rest}"),
        (r"^the following arguments are required: (?P<names>.*)$", "à indiquer : {names}"),
        (r"^unrecognized arguments: (?P<names>.*)$", "option inconnue : {names}"),
        (r"^expected one argument$", "une valeur est attendue après cette option"),
        (
            r"^expected (?P<count>\d+) arguments?$",
            "{count} valeurs sont attendues après cette option",
        ),
        (r"^invalid int value: (?P<value>.*)$", "{value} n'est pas un nombre entier"),
        (r"^invalid float value: (?P<value>.*)$", "{value} n'est pas un nombre"),
        (r"^invalid \w+ value: (?P<value>.*)$", "{value} n'est pas une valeur possible"),
        (
            r"^invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)$",
            "{value} n'est pas un choix possible (choisir parmi : {choices})",
        ),
        (
            r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.*)$",
            "{option} peut désigner plusieurs options : {matches}",
        ),
        (
            r"^ignored explicit argument (?P<value>.*)$",
            "cette option ne prend pas de valeur ({value})",
        ),
        (r"^not allowed with argument (?P<other>.*)$", "impossible avec l'option {other}"),
    )
)


def french_error(message: str) -> str:
    """argparse's English error sentence, in French (unchanged when it is not known)."""
    for pattern, french in _ERRORS:
        found = pattern.match(message)
        if found:
            parts = {key: french_error(value) for key, value in found.groupdict().items()}
            return french.format(**parts)
    return message


class _FrenchHelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self, usage: str | None, actions: object, groups: object, prefix: str | None = None
    ) -> None:
        super().add_usage(usage, actions, groups, prefix="Utilisation : ")  # type: ignore[arg-type]


class FrenchArgumentParser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` with French usage, help option, section titles and errors."""

    def __init__(self, *, prog: str, description: str) -> None:
        super().__init__(
            prog=prog,
            description=description,
            formatter_class=_FrenchHelpFormatter,
            add_help=False,
        )
        self._optionals.title = "options"
        self._positionals.title = "arguments"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {french_error(message)}\n")

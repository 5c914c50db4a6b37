"""The simulator's fictional staff directory, read from a TOML data file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from magistere_gui.paths import resource_path
from magistere_gui.rules import fold_accents


@dataclass(frozen=True)
class StaffMember:
    first_name: str
    last_name: str
    numen: str
    identifiant: str
    married_name: str = ""
    password: str = ""
    note: str = ""

    @property
    def initial_password(self) -> str:
        """Changed password if any, else the sheet's default: the NUMEN in upper case."""
        return self.password or self.numen.upper()

    def answers_to(self, typed_name: str) -> bool:
        """Whether the lookup form's name matches, as the académie compares it (dashes for spaces)."""
        # The typed name is taken as is: "D'Artagnan" with its apostrophe is not found,
        # which is why the sheet asks for a dash.
        wanted = fold_accents(typed_name).upper().strip()
        return any(
            wanted == _comparable(name) for name in (self.last_name, self.married_name) if name
        )


def _comparable(name: str) -> str:
    """The académie stores 'D'Artagnan' as 'D-ARTAGNAN'; accents are not significant."""
    return fold_accents(name).upper().replace("'", "-").replace(" ", "-")


def default_directory_path() -> Path:
    return resource_path("simulator", "staff.toml")


def load_directory(path: Path | None = None) -> list[StaffMember]:
    data = tomllib.loads((path or default_directory_path()).read_text(encoding="utf-8"))
    return [StaffMember(**entry) for entry in data["staff"]]

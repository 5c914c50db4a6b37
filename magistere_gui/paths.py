"""Where the shipped data files are, installed or in a source checkout."""

from __future__ import annotations

import importlib.resources
from pathlib import Path


def resources_dir() -> Path:
    """The resources folder: the installed package ``magistere_gui.resources``, or the checkout's."""
    try:
        return Path(str(importlib.resources.files("magistere_gui.resources")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

"""Where the shipped data files are: installed, in a source checkout, or in the standalone build."""

from __future__ import annotations

import functools
from pathlib import Path


@functools.cache
def resources_dir() -> Path:
    """The shipped data folder: ``magistere_gui/resources`` (wheel, standalone build) or the
    checkout's top-level ``resources``; importlib.resources (which loads zipfile) only for
    an installation that is neither, such as a zipped one."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "sites").is_dir():
            return candidate
    import importlib.resources

    try:
        return Path(str(importlib.resources.files("magistere_gui.resources")))
    except ModuleNotFoundError:
        return package.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

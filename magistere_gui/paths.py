"""Where the shipped data files are: installed, in a source checkout, or in the standalone build."""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path


@functools.cache
def resources_dir() -> Path:
    """The installed package ``magistere_gui.resources``, else a ``resources`` folder found on disk."""
    try:
        return Path(str(importlib.resources.files("magistere_gui.resources")))
    except ModuleNotFoundError:
        pass
    package = Path(__file__).resolve().parent
    # The standalone build puts the files beside the package; a checkout has them at its top.
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return package.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

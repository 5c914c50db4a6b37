"""Fixtures for stories against a scripted académie (tests/hostile.py's server, over a real
socket): each test sets the routes the académie answers, the client reads them.

Imported by the test modules that use them (``from scripted_site import academie,
academie_server, client``): their ``client`` replaces conftest's simulator client there.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_hostile_servers import write_profile

from hostile import HostileServer
from magistere_gui.client import AcademieClient, load_profile


@pytest.fixture(scope="module")
def academie_server() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.1") as server:
        yield server


@pytest.fixture
def academie(academie_server: HostileServer) -> HostileServer:
    """The scripted académie, with no route left from the test before."""
    academie_server.reset()
    return academie_server


@pytest.fixture
def client(academie: HostileServer, tmp_path: Path) -> Iterator[AcademieClient]:
    """A client whose profile points at the scripted académie."""
    academie_client = AcademieClient(load_profile(write_profile(tmp_path, academie.url)))
    yield academie_client
    academie_client.close()

"""Shared fixtures: a real académie simulator on a loopback port, and clients pointed at it."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from magistere_gui.client import AcademieClient, SiteProfile
from magistere_gui.client.profile import Timeouts
from magistere_gui.simulator import SimulatorServer


@pytest.fixture(scope="session")
def simulator_server() -> Iterator[SimulatorServer]:
    with SimulatorServer(port=0, test_hooks=True) as server:
        yield server


@pytest.fixture
def simulator(simulator_server: SimulatorServer) -> Iterator[SimulatorServer]:
    """The running simulator, with faults cleared and accounts restored after each test."""
    simulator_server.simulator.faults.reset()
    yield simulator_server
    state = simulator_server.simulator
    state.faults.reset()
    for account in state.accounts.values():
        account.password = account.member.initial_password
        account.failed_logins = 0
        account.locked_until = 0.0
    state.login_attempts.clear()
    state.requests_received.clear()


@pytest.fixture
def profile(simulator: SimulatorServer) -> SiteProfile:
    return simulator.profile()


@pytest.fixture
def client(profile: SiteProfile) -> Iterator[AcademieClient]:
    academie = AcademieClient(profile)
    yield academie
    academie.close()


@pytest.fixture
def impatient_client(profile: SiteProfile) -> Iterator[AcademieClient]:
    """A client that gives up after half a second, for latency faults."""
    academie = AcademieClient(
        dataclasses.replace(
            profile, timeouts=Timeouts(connect_seconds=1.0, read_seconds=0.5, operation_seconds=5.0)
        )
    )
    yield academie
    academie.close()

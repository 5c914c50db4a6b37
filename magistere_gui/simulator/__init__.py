"""A local stand-in for the académie sites: real HTTP on loopback, French pages, captchas.

Used by the tests and by ``magistere-gui --demo``.
"""

from magistere_gui.simulator.app import AcademieSimulator, Faults
from magistere_gui.simulator.server import SimulatorServer

__all__ = ["AcademieSimulator", "Faults", "SimulatorServer"]

"""Distorted security-code images for the simulator, drawn in pure Python as PNG.

Why not an imaging library: the simulator ships with the program (``--demo``), and
Pillow with the ``captcha`` package weighed 19 MB of the standalone build for one
small image. Each character is a few strokes on a 4 x 6 grid, drawn thick, rotated,
scaled and shifted at random, on a wavy baseline with noise lines and dots: real
images a person reads and a program is not meant to.
"""

from __future__ import annotations

import itertools
import math
import random
import struct
import zlib

WIDTH, HEIGHT = 220, 80

# Strokes of each character, as polylines on a grid 0..4 wide and 0..6 high (y down).
_GLYPHS: dict[str, tuple[tuple[tuple[float, float], ...], ...]] = {
    "A": (((0, 6), (2, 0), (4, 6)), ((1, 3.5), (3, 3.5))),
    "B": (((0, 0), (0, 6), (3, 6), (4, 5), (4, 4), (3, 3), (0, 3)), ((0, 0), (3, 0), (4, 1), (4, 2), (3, 3))),
    "C": (((4, 1), (3, 0), (1, 0), (0, 1), (0, 5), (1, 6), (3, 6), (4, 5)),),
    "D": (((0, 0), (0, 6), (2.5, 6), (4, 4.5), (4, 1.5), (2.5, 0), (0, 0)),),
    "E": (((4, 0), (0, 0), (0, 6), (4, 6)), ((0, 3), (3, 3))),
    "F": (((4, 0), (0, 0), (0, 6)), ((0, 3), (3, 3))),
    "G": (((4, 1), (3, 0), (1, 0), (0, 1), (0, 5), (1, 6), (3, 6), (4, 5), (4, 3.5), (2.5, 3.5)),),
    "H": (((0, 0), (0, 6)), ((4, 0), (4, 6)), ((0, 3), (4, 3))),
    "J": (((1, 0), (4, 0), (4, 5), (3, 6), (1, 6), (0, 5)),),
    "K": (((0, 0), (0, 6)), ((4, 0), (0, 3.5)), ((1.3, 2.6), (4, 6))),
    "L": (((0, 0), (0, 6), (4, 6)),),
    "M": (((0, 6), (0, 0), (2, 3), (4, 0), (4, 6)),),
    "N": (((0, 6), (0, 0), (4, 6), (4, 0)),),
    "P": (((0, 6), (0, 0), (3, 0), (4, 1), (4, 2), (3, 3), (0, 3)),),
    "R": (((0, 6), (0, 0), (3, 0), (4, 1), (4, 2), (3, 3), (0, 3)), ((2, 3), (4, 6))),
    "S": (((4, 1), (3, 0), (1, 0), (0, 1), (0, 2), (1, 3), (3, 3), (4, 4), (4, 5), (3, 6), (1, 6), (0, 5)),),
    "T": (((0, 0), (4, 0)), ((2, 0), (2, 6))),
    "U": (((0, 0), (0, 5), (1, 6), (3, 6), (4, 5), (4, 0)),),
    "V": (((0, 0), (2, 6), (4, 0)),),
    "W": (((0, 0), (1, 6), (2, 3), (3, 6), (4, 0)),),
    "X": (((0, 0), (4, 6)), ((4, 0), (0, 6))),
    "Y": (((0, 0), (2, 3), (4, 0)), ((2, 3), (2, 6))),
    "Z": (((0, 0), (4, 0), (0, 6), (4, 6)),),
    "2": (((0, 1), (1, 0), (3, 0), (4, 1), (4, 2), (0, 6), (4, 6)),),
    "3": (((0, 0), (4, 0), (2, 2.5), (3, 2.5), (4, 3.5), (4, 5), (3, 6), (1, 6), (0, 5)),),
    "4": (((3, 6), (3, 0), (0, 4), (4, 4)),),
    "5": (((4, 0), (0, 0), (0, 2.5), (3, 2.5), (4, 3.5), (4, 5), (3, 6), (0, 6)),),
    "6": (((3.5, 0), (1, 0), (0, 1.5), (0, 5), (1, 6), (3, 6), (4, 5), (4, 4), (3, 3), (0, 3)),),
    "7": (((0, 0), (4, 0), (1.5, 6)),),
    "8": (((1, 3), (0, 2), (0, 1), (1, 0), (3, 0), (4, 1), (4, 2), (3, 3), (1, 3), (0, 4), (0, 5), (1, 6), (3, 6), (4, 5), (4, 4), (3, 3)),),
    "9": (((4, 3), (1, 3), (0, 2), (0, 1), (1, 0), (3, 0), (4, 1), (4, 4.5), (2.5, 6), (0.5, 6)),),
}  # fmt: skip

ALPHABET = "".join(sorted(_GLYPHS))


class _Canvas:
    def __init__(
        self, background: tuple[int, int, int], width: int = WIDTH, height: int = HEIGHT
    ) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(bytes(background) * (width * height))

    def dot(self, x: float, y: float, radius: float, colour: tuple[int, int, int]) -> None:
        reach = int(radius) + 1
        centre_x, centre_y = round(x), round(y)
        for row in range(max(0, centre_y - reach), min(self.height, centre_y + reach + 1)):
            for column in range(max(0, centre_x - reach), min(self.width, centre_x + reach + 1)):
                if (column - x) ** 2 + (row - y) ** 2 <= radius * radius:
                    offset = 3 * (row * self.width + column)
                    self.pixels[offset : offset + 3] = bytes(colour)

    def line(
        self,
        start: tuple[float, float],
        end: tuple[float, float],
        radius: float,
        colour: tuple[int, int, int],
    ) -> None:
        steps = max(1, int(math.dist(start, end) / max(0.8, radius / 2)))
        for step in range(steps + 1):
            t = step / steps
            self.dot(
                start[0] + (end[0] - start[0]) * t,
                start[1] + (end[1] - start[1]) * t,
                radius,
                colour,
            )

    def png(self) -> bytes:
        stride = 3 * self.width
        rows = b"".join(
            b"\x00" + bytes(self.pixels[stride * row : stride * (row + 1)])
            for row in range(self.height)
        )

        def chunk(kind: bytes, data: bytes) -> bytes:
            checksum = zlib.crc32(kind + data) & 0xFFFFFFFF
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", checksum)

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 6))
            + chunk(b"IEND", b"")
        )


class _Transform:
    """Where a glyph's grid point lands on the image: rotated, scaled, moved, on a wave."""

    def __init__(
        self,
        angle: float,
        scale: float,
        centre_x: float,
        baseline_y: float,
        wave: tuple[float, float, float],
    ) -> None:
        self.cos, self.sin = math.cos(angle), math.sin(angle)
        self.scale, self.centre_x, self.baseline_y = scale, centre_x, baseline_y
        self.wave_height, self.wave_length, self.wave_phase = wave

    def place(self, point: tuple[float, float]) -> tuple[float, float]:
        x, y = (point[0] - 2) * self.scale * 0.8, (point[1] - 3) * self.scale
        page_x = self.centre_x + x * self.cos - y * self.sin
        wave = self.wave_height * math.sin(
            page_x / self.wave_length * 2 * math.pi + self.wave_phase
        )
        return page_x, self.baseline_y + x * self.sin + y * self.cos + wave


def draw_code(code: str, rng: random.Random | None = None) -> bytes:
    """A PNG of ``code`` (characters of :data:`ALPHABET`), distorted differently each time."""
    rng = rng or random.SystemRandom()
    canvas = _Canvas((rng.randint(235, 250), rng.randint(235, 250), rng.randint(240, 255)))
    for _ in range(40):  # noise dots
        colour = (rng.randint(90, 200), rng.randint(90, 200), rng.randint(90, 200))
        canvas.dot(rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT), rng.uniform(1, 2.2), colour)
    wave_height, wave_length, wave_phase = (
        rng.uniform(3, 7),
        rng.uniform(60, 110),
        rng.uniform(0, 6.3),
    )
    slot = (WIDTH - 20) / max(1, len(code))
    for index, character in enumerate(code):
        angle = math.radians(rng.uniform(-25, 25))
        scale = rng.uniform(6.2, 7.6)
        origin_x = 12 + index * slot + rng.uniform(-3, 3)
        origin_y = 14 + rng.uniform(-4, 4)
        colour = (rng.randint(10, 90), rng.randint(30, 110), rng.randint(60, 150))
        radius = rng.uniform(2.2, 3.2)
        wave = (wave_height, wave_length, wave_phase)
        transform = _Transform(angle, scale, origin_x + slot / 2, origin_y + 2.7 * scale, wave)
        placed = transform.place

        for stroke in _GLYPHS[character]:
            for start, end in itertools.pairwise(stroke):
                canvas.line(placed(start), placed(end), radius, colour)
    for _ in range(2):  # lines across the code
        colour = (rng.randint(40, 140), rng.randint(40, 140), rng.randint(40, 140))
        canvas.line(
            (rng.uniform(0, 30), rng.uniform(10, HEIGHT - 10)),
            (rng.uniform(WIDTH - 30, WIDTH), rng.uniform(10, HEIGHT - 10)),
            1.2,
            colour,
        )
    return canvas.png()


def draw_refresh_icon() -> bytes:
    """The 'another code' icon: a round arrow on a 24 x 24 image (drawn once)."""
    canvas = _Canvas((255, 255, 255), 24, 24)
    blue = (20, 80, 160)
    points = [
        (12 + 8 * math.cos(math.radians(a)), 12 + 8 * math.sin(math.radians(a)))
        for a in range(40, 341, 15)
    ]
    for start, end in itertools.pairwise(points):
        canvas.line(start, end, 1.4, blue)
    canvas.line((15, 2), (21, 7), 1.4, blue)
    canvas.line((21, 7), (14, 9), 1.4, blue)
    return canvas.png()

"""Turning a captcha's bytes into an image, with a bound, off the UI thread.

Why here and not in a QLabel: the bytes come from a page, so they are untrusted.
The client already refused vector images and sizes no captcha has; this decoder
checks the size the image declares again (Qt's own reading of the header),
caps Qt's allocation, and runs in the worker thread, so the window never waits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from magistere_gui.client import CaptchaChallenge, CaptchaError
from magistere_gui.client.images import (
    MAX_CAPTCHA_HEIGHT,
    MAX_CAPTCHA_PIXELS,
    MAX_CAPTCHA_WIDTH,
)

#: Qt refuses to allocate more than this for one image (megabytes).
ALLOCATION_LIMIT_MB = 16


def decode_captcha(data: bytes, image_format: str) -> QImage | None:
    """The first frame of a raster captcha, or None when it cannot or must not be decoded."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, image_format.encode("ascii"))
    reader.setDecideFormatFromContent(False)
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    size = reader.size()
    if not (
        0 < size.width() <= MAX_CAPTCHA_WIDTH
        and 0 < size.height() <= MAX_CAPTCHA_HEIGHT
        and size.width() * size.height() <= MAX_CAPTCHA_PIXELS
    ):
        return None
    image = reader.read()
    return None if image.isNull() else image


@dataclass(frozen=True)
class CodeOnScreen:
    """A challenge with its decoded image (None: unusable), and the refusal that brought it, if any."""

    challenge: CaptchaChallenge
    image: QImage | None = field(repr=False)
    refusal: CaptchaError | None = None


def decoded(challenge: CaptchaChallenge, refusal: CaptchaError | None = None) -> CodeOnScreen:
    return CodeOnScreen(challenge, decode_captcha(challenge.image, challenge.image_format), refusal)

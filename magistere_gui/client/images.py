"""Captcha images: which ones may be shown at all, judged on their first bytes.

Why before any decoding: a page is untrusted, and an image's header can declare
8000 x 8000 pixels in a few kilobytes (gigabytes once decoded and zoomed), or be
an SVG that makes the renderer loop. Only raster formats with a sensible
declared size reach the screen; the wizard decodes them off the UI thread
under the same pixel limit.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from magistere_gui.client.errors import UnusableCaptchaImageError

#: Large enough for any real captcha (a few hundred pixels wide), small enough to decode at once.
MAX_CAPTCHA_WIDTH = 2000
MAX_CAPTCHA_HEIGHT = 1000
MAX_CAPTCHA_PIXELS = 1_000_000


@dataclass(frozen=True)
class ImageHeader:
    format: str  # "png", "jpeg", "gif" or "bmp": what Qt's reader is told to use
    width: int
    height: int


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the JPEG segments up to the first frame header (SOFn), which holds the size."""
    position = 2
    while position + 9 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        if length < 2:
            return None
        position += 2 + length
    return None


def read_header(data: bytes) -> ImageHeader | None:
    """The format and declared size of a raster image, or None for anything else (SVG included)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return ImageHeader("png", width, height)
    if data.startswith((b"GIF87a", b"GIF89a")) and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return ImageHeader("gif", width, height)
    if data.startswith(b"BM") and len(data) >= 26:
        width, height = struct.unpack("<ii", data[18:26])
        return ImageHeader("bmp", abs(width), abs(height))
    if data.startswith(b"\xff\xd8"):
        size = _jpeg_size(data)
        return ImageHeader("jpeg", *size) if size else None
    return None


def checked_captcha_header(data: bytes, content_type: str, *, url: str) -> ImageHeader:
    """The header of a captcha fit to show, or :class:`UnusableCaptchaImageError`."""
    if "svg" in content_type.lower():
        raise UnusableCaptchaImageError("captcha is a vector image (SVG)", url=url)
    header = read_header(data)
    if header is None:
        raise UnusableCaptchaImageError("captcha is not a PNG, JPEG, GIF or BMP image", url=url)
    if not (
        0 < header.width <= MAX_CAPTCHA_WIDTH
        and 0 < header.height <= MAX_CAPTCHA_HEIGHT
        and header.width * header.height <= MAX_CAPTCHA_PIXELS
    ):
        raise UnusableCaptchaImageError(
            f"captcha declares {header.width} x {header.height} pixels", url=url
        )
    return header

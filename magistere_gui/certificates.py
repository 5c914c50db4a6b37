"""The issuer and validity of a certificate, read from its DER bytes with the standard library.

Why not the ``cryptography`` package: the diagnostics only need who issued the
certificate a site presents and its dates (a school filter that inspects TLS
shows up as the issuer; a wrong clock shows up against the dates), and that
package weighs 14 MB in the standalone build. X.509 is DER: a few nested
tag-length-value records, read here with bounds (a malformed certificate raises
``ValueError``; the diagnostics then show the TLS reason alone).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

_SEQUENCE = 0x30
_SET = 0x31
_OID = 0x06
_UTC_TIME = 0x17
_GENERALIZED_TIME = 0x18
_EXPLICIT_VERSION = 0xA0
_STRING_TAGS = {0x0C, 0x13, 0x14, 0x16, 0x1E}  # UTF8, Printable, Teletex, IA5, BMP
# Attribute names shown for the issuer, as in RFC 4514.
_NAMES = {
    "2.5.4.3": "CN",
    "2.5.4.6": "C",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
}


@dataclass(frozen=True)
class CertificateSummary:
    issuer: str
    not_before: datetime.datetime
    not_after: datetime.datetime


def _read(data: bytes, position: int) -> tuple[int, int, int]:
    """One record at ``position``: its tag, where its content starts, where it ends."""
    if position + 2 > len(data):
        raise ValueError("truncated certificate")
    tag, length = data[position], data[position + 1]
    start = position + 2
    if length & 0x80:
        count = length & 0x7F
        if not 1 <= count <= 4 or start + count > len(data):
            raise ValueError("bad length in certificate")
        length = int.from_bytes(data[start : start + count], "big")
        start += count
    end = start + length
    if end > len(data):
        raise ValueError("truncated certificate")
    return tag, start, end


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    records, position = [], start
    while position < end:
        record = _read(data, position)
        records.append(record)
        position = record[2]
        if len(records) > 64:
            raise ValueError("too many records in certificate")
    return records


def _oid(raw: bytes) -> str:
    if not raw:
        raise ValueError("empty object identifier")
    parts = [raw[0] // 40, raw[0] % 40]
    value = 0
    for byte in raw[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(value)
            value = 0
    return ".".join(map(str, parts))


def _text(tag: int, raw: bytes) -> str:
    if tag == 0x1E:
        return raw.decode("utf-16-be", errors="replace")
    return raw.decode("utf-8" if tag == 0x0C else "latin-1", errors="replace")


def _name(data: bytes, start: int, end: int) -> str:
    """RFC 4514 order (most specific first), known attributes only."""
    parts = []
    for _tag, set_start, set_end in _children(data, start, end):
        for _seq, pair_start, pair_end in _children(data, set_start, set_end):
            pair = _children(data, pair_start, pair_end)
            if len(pair) == 2 and pair[0][0] == _OID and pair[1][0] in _STRING_TAGS:
                key = _NAMES.get(_oid(data[pair[0][1] : pair[0][2]]))
                if key:
                    parts.append(f"{key}={_text(pair[1][0], data[pair[1][1] : pair[1][2]])}")
    return ",".join(reversed(parts))


def _time(tag: int, raw: bytes) -> datetime.datetime:
    text = raw.decode("ascii")
    if tag == _UTC_TIME:
        moment = datetime.datetime.strptime(text, "%y%m%d%H%M%SZ")
    elif tag == _GENERALIZED_TIME:
        moment = datetime.datetime.strptime(text, "%Y%m%d%H%M%SZ")
    else:
        raise ValueError("not a time")
    return moment.replace(tzinfo=datetime.UTC)


def summarise(der: bytes) -> CertificateSummary:
    """Issuer and validity of an X.509 certificate in DER; ValueError when it cannot be read."""
    tag, start, _end = _read(der, 0)
    if tag != _SEQUENCE:
        raise ValueError("not a certificate")
    tbs_tag, tbs_start, tbs_end = _read(der, start)
    if tbs_tag != _SEQUENCE:
        raise ValueError("not a certificate")
    fields = _children(der, tbs_start, tbs_end)
    if fields and fields[0][0] == _EXPLICIT_VERSION:
        fields = fields[1:]
    # serialNumber, signature, issuer, validity, subject, ...
    if len(fields) < 4:
        raise ValueError("incomplete certificate")
    issuer = _name(der, fields[2][1], fields[2][2])
    validity = _children(der, fields[3][1], fields[3][2])
    if len(validity) != 2:
        raise ValueError("bad validity in certificate")
    not_before = _time(validity[0][0], der[validity[0][1] : validity[0][2]])
    not_after = _time(validity[1][0], der[validity[1][1] : validity[1][2]])
    return CertificateSummary(issuer, not_before, not_after)

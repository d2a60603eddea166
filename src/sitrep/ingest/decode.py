"""Bytes to text: byte-order marks, UTF-16 without one, UTF-8, then detection; binary content refused."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from sitrep.errors import SitrepError

_MAGIC = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"SQLite format 3": "SQLite database",
}
_NEAR_CHAOS = 0.1  # detector guesses this close to the least chaotic one count as equally plausible
_RARE = re.compile(r"^(?:cp(?:437|7\d\d|8[0-6]\d|1006|1125)|mac_|hp_|ptcp|kz1048)", re.I)
_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "iso-ir-100",
                  "cp819", "ibm819", "windows-1252", "cp1252", "x-cp1252"}
_C1 = re.compile("[\x80-\x9f\ufffd]")  # in text decoded as UTF-16, a sign that it was not UTF-16
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise ``SitrepError`` (E102 empty, E103 binary, E105 undecodable).

    ``declared`` is an encoding named by the transport (an HTTP header); it is
    tried after byte-order marks and before detection.
    """
    if not data.strip():
        raise SitrepError("E102", source)
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise SitrepError("E103", source, detail=kind)
    marked = _with_bom(data, source)
    if marked is not None:
        return marked
    if b"\x00" in data[:8192]:
        wide = _without_bom(data, source)
        if wide is None:
            raise SitrepError("E103", source, detail="NUL bytes")
        return wide
    for name in (*_as_declared(declared), "utf-8"):
        try:
            return _checked(data.decode(name), source), name.lower()
        except (UnicodeDecodeError, LookupError):
            continue
    encoding = _detect(data[:1_000_000])
    if encoding is None:
        raise SitrepError("E105", source, detail="no text encoding fits")
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise SitrepError("E105", source, detail=str(exc)) from None
    return _checked(text, source), encoding


def _with_bom(data: bytes, source: str) -> tuple[str, str] | None:
    """The text of data that opens with a byte-order mark, in the encoding it marks; None without one."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), source), enc
            except UnicodeDecodeError as exc:
                raise SitrepError("E105", source, detail=f"{enc}: {exc.reason}") from None
    return None


def _as_declared(declared: str | None) -> tuple[str, ...]:
    """Encodings to try for a declared charset: as browsers do, ``latin-1`` and ASCII mean windows-1252."""
    if not declared:
        return ()
    if declared.strip().lower().replace("_", "-") in _LATIN1_LABELS:
        return ("cp1252", declared)
    return (declared,)


def _detect(sample: bytes) -> str | None:
    """The detected encoding of ``sample``: among the guesses about as plausible as the best one,
    the one whose text reads most like a language, windows-1252 on a tie.

    Short Western European text fits several legacy code pages about equally well, and the
    detector's first pick among them is arbitrary (it reads cp1252's "à" as cp1257's "ą").
    windows-1252 is by far the most common of them (browsers read ``latin-1`` as it too).
    DOS, Mac and HP code pages, rare in news text, lose to any other near guess.
    """
    matches = list(from_bytes(sample))
    if not matches:
        return None
    floor = min(m.chaos for m in matches)
    near = [m for m in matches if m.encoding and m.chaos <= floor + _NEAR_CHAOS]
    if not near:
        return None
    pick = max(near, key=lambda m: (not _RARE.match(str(m.encoding)), round(m.coherence, 3),
                                    "cp1252" in m.could_be_from_charset, -m.chaos))
    return "cp1252" if "cp1252" in pick.could_be_from_charset else str(pick.encoding)


def _checked(text: str, source: str) -> str:
    """Refuse text that is mostly control characters (a binary file that happens to decode)."""
    sample = text[:20000]
    if not sample.strip():
        raise SitrepError("E102", source)
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(8, len(sample) // 50):
        raise SitrepError("E103", source, detail="control characters")
    return text


def wide_encoding(sample: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``sample`` looks like UTF-16 without a byte-order mark, else None.

    UTF-16 text has NUL bytes (the high byte of every Latin character, space and digit) on alternate
    offsets only: odd ones in little-endian, even ones in big-endian. Binary data has them anywhere.
    """
    sample = sample[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even + odd < max(2, len(sample) // 64):
        return None
    if odd >= 10 * even:
        return "utf-16-le"
    if even >= 10 * odd:
        return "utf-16-be"
    return None


def _without_bom(data: bytes, source: str) -> tuple[str, str] | None:
    """``(text, encoding)`` for UTF-16 text without a byte-order mark, else None."""
    encoding = wide_encoding(data)
    if encoding is None:
        return None
    try:
        text = _checked(data.decode(encoding), source)
    except (UnicodeDecodeError, SitrepError):
        return None
    return (text, encoding) if not _C1.search(text[:20000]) else None

"""Bytes to text: byte-order marks, UTF-8, then detection; binary content refused."""

from __future__ import annotations

import codecs

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
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), source), enc
            except UnicodeDecodeError as exc:
                raise SitrepError("E105", source, detail=f"{enc}: {exc.reason}") from None
    if b"\x00" in data[:8192]:
        raise SitrepError("E103", source, detail="NUL bytes")
    for enc in (declared, "utf-8"):
        if not enc:
            continue
        try:
            return _checked(data.decode(enc), source), enc.lower()
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise SitrepError("E105", source, detail="no text encoding fits")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise SitrepError("E105", source, detail=str(exc)) from None
    return _checked(text, source), best.encoding


def _checked(text: str, source: str) -> str:
    """Refuse text that is mostly control characters (a binary file that happens to decode)."""
    sample = text[:20000]
    if not sample.strip():
        raise SitrepError("E102", source)
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(8, len(sample) // 50):
        raise SitrepError("E103", source, detail="control characters")
    return text

"""Readers: each input (file, folder, stdin, URL, feed) becomes a stream of ``RawItem``s.

Readers never raise for a bad input: they yield a ``Problem`` naming the input
and the reason, and go on with the rest of the batch. What they yield is always storable:
every string is valid Unicode (a lone surrogate becomes U+FFFD), and no record is larger
than ``SITREP_MAX_INPUT_MB``, however it arrives (a file, one JSON Lines line, a list element).
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import itertools
import json
import math
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from sitrep import settings
from sitrep.errors import SitrepError, problem
from sitrep.ingest import netguard
from sitrep.ingest.decode import decode_bytes, wide_encoding
from sitrep.ingest.fetch import read_url
from sitrep.records import InputFormat, Problem, RawItem

SUFFIXES: dict[str, str] = {
    ".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
}
_RECORD_FIELDS = ("title", "published", "outlet", "url", "byline", "author")

Item = RawItem | Problem

# code points UTF-8 (hence SQLite) cannot hold: lone surrogates, from JSON "\ud800" escapes or undecodable
# bytes in file names (surrogateescape)
_UNSTORABLE = re.compile("[\ud800-\udfff]")
_CHUNK = 1 << 16  # JSON Lines are read in pieces of at most this many bytes


def iter_inputs(inputs: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every item of every input, in order: paths, folders, ``-`` (JSON Lines on stdin), URLs.

    Every string of every item is storable text: an unencodable code point is replaced by U+FFFD in that
    item alone (the document is kept: an analyst wants the article, not a refusal over one character).
    """
    for item in _items(inputs, stdin):
        yield representable(item)


def representable(item: Item) -> Item:
    """``item`` with every lone surrogate in its strings replaced by U+FFFD."""
    fixed: dict[str, Any] = {f.name: _UNSTORABLE.sub("\ufffd", v) for f in dataclasses.fields(item)
                             if isinstance(v := getattr(item, f.name), str) and _UNSTORABLE.search(v)}
    if not fixed:
        return item
    if isinstance(item, Problem):
        return dataclasses.replace(item, **fixed)
    return dataclasses.replace(item, **fixed)


def _items(inputs: Iterable[str], stdin: IO[bytes] | None) -> Iterator[Item]:
    for spec in inputs:
        if spec == "-":
            if stdin is not None:
                yield from read_jsonl_stream(stdin, "<stdin>")
            else:  # never drop an input silently
                yield problem("E107", "<stdin>", detail="no standard input was given to read '-' from")
        elif netguard.is_fetchable(spec):
            yield from read_url(spec)
        else:
            yield from read_path(Path(spec))


# Article formats a user may expect sitrep to read but it does not: reported per file when met in a folder.
UNREAD_DOCUMENTS = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".xls", ".xlsx", ".ods", ".pptx"})


def read_path(path: Path) -> Iterator[Item]:
    if not path.exists():
        yield problem("E101", str(path))
    elif path.is_dir():
        for child in _walk(path):
            yield from read_file(child)
    else:
        yield from read_file(path)


def count_items(inputs: Iterable[str]) -> int | None:
    """How many items ``iter_inputs`` will yield for ``inputs``, for a progress bar's total: files, records of
    JSON Lines (lines that are not blank) and of JSON lists; None when it cannot be known beforehand (standard
    input, URLs and feeds)."""
    total = 0
    for spec in inputs:
        if spec == "-" or netguard.is_fetchable(spec):
            return None
        path = Path(spec)
        for f in (_walk(path) if path.is_dir() else [path]):
            total += _count_file(f)
    return total


def _count_file(path: Path) -> int:
    kind = SUFFIXES.get(path.suffix.lower())
    try:
        if kind == "jsonl":
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        if kind == "json" and path.stat().st_size <= max_input_bytes():
            data = json.loads(path.read_bytes())
            return len(data) if isinstance(data, list) else 1
    except (OSError, ValueError):
        return 1
    return 1


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under ``folder``, recursively, in a stable order, hidden ones skipped. Documents sitrep does
    not read (``UNREAD_DOCUMENTS``: a PDF, a Word file) are yielded too, so that each is reported (E106) rather than
    silently passed over; other files (images, notes) are left alone."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            suffix = Path(name).suffix.lower()
            if not name.startswith(".") and (suffix in SUFFIXES or suffix in UNREAD_DOCUMENTS):
                yield Path(root) / name


def read_file(path: Path) -> Iterator[Item]:
    source = str(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield problem("E106", source, detail=path.suffix or path.name)
        return
    limit = max_input_bytes()
    try:
        if kind == "jsonl":
            with path.open("rb") as fh:
                yield from read_jsonl_stream(fh, source)
            return
        size = path.stat().st_size
        if size > limit:
            yield too_large(source, None, size, limit)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield problem("E107", source, detail=exc.strerror or str(exc))
        return
    try:
        text, encoding = decode_bytes(data, source)
    except SitrepError as exc:
        yield exc.problem()
        return
    if kind == "json":
        yield from read_json_text(text, source)
    else:
        fmt: InputFormat = "html" if kind == "html" else "text"
        yield RawItem(doc_id=path.name, source=source, format=fmt, content=text, encoding=encoding)


def max_input_bytes() -> int:
    """``SITREP_MAX_INPUT_MB`` in bytes: the most one file read whole, or one record, may hold."""
    mb = settings.get_float("max_input_mb")
    if not mb > 0:  # zero, negative or NaN: the default
        mb = float(settings.SETTINGS["max_input_mb"].default)
    return int(mb * 1_000_000) if math.isfinite(mb) else sys.maxsize


def too_large(source: str, line: int | None, size: int, limit: int) -> Problem:
    """E104 for ``size`` bytes over ``limit``, the size shown with the decimals it takes to exceed the limit."""
    for digits in range(1, 7):
        shown = f"{size / 1_000_000:.{digits}f}"
        if float(shown) * 1_000_000 > limit:
            break
    return problem("E104", source, line, size=shown, limit=f"{limit / 1_000_000:g}")


def read_jsonl_stream(fh: IO[bytes], source: str) -> Iterator[Item]:
    """One record per line, streamed; a bad line is reported with its number and skipped.

    Lines are UTF-8 (a first-line BOM is dropped); a line in a legacy encoding is decoded as a
    text file would be, and a stream in UTF-16/32 (a byte-order mark, or UTF-16's NUL bytes) is read
    in it. No line is held longer than ``SITREP_MAX_INPUT_MB``: a longer one is skipped, reported (E104).
    """
    seen_any = False
    limit = max_input_bytes()
    for n, raw in enumerate(_jsonl_lines(fh, limit), 1):
        if isinstance(raw, int):
            seen_any = True
            yield too_large(source, n, raw, limit)
            continue
        if not raw.strip():
            continue
        seen_any = True
        try:
            obj = json.loads(_decode_line(raw, n, source))
        except UnicodeDecodeError as exc:
            yield problem("E105", source, n, detail=f"line is not UTF-8 ({exc.reason})")
            continue
        except json.JSONDecodeError as exc:
            yield problem("E201", source, n, detail=exc.msg)
            continue
        except (ValueError, RecursionError) as exc:
            yield problem("E201", source, n, detail=_json_limit(exc))
            continue
        yield record_item(obj, source, n)
    if not seen_any:
        yield problem("E102", source)


_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _jsonl_lines(fh: IO[bytes], limit: int) -> Iterator[bytes | int]:
    """The stream's lines as bytes (UTF-8 when the stream is UTF-16/32), or for a line over ``limit`` bytes
    its size; read in bounded pieces, so an endless line never fills the memory."""
    chunks: Iterator[bytes] = iter(lambda: fh.readline(_CHUNK), b"")
    first = next(chunks, b"")
    enc = next((e for bom, e in _WIDE_BOMS if first.startswith(bom)), None) or _bomless_utf16(first)
    pieces = itertools.chain([first], chunks)
    yield from _split_lines(_to_utf8(pieces, enc) if enc else pieces, limit)


def _bomless_utf16(first: bytes) -> str | None:
    """UTF-16 without a byte-order mark: NUL bytes on alternate offsets, and a first line that reads as a record."""
    enc = wide_encoding(first)
    return enc if enc and first.decode(enc, "replace").lstrip().startswith("{") else None


def _to_utf8(chunks: Iterable[bytes], encoding: str) -> Iterator[bytes]:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    for chunk in chunks:
        yield decoder.decode(chunk).encode()
    yield decoder.decode(b"", final=True).encode()


def _split_lines(chunks: Iterable[bytes], limit: int) -> Iterator[bytes | int]:
    """Lines of a stream given in pieces; a line over ``limit`` bytes is dropped as it is read: its size instead."""
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        *ended, rest = chunk.split(b"\n")
        for piece in ended:
            size += len(piece)
            yield b"".join([*parts, piece]) if size <= limit else size
            parts, size = [], 0
        size += len(rest)
        if size <= limit:
            parts.append(rest)
        else:
            parts.clear()
    if size:
        yield b"".join(parts) if size <= limit else size


def _decode_line(raw: bytes, n: int, source: str) -> str:
    """A UTF-8 line, else the line decoded as a legacy-encoded text; raises ``UnicodeDecodeError``."""
    try:
        return raw.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        if b"\x00" in raw:  # no legacy single-byte text holds NUL bytes
            raise
        try:
            return decode_bytes(raw, source)[0]
        except SitrepError:
            raise exc from None


def read_json_text(text: str, source: str) -> Iterator[Item]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield problem("E201", source, exc.lineno, detail=exc.msg)
        return
    except (ValueError, RecursionError) as exc:
        yield problem("E201", source, None, detail=_json_limit(exc))
        return
    if isinstance(obj, list):
        for i, rec in enumerate(obj):
            yield record_item(rec, f"{source}[{i}]", None, fallback_id=f"{Path(source).name}#{i}")
    else:
        yield record_item(obj, source, None, fallback_id=Path(source).name)


def _json_limit(exc: ValueError | RecursionError) -> str:
    """The reason for valid-looking JSON the parser cannot take (too deeply nested, a huge number)."""
    return "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(":")[0]


def record_item(obj: Any, source: str, line: int | None, fallback_id: str | None = None) -> Item:
    """A JSON document record (spec §1) as a ``RawItem``, or the ``Problem`` with it."""
    if not isinstance(obj, dict):
        return problem("E202", source, line, detail=type(obj).__name__)
    for key in ("text", "html", "id", *_RECORD_FIELDS):
        value = obj.get(key)
        # the body must be a string; an id, a date or a name may also be a number (never a bool)
        allowed: type | tuple[type, ...] = str if key in ("text", "html") else (str, int, float)
        if value is not None and (isinstance(value, bool) or not isinstance(value, allowed)):
            return problem("E204", source, line, detail=repr(key))
    body, fmt = obj.get("text"), "text"
    if not (isinstance(body, str) and body.strip()):
        body, fmt = obj.get("html"), "html"
    if not (isinstance(body, str) and body.strip()):
        return problem("E203", source, line)
    limit = max_input_bytes()
    if len(body) * 4 > limit and (size := len(body.encode("utf-8", "surrogatepass"))) > limit:
        return too_large(source, line, size, limit)
    where = f"{source}:{line}" if line is not None else source
    doc_id = obj.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        digest = hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()
        doc_id = obj.get("url") or fallback_id or "doc-" + digest[:16]
    return RawItem(
        doc_id=str(doc_id),
        source=where,
        format="html" if fmt == "html" else "json",
        content=body,
        url=_str(obj.get("url")),
        title=_str(obj.get("title")),
        published=_str(obj.get("published")),
        outlet=_str(obj.get("outlet")),
        byline=_str(obj.get("byline") or obj.get("author")),
    )


def _str(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None

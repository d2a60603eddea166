"""Readers: each input (file, folder, stdin, URL, feed) becomes a stream of ``RawItem``s.

Readers never raise for a bad input: they yield a ``Problem`` naming the input
and the reason, and go on with the rest of the batch.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from sitrep import settings
from sitrep.errors import SitrepError, problem
from sitrep.ingest import netguard
from sitrep.ingest.decode import decode_bytes
from sitrep.ingest.fetch import read_url
from sitrep.records import InputFormat, Problem, RawItem

SUFFIXES: dict[str, str] = {
    ".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
}
_RECORD_FIELDS = ("title", "published", "outlet", "url", "byline", "author")

Item = RawItem | Problem


def iter_inputs(inputs: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every item of every input, in order: paths, folders, ``-`` (JSON Lines on stdin), URLs."""
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


def read_path(path: Path) -> Iterator[Item]:
    if not path.exists():
        yield problem("E101", str(path))
    elif path.is_dir():
        for child in _walk(path):
            yield from read_file(child)
    else:
        yield from read_file(path)


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under ``folder``, recursively, in a stable order, hidden ones skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name


def read_file(path: Path) -> Iterator[Item]:
    source = str(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield problem("E106", source, detail=path.suffix or path.name)
        return
    try:
        if kind == "jsonl":
            with path.open("rb") as fh:
                yield from read_jsonl_stream(fh, source)
            return
        size = path.stat().st_size
        limit = settings.get_float("max_input_mb")
        if size > limit * 1_000_000:
            yield problem("E104", source, size=round(size / 1_000_000, 1), limit=limit)
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


def read_jsonl_stream(fh: IO[bytes], source: str) -> Iterator[Item]:
    """One record per line, streamed; a bad line is reported with its number and skipped.

    Lines are UTF-8 (a first-line BOM is dropped); a line in a legacy encoding is decoded as a
    text file would be, and a stream that starts with a UTF-16/32 byte-order mark is read in it.
    """
    seen_any = False
    for n, raw in enumerate(_jsonl_lines(fh), 1):
        if not raw.strip():
            continue
        seen_any = True
        try:
            line = raw if isinstance(raw, str) else _decode_line(raw, n, source)
            obj = json.loads(line)
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


def _jsonl_lines(fh: IO[bytes]) -> Iterator[bytes | str]:
    """Byte lines, or decoded text lines when the stream starts with a UTF-16/32 byte-order mark."""
    lines = iter(fh)
    first = next(lines, b"")
    enc = next((e for bom, e in _WIDE_BOMS if first.startswith(bom)), None)
    if enc is None:
        yield first
        yield from lines
        return
    decoder = codecs.getincrementaldecoder(enc)(errors="replace")
    pending = ""
    for chunk in itertools.chain([first], lines):
        *done, pending = (pending + decoder.decode(chunk)).split("\n")
        yield from done
    yield pending + decoder.decode(b"", final=True)


def _decode_line(raw: bytes, n: int, source: str) -> str:
    """A UTF-8 line, else the line decoded as a legacy-encoded text; raises ``UnicodeDecodeError``."""
    try:
        return raw.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError as exc:
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
    where = f"{source}:{line}" if line is not None else source
    doc_id = obj.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        doc_id = obj.get("url") or fallback_id or "doc-" + hashlib.sha256(body.encode()).hexdigest()[:16]
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

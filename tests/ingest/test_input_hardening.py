"""Inputs that used to break a batch or mislead the reader: unstorable characters, records over the size
limit however they arrive, UTF-16 without a byte-order mark, pages nested past the parser's limit, and a
size message that must show the input is over the limit."""

from __future__ import annotations

import io
import json
import os
import re
import tracemalloc
from pathlib import Path

import pytest

from helpers import ARTICLES, docs, html_page
from sitrep import api
from sitrep.ingest.readers import read_jsonl_stream, record_item
from sitrep.records import Problem, RawItem

STORED = ("added", "updated", "unchanged", "duplicate", "near-duplicate")


# finding 1: a lone surrogate (valid JSON "\ud800") must not reach storage and kill the batch


def test_lone_surrogates_are_replaced_per_record_in_every_field(tmp_path: Path) -> None:
    lines = tmp_path / "wire.jsonl"
    broken = {"id": "s\ud800", "text": ARTICLES[0] + " \udfff", "title": "Title \ud83d", "outlet": "\udc80Wire",
              "url": "https://example.org/\ud800", "published": "2024-03-0\ud800", "byline": "By \udbff"}
    lines.write_text("\n".join(json.dumps(r) for r in (broken, {"id": "after", "text": ARTICLES[1]})) + "\n")
    report = api.ingest([str(lines)], db=tmp_path / "kb.db")
    assert report.problems == []
    assert [o.status for o in report.outcomes] == ["added", "added"]
    stored = docs(tmp_path / "kb.db")
    doc = stored["s\ufffd"]
    assert doc["text"].endswith("\ufffd") and doc["text"].startswith("KUNDUZ")
    assert (doc["title"], doc["outlet"], doc["url"]) == ("Title \ufffd", "\ufffdWire", "https://example.org/\ufffd")
    assert "after" in stored


def test_file_name_with_undecodable_bytes_is_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"bad\xff.txt")).write_text(ARTICLES[2], encoding="utf-8")
    report = api.ingest([str(folder)], db=tmp_path / "kb.db")
    assert report.problems == [] and [o.doc_id for o in report.outcomes] == ["bad\ufffd.txt"]


# finding 2: the size limit holds for every record, however it arrives


@pytest.fixture
def one_mb(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("SITREP_MAX_INPUT_MB", "1")
    return 1_000_000


def test_record_over_the_size_limit_is_refused_with_its_line(tmp_path: Path, one_mb: int) -> None:
    huge = json.dumps({"id": "huge", "text": "word " * (one_mb // 2)})
    lines = [json.dumps({"id": "a", "text": ARTICLES[0]}), huge, json.dumps({"id": "b", "text": ARTICLES[1]})]
    data = ("\n".join(lines) + "\n").encode()
    path = tmp_path / "wire.jsonl"
    path.write_bytes(data)
    for inputs, stdin, source in (([str(path)], None, str(path)), (["-"], io.BytesIO(data), "<stdin>")):
        db = tmp_path / f"kb{source == '<stdin>'}.db"
        report = api.ingest(inputs, db=db, stdin=stdin)
        assert [(p.code, p.source, p.line) for p in report.problems] == [("E104", source, 2)]
        assert "2.5 MB, over the 1 MB limit" in report.problems[0].message
        assert set(docs(db)) == {"a", "b"}
    # a record's body is checked too, whatever carried it (a .json list element, a feed)
    item = record_item({"id": "x", "html": "<p>" + "é" * one_mb + "</p>"}, "list.json[3]", None)
    assert isinstance(item, Problem) and (item.code, item.source) == ("E104", "list.json[3]")
    assert isinstance(record_item({"text": "é" * (one_mb // 2 - 1)}, "s", 1), RawItem)


def test_overlong_line_is_never_held_in_memory(tmp_path: Path, one_mb: int) -> None:
    path = tmp_path / "endless.jsonl"
    with path.open("wb") as fh:
        fh.write(b'{"text": "' + b"x" * (8 * one_mb) + b'"}\n')
        fh.write(json.dumps({"id": "ok", "text": ARTICLES[3]}).encode() + b"\n")
    tracemalloc.start()
    try:
        with path.open("rb") as fh:
            items = list(read_jsonl_stream(fh, str(path)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    first, second = items
    assert isinstance(first, Problem) and (first.code, first.line) == ("E104", 1)
    assert isinstance(second, RawItem) and second.doc_id == "ok"
    assert peak < 3 * one_mb, peak


# finding 3: messages that misled


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_as_text(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "story.txt").write_bytes(ARTICLES[4].encode(encoding))
    record = json.dumps({"id": "w", "text": ARTICLES[5]}, ensure_ascii=False) + "\n"
    (tmp_path / "wire.jsonl").write_bytes((record * 2).encode(encoding))
    report = api.ingest([str(tmp_path / "story.txt"), str(tmp_path / "wire.jsonl")], db=tmp_path / "kb.db")
    assert report.problems == []
    stored = docs(tmp_path / "kb.db")
    assert stored["story.txt"]["text"].startswith("LASHKAR GAH — Heavy clashes")
    assert stored["story.txt"]["encoding"] == encoding
    assert stored["w"]["text"].startswith("QUETTA — Gunmen")


def test_page_nested_past_the_parser_limit_keeps_its_text(tmp_path: Path) -> None:
    page = html_page("Bridge destroyed in Ghazni", ARTICLES[7])
    cut = page.index("<article>")
    deep = page[:cut] + "<div>" * 100_000 + page[cut:].replace("</body>", "</div>" * 100_000 + "</body>")
    (tmp_path / "deep.html").write_text(deep, encoding="utf-8")
    report = api.ingest([str(tmp_path / "deep.html")], db=tmp_path / "kb.db")
    assert report.problems == []
    doc = docs(tmp_path / "kb.db")["deep.html"]
    assert doc["text"].startswith("GHAZNI — Militants blew up a bridge")
    assert "Engineers from the public works ministry" in doc["text"]
    assert doc["title"] == "Bridge destroyed in Ghazni"


@pytest.mark.parametrize("size", [50_000_001, 50_040_000, 50_000_000 + 999_999])
def test_size_message_shows_the_input_over_the_limit(tmp_path: Path, size: int) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(size)  # sparse: refused by its size, never read
    report = api.ingest([str(big)], db=tmp_path / "kb.db")
    (p,) = report.problems
    assert p.code == "E104"
    shown, limit = (float(n) for n in re.findall(r"\d+(?:\.\d+)?", p.message)[:2])
    assert limit == 50 and shown > limit, p.message

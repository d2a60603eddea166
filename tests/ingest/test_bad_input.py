"""Bad inputs through ``api.ingest``: each one is reported with its catalogued code and names the input,
the rest of the batch still goes in, and nothing already in the knowledge base is lost or duplicated."""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from helpers import ARTICLES, LocalServer, closed_port, docs, html_page, rss
from sitrep import api
from sitrep.errors import CATALOGUE
from sitrep.records import IngestReport, Problem


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A knowledge base that already holds one good document (``base.txt``)."""
    (tmp_path / "base.txt").write_text(ARTICLES[0], encoding="utf-8")
    path = tmp_path / "kb.db"
    report = api.ingest([str(tmp_path / "base.txt")], db=path)
    assert report.ok and [o.status for o in report.outcomes] == ["added"]
    return path


@pytest.fixture
def web(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    monkeypatch.setenv("SITREP_FETCH_PRIVATE", "1")  # the server is on loopback, which the guard refuses
    with LocalServer() as server:
        yield server


def run_batch(db: Path, bad: list[str], n_good: int = 1) -> IngestReport:
    """Ingest ``bad`` with ``n_good`` good files after it; check the good ones went in, the base kept
    its documents unchanged and nothing was stored twice; then check a second run changes nothing."""
    good = []
    for i in range(n_good):
        g = db.parent / f"good{i}.txt"
        g.write_text(ARTICLES[1 + i], encoding="utf-8")
        good.append(g)
    before = docs(db)
    report = api.ingest([*bad, *map(str, good)], db=db)
    after = docs(db)
    assert {o.doc_id: o.status for o in report.outcomes if o.source in map(str, good)} == {
        g.name: "added" for g in good}
    assert {k: v["text"] for k, v in after.items() if k in before} == {k: v["text"] for k, v in before.items()}
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM documents").fetchone()[0] == len(after)
        assert c.execute("SELECT count(DISTINCT text_sha256) FROM documents").fetchone()[0] == len(after)
    again = api.ingest([*bad, *map(str, good)], db=db)
    assert docs(db).keys() == after.keys()
    assert sorted(p.code for p in again.problems) == sorted(p.code for p in report.problems)
    for p in report.problems:
        assert p.code in CATALOGUE and p.message
    return report


def only_problem(report: IngestReport) -> Problem:
    assert len(report.problems) == 1, report.problems
    return report.problems[0]


def _sqlite_bytes(path: Path) -> bytes:
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE t (x TEXT)")
        c.execute("INSERT INTO t VALUES ('Kunduz')")
    c.close()
    return path.read_bytes()


BINARY: dict[str, Callable[[Path], bytes]] = {
    "png": lambda _: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(400),
    "random-with-nuls": lambda _: b"\x01\x02\x00" + random.Random(2).randbytes(2000) + b"\x00" * 50,
    "sqlite": lambda tmp: _sqlite_bytes(tmp / "real.sqlite"),
}


@pytest.mark.parametrize("data, code", [(b"", "E102"), (b"  \n\t\r\n   \n", "E102")], ids=["empty", "blank"])
def test_empty_file(db: Path, data: bytes, code: str) -> None:
    bad = db.parent / "bad.txt"
    bad.write_bytes(data)
    p = only_problem(run_batch(db, [str(bad)]))
    assert (p.code, p.source, p.line) == (code, str(bad), None)


@pytest.mark.parametrize("kind", sorted(BINARY))
def test_binary_file_is_refused(db: Path, kind: str) -> None:
    bad = db.parent / f"{kind}.txt"
    bad.write_bytes(BINARY[kind](db.parent))
    p = only_problem(run_batch(db, [str(bad)]))
    assert (p.code, p.source) == ("E103", str(bad))


def test_huge_file_is_refused_without_reading_it(db: Path) -> None:
    big = db.parent / "huge.txt"
    chunk = b"Taliban fighters attacked a checkpoint in Kunduz province. " * 17_000  # ~1 MB
    with big.open("wb") as fh:
        for _ in range(200):
            fh.write(chunk)
    assert big.stat().st_size > 200_000_000
    t0 = time.monotonic()
    report = api.ingest([str(big)], db=db)
    assert time.monotonic() - t0 < 5
    p = only_problem(report)
    assert (p.code, p.source) == ("E104", str(big))
    assert "200" in p.message and "50" in p.message
    assert report.outcomes == []
    assert run_batch(db, [str(big)]).problems[0].code == "E104"


def test_malformed_json_lines_are_skipped_with_line_numbers(db: Path) -> None:
    bad = db.parent / "wire.jsonl"
    lines = [json.dumps({"id": "w1", "text": ARTICLES[3]}), "{not json", "", json.dumps([1, 2]),
             '{"id": "w2", "text": "unterminated', json.dumps({"id": "w3", "text": ARTICLES[4]})]
    bad.write_bytes("\n".join(lines).encode() + b"\n\x81\x00\x9d\x00binary\n")
    report = run_batch(db, [str(bad)])
    assert [(p.code, p.line, p.source) for p in report.problems] == [
        ("E201", 2, str(bad)), ("E202", 4, str(bad)), ("E201", 5, str(bad)), ("E105", 7, str(bad))]
    assert all(str(p).startswith(f"{bad}:{p.line}: ") for p in report.problems)
    assert {o.doc_id for o in report.outcomes if o.status == "added"} >= {"w1", "w3"}
    assert docs(db)["w3"]["text"].startswith("LASHKAR GAH")


def test_json_list_with_one_bad_record(db: Path) -> None:
    bad = db.parent / "list.json"
    bad.write_text(json.dumps([{"id": "a", "text": ARTICLES[3]}, "not a record", {"id": "c", "text": ARTICLES[4]}]))
    report = run_batch(db, [str(bad)])
    p = only_problem(report)
    assert (p.code, p.source) == ("E202", f"{bad}[1]")
    assert {"a", "c"} <= set(docs(db))


@pytest.mark.parametrize("content, line", [
    ('{\n  "id": "x",\n  "text": oops\n}', 3),
    ("[" * 100_000, None),  # deeper than the parser's recursion limit
    ('{"id": "x", "text": "y", "n": ' + "9" * 5000 + "}", None),  # more digits than int() takes
], ids=["syntax", "deep", "huge-number"])
def test_malformed_json_file(db: Path, content: str, line: int | None) -> None:
    bad = db.parent / "broken.json"
    bad.write_text(content)
    p = only_problem(run_batch(db, [str(bad)]))
    assert (p.code, p.source, p.line) == ("E201", str(bad), line)
    lines = db.parent / "broken.jsonl"
    lines.write_text(json.dumps({"id": "ok", "text": ARTICLES[5]}) + "\n" + content.replace("\n", " ") + "\n")
    p = only_problem(api.ingest([str(lines)], db=db))
    assert (p.code, p.source, p.line) == ("E201", str(lines), 2)
    assert "ok" in docs(db)


@pytest.mark.parametrize("record, code, field", [
    ({"id": "r", "title": "only a title"}, "E203", None),
    ({"id": "r", "text": "   ", "html": ""}, "E203", None),
    ({"id": "r", "text": ["a", "list"]}, "E204", "text"),
    ({"id": "r", "text": 42}, "E204", "text"),
    ({"id": "r", "text": ARTICLES[5], "title": {"nested": 1}}, "E204", "title"),
    ({"id": "r", "text": ARTICLES[5], "published": True}, "E204", "published"),
    ({"id": ["r"], "text": ARTICLES[5]}, "E204", "id"),
], ids=["no-body", "blank-body", "list-text", "int-text", "dict-title", "bool-date", "list-id"])
def test_bad_record(db: Path, record: dict[str, object], code: str, field: str | None) -> None:
    bad = db.parent / "records.jsonl"
    bad.write_text(json.dumps({"id": "ok", "text": ARTICLES[6]}) + "\n" + json.dumps(record) + "\n")
    report = run_batch(db, [str(bad)])
    p = only_problem(report)
    assert (p.code, p.source, p.line) == (code, str(bad), 2)
    if field:
        assert repr(field) in p.message
    assert "ok" in docs(db) and "r" not in docs(db)


def test_missing_path_and_unsupported_type(db: Path) -> None:
    missing = db.parent / "nope" / "missing.txt"
    pdf = db.parent / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")
    report = run_batch(db, [str(missing), str(pdf)])
    assert [(p.code, p.source) for p in report.problems] == [("E101", str(missing)), ("E106", str(pdf))]
    assert "'.pdf'" in report.problems[1].message


def test_html_scripts_and_handlers_are_not_stored(db: Path) -> None:
    page = db.parent / "page.html"
    extra = ("<script>alert(1)</script><img src='x.png' onerror='alert(2)'>"
             "<p onclick='steal()'>Officials said the road reopened on Thursday afternoon.</p>")
    page.write_text(html_page("Bridge destroyed in Ghazni", ARTICLES[7], head="<script>alert('head')</script>",
                              extra=extra), encoding="utf-8")
    report = run_batch(db, [str(page)])
    assert report.ok
    text = docs(db)["page.html"]["text"]
    assert "Militants blew up a bridge" in text
    for bad in ("alert", "onerror", "steal", "<script", "<img"):
        assert bad not in text


def test_unreachable_url_and_http_error(db: Path, web: LocalServer) -> None:
    dead = f"http://127.0.0.1:{closed_port()}/story"
    missing = web.url("/gone.html")
    report = run_batch(db, [dead, missing])
    assert [(p.code, p.source) for p in report.problems] == [("E301", dead), ("E302", missing)]
    assert "404" in report.problems[1].message


def test_feed_with_broken_items(db: Path, web: LocalServer) -> None:
    page = web.add("/a.html", html_page("Bridge blown up", ARTICLES[7]))
    feed = web.add("/feed.xml", rss([
        {"title": "good item", "link": page},
        {"title": "no link, no content"},
        {"title": "short summary only", "description": "Too short to be an article."},
        {"title": "inline content", "content": html_page("Arrests", ARTICLES[6])},
    ]), "application/rss+xml")
    report = run_batch(db, [feed])
    assert [(p.code, p.source) for p in report.problems] == [("E303", f"{feed}#item2"), ("E303", f"{feed}#item3")]
    stored = docs(db)
    assert stored[page]["text"].startswith("GHAZNI")
    assert any(d["text"].startswith("MAZAR-I-SHARIF") for d in stored.values())


def test_empty_feed(db: Path, web: LocalServer) -> None:
    feed = web.add("/empty.xml", rss([]), "application/rss+xml")
    p = only_problem(run_batch(db, [feed]))
    assert (p.code, p.source) == ("E304", feed)


def test_problems_are_recorded_in_the_knowledge_base(db: Path) -> None:
    bad = db.parent / "empty.txt"
    bad.write_bytes(b"")
    run_batch(db, [str(bad)])
    with sqlite3.connect(db) as c:
        rows = c.execute("SELECT source, code FROM ingest_problems").fetchall()
    assert rows == [(str(bad), "E102"), (str(bad), "E102")]  # once per run
    assert api.stats(db)["counts"]["ingest_problems"] == 2

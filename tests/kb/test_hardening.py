"""What a careless user or a hostile input must not do to a knowledge base: each test is named after the finding
of the security review it guards against (issue 15)."""

from __future__ import annotations

import io
import json
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from helpers import ARTICLES
from sitrep import api
from sitrep.cli.main import cli
from sitrep.errors import SitrepError
from sitrep.kb import KnowledgeBase, db


def run(*args: str, input: bytes | None = None, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), input=input, env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.output
    return result


def jsonl(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def kb_path(tmp_path: Path) -> Path:
    """A base holding three of the invented articles."""
    path = tmp_path / "kb.db"
    api.ingest([str(jsonl(tmp_path / "in.jsonl", *({"id": f"a{i}", "text": t} for i, t in enumerate(ARTICLES[:3]))))],
               db=path)
    return path


def _integrity(path: Path) -> tuple[int, str]:
    with KnowledgeBase(path, create=False) as kb:
        n = kb.stats()["counts"]["documents"]
        assert kb.integrity_check() == []
    return n, path.read_bytes()[:16].decode("latin-1")


# ------------------------------------------------------------------ high


def test_a_lone_surrogate_in_one_record_loses_no_later_record(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "first", "text": ARTICLES[0]}),
             '{"id": "odd", "text": "Gunmen attacked a market in the north \\ud800 on Monday, officials said."}',
             json.dumps({"id": "last", "text": ARTICLES[1]})]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = api.ingest([str(src)], db=tmp_path / "kb.db")
    stored = {o.doc_id for o in report.outcomes}
    assert {"first", "last"} <= stored
    assert len(report.outcomes) + len(report.problems) == 3


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_export_onto_the_knowledge_base_is_refused_and_the_base_kept(kb_path: Path, suffix: str) -> None:
    before = _integrity(kb_path)
    r = run("export", "--db", str(kb_path), "-o", f"{kb_path}{suffix}")
    assert r.exit_code == 2 and "E601" in r.stderr
    assert _integrity(kb_path) == before


def test_report_onto_the_knowledge_base_is_refused_and_the_base_kept(kb_path: Path) -> None:
    before = _integrity(kb_path)
    r = run("report", "--db", str(kb_path), "-o", str(kb_path))
    assert r.exit_code == 2 and "E601" in r.stderr
    assert _integrity(kb_path) == before


# ------------------------------------------------------------------ medium


def test_splitting_a_dictionary_alias_survives_reprocess(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    text = ("Daesh fighters attacked a checkpoint in Achin district on Monday. The Islamic State later said its "
            "men had done it.")
    api.ingest([str(jsonl(tmp_path / "in.jsonl", {"id": "d", "text": text}))], db=path)
    done = api.correct(path, "split", "analyst", entity="islamic-state", alias="Daesh")

    def owner(word: str) -> str:
        with KnowledgeBase(path, create=False) as kb:
            row = kb.conn.execute("SELECT entity_id FROM mentions WHERE text = ?", (word,)).fetchone()
        return str(row[0])

    assert owner("Daesh") == done["new_id"]
    api.reprocess(path)
    assert owner("Daesh") == done["new_id"]
    assert owner("Islamic State") == "islamic-state"


def test_merging_a_place_into_a_person_is_refused(kb_path: Path) -> None:
    with KnowledgeBase(kb_path, create=False) as kb:
        place = kb.conn.execute("SELECT id FROM entities WHERE type = 'location' LIMIT 1").fetchone()[0]
        group = kb.conn.execute("SELECT id FROM entities WHERE type != 'location' LIMIT 1").fetchone()[0]
    with pytest.raises(SitrepError) as err:
        api.correct(kb_path, "merge", "analyst", keep=group, gone=place)
    assert err.value.code == "E701" and "different types" in str(err.value)


def test_a_writer_that_holds_the_lock_past_the_wait_ends_ingest_with_exit_3(kb_path: Path, tmp_path: Path) -> None:
    other = sqlite3.connect(kb_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        src = jsonl(tmp_path / "more.jsonl", {"id": "late", "text": ARTICLES[4]})
        started = time.monotonic()
        r = run("ingest", str(src), "--db", str(kb_path), env={"SITREP_LOCK_WAIT": "0.5"})
        assert time.monotonic() - started < 20
        assert r.exit_code == 3 and "E505" in r.stderr and "locked by another writer" in r.stderr
        m = run("entity", "merge", "a0", "a1", "--db", str(kb_path), env={"SITREP_LOCK_WAIT": "0.5"})
        assert m.exit_code in (2, 3)  # 3 when the names resolve and the write waits; never a traceback
    finally:
        other.execute("ROLLBACK")
        other.close()


# ------------------------------------------------------------------ low


def test_an_export_taken_during_an_ingest_is_one_snapshot(kb_path: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A document stored while the export runs appears in none of its records, so nothing refers to a document
    the export lacks."""
    real = KnowledgeBase.iter_entities
    src = jsonl(tmp_path / "late.jsonl", {"id": "late", "text": ARTICLES[5]})

    def iter_entities_while_someone_ingests(self: KnowledgeBase) -> object:
        done = threading.Event()
        threading.Thread(target=lambda: (api.ingest([str(src)], db=kb_path), done.set())).start()
        assert done.wait(60)
        yield from real(self)

    monkeypatch.setattr(KnowledgeBase, "iter_entities", iter_entities_while_someone_ingests)
    buf = io.StringIO()
    api.export(kb_path, "jsonl", buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    docs = {r["id"] for r in recs if r["kind"] == "document"}
    referenced = {m["doc"] for r in recs if r["kind"] == "entity" for m in r["mentions"]}
    referenced |= {r["doc"] for r in recs if r["kind"] == "timex"}
    assert "late" not in docs and referenced <= docs
    with KnowledgeBase(kb_path, create=False) as kb:  # the late document did go in
        assert "late" in {d["id"] for d in kb.iter_documents()}


@pytest.mark.parametrize(("action", "names", "why"), [
    ("rename", {"entity": "a0-never", "name": "x"}, None),
    ("alias", {"entity": "taliban", "alias": "   "}, "empty"),
    ("rename", {"entity": "taliban", "name": "x" * 100_000}, "characters long"),
    ("split", {"entity": "taliban", "alias": "Nobody Has This Name"}, "no name or mention"),
])
def test_corrections_refuse_empty_huge_unknown_and_misspelt_names(kb_path: Path, action: str,
                                                                   names: dict[str, str], why: str | None) -> None:
    with pytest.raises((SitrepError, LookupError)) as err:
        api.correct(kb_path, action, "analyst", **names)
    if why:
        assert why in str(err.value)


def test_corrections_never_match_a_name_by_its_spelling_alone(kb_path: Path) -> None:
    with KnowledgeBase(kb_path, create=False) as kb:
        assert kb.find_entity("Talibaan")["id"] == "taliban"  # the query tiers forgive a misspelling
    with pytest.raises(LookupError):
        api.correct(kb_path, "rename", "analyst", entity="Talibaan", name="Taliban movement")


def test_sources_prints_no_terminal_escape_sequences(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    title = "Clashes in the north \x1b]0;owned\x07\x1b[31mRED\x1b[0m \x9b2J"
    api.ingest([str(jsonl(tmp_path / "in.jsonl", {"id": "t", "title": title, "outlet": "Wire\x1b[5m",
                                                  "text": ARTICLES[2]}))], db=path)
    r = run("sources", "--db", str(path))
    assert r.exit_code == 0
    assert not any(ch in r.stdout for ch in "\x1b\x07\x9b")
    j = run("sources", "--db", str(path), "--json")
    assert "\x9b" not in j.stdout and "\x1b" not in j.stdout
    assert any(d.get("title") == title for d in json.loads(j.stdout)["documents"])  # the data keeps every character


def test_db_under_a_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    afile = tmp_path / "notes.txt"
    afile.write_text("x", encoding="utf-8")
    r = run("ingest", str(jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLES[0]})),
            "--db", str(afile / "kb.db"))
    assert r.exit_code == 3 and "E501" in r.stderr


def test_db_in_a_folder_nobody_may_write_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    r = run("ingest", str(jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLES[0]})),
            "--db", "/proc/sitrep-cannot-be-here/kb.db")
    assert r.exit_code == 3 and "E501" in r.stderr


def test_output_to_a_missing_folder_creates_it(kb_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "new" / "deeper" / "kb.jsonl"
    assert run("export", "--db", str(kb_path), "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").count('"kind": "document"') == 3


def test_output_to_a_folder_is_refused(kb_path: Path, tmp_path: Path) -> None:
    r = run("export", "--db", str(kb_path), "-o", str(tmp_path))
    assert r.exit_code == 2 and "E602" in r.stderr


def test_parquet_onto_an_existing_file_is_refused(kb_path: Path, tmp_path: Path) -> None:
    afile = tmp_path / "tables"
    afile.write_text("keep me", encoding="utf-8")
    r = run("export", "--db", str(kb_path), "--format", "parquet", "-o", str(afile))
    assert r.exit_code == 2 and "E603" in r.stderr
    assert afile.read_text(encoding="utf-8") == "keep me"


def test_a_failed_export_leaves_the_old_file_whole(kb_path: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "kb.jsonl"
    out.write_text("yesterday's export\n", encoding="utf-8")

    def broken(self: KnowledgeBase) -> object:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(KnowledgeBase, "iter_entities", broken)
    with pytest.raises(RuntimeError):
        api.export(kb_path, "jsonl", out)
    assert out.read_text(encoding="utf-8") == "yesterday's export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kb.jsonl")] == []


def test_a_read_only_base_can_be_read(kb_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opened read-only where its file or folder may not be written (simulated: this suite may run as root, for
    whom permission bits do not stop a write)."""
    monkeypatch.setattr(db, "_writable", lambda path: False)
    assert api.stats(kb_path)["counts"]["documents"] == 3
    buf = io.StringIO()
    assert api.export(kb_path, "jsonl", buf) > 3
    with pytest.raises(SitrepError) as err:
        api.correct(kb_path, "alias", "analyst", entity="taliban", alias="Talib movement")
    assert err.value.code == "E506"


@pytest.mark.parametrize(("published", "phrase"), [("0001-01-01", "last week"), ("9999-12-31", "next Friday"),
                                                   ("0001-01-01", "on Sunday"), ("9999-12-31", "next week")])
def test_edge_dates_lose_no_document(tmp_path: Path, published: str, phrase: str) -> None:
    text = f"Gunmen attacked a police post in the hills {phrase}, killing two officers, a spokesman said."
    report = api.ingest([str(jsonl(tmp_path / "in.jsonl", {"id": "edge", "published": published, "text": text},
                                   {"id": "next", "text": ARTICLES[3]}))], db=tmp_path / "kb.db")
    assert [o.doc_id for o in report.outcomes] == ["edge", "next"] and report.problems == []

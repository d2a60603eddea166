"""The reads that storing a document makes of the base stay look-ups as the base grows: near-duplicate bands by
their primary key, event coreference by place and date (migration 0014). Same answers, read by index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sitrep.kb import KnowledgeBase, reads
from sitrep.kb.db import open_database
from sitrep.records import Document, PreparedDocument


class Recorder:
    """A database that keeps the statements it runs (to ask SQLite how it runs them)."""

    def __init__(self, db: Any) -> None:
        self.db, self.seen = db, []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.db, name)

    def execute(self, sql: str, params: Any = ()) -> Any:
        self.seen.append((sql, tuple(params)))
        return self.db.execute(sql, params)


def _plan(db: Any, sql: str, params: tuple[Any, ...]) -> str:
    return " | ".join(str(r[3]) for r in db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())


def _doc(db: Any, doc_id: str, published: str = "2020-01-01") -> None:
    db.execute("INSERT INTO documents (id, source, format, published, text, text_sha256, ingested_at, updated_at)"
               " VALUES (?, ?, 'text', ?, ?, ?, '2020', '2020')", (doc_id, doc_id, published, f"text {doc_id}", doc_id))


def _prep(bands: tuple[tuple[int, int], ...]) -> PreparedDocument:
    return PreparedDocument(Document(id="new", source="new", text="new text", format="text"), "k", None, bands)


def test_near_candidates_are_the_documents_sharing_a_band_read_by_key(tmp_path: Path, kb_url: str) -> None:
    with KnowledgeBase(kb_url) as kb:
        with kb.db.transaction():
            for i in range(6):
                _doc(kb.db, f"d{i}")
            rows = [(b, i % 3, f"d{i}") for i in range(6) for b in range(4)]
            kb.db.executemany("INSERT INTO minhash_bands (band, key, doc_id) VALUES (?, ?, ?)", rows)
        got = reads.near_candidates(kb.db, _prep(((0, 1), (3, 2))))
        assert sorted(r["id"] for r in got) == ["d1", "d2", "d4", "d5"]
        assert {r["text"] for r in got} == {"text d1", "text d2", "text d4", "text d5"}
        assert reads.near_candidates(kb.db, _prep(((9, 9),))) == []
        assert reads.near_candidates(kb.db, _prep(())) == []


def test_near_candidates_do_not_scan_the_bands(tmp_path: Path) -> None:
    KnowledgeBase(tmp_path / "kb.db").close()
    db = open_database(tmp_path / "kb.db")
    rec = Recorder(db)
    reads.near_candidates(rec, _prep(tuple((b, 100 + b) for b in range(16))))
    (sql, params), = rec.seen
    plan = _plan(db, sql, params)
    assert "SCAN minhash_bands" not in plan and "SEARCH minhash_bands USING" in plan, plan
    db.close()


def _event(db: Any, event_id: str, day: str, place: str | None, kind: str = "Battles") -> None:
    db.execute("INSERT INTO events (id, type, date_start, date_precision, location_id, extractor, version)"
               " VALUES (?, ?, ?, 'day', ?, 't', '1')", (event_id, kind, day, place))


def test_events_between_reads_one_place_in_date_order(tmp_path: Path, kb_url: str) -> None:
    with KnowledgeBase(kb_url) as kb:
        with kb.db.transaction():
            for e in ("l1", "l2", "a1"):
                kb.db.execute("INSERT INTO entities (id, type, name, created_at) VALUES (?, ?, ?, '2020')",
                              (e, "location" if e.startswith("l") else "armed_group", e))
            _event(kb.db, "v1", "2020-01-03", "l1")
            _event(kb.db, "v2", "2020-01-02", "l1")
            _event(kb.db, "v3", "2020-01-02", "l2")
            _event(kb.db, "v4", "2020-01-02", "l1", "Riots")
            _event(kb.db, "v5", "2020-01-09", "l1")
            _event(kb.db, "v6", "2020-01-02", "l1")
            kb.db.execute("INSERT INTO event_actors (event_id, entity_id, role) VALUES ('v2', 'a1', 'actor1')")
        at = kb.events_between("2020-01-01", "2020-01-04", "Battles", "l1")
        assert [e["id"] for e in at] == ["v2", "v6", "v1"]
        assert at[0]["actor_ids"] == ["a1"] and at[1]["actor_ids"] == []
        anywhere = kb.events_between("2020-01-01", "2020-01-04", "Battles")
        assert [e["id"] for e in anywhere] == ["v2", "v3", "v6", "v1"]


def test_events_of_a_place_and_days_are_read_by_the_place_and_date_index(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        rec = Recorder(kb.db)
        kb.db = rec
        kb.events_between("2020-01-01", "2020-01-04", "Battles", "l1")
        kb.db = rec.db
        (sql, params), = rec.seen
        assert "USING INDEX events_place_date (location_id=? AND date_start>? AND date_start<?)" in \
            _plan(rec.db, sql, params)
        names = {r[0] for r in kb.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "events_place_date" in names and "events_location" not in names


def _relation(db: Any, rel_id: str, subj: str, obj: str, pred: str = "hostile_to", end: str | None = None,
              role: str | None = None) -> None:
    db.execute("INSERT INTO relations (id, predicate, subject_id, object_id, role, end_date, certainty, doc_id,"
               " extractor, version) VALUES (?, ?, ?, ?, ?, ?, 'asserted', 'd0', 't', '1')",
               (rel_id, pred, subj, obj, role, end))


def test_fact_has_end_asks_only_that_fact(tmp_path: Path, kb_url: str) -> None:
    with KnowledgeBase(kb_url) as kb:
        with kb.db.transaction():
            _doc(kb.db, "d0")
            for e in ("g1", "g2", "g3"):
                kb.db.execute("INSERT INTO entities (id, type, name, created_at) VALUES (?, 'armed_group', ?, '2020')",
                              (e, e))
            for i in range(5):
                _relation(kb.db, f"r{i}", "g1", "g2")
            _relation(kb.db, "r8", "g1", "g3", end="2019")
            _relation(kb.db, "r9", "g1", "g2", pred="allied_with", end="2019")
        fact = {"predicate": "hostile_to", "subject_id": "g1", "object_id": "g2", "role": None}
        assert not reads.fact_has_end(kb.db, fact)
        assert reads.fact_has_end(kb.db, {**fact, "object_id": "g3"})
        assert reads.fact_has_end(kb.db, {**fact, "predicate": "allied_with"})
        assert not reads.fact_has_end(kb.db, {**fact, "role": "x", "predicate": "allied_with"})
        if kb.db.dialect == "sqlite":
            rec = Recorder(kb.db)
            reads.fact_has_end(rec, fact)
            (sql, params), = rec.seen
            assert "USING INDEX relations_ended" in _plan(kb.db, sql, params)

"""Migration 0005 (issue 19): a base made before ``ceasefire_with`` takes the new predicate, and its relations, their
supersession included, come through the rebuilt table unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.kb import KnowledgeBase
from sitrep.kb.schema import migrations

ROW = ("INSERT INTO relations (id, predicate, subject_id, object_id, start_date, certainty, superseded_by, extractor,"
       " version) VALUES (?, ?, 'e1', 'e2', ?, 'asserted', ?, 'test', '0')")


def old_base(path: Path) -> None:
    """A base at the schema before 0005, with two relations, the first ended by the second."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)")
    for m in migrations():
        if m.name >= "0005":
            break
        conn.executescript(f"BEGIN;\n{m.sql}\nCOMMIT;")
        conn.execute("INSERT INTO _migrations VALUES (?, ?, 'then')", (m.name, m.checksum))
    conn.executemany("INSERT INTO entities (id, type, name, created_at) VALUES (?, 'armed_group', ?, 'then')",
                     [("e1", "Northern Front"), ("e2", "Liberation Army")])
    conn.execute(ROW, ("r2", "hostile_to", "2019-05", None))
    conn.execute(ROW, ("r1", "allied_with", "2018", "r2"))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(ROW, ("r3", "ceasefire_with", "2019-06", None))
    conn.commit()
    conn.close()


def test_old_base_takes_ceasefires_and_keeps_its_relations(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    old_base(db)
    with KnowledgeBase(db) as kb:
        assert "0005_ceasefire" in [m["name"] for m in kb.applied_migrations()]
        rows = {r["id"]: dict(r) for r in kb.conn.execute("SELECT * FROM relations")}
        assert rows["r1"]["superseded_by"] == "r2" and rows["r1"]["start_date"] == "2018"
        assert rows["r2"]["predicate"] == "hostile_to"
        kb.conn.execute(ROW, ("r3", "ceasefire_with", "2019-06", None))
        with pytest.raises(sqlite3.IntegrityError):
            kb.conn.execute(ROW, ("r4", "married_to", None, None))
        assert kb.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        kb.conn.execute("DELETE FROM relations WHERE id = 'r2'")  # the self-reference still points at relations
        assert kb.conn.execute("SELECT superseded_by FROM relations WHERE id = 'r1'").fetchone()[0] is None

"""Confirm or reject an event or a relation (``sitrep confirm|reject``, ``api.review``) on both backends: the
verdict is a correction (who, when, undoable); it is keyed by the span stating the fact, its type and its ends,
so it holds through `reprocess` and through re-ingesting a changed document whose sentences moved; rejected facts
are left out of the exports unless asked, confirmed ones are marked. Migration 0010 keeps an older base's
corrections."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitrep import api
from sitrep.cli.main import cli
from sitrep.kb import KnowledgeBase
from sitrep.kb.schema import migrations
from sitrep.kb.scope import Scope

# Invented articles.
ARTICLE_A = ("KUNDUZ — Police chief Tom Walker said on Monday that Sami Noorzad, a Taliban commander, had fled with "
             "his men. Walker added that Islamic State fighters attacked a checkpoint in Dasht-e-Archi district, "
             "killing two policemen.")
ARTICLE_B = ("KUNDUZ — Taliban fighters clashed with police in Imam Sahib district on Tuesday, killing four "
             "policemen, district chief Ali Karimi said.")
EDITED_A = ARTICLE_A.replace(" Walker added", " The road to Kunduz was closed. Walker added")  # the attack's
# sentence moves; it is not changed


def exported(db: str, rejected: bool = False) -> list[dict[str, Any]]:
    buf = io.StringIO()
    api.export(db, "jsonl", buf, Scope(rejected=rejected))
    return [r for r in map(json.loads, buf.getvalue().splitlines()) if r["kind"] in ("event", "relation")]


def reviewed(db: str) -> dict[str, list[str]]:
    with api.open_kb(db, create=False) as kb:
        return {t: sorted(f"{r[0]}:{r[1]}" for r in kb.db.execute(
            f"SELECT {'type' if t == 'events' else 'predicate'}, review FROM {t} WHERE review IS NOT NULL"))
            for t in ("events", "relations")}


def test_verdicts_hold_through_reprocess_and_a_changed_document(kb_url: str, tmp_path: Path) -> None:
    db = kb_url
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    api.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], db)
    with api.open_kb(db, create=False) as kb:
        event = kb.db.execute("SELECT e.id, e.type FROM events e JOIN event_sources s ON s.event_id = e.id"
                              " WHERE s.doc_id = 'a.txt' ORDER BY e.id").fetchone()
        relation = kb.db.execute("SELECT id, predicate FROM relations WHERE doc_id = 'a.txt' ORDER BY id").fetchone()
        others = kb.db.execute("SELECT count(*) FROM events").fetchone()[0] - 1
    assert event is not None and relation is not None and others >= 1
    done = api.review(db, "event", event["id"], "reject", "analyst-1", "a past attack")
    assert done["review"] == "rejected"
    assert api.review(db, "relation", relation["id"], "confirm", "analyst-2")["review"] == "confirmed"
    want = {"events": [f"{event['type']}:rejected"], "relations": [f"{relation['predicate']}:confirmed"]}
    assert reviewed(db) == want
    log = api.corrections(db)
    assert [(c["action"], c["author"]) for c in log] == [("reject", "analyst-1"), ("confirm", "analyst-2")]
    assert log[0]["at"] and log[0]["note"] == "a past attack" and log[0]["args"]["anchors"][0]["doc"] == "a.txt"

    records = exported(db)
    assert event["id"] not in {r["id"] for r in records}  # rejected: out of the export
    assert len([r for r in records if r["kind"] == "event"]) == others
    assert {r["review"] for r in records if r["id"] == relation["id"]} == {"confirmed"}  # confirmed: marked
    assert {r["review"] for r in exported(db, rejected=True) if r["id"] == event["id"]} == {"rejected"}

    api.reprocess(db)
    assert reviewed(db) == want
    (tmp_path / "a.txt").write_text(EDITED_A, encoding="utf-8")
    assert api.ingest([str(tmp_path / "a.txt")], db).count("updated") == 1
    assert reviewed(db) == want  # the offsets moved, the quote stating it did not
    assert len([r for r in exported(db) if r["kind"] == "event"]) == others

    undone = api.undo(db, log[0]["id"], "analyst-3")
    assert undone["reprocessed"] == 0 and undone["documents"] == []
    assert reviewed(db) == {"events": [], "relations": want["relations"]}
    assert len([r for r in exported(db) if r["kind"] == "event"]) == others + 1
    api.reprocess(db)
    assert reviewed(db) == {"events": [], "relations": want["relations"]}

    with api.open_kb(db, create=False) as kb:  # a relation's end merged into another entity: the verdict follows
        ends = kb.db.execute("SELECT subject_id, object_id FROM relations WHERE review = 'confirmed'").fetchone()
        other = kb.db.execute("SELECT id FROM entities WHERE id NOT IN (?, ?) AND type = 'person' ORDER BY id",
                              (ends[0], ends[1])).fetchone()[0]
    api.correct(db, "merge", "analyst-4", keep=other, gone=ends[0], force=True)
    api.reprocess(db)
    with api.open_kb(db, create=False) as kb:
        assert [tuple(r) for r in kb.db.execute("SELECT subject_id, review FROM relations WHERE review IS NOT NULL")] \
            == [(other, "confirmed")]


def test_cli_confirm_and_reject(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    db = str(tmp_path / "kb.db")
    api.ingest([str(tmp_path / "b.txt")], db)
    with api.open_kb(db, create=False) as kb:
        event_id = kb.db.execute("SELECT id FROM events").fetchone()[0]
    out = CliRunner().invoke(cli, ["reject", "event", event_id, "--db", db, "--author", "ana", "--note", "dup"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output) | {"id": 0} == {"id": 0, "action": "reject", "kind": "event", "fact": event_id,
                                                   "review": "rejected"}
    listing = CliRunner().invoke(cli, ["corrections", "--db", db])
    assert "reject" in listing.output and "ana" in listing.output and "anchors" not in listing.output
    missing = CliRunner().invoke(cli, ["confirm", "relation", "r999", "--db", db])
    assert missing.exit_code == 2 and "E704" in missing.output
    plain = CliRunner().invoke(cli, ["export", "--db", db])
    full = CliRunner().invoke(cli, ["export", "--db", db, "--with-rejected"])
    assert f'"id": "{event_id}"' not in plain.output and f'"id": "{event_id}"' in full.output


def test_migration_0010_keeps_the_corrections_of_an_older_base(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)")
    for m in migrations():
        if m.name >= "0010":
            break
        conn.executescript(f"BEGIN;\n{m.sql}\nCOMMIT;")
        conn.execute("INSERT INTO _migrations VALUES (?, ?, 'then')", (m.name, m.checksum))
    conn.execute("INSERT INTO corrections (action, args, author, at, note, undone_at, undone_by) VALUES"
                 " ('alias', '{}', 'ana', 'then', 'why', 'later', 'bob')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO corrections (action, args, author, at) VALUES ('reject', '{}', 'a', 'then')")
    conn.commit()
    conn.close()
    with KnowledgeBase(db) as kb:
        assert "0010_verdicts" in [m["name"] for m in kb.applied_migrations()]
        row = dict(kb.conn.execute("SELECT * FROM corrections").fetchone())
        assert row == {"id": 1, "action": "alias", "args": "{}", "author": "ana", "at": "then", "note": "why",
                       "undone_at": "later", "undone_by": "bob"}
        kb.conn.execute("INSERT INTO corrections (action, args, author, at) VALUES ('reject', '{}', 'a', 'now')")
        assert kb.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_rejected_event_leaves_sitrep_events_and_the_most_active_actors_unless_asked(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    db = str(tmp_path / "kb.db")
    api.ingest([str(tmp_path / "b.txt")], db)
    listed = json.loads(CliRunner().invoke(cli, ["events", "--db", db, "--json"]).output)
    assert listed
    event_id = listed[0]["id"]
    with api.open_kb(db, create=False) as kb:
        actors = {a["id"]: a["events"] for a in kb.active_actors()}
        ids = [r[0] for r in kb.db.execute("SELECT entity_id FROM event_actors WHERE event_id = ?", (event_id,))]
    counted = [i for i in ids if i in actors]
    assert counted
    api.review(db, "event", event_id, "reject", "analyst-1", "a duplicate")
    plain = json.loads(CliRunner().invoke(cli, ["events", "--db", db, "--json"]).output)
    assert event_id not in [e["id"] for e in plain]
    full = CliRunner().invoke(cli, ["events", "--db", db, "--with-rejected"])
    assert full.exit_code == 0 and event_id in full.output and "rejected" in full.output
    with api.open_kb(db, create=False) as kb:
        after = {a["id"]: a["events"] for a in kb.active_actors()}
    assert [after.get(i, 0) for i in counted] == [actors[i] - 1 for i in counted]

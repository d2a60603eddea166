"""The change log written by the application (migration 0015, ``sitrep.kb.change_notes``): the tags ``kb.writes``
notes for the inserts of ``LOGGED_INSERTS`` and a claim's first evidence, written once per document, leave every
commit with the very tags the triggers of 0012 gave it. Both backends."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from backends import BACKENDS, new_base
from query.sample_kb import TEXTS, prepared, resolver
from sitrep.kb import KnowledgeBase, change_notes, changes, writes
from sitrep.kb.corrections import apply_correction, undo_correction
from sitrep.kb.db import Database
from sitrep.pipeline import restore, store

MIGRATIONS = Path(changes.__file__).resolve().parent / "migrations"


@pytest.fixture(params=BACKENDS)
def two_bases(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    return new_base(request, tmp_path / "notes", request.param), new_base(request, tmp_path / "old", request.param)


def _triggers_of_0012(db: Database) -> None:
    """Put back the triggers 0015 took away, so that the base logs every write as it did before 0015."""
    if db.dialect == "postgresql":
        for table in sorted(changes.LOGGED_INSERTS):
            db.execute(f"DROP TRIGGER changes_write ON {table}")
            db.execute(f"CREATE TRIGGER changes_write AFTER INSERT OR DELETE ON {table} FOR EACH ROW"
                       " EXECUTE FUNCTION changes_note()")
        db.execute("DROP TRIGGER changes_update ON claims")
        db.execute("CREATE TRIGGER changes_update AFTER UPDATE ON claims FOR EACH ROW"
                   " WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION changes_note()")
        return
    wanted = {f"changes_{t}_insert" for t in changes.LOGGED_INSERTS} | {"changes_claims_update"}
    db.execute("DROP TRIGGER changes_claims_update")
    sql = (MIGRATIONS / "0012_change_log.sql").read_text("utf-8")
    made = [m.group(0) for m in re.finditer(r"CREATE TRIGGER (\w+)\b.*?\nEND;", sql, re.S) if m.group(1) in wanted]
    assert len(made) == len(wanted)
    for statement in made:
        db.execute(statement)


def _tags_of_each_commit(url: str, by_triggers: bool, monkeypatch: pytest.MonkeyPatch) -> list[frozenset[str]]:
    """Write the sample documents' records one write function a commit (a document, its entities, its mentions
    and time expressions, each event, relation and claim), then store a document again with other text (its old
    rows deleted) and again with ``restore``; the tags ``changed_since`` gives after each commit."""
    seen: list[frozenset[str]] = []
    with KnowledgeBase(url) as kb, monkeypatch.context() as patch:
        if by_triggers:
            _triggers_of_0012(kb.db)
            patch.setattr(writes, "note", lambda db, tags: None)
        db, run = kb.db, writes.start_run(kb.db, "test", {})
        at = changes.position(db)

        def commit(write: Callable[..., object], *args: Any) -> None:
            nonlocal at
            with db.transaction():
                write(*args)
            at, tags = changes.changed_since(db, at)
            seen.append(tags)

        for doc_id in TEXTS:
            prep = prepared(doc_id)
            commit(writes.insert_document, db, prep, run, None)
            res = resolver(kb, prep)
            commit(writes.write_entities, db, doc_id, res, run)
            commit(writes.write_annotations, db, doc_id, prep.annotations, res, run)
            key = res.keys.get
            for i, ev in enumerate(prep.extractions.events):
                commit(writes.write_event, db, doc_id, ev, res.same_event.get(i), key, run)
            for rel in prep.extractions.relations:
                commit(writes.write_relation, db, doc_id, rel, key(rel.subject), key(rel.object or ""),
                       key(rel.attributed_to or ""), run)
            for cl in prep.extractions.claims:
                commit(writes.write_claim, db, doc_id, cl, key(cl.subject), None)
        last = list(TEXTS)[-1]
        commit(store, kb, replace(prepared(last), text_key="another text"), run, 0.6, resolver)
        commit(restore, kb, prepared(last), run, resolver)
        _corrections(db, seen)
    return seen


def _corrections(db: Database, seen: list[frozenset[str]]) -> None:
    """Analysts' corrections (each its own transaction), then each undone: the tags each commit leaves."""
    at = changes.position(db)

    def step() -> None:
        nonlocal at
        at, tags = changes.changed_since(db, at)
        seen.append(tags)

    made = []
    for action, args in [("split", {"entity": "taliban", "alias": "Taleban", "new_id": "taleban"}),
                         ("alias", {"entity": "isk", "alias": "Wilayat Khorasan"}),
                         ("alias", {"entity": "isk", "alias": "Wilayat Khorasan"}),  # one it has already
                         ("rename", {"entity": "anp", "name": "National Police"}),
                         ("merge", {"keep": "isk", "gone": "qari"}),
                         ("merge", {"keep": "taliban", "gone": "taleban"})]:
        made.append(apply_correction(db, action, args, "t"))
        step()
    for correction in reversed(made[2:]):
        undo_correction(db, correction, "t")
        step()


def test_each_commit_leaves_the_tags_the_triggers_left(two_bases: tuple[str, str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    noted = _tags_of_each_commit(two_bases[0], False, monkeypatch)
    by_triggers = _tags_of_each_commit(two_bases[1], True, monkeypatch)
    assert noted == by_triggers
    assert sum(1 for tags in noted if tags) >= 30
    assert noted[0] == {next(iter(TEXTS)), f"about:{next(iter(TEXTS))}"}  # a document, by its trigger


def test_tags_noted_in_a_batch_are_written_once_at_its_end_and_not_after_an_error(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        at = changes.position(kb.db)
        with kb.db.transaction(), change_notes.batched(kb.db):
            change_notes.note(kb.db, ["e1", None, "about:e1"])
            with change_notes.batched(kb.db):  # inside another: part of it
                change_notes.note(kb.db, [change_notes.about_of("d1"), change_notes.about_of(None)])
            assert changes.position(kb.db) == at  # nothing written yet
        seq, tags = changes.changed_since(kb.db, at)
        assert tags == {"e1", "about:e1", "about:d1"} and seq == at + 1  # one number for the batch
        with pytest.raises(ZeroDivisionError), kb.db.transaction(), change_notes.batched(kb.db):
            change_notes.note(kb.db, ["e2"])
            raise ZeroDivisionError
        assert changes.changed_since(kb.db, seq) == (seq, frozenset())
        change_notes.note(kb.db, ["e3"])  # outside a batch: at once
        assert changes.changed_since(kb.db, seq) == (seq + 1, frozenset({"e3"}))


def test_evidence_is_indexed_once_per_document_and_the_index_matches_the_rows(tmp_path: Path) -> None:
    """Evidence quotes enter ``evidence_fts`` at the end of their document (0015), read from ``evidence`` itself:
    after documents stored, one written again and one stored again, and a document rolled back, the index is the
    content table's (FTS5's own check) and finds a quote."""
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        run = writes.start_run(kb.db, "test", {})
        docs = list(TEXTS)
        for doc_id in docs:
            store(kb, prepared(doc_id), run, 0.6, resolver)
        store(kb, replace(prepared(docs[-1]), text_key="another text"), run, 0.6, resolver)
        restore(kb, prepared(docs[-1]), run, resolver)
        with pytest.raises(ZeroDivisionError), kb.db.transaction(), change_notes.batched(kb.db):
            writes.write_evidence(kb.db, "event", "v1", prepared(docs[0]).extractions.events[0].evidence, "t", "1",
                                  None, None)
            raise ZeroDivisionError
        kb.db.execute("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)")
        rows = kb.db.execute("SELECT count(*) FROM evidence").fetchone()[0]
        quote = kb.db.execute("SELECT id, text FROM evidence ORDER BY id LIMIT 1").fetchone()
        word = max(re.findall(r"[A-Za-z]+", quote["text"]), key=len)
        found = {r[0] for r in kb.db.execute("SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?", (word,))}
        assert rows > 5 and quote["id"] in found
        indexed = kb.db.execute("SELECT count(*) FROM evidence_fts_docsize").fetchone()[0]
        assert indexed == rows

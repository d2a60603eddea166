"""What ``kb.writes`` leaves to the end of a document (migration 0015): the change log's tags of the inserts of
``LOGGED_INSERTS`` (the rows an ingest writes by the thousand) and, on SQLite, the full-text rows of its evidence
quotes. A trigger per row did both, and cost more than the rows themselves.

``kb.writes``, the code that inserts those rows, notes the tags of each insert (``note``: the tags 0012's triggers
wrote) and the evidence rows it wrote (``index_evidence``); inside ``batched`` (the pipeline's savepoint of one
document) each is written once, in one statement at its end: the tags with one sequence number after every change
logged before them, the quotes as ``evidence_fts`` rows read from ``evidence`` itself. Outside a batch they are
written at once. Reading the log: ``kb.changes``.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sitrep.kb.db import Database

# tables whose inserts leave no tag by trigger (0015), nor a claim's first evidence: kb.writes notes them
LOGGED_INSERTS = frozenset({"entities", "aliases", "mentions", "timexes", "evidence", "events", "event_actors",
                            "event_sources", "claims", "relations", "entity_merges"})
_NEXT = {"sqlite": "SELECT coalesce(max(seq), 0) + 1 FROM changes", "postgresql": "SELECT nextval('changes_next')"}


@dataclass
class _Pending:
    tags: set[str] = field(default_factory=set)
    evidence: list[int] = field(default_factory=list)


_pending: weakref.WeakKeyDictionary[Database, _Pending] = weakref.WeakKeyDictionary()


def about_of(item_id: str | None) -> str | None:
    """``about(item_id)``, None for None (SQL's ``'about:' || NULL``)."""
    return None if item_id is None else f"about:{item_id}"


def note(db: Database, tags: Iterable[str | None]) -> None:
    """Log ``tags`` (None is no tag) for rows just written on ``db``: at the end of the open ``batched`` block, or
    at once outside one. Only the writes of ``LOGGED_INSERTS`` need it; triggers log every other."""
    pending = _pending.get(db)
    if pending is None:
        _write_tags(db, {t for t in tags if t is not None})
    else:
        pending.tags.update(t for t in tags if t is not None)


def index_evidence(db: Database, ids: Iterable[int]) -> None:
    """Put the evidence rows ``ids`` just inserted into the full-text index (SQLite's ``evidence_fts``; PostgreSQL
    indexes them itself): at the end of the open ``batched`` block, or at once outside one."""
    if db.dialect != "sqlite":
        return
    pending = _pending.get(db)
    if pending is None:
        _write_index(db, list(ids))
    else:
        pending.evidence.extend(ids)


@contextmanager
def batched(db: Database) -> Iterator[None]:
    """What ``note`` and ``index_evidence`` are given inside is written when the block ends without error (inside
    the caller's transaction, whose rollback takes it away with the rows); a block inside another is part of the
    outer one."""
    if db in _pending:
        yield
        return
    pending = _pending[db] = _Pending()
    try:
        yield
    finally:
        del _pending[db]
    _write_index(db, pending.evidence)
    _write_tags(db, pending.tags)


def _write_tags(db: Database, tags: set[str]) -> None:
    """One sequence number for ``tags``, the next after every change logged (as one trigger's statement had)."""
    if not tags:
        return
    seq = db.execute(_NEXT[db.dialect]).fetchone()[0]
    db.executemany("INSERT INTO changes (tag, seq) VALUES (?, ?) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq",
                   [(t, seq) for t in sorted(tags)])


def _write_index(db: Database, ids: list[int]) -> None:
    """The rows ``ids`` of ``evidence`` as they are now, in one statement, in the order of their ids."""
    if ids:
        db.execute("INSERT INTO evidence_fts (rowid, text) SELECT id, text FROM evidence"
                   " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", (json.dumps(ids),))

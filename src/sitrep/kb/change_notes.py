"""The change log's tags written by the application (migration 0015), for the inserts of ``LOGGED_INSERTS``: the
rows an ingest writes by the thousand, which a trigger per row made cost more than the rows themselves.

``kb.writes``, the code that inserts those rows, notes the tags of each insert (``note``: the tags 0012's triggers
wrote), and inside ``batched`` (the pipeline's savepoint of one document) they are written once, in one statement
at its end, with one sequence number after every change logged before them. Reading the log: ``kb.changes``.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sitrep.kb.db import Database

# tables whose inserts leave no tag by trigger (0015), nor a claim's first evidence: kb.writes notes them
LOGGED_INSERTS = frozenset({"mentions", "timexes", "evidence", "events", "event_sources", "claims", "relations",
                            "entity_merges"})
_NEXT = {"sqlite": "SELECT coalesce(max(seq), 0) + 1 FROM changes", "postgresql": "SELECT nextval('changes_next')"}
_pending: weakref.WeakKeyDictionary[Database, set[str]] = weakref.WeakKeyDictionary()


def about_of(item_id: str | None) -> str | None:
    """``about(item_id)``, None for None (SQL's ``'about:' || NULL``)."""
    return None if item_id is None else f"about:{item_id}"


def note(db: Database, tags: Iterable[str | None]) -> None:
    """Log ``tags`` (None is no tag) for rows just written on ``db``: at the end of the open ``batched`` block, or
    at once outside one. Only the writes of ``LOGGED_INSERTS`` need it; triggers log every other."""
    pending = _pending.get(db)
    if pending is None:
        _write(db, {t for t in tags if t is not None})
    else:
        pending.update(t for t in tags if t is not None)


@contextmanager
def batched(db: Database) -> Iterator[None]:
    """The tags ``note``d inside are written in one statement when the block ends without error (inside the caller's
    transaction, whose rollback takes them away with the rows); a block inside another is part of the outer one."""
    if db in _pending:
        yield
        return
    pending = _pending[db] = set()
    try:
        yield
    finally:
        del _pending[db]
    _write(db, pending)


def _write(db: Database, tags: set[str]) -> None:
    """One sequence number for ``tags``, the next after every change logged (as one trigger's statement had)."""
    if not tags:
        return
    seq = db.execute(_NEXT[db.dialect]).fetchone()[0]
    db.executemany("INSERT INTO changes (tag, seq) VALUES (?, ?) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq",
                   [(t, seq) for t in sorted(tags)])

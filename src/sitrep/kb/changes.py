"""What each commit touched: the change log (``changes``, migration 0012) that triggers write in the same
transaction as the rows, and its reading.

A tag is ``<id>`` (the row of that entity, event, relation or document changed, or of one that shows its name),
``about:<id>`` (something listed on that entity's or document's own page changed) or ``*`` (anything may have
changed: a correction, a verdict, the gazetteer). Each tag is kept once, with the sequence number of the last
statement that touched it; numbers grow in commit order, so a reader that has seen everything up to ``seq`` learns
what moved since from ``changed_since(db, seq)``. ``web.cache`` keeps a page across commits whose tags it does not
depend on.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.kb.db import Database

EVERYTHING = "*"
# tables whose rows no page kept by fine keys reads (the overview, kept by the write generation, counts runs and
# problems), and the bookkeeping tables: they write no tag
UNTRACKED = frozenset({"runs", "ingest_problems", "minhash_bands", "_migrations", "changes"})
UNTRACKED_PREFIXES = ("documents_fts", "evidence_fts")  # the full-text indexes follow documents and evidence


def about(item_id: str) -> str:
    """The tag of what ``item_id``'s own page lists (its mentions, aliases, events, relations, sources)."""
    return f"about:{item_id}"


def position(db: Database) -> int:
    """The sequence number of the latest change committed (0 when none)."""
    return int(db.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0])


def changed_since(db: Database, seq: int) -> tuple[int, frozenset[str]]:
    """The tags touched by commits after ``seq``, and the position they bring the reader to."""
    rows = db.execute("SELECT tag, seq FROM changes WHERE seq > ?", (seq,)).fetchall()
    return max([seq, *(int(r[1]) for r in rows)]), frozenset(str(r[0]) for r in rows)


def tracked(tables: Iterable[str]) -> list[str]:
    """The tables among ``tables`` whose writes must leave tags."""
    return sorted(t for t in tables if t not in UNTRACKED and not t.startswith(UNTRACKED_PREFIXES))

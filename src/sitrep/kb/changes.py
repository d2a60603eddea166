"""What each commit touched: the change log (``changes``, migration 0012) written in the same transaction as the
rows, and its reading.

A tag is ``<id>`` (the row of that entity, event, relation or document changed, or of one that shows its name),
``about:<id>`` (something listed on that entity's or document's own page changed) or ``*`` (anything may have
changed: a correction, a verdict, the gazetteer). Each tag is kept once, with the sequence number of the last
statement that touched it; numbers grow in commit order, so a reader that has seen everything up to ``seq`` learns
what moved since from ``changed_since(db, seq)``. ``web.cache`` keeps a page across commits whose tags it does not
depend on.

Triggers write the tags of every write but the inserts of ``LOGGED_INSERTS`` (migration 0015), which ``kb.writes``
notes itself (``kb.change_notes``).

A search (``Queries.search`` and ``resolve_name``) is not named by tags: ``searches_matched(db, touched, words)``
tells which searches a commit's text may change, by running each over what the touched rows hold now (documents'
titles and texts and their evidence quotes, in temporary full-text tables tokenized as the base's own; entities'
names and aliases, through a ``NameIndex`` of their own).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitrep.kb.change_notes import LOGGED_INSERTS, about_of, batched, note
from sitrep.kb.db import Database
from sitrep.kb.names import NameIndex
from sitrep.kb.queries import fts_query

EVERYTHING = "*"
# tables whose rows no page kept by fine keys reads (the overview, kept by the write generation, counts runs and
# problems), and the bookkeeping tables: they write no tag
UNTRACKED = frozenset({"runs", "ingest_problems", "minhash_bands", "_migrations", "changes"})
UNTRACKED_PREFIXES = ("documents_fts", "evidence_fts")  # the full-text indexes follow documents and evidence
__all__ = ["EVERYTHING", "LOGGED_INSERTS", "about", "about_of", "batched", "changed_since", "note", "position",
           "searches_matched", "tracked"]
PROBES = {"documents_fts": ("sitrep_probe_documents", "title, text"), "evidence_fts": ("sitrep_probe_evidence", "text")}
CHUNK = 500  # ids per IN (...) list


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


def searches_matched(db: Database, touched: frozenset[str], searches: Iterable[str]) -> set[str]:
    """The searches among ``searches`` (their words, as ``views.search`` took them) that the rows named by the
    tags ``touched`` may now answer: one whose words all occur in a touched document's title and text, or in an
    evidence quote of one (the full-text query ``Queries.search`` makes of them, run over temporary tables
    tokenized as the base's), or for which a touched entity's name or alias is a hit at any tier of
    ``resolve_name``. A search that none of them matches gives the same documents, quotes and entities as before (a
    listed one that changed is named by its tags). SQLite only; the temporary tables live on ``db``'s own
    connection (read-only is fine)."""
    wanted = set(searches)
    if not wanted:
        return set()
    ids = sorted({tag.removeprefix("about:") for tag in touched})
    docs, quotes, names = [], [], []
    with db.snapshot():
        for at in range(0, len(ids), CHUNK):
            part = ids[at:at + CHUNK]
            marks = ", ".join("?" for _ in part)
            docs += db.execute(f"SELECT title, text FROM documents WHERE id IN ({marks})", part).fetchall()
            quotes += db.execute(f"SELECT text FROM evidence WHERE doc_id IN ({marks})", part).fetchall()
            names += db.execute("SELECT e.id, e.type, e.name, a.alias, a.key FROM entities e LEFT JOIN aliases a"
                                f" ON a.entity_id = e.id WHERE e.id IN ({marks})", part).fetchall()
    probes = _probes(db)
    index = NameIndex(names)
    hit = {q for q in wanted if index.tier(q)[1]}
    rows: dict[str, list[tuple[str, ...]]] = {"documents_fts": [(r[0] or "", r[1] or "") for r in docs],
            "evidence_fts": [(r[0] or "",) for r in quotes]}
    try:
        for table, (probe, columns) in probes.items():
            if not rows[table]:
                continue
            marks = ", ".join("?" for _ in rows[table][0])
            db.executemany(f"INSERT INTO temp.{probe} ({columns}) VALUES ({marks})", rows[table])
            for q in wanted - hit:
                if _matches(db, probe, fts_query(q)):
                    hit.add(q)
    finally:
        for probe, _ in probes.values():
            db.execute(f"DELETE FROM temp.{probe}")
    return hit


def _matches(db: Database, probe: str, query: str) -> bool:
    if not query:
        return False
    try:
        return db.execute(f"SELECT 1 FROM temp.{probe} WHERE {probe} MATCH ? LIMIT 1", (query,)).fetchone() is not None
    except db.errors:  # what the base's search would refuse too; counted as a match, to be safe
        return True


def _probes(db: Database) -> dict[str, tuple[str, str]]:
    """Empty temporary full-text tables with the columns and tokenizer of the base's ``documents_fts`` and
    ``evidence_fts`` (made once per connection)."""
    made = {r[0] for r in db.execute("SELECT name FROM temp.sqlite_master WHERE type = 'table'").fetchall()}
    for table, (probe, columns) in PROBES.items():
        if probe in made:
            continue
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        tokenize = re.search(r"tokenize\s*=\s*('[^']*'|\"[^\"]*\")", sql)
        option = f", tokenize={tokenize.group(1)}" if tokenize else ""
        db.execute(f"CREATE VIRTUAL TABLE temp.{probe} USING fts5({columns}{option})")
    return PROBES

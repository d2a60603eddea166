"""An entity's documents and events for its page (``Show.entity_profile``, ``Show.mentions_of``), read in the
cheaper of two ways with the same result.

An entity named in few documents is read through its mentions (index ``mentions_entity_doc``, 0011): every
mention, then its document's date. An entity named in a large share of the base (``frequent``: at least one
document in ``FREQUENT``) would cost a look-up per mention that way, tens of thousands on a large base; its latest
documents, first and last dates and first mentions are found by walking the documents in date order (index
``documents_published``) and keeping those that mention it, which stops after a few documents. Its events likewise
(``frequent_in_events``, index ``events_date``). Documents and events of the same date (or undated) come in the
order they were stored, the latest first; undated ones last.
"""

from __future__ import annotations

from typing import Any

import orjson

from sitrep.kb.db import Database

Record = dict[str, Any]
FREQUENT = 20  # an entity in at least one document in 20 is read by walking the documents in date order
NAMED_IN = "EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = ?1 AND m.doc_id = d.id)"
NOT_REJECTED = "coalesce(review, '') <> 'rejected'"  # events an analyst rejected are left out of lists
IN_EVENT = ("(EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = v.id AND a.entity_id = ?1) OR v.location_id = ?1)"
            f" AND {NOT_REJECTED.replace('review', 'v.review')}")
OF_EVENT = ("(v.id IN (SELECT event_id FROM event_actors WHERE entity_id = ?1) OR v.location_id = ?1)"
            f" AND {NOT_REJECTED.replace('review', 'v.review')}")


def frequent(db: Database, documents: int) -> bool:
    """Whether an entity named in ``documents`` documents is named in at least one document in ``FREQUENT``."""
    stored = db.execute("SELECT max(n) FROM documents").fetchone()[0] or 0
    return bool(documents * FREQUENT >= stored > 0)


def frequent_in_events(db: Database, eid: str) -> bool:
    """Whether ``eid`` is an actor or the place of at least one event in ``FREQUENT`` (counted from indexes)."""
    row = db.execute("SELECT (SELECT count(*) FROM event_actors WHERE entity_id = ?1),"
                     " (SELECT count(*) FROM events WHERE location_id = ?1), (SELECT count(*) FROM events)",
                     (eid,)).fetchone()
    return bool((row[0] + row[1]) * FREQUENT >= row[2] > 0)


def latest_events(walk: bool) -> str:
    """The condition on ``e`` that keeps the ``?2`` latest events of entity ``?1`` (undated ones last), none
    rejected."""
    return (f"e.id IN (SELECT v.id FROM events v WHERE {IN_EVENT if walk else OF_EVENT}"
            " ORDER BY v.date_start DESC NULLS LAST, v.rowid DESC LIMIT ?2)")


def events_in_brief(db: Database, where: str, params: list[Any]) -> list[Record]:
    """Events kept by ``where`` (on ``e``), each with its own fields, place and actors but not its sources and
    evidence (an event merged from many reports has thousands), in date order."""
    rows = db.execute(
        "SELECT e.*, l.name AS location, (SELECT json_group_array(json_object('id', a.entity_id, 'name', a.name,"
        " 'type', a.type, 'role', a.role)) FROM (SELECT x.entity_id, x.role, n.name, n.type FROM event_actors x"
        " JOIN entities n ON n.id = x.entity_id WHERE x.event_id = e.id ORDER BY x.role, x.entity_id) a) AS actor_list"
        f" FROM events e LEFT JOIN entities l ON l.id = e.location_id WHERE {where}"
        " ORDER BY e.date_start IS NULL, e.date_start, e.id", params)
    out = []
    for r in rows:
        rec = dict(r)
        rec["actors"] = orjson.loads(rec.pop("actor_list") or "[]")
        out.append(rec)
    return out


def event_dates(db: Database, eid: str, walk: bool) -> list[str]:
    """The first and last dates of the events of ``eid``, none rejected (none when it has no dated event)."""
    if not walk:
        row = db.execute(f"SELECT min(v.date_start), max(v.date_start) FROM events v WHERE {OF_EVENT}",
                         (eid,)).fetchone()
        return [d for d in row if d is not None]
    ends = [db.execute(f"SELECT v.date_start FROM events v WHERE v.date_start IS NOT NULL AND {IN_EVENT}"
                       f" ORDER BY v.date_start {way} LIMIT 1", (eid,)).fetchone() for way in ("ASC", "DESC")]
    return [e[0] for e in ends if e is not None]


def event_count(db: Database, eid: str) -> int:
    """The number of events ``eid`` is an actor in or the place of, none rejected: its events as an actor (index
    ``event_actors_entity_event``, 0011) and those at it where it is no actor, less the rejected ones (index
    ``events_review``, 0010)."""
    return int(db.execute(
        "SELECT (SELECT count(DISTINCT event_id) FROM event_actors WHERE entity_id = ?1) + (SELECT count(*)"
        " FROM events v WHERE v.location_id = ?1 AND NOT EXISTS (SELECT 1 FROM event_actors a"
        " WHERE a.event_id = v.id AND a.entity_id = ?1)) - (SELECT count(*) FROM events v WHERE v.review = 'rejected'"
        " AND (v.id IN (SELECT event_id FROM event_actors WHERE entity_id = ?1) OR v.location_id = ?1))",
        (eid,)).fetchone()[0])


def latest_sources(db: Database, eid: str, limit: int, walk: bool) -> list[Record]:
    """The ``limit`` latest documents naming ``eid`` with its ``mentions`` in each (undated ones last)."""
    if walk:
        top = (f"SELECT d.id AS doc_id FROM documents d WHERE {NAMED_IN}"
               " ORDER BY d.published DESC NULLS LAST, d.n DESC LIMIT ?2")
    else:
        top = ("SELECT m.doc_id FROM mentions m JOIN documents p ON p.id = m.doc_id WHERE m.entity_id = ?1"
               " GROUP BY m.doc_id, p.published, p.n ORDER BY p.published DESC NULLS LAST, p.n DESC LIMIT ?2")
    rows = db.execute(
        "SELECT d.id, d.title, d.outlet, d.published, d.url,"
        " (SELECT count(*) FROM mentions m WHERE m.entity_id = ?1 AND m.doc_id = d.id) AS mentions"
        f" FROM ({top}) top JOIN documents d ON d.id = top.doc_id ORDER BY d.published DESC NULLS LAST, d.n DESC",
        (eid, limit))
    return [dict(r) for r in rows]


def seen_in_documents(db: Database, eid: str, walk: bool) -> tuple[str | None, str | None]:
    """The first and last publication dates of the documents naming ``eid``."""
    if not walk:
        row = db.execute("SELECT min(d.published), max(d.published) FROM mentions m JOIN documents d"
                         " ON d.id = m.doc_id WHERE m.entity_id = ?1", (eid,)).fetchone()
        return row[0], row[1]
    ends = [db.execute(f"SELECT d.published FROM documents d WHERE d.published IS NOT NULL AND {NAMED_IN}"
                       f" ORDER BY d.published {way} LIMIT 1", (eid,)).fetchone() for way in ("ASC", "DESC")]
    return ends[0][0] if ends[0] else None, ends[1][0] if ends[1] else None


def first_mentions(db: Database, eid: str, limit: int, walk: bool) -> list[int]:
    """The ids of the first ``limit`` mentions of ``eid`` in document order (by date, undated documents last,
    then as stored; within a document by offset)."""
    if not walk:
        return [r[0] for r in db.execute(
            "SELECT m.id FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?1"
            " ORDER BY d.published IS NULL, d.published, d.n, m.start_char, m.id LIMIT ?2", (eid, limit))]
    found: list[int] = []
    for dated, order in (("IS NOT NULL", "d.published, d.n"), ("IS NULL", "d.n")):
        if len(found) >= limit:
            break
        found += [r[0] for r in db.execute(  # documents in date order, each one's mentions from the index
            f"SELECT m.id FROM documents d CROSS JOIN mentions m WHERE d.published {dated} AND m.entity_id = ?1"
            f" AND m.doc_id = d.id ORDER BY {order}, m.start_char, m.id LIMIT ?2", (eid, limit - len(found)))]
    return found

"""Writes of the pipeline's finished records: documents, entities, annotations, events, relations and claims.

Each function writes one kind of record through a :class:`~sitrep.kb.db.Database` inside the caller's
transaction; none decides anything. Whether a document is new, changed or a copy, which entity a name is and
which relation a new one ends are the orchestrator's decisions (``sitrep.pipeline``), made before these write.
The inserts of ``changes.LOGGED_INSERTS`` note their change-log tags here (``changes.note``; triggers log the rest),
and evidence its full-text rows (``change_notes.index_evidence``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence

from sitrep.kb.change_notes import about_of, index_evidence, note
from sitrep.kb.db import Database, next_id
from sitrep.kb.schema import utcnow
from sitrep.lexicon.keys import alias_key
from sitrep.records import (
    Annotations,
    Claim,
    EventRecord,
    Evidence,
    PreparedDocument,
    Problem,
    RelationRecord,
    Resolution,
)

EXTRACTION_TABLES = ("mentions", "timexes", "evidence", "claims", "event_sources", "relations", "entity_merges")
BLOCKING_PREFIXES = ("surname:", "tr:")  # aliases that are blocking keys for resolution, not names
CLAIMS_EXTRACTOR, CLAIMS_VERSION = "claims", "claims-0.1"

# ---------------------------------------------------------------- runs and problems


def start_run(db: Database, command: str, versions: dict[str, str]) -> int:
    """Record a run (marking runs whose process is gone as interrupted); return its id."""
    with db.transaction():
        for r in db.execute("SELECT id, pid FROM runs WHERE status = 'running'").fetchall():
            if not _alive(r["pid"]):
                db.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", (r["id"],))
        cur = db.execute("INSERT INTO runs (command, started_at, pid, versions) VALUES (?, ?, ?, ?)",
                         (command, utcnow(), os.getpid(), json.dumps(versions, sort_keys=True)))
        return int(cur.lastrowid or 0)


def finish_run(db: Database, run_id: int, status: str, counts: dict[str, int]) -> None:
    with db.transaction():
        db.execute("UPDATE runs SET status = ?, finished_at = ?, counts = ? WHERE id = ?",
                   (status, utcnow(), json.dumps(counts, sort_keys=True), run_id))


def record_problem(db: Database, run_id: int | None, p: Problem) -> None:
    with db.transaction():
        db.execute("INSERT INTO ingest_problems (run_id, source, line, code, message, at) VALUES (?, ?, ?, ?, ?, ?)",
                   (run_id, p.source, p.line, p.code, p.message, utcnow()))


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# ---------------------------------------------------------------- documents


def touch_source(db: Database, doc_id: str, source: str, external_id: str) -> None:
    """Record that ``source`` gave document ``doc_id`` (again)."""
    now = utcnow()
    db.execute("INSERT INTO document_sources (doc_id, source, external_id, first_seen, last_seen)"
               " VALUES (?, ?, ?, ?, ?) ON CONFLICT (doc_id, source) DO UPDATE SET last_seen = excluded.last_seen",
               (doc_id, source, external_id, now, now))


def insert_document(db: Database, prep: PreparedDocument, run_id: int | None, duplicate_of: str | None) -> None:
    d, now = prep.doc, utcnow()
    db.execute(
        "INSERT INTO documents (id, source, url, format, title, outlet, published, published_from, byline,"
        " dateline, lang, encoding, text, text_sha256, minhash, duplicate_of, dropped_lines, run_id,"
        " ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (d.id, d.source, d.url, d.format, d.title, d.outlet, d.published, d.published_from, d.byline,
         d.dateline, d.lang, d.encoding, d.text, prep.text_key, prep.minhash, duplicate_of, d.dropped_lines,
         run_id, now, now))
    _write_source_and_bands(db, prep)


def replace_document(db: Database, prep: PreparedDocument, run_id: int | None) -> None:
    """A changed version of a stored document (or the same text, newer extractors): its old extractions go."""
    d = prep.doc
    # the ends this document's relations put on older ones go with it
    db.execute("UPDATE relations SET end_date = NULL, superseded_by = NULL WHERE superseded_by IN"
               " (SELECT id FROM relations WHERE doc_id = ?)", (d.id,))
    for table in EXTRACTION_TABLES:
        db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (d.id,))
    db.execute("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)")
    db.execute("DELETE FROM minhash_bands WHERE doc_id = ?", (d.id,))
    db.execute(
        "UPDATE documents SET url = ?, format = ?, title = ?, outlet = ?, published = ?, published_from = ?,"
        " byline = ?, dateline = ?, lang = ?, encoding = ?, text = ?, text_sha256 = ?, minhash = ?,"
        " dropped_lines = ?, run_id = ?, updated_at = ? WHERE id = ?",
        (d.url, d.format, d.title, d.outlet, d.published, d.published_from, d.byline, d.dateline, d.lang,
         d.encoding, d.text, prep.text_key, prep.minhash, d.dropped_lines, run_id, utcnow(), d.id))
    _write_source_and_bands(db, prep)


def _write_source_and_bands(db: Database, prep: PreparedDocument) -> None:
    d = prep.doc
    touch_source(db, d.id, d.source, d.id)
    db.executemany("INSERT OR IGNORE INTO minhash_bands (band, key, doc_id) VALUES (?, ?, ?)",
                   [(b, k, d.id) for b, k in prep.bands])


def link_near_duplicate(db: Database, doc_id: str, other_id: str, similarity: float | None) -> None:
    # delete, then insert: SQLite's INSERT OR REPLACE, in SQL both backends speak
    db.execute("DELETE FROM duplicates WHERE doc_id = ? AND other_id = ?", (doc_id, other_id))
    db.execute("INSERT INTO duplicates VALUES (?, ?, 'near', ?)", (doc_id, other_id, similarity))


# ---------------------------------------------------------------- entities and annotations


def write_entities(db: Database, doc_id: str, res: Resolution, run_id: int | None) -> None:
    """New entities, new aliases and places of known ones, and the reasons for each merge."""
    now = utcnow()
    stored = _stored_entities(db, {e.id for e in res.entities})
    for e in res.entities:
        geo = json.dumps(e.geo, sort_keys=True) if e.geo else None
        if e.id not in stored:  # an insert, not an update of a known one (whose trigger logs it when it changes)
            note(db, (e.id,))
            stored.add(e.id)
        db.execute("INSERT INTO entities (id, type, name, country, geo, attrs, run_id, created_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                   " geo = coalesce(entities.geo, excluded.geo), country = coalesce(entities.country,"
                   " excluded.country)",
                   (e.id, e.type, e.name, e.country, geo, json.dumps(e.attrs, sort_keys=True), run_id, now))
        cur = db.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, ?)",
                             [(e.id, a, alias_key(a), "blocking" if a.startswith(BLOCKING_PREFIXES) else "mention")
                              for a in (e.name, *e.aliases)])
        if cur.rowcount > 0:  # an alias the entity did not have
            note(db, (about_of(e.id),))
        if e.reasons:
            keys = [k for k, v in res.keys.items() if v == e.id]
            if keys:
                note(db, (about_of(e.id), about_of(doc_id)))
            db.executemany("INSERT INTO entity_merges (entity_id, doc_id, local_key, reasons, run_id)"
                           " VALUES (?, ?, ?, ?, ?)",
                           [(e.id, doc_id, k, json.dumps(list(e.reasons)), run_id) for k in keys])


def _stored_entities(db: Database, ids: set[str]) -> set[str]:
    """The entities among ``ids`` the base holds."""
    found: set[str] = set()
    part = sorted(ids)
    for at in range(0, len(part), 500):
        chunk = part[at:at + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(str(r[0]) for r in db.execute(f"SELECT id FROM entities WHERE id IN ({marks})", chunk))
    return found


def write_annotations(db: Database, doc_id: str, ann: Annotations, res: Resolution, run_id: int | None) -> None:
    """Mentions (with the entity each resolved to) and time expressions of one document."""
    mentions = [(doc_id, m.start, m.end, m.text, m.type,
                 res.by_text.get((m.entity_key or "", alias_key(m.text))) or res.keys.get(m.entity_key or ""),
                 m.sent_start, m.sent_end, m.extractor, m.version, run_id) for m in ann.mentions]
    db.executemany(
        "INSERT INTO mentions (doc_id, start_char, end_char, text, type, entity_id, sent_start, sent_end,"
        " extractor, version, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", mentions)
    note(db, {about_of(m[5]) for m in mentions} | ({about_of(doc_id)} if mentions or ann.timexes else set()))
    db.executemany(
        "INSERT INTO timexes (doc_id, start_char, end_char, text, value, precision, anchor, extractor, version,"
        " run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, t.start, t.end, t.text, t.value, t.precision, t.anchor, t.extractor, t.version, run_id)
         for t in ann.timexes])


# ---------------------------------------------------------------- events, relations, claims


def write_event(db: Database, doc_id: str, ev: EventRecord, same_as: str | None, key: Callable[[str], str | None],
                run_id: int | None) -> str:
    """A new event, or a further source of the known event ``same_as``; returns the event's id."""
    event_id = same_as
    if event_id is None:
        event_id = next_id(db, "events", "v")
        db.execute(
            "INSERT INTO events (id, type, sub_type, date_start, date_end, date_precision, date_text,"
            " location_id, fatalities, fatalities_qualifier, fatalities_text, confidence, extractor, version,"
            " run_id, certainty, attributed_to, salience, civilian_targeting) VALUES (" + ", ".join("?" * 19) + ")",
            (event_id, ev.type, ev.sub_type, ev.date.start, ev.date.end, ev.date.precision, ev.date.text,
             key(ev.location or ""), ev.fatalities.value, ev.fatalities.qualifier, ev.fatalities.text,
             ev.confidence, ev.extractor, ev.version, run_id, ev.certainty, key(ev.attributed_to or ""), ev.salience,
             None if ev.civilian_targeting is None else int(ev.civilian_targeting)))
        note(db, (event_id, about_of(key(ev.location or "")), about_of(key(ev.attributed_to or ""))))
    else:
        if ev.salience == "main":  # a further source reporting it as news
            db.execute("UPDATE events SET salience = 'main' WHERE id = ?", (event_id,))
        if ev.civilian_targeting:
            db.execute("UPDATE events SET civilian_targeting = 1 WHERE id = ?", (event_id,))
    if same_as is not None and ev.fatalities.value is not None:  # the event carries the most conservative figure
        db.execute("UPDATE events SET fatalities = ?, fatalities_qualifier = ?, fatalities_text = ? WHERE id = ?"
                   " AND (fatalities IS NULL OR fatalities > ?)",
                   (ev.fatalities.value, ev.fatalities.qualifier, ev.fatalities.text, event_id, ev.fatalities.value))
    _write_actors(db, event_id, [(event_id, k, a.role) for a in ev.actors if (k := key(a.key))], same_as is None)
    # a second statement of the same event in one document replaces the first (and moves to the end of the order)
    db.execute("DELETE FROM event_sources WHERE event_id = ? AND doc_id = ?", (event_id, doc_id))
    db.execute("INSERT INTO event_sources (event_id, doc_id, fatalities, fatalities_qualifier,"
               " fatalities_text, date_start) VALUES (?, ?, ?, ?, ?, ?)",
               (event_id, doc_id, ev.fatalities.value, ev.fatalities.qualifier, ev.fatalities.text, ev.date.start))
    note(db, (event_id, about_of(doc_id)))
    write_evidence(db, "event", event_id, ev.evidence, ev.extractor, ev.version, key(ev.attributed_to or ""),
                   ev.certainty)
    return event_id


def _write_actors(db: Database, event_id: str, rows: list[tuple[str, str, str]], new: bool) -> None:
    """The actors of an event; the tags of those it did not have."""
    had = set() if new else _actors_of(db, event_id)
    rows = [r for r in dict.fromkeys(rows) if (r[1], r[2]) not in had]  # the rows INSERT OR IGNORE would insert
    inserted = db.executemany("INSERT OR IGNORE INTO event_actors (event_id, entity_id, role) VALUES (?, ?, ?)",
                              rows).rowcount
    if inserted != len(rows):  # a row refused (IGNORE skips a failed check too): those that are there now
        rows = [r for r in rows if (r[1], r[2]) in _actors_of(db, event_id)]
    if rows:
        note(db, (event_id, *(about_of(r[1]) for r in rows)))


def _actors_of(db: Database, event_id: str) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in db.execute("SELECT entity_id, role FROM event_actors WHERE event_id = ?",
                                             (event_id,))}


def write_relation(db: Database, doc_id: str, rel: RelationRecord, subject: str, obj: str | None,
                   attributed_to: str | None, run_id: int | None) -> str:
    """A relation between resolved entities, with its evidence; returns its id."""
    rel_id = next_id(db, "relations", "r")
    db.execute(
        "INSERT INTO relations (id, predicate, subject_id, object_id, role, start_date, end_date, certainty,"
        " attributed_to, extractor, version, run_id, doc_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (rel_id, rel.predicate, subject, obj, rel.role, rel.start, rel.end, rel.certainty, attributed_to,
         rel.extractor, rel.version, run_id, doc_id))
    note(db, (rel_id, about_of(subject), about_of(obj), about_of(attributed_to), about_of(doc_id)))
    write_evidence(db, "relation", rel_id, rel.evidence, rel.extractor, rel.version, attributed_to, rel.certainty)
    return rel_id


def set_relation_ends(db: Database, changes: Sequence[tuple[str, str | None, str | None]]) -> None:
    """Give each (relation, end date, superseding relation) its decided end, or take a decided end away (None,
    None); the ends the text stated are not passed here."""
    db.executemany("UPDATE relations SET end_date = ?, superseded_by = ? WHERE id = ?",
                   [(end, by, rel_id) for rel_id, end, by in changes])


def write_claim(db: Database, doc_id: str, cl: Claim, subject: str, attributed_to: str | None) -> None:
    cur = db.execute("INSERT INTO claims (subject_kind, subject_id, attribute, value, certainty, attributed_to,"
                     " doc_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (cl.subject_kind, subject, cl.attribute, cl.value, cl.certainty, attributed_to, doc_id))
    claim_id = str(cur.lastrowid)
    ev_id = write_evidence(db, "claim", claim_id, (cl.evidence,), CLAIMS_EXTRACTOR, CLAIMS_VERSION, attributed_to,
                           cl.certainty)
    db.execute("UPDATE claims SET evidence_id = ? WHERE id = ?", (ev_id, claim_id))
    note(db, (subject, about_of(subject), about_of(doc_id)))  # the claim's insert, and its first evidence (0015)


def write_evidence(db: Database, kind: str, owner: str, spans: tuple[Evidence, ...], extractor: str, version: str,
                   attributed_to: str | None, certainty: str | None) -> int | None:
    ids = []
    for e in spans:
        cur = db.execute("INSERT INTO evidence (owner_kind, owner_id, doc_id, start_char, end_char, text,"
                         " attributed_to, certainty, extractor, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (kind, owner, e.doc, e.start, e.end, e.text, attributed_to, certainty, extractor, version))
        ids.append(int(cur.lastrowid))
    index_evidence(db, ids)
    note(db, (owner, about_of(owner), *(about_of(e.doc) for e in spans)) if spans else ())
    return ids[-1] if ids else None

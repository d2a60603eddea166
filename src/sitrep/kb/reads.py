"""Reads of the knowledge base: the records exports stream, the reads resolution makes, stats and checks.

:class:`Reads` is mixed into ``KnowledgeBase``; its methods read through ``self.db`` only. The reads for
resolution (``entities_by_alias_keys``, ``next_entity_number``, ``events_between``, ``corrections``, ``gazetteer``)
are the :class:`sitrep.resolve.store.ResolutionStore` protocol that the resolver is handed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from sitrep.kb.db import Database, next_id
from sitrep.kb.facts import consolidate
from sitrep.kb.schema import applied_migrations
from sitrep.kb.writes import BLOCKING_PREFIXES
from sitrep.records import Document, PreparedDocument

if TYPE_CHECKING:
    from sitrep.kb.postgres import PostgresDatabase

DOCUMENT_FIELDS = ("id", "source", "text", "format", "url", "title", "outlet", "published", "published_from", "byline",
                   "dateline", "lang", "encoding", "dropped_lines")


class Reads:
    """Read methods of ``KnowledgeBase``."""

    db: Database
    path: str

    def iter_documents(self, batch: int = 200) -> Iterator[dict[str, Any]]:
        """Every document with its duplicates and sources, streamed in insertion order."""
        rows = self.db.stream(
            "SELECT d.*, (SELECT json_group_array(x) FROM (SELECT other_id AS x FROM duplicates WHERE doc_id = d.id"
            " UNION SELECT doc_id FROM duplicates WHERE other_id = d.id)) AS dups,"
            " (SELECT json_group_array(source) FROM document_sources WHERE doc_id = d.id) AS sources"
            " FROM documents d ORDER BY d.n", batch=batch)
        for r in rows:
            rec = dict(r)
            rec["duplicates"] = sorted(json.loads(rec.pop("dups") or "[]"))
            rec["sources"] = json.loads(rec.pop("sources") or "[]")
            yield rec

    def iter_entities(self) -> Iterator[dict[str, Any]]:
        """Every entity with its aliases and mentions, streamed."""
        cur = self.db.stream(
            "SELECT e.*, (SELECT json_group_array(alias) FROM aliases WHERE entity_id = e.id) AS alias_list,"
            " (SELECT json_group_array(json_object('doc', doc_id, 'start', start_char, 'end', end_char,"
            " 'text', text)) FROM (SELECT * FROM mentions WHERE entity_id = e.id ORDER BY doc_id, start_char))"
            " AS mention_list FROM entities e ORDER BY e.rowid")
        for r in cur:
            rec = dict(r)
            rec["aliases"] = sorted({a for a in json.loads(rec.pop("alias_list") or "[]")
                                     if not a.startswith(BLOCKING_PREFIXES)} - {rec["name"]})
            rec["mentions"] = json.loads(rec.pop("mention_list") or "[]")
            rec["geo"] = json.loads(rec["geo"]) if rec.get("geo") else None
            yield rec

    def iter_timexes(self) -> Iterator[dict[str, Any]]:
        cur = self.db.stream("SELECT doc_id, start_char, end_char, text, value, precision FROM timexes"
                             " ORDER BY doc_id, start_char")
        for r in cur:
            yield dict(r)

    def iter_events(self) -> Iterator[dict[str, Any]]:
        """Every event with its actors, source documents (each with its own figure) and evidence."""
        cur = self.db.stream(
            "SELECT e.*, (SELECT json_group_array(json_object('entity', entity_id, 'role', role)) FROM"
            " (SELECT * FROM event_actors WHERE event_id = e.id ORDER BY role, entity_id)) AS actor_list,"
            " (SELECT json_group_array(json_object('doc', doc_id, 'fatalities', fatalities, 'qualifier',"
            " fatalities_qualifier, 'text', fatalities_text, 'date', date_start)) FROM (SELECT * FROM event_sources"
            " WHERE event_id = e.id ORDER BY doc_id)) AS source_list,"
            " (SELECT json_group_array(external_id) FROM (SELECT DISTINCT ds.external_id FROM event_sources es"
            " JOIN document_sources ds ON ds.doc_id = es.doc_id WHERE es.event_id = e.id AND ds.external_id"
            " != ds.doc_id ORDER BY 1)) AS copy_list,"
            " (SELECT json_group_array(json_object('doc', doc_id, 'start', start_char, 'end', end_char, 'text', text,"
            " 'attributed_to', attributed_to, 'certainty', certainty)) FROM (SELECT * FROM evidence"
            " WHERE owner_kind = 'event' AND owner_id = e.id ORDER BY id)) AS evidence_list"
            " FROM events e ORDER BY e.rowid")
        for r in cur:
            rec = dict(r)
            rec["actors"] = json.loads(rec.pop("actor_list") or "[]")
            rec["sources"] = json.loads(rec.pop("source_list") or "[]")
            rec["copies"] = json.loads(rec.pop("copy_list") or "[]")  # ids of exact copies of the source documents
            rec["evidence"] = json.loads(rec.pop("evidence_list") or "[]")
            yield rec

    def iter_relations(self) -> Iterator[dict[str, Any]]:
        """Every relation with its evidence, one per fact (``sitrep.kb.facts``), in the order they were stated."""
        cur = self.db.stream(
            "SELECT r.*, (SELECT json_group_array(json_object('doc', doc_id, 'start', start_char, 'end', end_char,"
            " 'text', text)) FROM (SELECT * FROM evidence WHERE owner_kind = 'relation' AND owner_id = r.id"
            " ORDER BY id)) AS evidence_list FROM relations r ORDER BY r.rowid")
        rows = []
        for r in cur:
            rec = dict(r)
            rec["evidence"] = json.loads(rec.pop("evidence_list") or "[]")
            rows.append(rec)
        yield from consolidate(rows)

    def iter_claims(self) -> Iterator[dict[str, Any]]:
        cur = self.db.stream(
            "SELECT cl.*, ev.start_char, ev.end_char, ev.text AS evidence_text, d.outlet, d.published"
            " FROM claims cl LEFT JOIN evidence ev ON ev.id = cl.evidence_id JOIN documents d ON d.id = cl.doc_id"
            " ORDER BY cl.subject_kind, cl.subject_id, cl.attribute, cl.id")
        for r in cur:
            yield dict(r)

    def entities_by_alias_keys(self, keys: list[str], type_: str | None = None,
                               limit: int | None = None) -> list[dict[str, Any]]:
        """Entities having any of the alias ``keys`` (see ``alias_key``), with the keys they matched; only of
        ``type_`` when given, and at most ``limit`` of them (enough to tell one from several in a crowded block)."""
        if not keys:
            return []
        marks = ", ".join("?" for _ in keys)
        ids = [r[0] for r in self.db.execute(
            f"SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id"
            f" WHERE a.key IN ({marks}) AND (? IS NULL OR e.type = ?){'' if limit is None else ' LIMIT ?'}",
            [*keys, type_, type_, *([] if limit is None else [limit])])]
        if not ids:
            return []
        rows = self.db.execute(
            f"SELECT e.id, e.type, e.name, e.country, e.geo, e.attrs, json_group_array(a.key) AS matched"
            f" FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.entity_id IN"
            f" ({', '.join('?' for _ in ids)}) AND a.key IN ({marks}) GROUP BY e.id", [*ids, *keys])
        out = []
        for r in rows:
            rec = dict(r)
            rec["matched"] = sorted(set(json.loads(rec["matched"])))
            rec["geo"] = json.loads(rec["geo"]) if rec["geo"] else None
            rec["attrs"] = json.loads(rec["attrs"] or "{}")
            out.append(rec)
        return out

    def next_entity_number(self) -> int:
        """N of the next fresh entity id ``eN`` (entities no dictionary names)."""
        return int(next_id(self.db, "entities", "e")[1:])

    def corrections(self) -> list[dict[str, Any]]:
        """Every recorded correction in force (not undone), oldest first, with its arguments decoded."""
        rows = self.db.execute("SELECT * FROM corrections WHERE undone_at IS NULL ORDER BY id").fetchall()
        return [dict(r) | {"args": json.loads(r["args"])} for r in rows]

    def events_between(self, start: str, end: str, event_type: str | None = None,
                       location_id: str | None = None) -> list[dict[str, Any]]:
        """Events whose date falls in [start, end] (ISO), with their actors and location, for coreference; only
        those at ``location_id`` when given (read by the place and date index of migration 0014, so the rows read
        do not grow with the events of other places). In date order, then in the order they were stored."""
        place = "e.location_id = ? AND " if location_id is not None else ""
        stored = "e.rowid" if self.db.dialect == "sqlite" else "length(e.id), e.id"
        rows = self.db.execute(
            "SELECT e.*, (SELECT json_group_array(entity_id) FROM event_actors WHERE event_id = e.id) AS actor_ids"
            f" FROM events e WHERE {place}e.date_start BETWEEN ? AND ? AND (? IS NULL OR e.type = ?)"
            f" ORDER BY e.date_start, {stored}",
            ((location_id,) if location_id is not None else ()) + (start, end, event_type, event_type))
        out = []
        for r in rows:
            rec = dict(r)
            rec["actor_ids"] = json.loads(rec["actor_ids"] or "[]")
            out.append(rec)
        return out

    def search_documents(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Documents matching ``query`` (FTS5 syntax; PostgreSQL's web-search syntax on a PostgreSQL base)."""
        if self.db.dialect == "postgresql":
            rows = cast("PostgresDatabase", self.db).search("documents", query, limit, 12)
            return [{"id": r["doc"], "title": r["title"], "snippet": r["snippet"]} for r in rows]
        rows = self.db.execute(
            "SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '...', 12) AS snippet"
            " FROM documents_fts JOIN documents d ON d.n = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit))
        return [dict(r) for r in rows]

    def stats(self) -> dict[str, Any]:
        one = self.db.execute
        counts = {t: one(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
            "documents", "document_sources", "entities", "mentions", "timexes", "events", "relations",
            "ingest_problems", "runs")}
        counts["near_duplicates"] = one("SELECT count(*) FROM duplicates WHERE kind = 'near'").fetchone()[0]
        span = one("SELECT min(published), max(published), count(published) FROM documents").fetchone()
        outlets = one("SELECT outlet, count(*) AS n FROM documents WHERE outlet IS NOT NULL GROUP BY outlet"
                      " ORDER BY n DESC, outlet LIMIT 10").fetchall()
        last = one("SELECT id, command, status, started_at, finished_at, counts FROM runs ORDER BY id DESC"
                   " LIMIT 1").fetchone()
        langs = one("SELECT coalesce(lang, 'unknown') AS lang, count(*) AS n FROM documents GROUP BY 1"
                    " ORDER BY n DESC, lang").fetchall()
        return {
            "db": self.path,
            "schema": [m["name"] for m in applied_migrations(self.db)],
            "counts": counts,
            "published": {"first": span[0], "last": span[1], "dated_documents": span[2]},
            "outlets": {r["outlet"]: r["n"] for r in outlets},
            "languages": {r["lang"]: r["n"] for r in langs},
            "not_english": self.documents_not_in_english(),
            "last_run": dict(last) | {"counts": json.loads(last["counts"])} if last else None,
        }

    def documents_not_in_english(self, doc_ids: Iterable[str] | None = None) -> dict[str, str]:
        """Documents whose detected language is not English (id -> language), of ``doc_ids`` or of the base
        (at most 50 then): sitrep's language layer reads English, so little or nothing was extracted from them."""
        if doc_ids is None:
            rows = self.db.execute("SELECT id, lang FROM documents WHERE lang IS NOT NULL AND lang != 'en'"
                                   " ORDER BY n LIMIT 50").fetchall()
        else:
            ids = list(doc_ids)
            rows = [r for i in range(0, len(ids), 500) for r in self.db.execute(
                f"SELECT id, lang FROM documents WHERE lang IS NOT NULL AND lang != 'en' AND id IN"
                f" ({','.join('?' * len(ids[i:i + 500]))}) ORDER BY n", ids[i:i + 500])]
        return {r["id"]: r["lang"] for r in rows}

    def integrity_check(self) -> list[str]:
        return self.db.integrity_problems()


# ---------------------------------------------------------------- reads for storing one document


def document_row(db: Database, doc_id: str) -> dict[str, Any] | None:
    """The stored document ``doc_id``'s source and text digest, or None."""
    row = db.execute("SELECT id, source, text_sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return None if row is None else dict(row)


def document_with_text(db: Database, text_key: str) -> str | None:
    """The first stored document with this text digest."""
    row = db.execute("SELECT id FROM documents WHERE text_sha256 = ? ORDER BY n LIMIT 1", (text_key,)).fetchone()
    return None if row is None else str(row["id"])


def near_candidates(db: Database, prep: PreparedDocument) -> list[dict[str, Any]]:
    """Stored documents sharing a MinHash band with ``prep`` (LSH candidates), with their text."""
    if not prep.bands:
        return []
    # one equality test per band, so each is a look-up of the primary key (band, key, doc_id); a row-value IN over
    # a VALUES list made SQLite scan every band of the base
    terms = " OR ".join("(band = ? AND key = ?)" for _ in prep.bands)
    params = [v for pair in prep.bands for v in pair]
    return [dict(r) for r in db.execute(
        f"SELECT d.id, d.text, d.duplicate_of FROM documents d WHERE d.id IN (SELECT DISTINCT doc_id "
        f"FROM minhash_bands WHERE {terms})", params).fetchall()]


def stored_documents(db: Database, ids: Iterable[str] | None = None) -> Iterator[Document]:
    """The stored documents as records, oldest first (for re-processing); only those of ``ids`` when given."""
    fields = ", ".join(DOCUMENT_FIELDS)
    if ids is None:
        for rec in db.execute(f"SELECT {fields} FROM documents ORDER BY n").fetchall():
            yield Document(**dict(rec))
        return
    wanted = set(ids)
    for (doc_id,) in [r for r in db.execute("SELECT id FROM documents ORDER BY n").fetchall() if r[0] in wanted]:
        rec = db.execute(f"SELECT {fields} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if rec is not None:
            yield Document(**dict(rec))


def entity_type(db: Database, entity_id: str | None) -> str | None:
    if not entity_id:
        return None
    row = db.execute("SELECT type FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return None if row is None else str(row[0])


def relation_history(db: Database, keys: Iterable[Sequence[tuple[str, Any]]]) -> list[dict[str, Any]]:
    """The relations under any of ``keys``, each with its object's type and its document's publication date (day
    precision): what the history of those relations is decided on. A key is (column, value) pairs a row must
    all match (None: the column is null; a tuple: one of its values), as ``resolve.relations.partner_keys``
    makes them; each is read through the subject or object index, not by scanning an entity's relations."""
    cols = ("id", "predicate", "subject_id", "object_id", "role", "start_date", "end_date", "superseded_by",
            "certainty", "doc_id", "object_type", "published")
    terms: list[str] = []
    params: list[Any] = []
    for key in dict.fromkeys(tuple(k) for k in keys):
        conds = []
        for col, value in key:
            if col not in _RELATION_KEY_COLUMNS:
                raise ValueError(f"not a relation key column: {col}")
            if value is None:
                conds.append(f"r.{col} IS NULL")
            elif isinstance(value, tuple):
                conds.append(f"r.{col} IN ({', '.join('?' * len(value))})")
                params.extend(value)
            else:
                conds.append(f"r.{col} = ?")
                params.append(value)
        terms.append(f"({' AND '.join(conds)})")
    if not terms:
        return []
    rows = db.execute(
        "SELECT r.id, r.predicate, r.subject_id, r.object_id, r.role, r.start_date, r.end_date, r.superseded_by,"
        " r.certainty, r.doc_id, e.type, d.published FROM relations r LEFT JOIN entities e ON e.id = r.object_id"
        f" LEFT JOIN documents d ON d.id = r.doc_id WHERE {' OR '.join(terms)}", params).fetchall()
    out = [dict(zip(cols, r, strict=True)) for r in rows]
    for r in out:
        r["published"] = str(r["published"])[:10] if r["published"] else None
    return out


def fact_has_end(db: Database, row: Mapping[str, Any]) -> bool:
    """Whether a relation of ``row``'s fact (predicate, subject, object, role) has an end, stated or decided; read
    through the index of ended relations (migration 0014), not every statement of a much-restated fact."""
    conds, params = [], []
    for col in ("subject_id", "object_id", "predicate", "role"):
        if row.get(col) is None:
            conds.append(f"{col} IS NULL")
        else:
            conds.append(f"{col} = ?")
            params.append(row[col])
    found = db.execute(f"SELECT 1 FROM relations WHERE {' AND '.join(conds)} AND end_date IS NOT NULL LIMIT 1",
                       params).fetchone()
    return found is not None


_RELATION_KEY_COLUMNS = frozenset({"id", "predicate", "subject_id", "object_id", "role"})

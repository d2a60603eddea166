"""SQLite storage: with ``queries`` (reads) and ``gazetteer``, the only modules of sitrep that speak SQL.

One ``KnowledgeBase`` holds one writer connection (WAL journal, foreign keys
on). Schema changes are named migrations in ``kb/migrations/NNNN_name.sql``,
applied in order, each in its own transaction and recorded with its checksum
in ``_migrations``. Every document is written in one transaction, so a crash
or ``kill -9`` leaves the base as it was before that document, and the next
run completes what is missing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

from sitrep.errors import SitrepError
from sitrep.ingest import dedup
from sitrep.kb.queries import Queries
from sitrep.lexicon.keys import alias_key
from sitrep.records import (
    Annotations,
    Document,
    Evidence,
    Extractions,
    IngestOutcome,
    Problem,
    RelationRecord,
    Resolution,
)

EXTRACTION_TABLES = ("mentions", "timexes", "evidence", "claims", "event_sources", "relations", "entity_merges")
BLOCKING_PREFIXES = ("surname:", "tr:")  # aliases that are blocking keys for resolution, not names
Resolver = Callable[["KnowledgeBase", "PreparedDocument"], Resolution]


def utcnow() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def migrations() -> list[Migration]:
    folder = resources.files("sitrep.kb") / "migrations"
    found = [Migration(p.name.removesuffix(".sql"), p.read_text("utf-8"))
             for p in folder.iterdir() if p.name.endswith(".sql")]
    return sorted(found, key=lambda m: m.name)


@dataclass(frozen=True)
class PreparedDocument:
    """A cleaned document with its duplicate-detection keys, computed before storage."""

    doc: Document
    text_key: str
    minhash: bytes | None
    bands: tuple[tuple[int, int], ...]
    annotations: Annotations = field(default_factory=Annotations)
    extractions: Extractions = field(default_factory=Extractions)


class KnowledgeBase(Queries):
    """An open knowledge base. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path, create: bool = True) -> None:
        """Open the base at ``path``; with ``create=False`` a missing file is an error (E503), not a new base."""
        self.path = str(path)
        if self.path != ":memory:" and not Path(self.path).exists():
            if not create:
                raise SitrepError("E503", detail=self.path)
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise SitrepError("E501", self.path, detail=f"{self.path}: {exc}") from None
        except SitrepError:
            self.conn.close()
            raise

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def migrate(self) -> list[str]:
        """Apply pending migrations; return their names. Another program's database is refused (E504)."""
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "_migrations" not in tables:
            raise SitrepError("E504", detail=self.path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL,"
                          " applied_at TEXT NOT NULL)")
        done = {r["name"] for r in self.conn.execute("SELECT name FROM _migrations")}
        known = migrations()
        unknown = done - {m.name for m in known}
        if unknown:
            raise SitrepError("E502", self.path, detail=self.path, version=max(unknown))
        applied = []
        for m in known:
            if m.name in done:
                continue
            # executescript commits anything pending first, then runs the script as written:
            # the explicit BEGIN/COMMIT make the migration and its record one transaction.
            try:
                self.conn.executescript(
                    f"BEGIN IMMEDIATE;\n{m.sql}\nINSERT INTO _migrations VALUES "
                    f"('{m.name}', '{m.checksum}', '{utcnow()}');\nCOMMIT;"
                )
            except sqlite3.Error:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            applied.append(m.name)
        return applied

    def applied_migrations(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM _migrations ORDER BY name")]

    # ------------------------------------------------------------ runs and problems

    def start_run(self, command: str, versions: dict[str, str]) -> int:
        with self.transaction() as c:
            for r in c.execute("SELECT id, pid FROM runs WHERE status = 'running'").fetchall():
                if not _alive(r["pid"]):
                    c.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", (r["id"],))
            cur = c.execute("INSERT INTO runs (command, started_at, pid, versions) VALUES (?, ?, ?, ?)",
                            (command, utcnow(), os.getpid(), json.dumps(versions, sort_keys=True)))
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self.transaction() as c:
            c.execute("UPDATE runs SET status = ?, finished_at = ?, counts = ? WHERE id = ?",
                      (status, utcnow(), json.dumps(counts, sort_keys=True), run_id))

    def record_problem(self, run_id: int | None, p: Problem) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO ingest_problems (run_id, source, line, code, message, at)"
                      " VALUES (?, ?, ?, ?, ?, ?)", (run_id, p.source, p.line, p.code, p.message, utcnow()))

    # ------------------------------------------------------------ documents

    def add_document(self, prep: PreparedDocument, run_id: int | None, near_threshold: float,
                     resolver: Resolver | None = None) -> IngestOutcome:
        """Store one document in one transaction, deciding whether it is new, changed or a copy.

        ``resolver`` maps the document's local entity keys to entities of the base; it runs inside the
        transaction, so what it reads cannot change before its answer is written.
        """
        with self.transaction() as c:
            return self._add_document(c, prep, run_id, near_threshold, resolver or _dictionary_keys)

    def _add_document(self, c: sqlite3.Connection, prep: PreparedDocument, run_id: int | None,
                      near_threshold: float, resolver: Resolver) -> IngestOutcome:
        doc, now = prep.doc, utcnow()
        row = c.execute("SELECT id, source, text_sha256 FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row is not None:
            if row["text_sha256"] == prep.text_key:
                self._touch_source(c, doc.id, doc.source, doc.id, now)
                return IngestOutcome("unchanged", doc.id, doc.source)
            if row["source"] == doc.source:
                self._replace(c, prep, run_id, now, resolver)
                return IngestOutcome("updated", doc.id, doc.source)
            # another input of the same name: keep both, the new one under a suffixed id
            doc = _with_id(doc, f"{doc.id}~{prep.text_key[:8]}")
            prep = replace(prep, doc=doc)
            if c.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
                self._touch_source(c, doc.id, doc.source, prep.doc.id, now)
                return IngestOutcome("unchanged", doc.id, doc.source)
        same = c.execute("SELECT id FROM documents WHERE text_sha256 = ? ORDER BY n LIMIT 1",
                         (prep.text_key,)).fetchone()
        if same is not None:
            self._touch_source(c, same["id"], doc.source, doc.id, now)
            return IngestOutcome("duplicate", same["id"], doc.source, duplicate_of=same["id"], similarity=1.0)
        near_id, sim = self._nearest(c, prep, near_threshold)
        self._insert(c, prep, run_id, now, near_id, resolver)
        if near_id is not None:
            c.execute("INSERT OR REPLACE INTO duplicates VALUES (?, ?, 'near', ?)", (doc.id, near_id, sim))
            return IngestOutcome("near-duplicate", doc.id, doc.source, duplicate_of=near_id, similarity=sim)
        return IngestOutcome("added", doc.id, doc.source)

    def reprocess_document(self, prep: PreparedDocument, run_id: int | None, resolver: Resolver) -> None:
        """Replace a stored document's extractions with ``prep``'s (same text, newer extractors), in one
        transaction."""
        with self.transaction() as c:
            self._replace(c, prep, run_id, utcnow(), resolver)

    def iter_stored_documents(self) -> Iterator[Document]:
        """The stored documents as records, oldest first (for re-processing)."""
        fields = ("id", "source", "text", "format", "url", "title", "outlet", "published", "published_from", "byline",
                  "dateline", "lang", "encoding", "dropped_lines")
        for rec in self.conn.execute(f"SELECT {', '.join(fields)} FROM documents ORDER BY n").fetchall():
            yield Document(**dict(rec))

    def _nearest(self, c: sqlite3.Connection, prep: PreparedDocument,
                 threshold: float) -> tuple[str | None, float | None]:
        if not prep.bands:
            return None, None
        placeholders = ", ".join("(?, ?)" for _ in prep.bands)
        params = [v for pair in prep.bands for v in pair]
        rows = c.execute(
            f"SELECT d.id, d.text, d.duplicate_of FROM documents d WHERE d.id IN (SELECT DISTINCT doc_id "
            f"FROM minhash_bands WHERE (band, key) IN (VALUES {placeholders}))", params).fetchall()
        best: tuple[float, str] | None = None
        for r in rows:  # LSH gives candidates; the exact shingle overlap decides
            s = dedup.jaccard(prep.doc.text, r["text"])
            if s >= threshold and (best is None or s > best[0]):
                best = (s, r["duplicate_of"] or r["id"])
        return (best[1], round(best[0], 3)) if best else (None, None)

    def _insert(self, c: sqlite3.Connection, prep: PreparedDocument, run_id: int | None, now: str,
                duplicate_of: str | None, resolver: Resolver) -> None:
        d = prep.doc
        c.execute(
            "INSERT INTO documents (id, source, url, format, title, outlet, published, published_from, byline,"
            " dateline, lang, encoding, text, text_sha256, minhash, duplicate_of, dropped_lines, run_id,"
            " ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (d.id, d.source, d.url, d.format, d.title, d.outlet, d.published, d.published_from, d.byline,
             d.dateline, d.lang, d.encoding, d.text, prep.text_key, prep.minhash, duplicate_of, d.dropped_lines,
             run_id, now, now))
        self._write_dependents(c, prep, run_id, now, resolver)

    def _replace(self, c: sqlite3.Connection, prep: PreparedDocument, run_id: int | None, now: str,
                 resolver: Resolver) -> None:
        """A changed version of a document read from the same input: its old extractions go with it."""
        d = prep.doc
        # the ends this document's relations put on older ones go with it
        c.execute("UPDATE relations SET end_date = NULL, superseded_by = NULL WHERE superseded_by IN"
                  " (SELECT id FROM relations WHERE doc_id = ?)", (d.id,))
        for table in EXTRACTION_TABLES:
            c.execute(f"DELETE FROM {table} WHERE doc_id = ?", (d.id,))
        c.execute("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)")
        c.execute("DELETE FROM minhash_bands WHERE doc_id = ?", (d.id,))
        c.execute(
            "UPDATE documents SET url = ?, format = ?, title = ?, outlet = ?, published = ?, published_from = ?,"
            " byline = ?, dateline = ?, lang = ?, encoding = ?, text = ?, text_sha256 = ?, minhash = ?,"
            " dropped_lines = ?, run_id = ?, updated_at = ? WHERE id = ?",
            (d.url, d.format, d.title, d.outlet, d.published, d.published_from, d.byline, d.dateline, d.lang,
             d.encoding, d.text, prep.text_key, prep.minhash, d.dropped_lines, run_id, now, d.id))
        self._write_dependents(c, prep, run_id, now, resolver)

    def _write_dependents(self, c: sqlite3.Connection, prep: PreparedDocument, run_id: int | None, now: str,
                          resolver: Resolver) -> None:
        """What hangs off a stored document: its source row, MinHash bands and annotations."""
        d = prep.doc
        self._touch_source(c, d.id, d.source, d.id, now)
        c.executemany("INSERT OR IGNORE INTO minhash_bands (band, key, doc_id) VALUES (?, ?, ?)",
                      [(b, k, d.id) for b, k in prep.bands])
        resolution = resolver(self, prep)
        self._write_entities(c, d.id, resolution, run_id, now)
        self._write_annotations(c, d.id, prep.annotations, resolution, run_id)
        self._write_extractions(c, d.id, prep.extractions, resolution, run_id, d.published)

    @staticmethod
    def _write_entities(c: sqlite3.Connection, doc_id: str, res: Resolution, run_id: int | None, now: str) -> None:
        """New entities, new aliases and places of known ones, and the reasons for each merge."""
        for e in res.entities:
            geo = json.dumps(e.geo, sort_keys=True) if e.geo else None
            c.execute("INSERT INTO entities (id, type, name, country, geo, attrs, run_id, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                      " geo = coalesce(entities.geo, excluded.geo), country = coalesce(entities.country,"
                      " excluded.country)",
                      (e.id, e.type, e.name, e.country, geo, json.dumps(e.attrs, sort_keys=True), run_id, now))
            c.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, ?)",
                          [(e.id, a, alias_key(a), "blocking" if a.startswith(BLOCKING_PREFIXES) else "mention")
                           for a in (e.name, *e.aliases)])
            if e.reasons:
                keys = [k for k, v in res.keys.items() if v == e.id]
                c.executemany("INSERT INTO entity_merges (entity_id, doc_id, local_key, reasons, run_id)"
                              " VALUES (?, ?, ?, ?, ?)",
                              [(e.id, doc_id, k, json.dumps(list(e.reasons)), run_id) for k in keys])

    @staticmethod
    def _write_annotations(c: sqlite3.Connection, doc_id: str, ann: Annotations, res: Resolution,
                           run_id: int | None) -> None:
        """Mentions (with the entity each resolved to) and time expressions of one document."""
        c.executemany(
            "INSERT INTO mentions (doc_id, start_char, end_char, text, type, entity_id, sent_start, sent_end,"
            " extractor, version, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, m.start, m.end, m.text, m.type,
              res.by_text.get((m.entity_key or "", alias_key(m.text))) or res.keys.get(m.entity_key or ""),
              m.sent_start, m.sent_end, m.extractor, m.version, run_id) for m in ann.mentions])
        c.executemany(
            "INSERT INTO timexes (doc_id, start_char, end_char, text, value, precision, anchor, extractor, version,"
            " run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, t.start, t.end, t.text, t.value, t.precision, t.anchor, t.extractor, t.version, run_id)
             for t in ann.timexes])

    def _write_extractions(self, c: sqlite3.Connection, doc_id: str, ext: Extractions, res: Resolution,
                           run_id: int | None, fallback_date: str | None = None) -> None:
        """Events (new, or a further source of a known one), relations, and claims, each with evidence."""
        key = res.keys.get
        ids: dict[str, list[str | None]] = {"event": [], "relation": []}
        for i, ev in enumerate(ext.events):
            event_id = res.same_event.get(i)
            if event_id is None:
                event_id = _next_id(c, "events", "v")
                c.execute(
                    "INSERT INTO events (id, type, sub_type, date_start, date_end, date_precision, date_text,"
                    " location_id, fatalities, fatalities_qualifier, fatalities_text, confidence, extractor, version,"
                    " run_id, certainty, attributed_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (event_id, ev.type, ev.sub_type, ev.date.start, ev.date.end, ev.date.precision, ev.date.text,
                     key(ev.location or ""), ev.fatalities.value, ev.fatalities.qualifier, ev.fatalities.text,
                     ev.confidence, ev.extractor, ev.version, run_id, ev.certainty, key(ev.attributed_to or "")))
            elif ev.fatalities.value is not None:  # a further source: the event carries the most conservative figure
                c.execute("UPDATE events SET fatalities = ?, fatalities_qualifier = ?, fatalities_text = ? WHERE id = ?"
                          " AND (fatalities IS NULL OR fatalities > ?)",
                          (ev.fatalities.value, ev.fatalities.qualifier, ev.fatalities.text, event_id,
                           ev.fatalities.value))
            c.executemany("INSERT OR IGNORE INTO event_actors (event_id, entity_id, role) VALUES (?, ?, ?)",
                          [(event_id, key(a.key), a.role) for a in ev.actors if key(a.key)])
            c.execute("INSERT OR REPLACE INTO event_sources (event_id, doc_id, fatalities, fatalities_qualifier,"
                      " fatalities_text, date_start) VALUES (?, ?, ?, ?, ?, ?)",
                      (event_id, doc_id, ev.fatalities.value, ev.fatalities.qualifier, ev.fatalities.text,
                       ev.date.start))
            self._write_evidence(c, "event", event_id, ev.evidence, ev.extractor, ev.version,
                                 key(ev.attributed_to or ""), ev.certainty)
            ids["event"].append(event_id)
        for rel in ext.relations:
            subject, obj = key(rel.subject), key(rel.object or "")
            if subject is None or (rel.object is not None and obj is None):
                ids["relation"].append(None)
                continue
            rel_id = _next_id(c, "relations", "r")
            c.execute(
                "INSERT INTO relations (id, predicate, subject_id, object_id, role, start_date, end_date, certainty,"
                " attributed_to, extractor, version, run_id, doc_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rel_id, rel.predicate, subject, obj, rel.role, rel.start, rel.end, rel.certainty,
                 key(rel.attributed_to or ""), rel.extractor, rel.version, run_id, doc_id))
            self._write_evidence(c, "relation", rel_id, rel.evidence, rel.extractor, rel.version,
                                 key(rel.attributed_to or ""), rel.certainty)
            ids["relation"].append(rel_id)
            _end_superseded(c, rel, rel_id, subject, obj, fallback_date)
        for cl in ext.claims:
            subject = _claim_subject(cl.subject_kind, cl.subject, key, ids)
            if subject is None:
                continue
            cur = c.execute("INSERT INTO claims (subject_kind, subject_id, attribute, value, certainty, attributed_to,"
                            " doc_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (cl.subject_kind, subject, cl.attribute, cl.value, cl.certainty,
                             key(cl.attributed_to or ""), doc_id))
            claim_id = str(cur.lastrowid)
            ev_id = self._write_evidence(c, "claim", claim_id, (cl.evidence,), "claims", "claims-0.1",
                                         key(cl.attributed_to or ""), cl.certainty)
            c.execute("UPDATE claims SET evidence_id = ? WHERE id = ?", (ev_id, claim_id))

    @staticmethod
    def _write_evidence(c: sqlite3.Connection, kind: str, owner: str, spans: tuple[Evidence, ...], extractor: str,
                        version: str, attributed_to: str | None, certainty: str | None) -> int | None:
        last = None
        for e in spans:
            cur = c.execute("INSERT INTO evidence (owner_kind, owner_id, doc_id, start_char, end_char, text,"
                            " attributed_to, certainty, extractor, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (kind, owner, e.doc, e.start, e.end, e.text, attributed_to, certainty, extractor,
                             version))
            last = cur.lastrowid
        return last

    @staticmethod
    def _touch_source(c: sqlite3.Connection, doc_id: str, source: str, external_id: str, now: str) -> None:
        c.execute("INSERT INTO document_sources (doc_id, source, external_id, first_seen, last_seen)"
                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (doc_id, source) DO UPDATE SET last_seen = excluded.last_seen",
                  (doc_id, source, external_id, now, now))

    def iter_documents(self, batch: int = 200) -> Iterator[dict[str, Any]]:
        """Every document with its duplicates and sources, streamed in insertion order."""
        cur = self.conn.execute(
            "SELECT d.*, (SELECT json_group_array(x) FROM (SELECT other_id AS x FROM duplicates WHERE doc_id = d.id"
            " UNION SELECT doc_id FROM duplicates WHERE other_id = d.id)) AS dups,"
            " (SELECT json_group_array(source) FROM document_sources WHERE doc_id = d.id) AS sources"
            " FROM documents d ORDER BY d.n")
        while rows := cur.fetchmany(batch):
            for r in rows:
                rec = dict(r)
                rec["duplicates"] = sorted(json.loads(rec.pop("dups") or "[]"))
                rec["sources"] = json.loads(rec.pop("sources") or "[]")
                yield rec

    def iter_entities(self) -> Iterator[dict[str, Any]]:
        """Every entity with its aliases and mentions, streamed."""
        cur = self.conn.execute(
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
        cur = self.conn.execute("SELECT doc_id, start_char, end_char, text, value, precision FROM timexes"
                                " ORDER BY doc_id, start_char")
        for r in cur:
            yield dict(r)

    def iter_events(self) -> Iterator[dict[str, Any]]:
        """Every event with its actors, source documents (each with its own figure) and evidence."""
        cur = self.conn.execute(
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
        """Every relation with its evidence, in the order they were stated."""
        cur = self.conn.execute(
            "SELECT r.*, (SELECT json_group_array(json_object('doc', doc_id, 'start', start_char, 'end', end_char,"
            " 'text', text)) FROM (SELECT * FROM evidence WHERE owner_kind = 'relation' AND owner_id = r.id"
            " ORDER BY id)) AS evidence_list FROM relations r ORDER BY r.rowid")
        for r in cur:
            rec = dict(r)
            rec["evidence"] = json.loads(rec.pop("evidence_list") or "[]")
            yield rec

    def iter_claims(self) -> Iterator[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT cl.*, ev.start_char, ev.end_char, ev.text AS evidence_text, d.outlet, d.published"
            " FROM claims cl LEFT JOIN evidence ev ON ev.id = cl.evidence_id JOIN documents d ON d.id = cl.doc_id"
            " ORDER BY cl.subject_kind, cl.subject_id, cl.attribute, cl.id")
        for r in cur:
            yield dict(r)

    # ------------------------------------------------------------ reads for resolution

    def entities_by_alias_keys(self, keys: list[str], type_: str | None = None,
                               limit: int | None = None) -> list[dict[str, Any]]:
        """Entities having any of the alias ``keys`` (see ``alias_key``), with the keys they matched; only of
        ``type_`` when given, and at most ``limit`` of them (enough to tell one from several in a crowded block)."""
        if not keys:
            return []
        marks = ", ".join("?" for _ in keys)
        ids = [r[0] for r in self.conn.execute(
            f"SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id"
            f" WHERE a.key IN ({marks}) AND (? IS NULL OR e.type = ?) LIMIT ?",
            [*keys, type_, type_, -1 if limit is None else limit])]
        if not ids:
            return []
        rows = self.conn.execute(
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
        return int(_next_id(self.conn, "entities", "e")[1:])

    # ------------------------------------------------------------ analyst corrections

    def corrections(self) -> list[dict[str, Any]]:
        """Every recorded correction, oldest first, with its arguments decoded."""
        rows = self.conn.execute("SELECT * FROM corrections ORDER BY id").fetchall()
        return [dict(r) | {"args": json.loads(r["args"])} for r in rows]

    def apply_correction(self, action: str, args: dict[str, Any], author: str, note: str | None = None) -> int:
        """Record an analyst's decision and carry it out on the base, in one transaction."""
        with self.transaction() as c:
            cur = c.execute("INSERT INTO corrections (action, args, author, at, note) VALUES (?, ?, ?, ?, ?)",
                            (action, json.dumps(args, sort_keys=True), author, utcnow(), note))
            if action == "merge":
                _merge_entities(c, args["keep"], args["gone"])
            elif action == "split":
                _split_entity(c, args["entity"], args["alias"], args["new_id"])
            elif action == "rename":
                c.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) SELECT id, name, ?,"
                          " 'analyst' FROM entities WHERE id = ?",
                          (alias_key(str(self._name_of(c, args["entity"]))), args["entity"]))
                c.execute("UPDATE entities SET name = ? WHERE id = ?", (args["name"], args["entity"]))
            elif action == "alias":
                c.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, 'analyst')",
                          (args["entity"], args["alias"], alias_key(args["alias"])))
            else:
                raise ValueError(f"unknown correction {action!r}")
            return int(cur.lastrowid or 0)

    @staticmethod
    def _name_of(c: sqlite3.Connection, entity_id: str) -> str | None:
        row = c.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return None if row is None else str(row[0])

    def events_between(self, start: str, end: str, event_type: str | None = None) -> list[dict[str, Any]]:
        """Events whose date falls in [start, end] (ISO), with their actors and location, for coreference."""
        rows = self.conn.execute(
            "SELECT e.*, (SELECT json_group_array(entity_id) FROM event_actors WHERE event_id = e.id) AS actor_ids"
            " FROM events e WHERE e.date_start BETWEEN ? AND ? AND (? IS NULL OR e.type = ?)",
            (start, end, event_type, event_type))
        out = []
        for r in rows:
            rec = dict(r)
            rec["actor_ids"] = json.loads(rec["actor_ids"] or "[]")
            out.append(rec)
        return out

    def search_documents(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '...', 12) AS snippet"
            " FROM documents_fts JOIN documents d ON d.n = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit))
        return [dict(r) for r in rows]

    # ------------------------------------------------------------ summaries

    def stats(self) -> dict[str, Any]:
        one = self.conn.execute
        counts = {t: one(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
            "documents", "document_sources", "entities", "mentions", "timexes", "events", "relations",
            "ingest_problems", "runs")}
        counts["near_duplicates"] = one("SELECT count(*) FROM duplicates WHERE kind = 'near'").fetchone()[0]
        span = one("SELECT min(published), max(published), count(published) FROM documents").fetchone()
        outlets = one("SELECT outlet, count(*) AS n FROM documents WHERE outlet IS NOT NULL GROUP BY outlet"
                      " ORDER BY n DESC, outlet LIMIT 10").fetchall()
        last = one("SELECT id, command, status, started_at, finished_at, counts FROM runs ORDER BY id DESC"
                   " LIMIT 1").fetchone()
        return {
            "db": self.path,
            "schema": [m["name"] for m in self.applied_migrations()],
            "counts": counts,
            "published": {"first": span[0], "last": span[1], "dated_documents": span[2]},
            "outlets": {r["outlet"]: r["n"] for r in outlets},
            "last_run": dict(last) | {"counts": json.loads(last["counts"])} if last else None,
        }

    def integrity_check(self) -> list[str]:
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
        problems += [str(tuple(r)) for r in self.conn.execute("PRAGMA foreign_key_check")]
        return [p for p in problems if p != "ok"]


def _next_id(c: sqlite3.Connection, table: str, prefix: str) -> str:
    n = c.execute(f"SELECT coalesce(max(CAST(substr(id, {len(prefix) + 1}) AS INTEGER)), 0) + 1 FROM {table}"
                  f" WHERE +id GLOB '{prefix}[0-9]*'").fetchone()[0]  # "+id": read the number index (0004)
    return f"{prefix}{n}"


def _dictionary_keys(kb: KnowledgeBase, prep: PreparedDocument) -> Resolution:
    """The resolution used when none is given: dictionary keys are entity ids; other mentions stay unlinked."""
    from sitrep.records import ResolvedEntity

    res = Resolution()
    for m in prep.annotations.mentions:
        if m.entity_key is not None and not m.entity_key.startswith("doc:"):
            res.keys[m.entity_key] = m.entity_key
            res.entities.append(ResolvedEntity(id=m.entity_key, type=m.type, name=m.name or m.text, new=True,
                                               aliases=(m.text,)))
    return res


def _end_superseded(c: sqlite3.Connection, rel: RelationRecord, rel_id: str, subject: str, obj: str | None,
                    fallback_date: str | None) -> None:
    """A relation that changes an older one (a defection, a new holder of a post, control passing) ends it;
    the old row is kept with its end and ``superseded_by``."""
    from sitrep.resolve.relations import supersede

    cols = ("id", "predicate", "subject_id", "object_id", "role", "start_date", "end_date", "certainty",
            "object_type")
    rows = [dict(zip(cols, r, strict=True)) for r in c.execute(
        "SELECT r.id, r.predicate, r.subject_id, r.object_id, r.role, r.start_date, r.end_date, r.certainty,"
        " e.type FROM relations r LEFT JOIN entities e ON e.id = r.object_id"
        " WHERE r.end_date IS NULL AND r.id != ? AND (r.subject_id = ? OR r.object_id = ?)",
        (rel_id, subject, obj))]
    otype = c.execute("SELECT type FROM entities WHERE id = ?", (obj,)).fetchone() if obj else None
    for old_id, end in supersede(rows, rel, subject, obj, object_type=otype[0] if otype else None,
                                 fallback_date=fallback_date):
        c.execute("UPDATE relations SET end_date = ?, superseded_by = ? WHERE id = ? AND end_date IS NULL",
                  (end, rel_id, old_id))


def _claim_subject(kind: str, subject: str, key: Callable[[str], str | None],
                   ids: dict[str, list[str | None]]) -> str | None:
    """A claim's subject in the base: an entity's id, or the id the document's n-th event/relation was stored as."""
    if kind == "entity":
        return key(subject)
    index = int(subject) if subject.isdigit() else -1
    return ids[kind][index] if 0 <= index < len(ids[kind]) else None


def _merge_entities(c: sqlite3.Connection, keep: str, gone: str) -> None:
    """Everything that pointed at ``gone`` points at ``keep``; ``gone`` is removed."""
    c.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) SELECT ?, alias, key, origin FROM aliases"
              " WHERE entity_id = ?", (keep, gone))
    c.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) SELECT ?, name, lower(name), 'analyst'"
              " FROM entities WHERE id = ?", (keep, gone))
    c.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (keep, gone))
    c.execute("INSERT OR IGNORE INTO event_actors (event_id, entity_id, role) SELECT event_id, ?, role"
              " FROM event_actors WHERE entity_id = ?", (keep, gone))
    c.execute("UPDATE events SET location_id = ? WHERE location_id = ?", (keep, gone))
    c.execute("UPDATE events SET attributed_to = ? WHERE attributed_to = ?", (keep, gone))
    for col in ("subject_id", "object_id", "attributed_to"):
        c.execute(f"UPDATE relations SET {col} = ? WHERE {col} = ?", (keep, gone))
    c.execute("UPDATE claims SET subject_id = ? WHERE subject_kind = 'entity' AND subject_id = ?", (keep, gone))
    c.execute("UPDATE entity_merges SET entity_id = ? WHERE entity_id = ?", (keep, gone))
    c.execute("DELETE FROM entities WHERE id = ?", (gone,))


def _split_entity(c: sqlite3.Connection, entity: str, alias: str, new_id: str) -> None:
    """Mentions of ``entity`` written as ``alias`` become the new entity ``new_id``."""
    key = alias_key(alias)
    c.execute("INSERT INTO entities (id, type, name, country, attrs, created_at) SELECT ?, type, ?, country, '{}', ?"
              " FROM entities WHERE id = ?", (new_id, alias, utcnow(), entity))
    c.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND lower(text) = ?", (new_id, entity, key))
    c.execute("DELETE FROM aliases WHERE entity_id = ? AND key = ?", (entity, key))
    c.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, 'analyst')",
              (new_id, alias, key))


def _with_id(doc: Document, new_id: str) -> Document:
    return replace(doc, id=new_id)


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

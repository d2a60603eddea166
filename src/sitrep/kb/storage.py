"""SQLite storage: the only module of sitrep that speaks SQL.

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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

from sitrep.errors import SitrepError
from sitrep.ingest import dedup
from sitrep.records import Annotations, Document, IngestOutcome, Problem

EXTRACTION_TABLES = ("mentions", "timexes", "evidence", "claims", "event_sources")


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


class KnowledgeBase:
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

    def add_document(self, prep: PreparedDocument, run_id: int | None, near_threshold: float) -> IngestOutcome:
        """Store one document in one transaction, deciding whether it is new, changed or a copy."""
        with self.transaction() as c:
            return self._add_document(c, prep, run_id, near_threshold)

    def _add_document(self, c: sqlite3.Connection, prep: PreparedDocument, run_id: int | None,
                      near_threshold: float) -> IngestOutcome:
        doc, now = prep.doc, utcnow()
        row = c.execute("SELECT id, source, text_sha256 FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row is not None:
            if row["text_sha256"] == prep.text_key:
                self._touch_source(c, doc.id, doc.source, doc.id, now)
                return IngestOutcome("unchanged", doc.id, doc.source)
            if row["source"] == doc.source:
                self._replace(c, prep, run_id, now)
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
        self._insert(c, prep, run_id, now, near_id)
        if near_id is not None:
            c.execute("INSERT OR REPLACE INTO duplicates VALUES (?, ?, 'near', ?)", (doc.id, near_id, sim))
            return IngestOutcome("near-duplicate", doc.id, doc.source, duplicate_of=near_id, similarity=sim)
        return IngestOutcome("added", doc.id, doc.source)

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
                duplicate_of: str | None) -> None:
        d = prep.doc
        c.execute(
            "INSERT INTO documents (id, source, url, format, title, outlet, published, published_from, byline,"
            " dateline, lang, encoding, text, text_sha256, minhash, duplicate_of, dropped_lines, run_id,"
            " ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (d.id, d.source, d.url, d.format, d.title, d.outlet, d.published, d.published_from, d.byline,
             d.dateline, d.lang, d.encoding, d.text, prep.text_key, prep.minhash, duplicate_of, d.dropped_lines,
             run_id, now, now))
        self._write_dependents(c, prep, run_id, now)

    def _replace(self, c: sqlite3.Connection, prep: PreparedDocument, run_id: int | None, now: str) -> None:
        """A changed version of a document read from the same input: its old extractions go with it."""
        d = prep.doc
        for table in EXTRACTION_TABLES:
            c.execute(f"DELETE FROM {table} WHERE doc_id = ?", (d.id,))
        c.execute("DELETE FROM minhash_bands WHERE doc_id = ?", (d.id,))
        c.execute(
            "UPDATE documents SET url = ?, format = ?, title = ?, outlet = ?, published = ?, published_from = ?,"
            " byline = ?, dateline = ?, lang = ?, encoding = ?, text = ?, text_sha256 = ?, minhash = ?,"
            " dropped_lines = ?, run_id = ?, updated_at = ? WHERE id = ?",
            (d.url, d.format, d.title, d.outlet, d.published, d.published_from, d.byline, d.dateline, d.lang,
             d.encoding, d.text, prep.text_key, prep.minhash, d.dropped_lines, run_id, now, d.id))
        self._write_dependents(c, prep, run_id, now)

    def _write_dependents(self, c: sqlite3.Connection, prep: PreparedDocument, run_id: int | None, now: str) -> None:
        """What hangs off a stored document: its source row, MinHash bands and annotations."""
        d = prep.doc
        self._touch_source(c, d.id, d.source, d.id, now)
        c.executemany("INSERT OR IGNORE INTO minhash_bands (band, key, doc_id) VALUES (?, ?, ?)",
                      [(b, k, d.id) for b, k in prep.bands])
        self._write_annotations(c, d.id, prep.annotations, run_id, now)

    @staticmethod
    def _write_annotations(c: sqlite3.Connection, doc_id: str, ann: Annotations, run_id: int | None,
                           now: str) -> None:
        """Mentions and time expressions of one document; mentions with a known key get their entity."""
        for m in ann.mentions:
            if m.entity_key is not None:
                c.execute("INSERT OR IGNORE INTO entities (id, type, name, run_id, created_at) VALUES (?, ?, ?, ?, ?)",
                          (m.entity_key, m.type, m.name or m.text, run_id, now))
                c.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, 'mention')",
                          (m.entity_key, m.text, " ".join(m.text.lower().split())))
        c.executemany(
            "INSERT INTO mentions (doc_id, start_char, end_char, text, type, entity_id, sent_start, sent_end,"
            " extractor, version, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, m.start, m.end, m.text, m.type, m.entity_key, m.sent_start, m.sent_end, m.extractor,
              m.version, run_id) for m in ann.mentions])
        c.executemany(
            "INSERT INTO timexes (doc_id, start_char, end_char, text, value, precision, anchor, extractor, version,"
            " run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, t.start, t.end, t.text, t.value, t.precision, t.anchor, t.extractor, t.version, run_id)
             for t in ann.timexes])

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
            rec["aliases"] = sorted(set(json.loads(rec.pop("alias_list") or "[]")) - {rec["name"]})
            rec["mentions"] = json.loads(rec.pop("mention_list") or "[]")
            rec["geo"] = json.loads(rec["geo"]) if rec.get("geo") else None
            yield rec

    def iter_timexes(self) -> Iterator[dict[str, Any]]:
        cur = self.conn.execute("SELECT doc_id, start_char, end_char, text, value, precision FROM timexes"
                                " ORDER BY doc_id, start_char")
        for r in cur:
            yield dict(r)

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

"""Named, recorded schema migrations: ``kb/migrations/NNNN_name.sql``, applied in order.

Each migration runs in its own transaction together with its record in ``_migrations`` (name, checksum, time),
so a base is always at one named version. A base that has applied a migration this sitrep does not know is newer
than it and refused (E502); a database without ``_migrations`` but with tables is another program's (E504).

A PostgreSQL base applies ``kb/migrations/postgresql/NNNN_name.sql``: the same names, the same tables and columns
in PostgreSQL's dialect, recorded the same way (with that file's checksum). There each migration's transaction
takes the writers' lock first, so processes opening a new base at once apply every migration exactly once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sitrep.errors import SitrepError
from sitrep.kb.db import Database


def utcnow() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def migrations(dialect: str = "sqlite") -> list[Migration]:
    """Every migration shipped with sitrep for ``dialect``, in the order they apply."""
    folder = resources.files("sitrep.kb") / "migrations"
    if dialect != "sqlite":
        folder = folder / dialect
    found = [Migration(p.name.removesuffix(".sql"), p.read_text("utf-8"))
             for p in folder.iterdir() if p.name.endswith(".sql")]
    return sorted(found, key=lambda m: m.name)


def migrate(db: Database) -> list[str]:
    """Apply pending migrations; return their names."""
    tables = db.tables()
    if tables and "_migrations" not in tables:
        raise SitrepError("E504", detail=db.path)
    if getattr(db, "read_only", False):
        return _check_read_only(db, tables)
    if db.dialect != "sqlite":
        return _migrate_locked(db)
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL,"
               " applied_at TEXT NOT NULL)")
    done = {r["name"] for r in db.execute("SELECT name FROM _migrations")}
    known = migrations()
    unknown = done - {m.name for m in known}
    if unknown:
        raise SitrepError("E502", db.path, detail=db.path, version=max(unknown))
    applied = []
    for m in known:
        if m.name in done:
            continue
        # the explicit BEGIN/COMMIT make the migration and its record one transaction
        db.script(f"BEGIN IMMEDIATE;\n{m.sql}\nINSERT INTO _migrations VALUES "
                  f"('{m.name}', '{m.checksum}', '{utcnow()}');\nCOMMIT;")
        applied.append(m.name)
    return applied


def _migrate_locked(db: Database) -> list[str]:
    """Migrations as one transaction each under the writers' lock, re-reading what is applied inside it."""
    known = migrations(db.dialect)
    with db.transaction():
        db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL,"
                   " applied_at TEXT NOT NULL)")
        unknown = {r["name"] for r in db.execute("SELECT name FROM _migrations")} - {m.name for m in known}
    if unknown:
        raise SitrepError("E502", db.path, detail=db.path, version=max(unknown))
    applied = []
    for m in known:
        with db.transaction():
            if db.execute("SELECT 1 FROM _migrations WHERE name = ?", (m.name,)).fetchone():
                continue
            db.script(m.sql)
            db.execute("INSERT INTO _migrations VALUES (?, ?, ?)", (m.name, m.checksum, utcnow()))
        applied.append(m.name)
    return applied


def _check_read_only(db: Database, tables: set[str]) -> list[str]:
    """A read-only base can be read when it is at this sitrep's schema; one that needs a migration cannot."""
    done = {r["name"] for r in db.execute("SELECT name FROM _migrations")} if tables else set()
    known = {m.name for m in migrations(db.dialect)}
    if done - known:
        raise SitrepError("E502", db.path, detail=db.path, version=max(done - known))
    if known - done:
        raise SitrepError("E507", db.path, detail=db.path)
    return []


def applied_migrations(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.execute("SELECT * FROM _migrations ORDER BY name")]

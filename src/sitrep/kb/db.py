"""The one interface through which sitrep speaks SQL, and its SQLite implementation.

Every module of ``kb/`` reads and writes through a :class:`Database`: ``execute`` and ``executemany`` (rows come
back as mappings by column name), ``transaction`` (one writer transaction, taken at its start), ``script`` (a
migration's statements) and ``close``. :class:`SQLiteDatabase` is the embedded store: WAL journal, foreign keys
on, a 30 s wait for another writer's lock. A PostgreSQL backend implements the same protocol; the SQL that the
other modules send is the portable core plus SQLite's JSON functions, which the backend translates.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from sitrep.errors import SitrepError

LOCK_WAIT_S = 30


Cursor = Any  # what ``execute`` returns: iterable rows, ``fetchone``/``fetchall``/``fetchmany``, ``lastrowid``


class Database(Protocol):
    """A connection to one knowledge base."""

    path: str

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Cursor: ...
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Cursor: ...
    def script(self, sql: str) -> None: ...
    def transaction(self) -> Any: ...
    def tables(self) -> set[str]: ...
    def close(self) -> None: ...


class SQLiteDatabase:
    """One SQLite connection in autocommit mode; ``transaction()`` opens an immediate (writer) transaction."""

    def __init__(self, path: str | Path, create: bool = True) -> None:
        """Open the base at ``path``; with ``create=False`` a missing file is an error (E503), not a new base."""
        self.path = str(path)
        if self.path != ":memory:" and not Path(self.path).exists():
            if not create:
                raise SitrepError("E503", detail=self.path)
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=LOCK_WAIT_S)
        try:
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_S * 1000}")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise SitrepError("E501", self.path, detail=f"{self.path}: {exc}") from None

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def script(self, sql: str) -> None:
        """Run a script of statements as written (it carries its own BEGIN/COMMIT); on error nothing stays open."""
        try:
            self.conn.executescript(sql)
        except sqlite3.Error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    @contextmanager
    def transaction(self) -> Iterator[SQLiteDatabase]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def tables(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def close(self) -> None:
        self.conn.close()


def next_id(db: Database, table: str, prefix: str) -> str:
    """The next free id ``<prefix>N`` of ``table`` (events ``vN``, relations ``rN``, entities ``eN``)."""
    n = db.execute(f"SELECT coalesce(max(CAST(substr(id, {len(prefix) + 1}) AS INTEGER)), 0) + 1 FROM {table}"
                   f" WHERE +id GLOB '{prefix}[0-9]*'").fetchone()[0]  # "+id": read the number index (0004)
    return f"{prefix}{n}"

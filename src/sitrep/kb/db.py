"""The one interface through which sitrep speaks SQL, and its SQLite implementation.

Every module of ``kb/`` reads and writes through a :class:`Database`: ``execute`` and ``executemany`` (rows come
back as mappings by column name), ``stream`` (a query's rows fetched a batch at a time: what exports read),
``transaction`` (one writer transaction, taken at its start; inside an open one, a savepoint: ingest commits
documents by batches, each document a savepoint), ``script`` (a migration's statements) and ``close``.
:class:`SQLiteDatabase` is the embedded store: WAL journal, foreign keys on, a 30 s wait for another writer's
lock. :class:`sitrep.kb.postgres.PostgresDatabase` implements the same protocol over a PostgreSQL server
(``postgresql://`` URLs, see :func:`open_database`); the SQL that the other modules send is SQLite's, which that
backend translates, and the few statements that differ beyond translation
(the next free id, integrity checks) are methods of each backend.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from sitrep import settings
from sitrep.errors import SitrepError

Cursor = Any  # what ``execute`` returns: iterable rows, ``fetchone``/``fetchall``/``fetchmany``, ``lastrowid``
STREAM_BATCH = 500  # rows fetched at a time by ``stream`` (what an export holds of a query's result)


class Database(Protocol):
    """A connection to one knowledge base."""

    path: str
    read_only: bool
    dialect: str  # "sqlite" | "postgresql"
    errors: tuple[type[Exception], ...]  # what the driver raises
    integrity_error: type[Exception]  # a key or check refused a row

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Cursor: ...
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Cursor: ...
    def stream(self, sql: str, params: Sequence[Any] = (), batch: int = ...) -> Iterator[Any]: ...
    def script(self, sql: str) -> None: ...
    def transaction(self) -> Any: ...
    def snapshot(self) -> Any: ...
    def generation(self) -> int | None: ...
    def tables(self) -> set[str]: ...
    def next_id_sql(self, table: str, prefix: str) -> str: ...
    def integrity_problems(self) -> list[str]: ...
    def about_the_document(self, exc: Exception) -> bool: ...
    def close(self) -> None: ...


def open_database(path: str | Path, create: bool = True, read_only: bool = False) -> Database:
    """The base at ``path``: a ``postgresql://`` URL is a PostgreSQL database, anything else a SQLite file.
    ``read_only`` (a reader beside a writer) is honoured by SQLite; a PostgreSQL reader relies on the server."""
    if isinstance(path, str) and path.startswith(("postgresql://", "postgres://")):
        from sitrep.kb.postgres import PostgresDatabase  # psycopg is imported only for a PostgreSQL base

        return PostgresDatabase(path, create=create)
    return SQLiteDatabase(path, create=create, read_only=read_only)


class SQLiteDatabase:
    """One SQLite connection in autocommit mode; ``transaction()`` opens an immediate (writer) transaction."""

    dialect = "sqlite"
    errors: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlite3.InterfaceError)
    integrity_error: type[Exception] = sqlite3.IntegrityError

    def __init__(self, path: str | Path, create: bool = True, read_only: bool = False) -> None:
        """Open the base at ``path``; with ``create=False`` a missing file is an error (E503), not a new base.

        A base whose file or folder this process may not write is opened read-only (reads work; a write raises
        E506), and so is one asked for with ``read_only`` (a reader beside a writer: ``sitrep serve``). Any
        failure to open becomes a ``SitrepError`` naming the path, never a traceback.
        """
        self.path = str(path)
        self.lock_wait = settings.get_float("lock_wait")
        self.depth = 0  # savepoints open inside the current transaction
        memory = self.path == ":memory:"
        if not memory and not Path(self.path).exists():
            if not create:
                raise SitrepError("E503", detail=self.path)
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise SitrepError("E501", self.path, detail=f"cannot create {self.path}: {exc}") from None
        self.read_only = not memory and (read_only or (not create and not _writable(Path(self.path))))
        try:
            self.conn = self._connect()
        except sqlite3.OperationalError as exc:
            if create or self.read_only or "readonly" not in str(exc).lower():
                raise SitrepError("E501", self.path, detail=f"cannot open {self.path}: {exc}") from None
            self.read_only = True  # a file system that refuses writes whatever the permission bits say
            self.conn = self._connect()
        except sqlite3.Error as exc:
            raise SitrepError("E501", self.path, detail=f"cannot open {self.path}: {exc}") from None

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            uri = f"{Path(self.path).resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=self.lock_wait)
        else:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=self.lock_wait)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {int(self.lock_wait * 1000)}")
            if self.path != ":memory:" and not self.read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a file that is no database fails here
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def stream(self, sql: str, params: Sequence[Any] = (), batch: int = STREAM_BATCH) -> Iterator[sqlite3.Row]:
        """The rows of a query read ``batch`` at a time (SQLite steps through the result as it is fetched): what
        exports read, so their memory does not grow with the base."""
        cur = self.conn.execute(sql, params)
        try:
            while rows := cur.fetchmany(batch):
                yield from rows
        finally:
            cur.close()

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
        """One writer transaction; another writer's lock held past the wait is E505, a read-only base E506.
        Inside an open transaction (a batch of documents) it is a savepoint: on error only its own writes are
        undone, and they are committed with the enclosing transaction."""
        if self.read_only:
            raise SitrepError("E506", self.path, detail=self.path)
        if self.conn.in_transaction:
            with self._savepoint():
                yield self
            return
        with _lock_errors(self):
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            with _lock_errors(self):
                yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        with _lock_errors(self):
            self.conn.execute("COMMIT")

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self.depth += 1
        name = f"sitrep_{self.depth}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            with _lock_errors(self):
                yield
        except BaseException:
            if self.conn.in_transaction:  # SQLite may have ended the whole transaction itself (a full disk)
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        else:
            self.conn.execute(f"RELEASE {name}")
        finally:
            self.depth -= 1

    @contextmanager
    def snapshot(self) -> Iterator[SQLiteDatabase]:
        """One read transaction: every read inside sees the base as it was at the first one (WAL snapshot)."""
        self.conn.execute("BEGIN DEFERRED")
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def generation(self) -> int | None:
        """A number that changes whenever another connection (any process) commits to the base, for caches of
        what was read (``PRAGMA data_version``); inside a snapshot, the snapshot's. None on a connection that
        may write, whose own commits would not change it."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0]) if self.read_only else None

    def tables(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def next_id_sql(self, table: str, prefix: str) -> str:
        """The next free number of ``<prefix>N`` ids; "+id" makes SQLite read the number index (0004)."""
        return (f"SELECT coalesce(max(CAST(substr(id, {len(prefix) + 1}) AS INTEGER)), 0) + 1 FROM {table}"
                f" WHERE +id GLOB '{prefix}[0-9]*'")

    def integrity_problems(self) -> list[str]:
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
        problems += [str(tuple(r)) for r in self.conn.execute("PRAGMA foreign_key_check")]
        return [p for p in problems if p != "ok"]

    def about_the_document(self, exc: Exception) -> bool:
        """Errors a document's own values cause (too big a string or blob, too many variables), not the base's
        state: anything but an operational error, or one of those."""
        if not isinstance(exc, sqlite3.OperationalError):
            return True
        text = str(exc).lower()
        return any(t in text for t in ("too big", "too many", "too long"))

    def close(self) -> None:
        self.conn.close()


@contextmanager
def _lock_errors(db: SQLiteDatabase) -> Iterator[None]:
    """SQLite's "database is locked" after the wait (another writer kept the base) as E505."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise SitrepError("E505", db.path, detail=db.path, seconds=f"{db.lock_wait:g}") from None
        if "readonly" in text or "read-only" in text:
            raise SitrepError("E506", db.path, detail=db.path) from None
        raise


def _writable(path: Path) -> bool:
    """Whether this process may write the base and its folder (for the WAL and shared-memory files)."""
    return os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK)


def next_id(db: Database, table: str, prefix: str) -> str:
    """The next free id ``<prefix>N`` of ``table`` (events ``vN``, relations ``rN``, entities ``eN``)."""
    n = db.execute(db.next_id_sql(table, prefix)).fetchone()[0]
    return f"{prefix}{n}"

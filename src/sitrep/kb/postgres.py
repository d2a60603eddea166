"""The PostgreSQL backend of :class:`sitrep.kb.db.Database`: the same protocol as the SQLite store, over psycopg 3.

The other modules of ``kb/`` write SQLite's SQL; :func:`translate` adapts the few differences of dialect, once
per distinct statement (cached): ``?`` and ``?N`` placeholders become psycopg's, ``INSERT OR IGNORE`` becomes
``INSERT ... ON CONFLICT DO NOTHING``, ``json_group_array``/``json_object`` become ``json_agg``/
``json_build_object``, ``LIKE`` (case-blind for ASCII in SQLite) becomes ``ILIKE``, and an insert into a table
with a generated integer key returns it (``lastrowid``). The schema is PostgreSQL's own migrations
(``kb/migrations/postgresql``, the same names as SQLite's); what cannot be translated (the next free id, full-text
search, integrity checks) is a method each backend implements.

Values are bound on the client (psycopg's ``ClientCursor``), as literals PostgreSQL types from their context the
way SQLite's dynamic typing does. Rows come back as tuples that are also mappings by column name (like
``sqlite3.Row``); the "rowid" column that keeps SQLite's insertion order on four tables is left out of them.
JSON comes back as text, whole numbers as ``int``. ``execute`` fetches a result whole; ``stream`` (the exports'
reads) fetches it a batch at a time from a server-side cursor, so an export's memory does not grow with the base.

Writers are serialized as SQLite serializes them: ``transaction()`` takes a transaction-level advisory lock
before its first statement, so the reads a document's resolution makes cannot change before its writes commit,
and several ``sitrep ingest`` processes can write one base at once (their language stages run in parallel; the
stores take turns). A lock held past ``lock_wait`` seconds is E505, as with SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import ClientCursor, errors, sql
from psycopg.adapt import Loader
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.pq import TransactionStatus
from psycopg.types.string import TextLoader

from sitrep import settings
from sitrep.errors import SitrepError
from sitrep.kb.db import STREAM_BATCH

SCHEMES = ("postgresql://", "postgres://")
LOCK_KEY = 0x5173_7265_7000  # the advisory lock every writer of a base takes ("sitrep" in a bigint)
SERIAL_KEYS = {"runs": "id", "ingest_problems": "id", "mentions": "id", "timexes": "id", "evidence": "id",
               "claims": "id", "corrections": "id", "entity_merges": "id", "documents": "n"}
HIDDEN = "rowid"

_TOKENS = re.compile(r"'(?:[^']|'')*'|\?(\d*)|%|\b(json_group_array|json_object|LIKE)\b", re.I)
_RENAME = {"json_group_array": "json_agg", "json_object": "json_build_object", "like": "ILIKE"}
_INSERT = re.compile(r"^\s*INSERT\s+(OR\s+IGNORE\s+)?INTO\s+(\w+)", re.I)
_ROWS = re.compile(r"^(\s*INSERT\s+INTO\s+\w+\s*\([^()]*\)\s*VALUES\s*)(\([^()]*\))((?: ON CONFLICT DO NOTHING)?)$",
                   re.I)
BATCH = 500  # rows of one multi-row INSERT
_SUBQUERY = re.compile(r"\b(FROM|JOIN)\s*\(\s*SELECT\b", re.I)
_AFTER = re.compile(r"\s*(\w*)")
_CLAUSES = {"", "where", "order", "group", "join", "left", "inner", "cross", "union", "limit", "on", "having",
            "window", "except", "intersect"}


def is_url(path: object) -> bool:
    """Whether ``path`` names a PostgreSQL base (``postgresql://...``) rather than a SQLite file."""
    return isinstance(path, str) and path.startswith(SCHEMES)


def shown(url: str) -> str:
    """``url`` without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


@lru_cache(maxsize=2048)
def translate(statement: str, many: bool = False) -> tuple[str, tuple[int, ...] | None, str | None]:
    """(PostgreSQL text, the 1-based parameter numbers for ``?N`` placeholders or None, the generated key the
    statement returns or None) of one SQLite statement."""
    numbers: list[int] = []

    def token(m: re.Match[str]) -> str:
        text = m.group(0)
        if text.startswith("'"):
            return text.replace("%", "%%")
        if text == "%":
            return "%%"
        if text.startswith("?"):
            if m.group(1):
                numbers.append(int(m.group(1)))
            return "%s"
        return _RENAME[text.lower()]

    statement = _alias_subqueries(statement)
    head = _INSERT.match(statement)
    body = statement
    if head and head.group(1):
        body = statement[:head.start(1)] + statement[head.end(1):] + " ON CONFLICT DO NOTHING"
    out = _TOKENS.sub(token, body)
    key = SERIAL_KEYS.get(head.group(2).lower()) if head and not many and "RETURNING" not in out.upper() else None
    if key:
        out += f" RETURNING {key}"
    return out, tuple(numbers) if numbers else None, key


def _alias_subqueries(statement: str) -> str:
    """Name every subquery in FROM that has no name (SQLite allows that; PostgreSQL before 16 does not)."""
    out, at, n = [], 0, 0
    for m in _SUBQUERY.finditer(statement):
        i, depth = statement.index("(", m.start()), 0
        while i < len(statement):
            c = statement[i]
            if c == "'":
                i = statement.index("'", i + 1)
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        nxt = _AFTER.match(statement, i + 1)
        if nxt and nxt.group(1).lower() in _CLAUSES:
            n += 1
            out += [statement[at:i + 1], f" AS _q{n}"]
            at = i + 1
    return "".join(out) + statement[at:]


def _bind(numbers: tuple[int, ...] | None, params: Sequence[Any] | dict[str, Any]) -> Sequence[Any]:
    if isinstance(params, dict):
        raise TypeError("named parameters are not used by sitrep's SQL")
    return [params[n - 1] for n in numbers] if numbers else list(params)


class _NumberLoader(Loader):
    """numeric -> int when whole (SQLite's integers), else float."""

    def load(self, data: Any) -> int | float:
        text = bytes(data)
        return int(text) if text.lstrip(b"-").isdigit() else float(text)


class Row(tuple[Any, ...]):
    """A result row: a tuple that is also a mapping by column name, as ``sqlite3.Row``."""

    _names: dict[str, int]

    def keys(self) -> list[str]:
        return list(self._names)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)


def _row_factory(cursor: Any) -> Any:
    names = [c.name for c in cursor.description or ()]
    keep = [i for i, n in enumerate(names) if n != HIDDEN]
    index = {names[i]: j for j, i in enumerate(keep)}
    whole = len(keep) == len(names)

    def make(values: Sequence[Any]) -> Row:
        row = Row(values if whole else [values[i] for i in keep])
        row._names = index
        return row
    return make


class _Written:
    """What ``executemany`` of multi-row inserts returns: ``rowcount``, the rows of every batch together (as
    SQLite's cursor sums them)."""

    def __init__(self, rowcount: int) -> None:
        self.rowcount = rowcount


class _Inserted:
    """The cursor of an insert that returned its generated key, with ``lastrowid`` as SQLite's cursors have."""

    def __init__(self, cursor: Any) -> None:
        row = cursor.fetchone()
        self.lastrowid = None if row is None else row[0]
        self.rowcount = cursor.rowcount

    def fetchone(self) -> None:
        return None

    def fetchall(self) -> list[Any]:
        return []

    def __iter__(self) -> Iterator[Any]:
        return iter(())


class PostgresDatabase:
    """One autocommit connection to a PostgreSQL database; ``transaction()`` is one serialized writer transaction."""

    dialect = "postgresql"
    errors: tuple[type[Exception], ...] = (psycopg.DatabaseError, psycopg.InterfaceError)
    integrity_error: type[Exception] = psycopg.IntegrityError
    read_only = False

    def __init__(self, url: str, create: bool = True) -> None:
        """Connect to the database ``url`` names; with ``create`` a missing database is created (as SQLite creates
        a missing file), without it a missing database is E503. Any other failure is E501 naming the base."""
        self.url, self.path = url, shown(url)
        self.lock_wait = settings.get_float("lock_wait")
        self.depth = 0  # savepoints open inside the current transaction
        self.streams = 0  # server-side cursors declared (each ``stream`` names its own)
        try:
            self.conn = self._connect()
        except psycopg.OperationalError as exc:
            if "does not exist" not in str(exc) or "database" not in str(exc):
                raise SitrepError("E501", self.path, detail=f"cannot open {self.path}: {_first_line(exc)}") from None
            if not create:
                raise SitrepError("E503", detail=self.path) from None
            self._create_database()
            self.conn = self._connect()

    def _connect(self) -> psycopg.Connection[Any]:
        conn = psycopg.connect(self.url, autocommit=True, cursor_factory=ClientCursor, row_factory=_row_factory,
                               application_name="sitrep", connect_timeout=int(max(self.lock_wait, 5)))
        for name in ("json", "jsonb"):
            conn.adapters.register_loader(name, TextLoader)
        conn.adapters.register_loader("numeric", _NumberLoader)
        conn.execute(f"SET lock_timeout = {int(self.lock_wait * 1000)}")
        return conn

    def _create_database(self) -> None:
        """CREATE DATABASE through the server's maintenance database (a concurrent creator's win is no error)."""
        params = conninfo_to_dict(self.url)
        name = str(params.get("dbname") or params.get("user") or "")
        try:
            with psycopg.connect(make_conninfo(self.url, dbname="postgres"), autocommit=True) as admin:
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except errors.DuplicateDatabase:
            pass
        except psycopg.Error as exc:
            raise SitrepError("E501", self.path, detail=f"cannot create {self.path}: {_first_line(exc)}") from None

    def execute(self, statement: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        text, numbers, key = translate(statement)
        with self._errors():
            cur = self.conn.execute(text, _bind(numbers, params))
        return _Inserted(cur) if key else cur

    def executemany(self, statement: str, rows: Iterable[Sequence[Any]]) -> Any:
        """One statement per row; an ``INSERT ... VALUES (...)`` as multi-row inserts of up to ``BATCH`` rows
        (one round trip each, not one per row)."""
        text, numbers, _ = translate(statement, many=True)
        values = [_bind(numbers, r) for r in rows]
        cur: ClientCursor[Any] = ClientCursor(self.conn)
        many = _ROWS.match(text)
        with self._errors():
            if many is None:
                cur.executemany(text, values)
                return cur
            head, _, tail = (part.replace("%%", "%") for part in many.groups())
            total = 0
            for i in range(0, len(values), BATCH):
                literals = ", ".join(cur.mogrify(many.group(2), v) for v in values[i:i + BATCH])
                cur.execute(head + literals + tail, prepare=False)  # literals only: no placeholders to parse
                total += max(cur.rowcount, 0)
        return _Written(total)

    def stream(self, statement: str, params: Sequence[Any] = (), batch: int = STREAM_BATCH) -> Iterator[Row]:
        """The rows of a query through a server-side cursor, ``batch`` rows per round trip: the client holds one
        batch, not the whole result (``execute`` fetches every row at once). Outside a transaction the cursor is
        declared ``WITH HOLD`` (the server keeps the result; no transaction stays open on the connection, so a
        writer's ``transaction()`` is unaffected); inside one (``snapshot()``) it reads that transaction's view.
        The cursor is closed when the rows are exhausted or the iteration is abandoned."""
        text, numbers, _ = translate(statement)
        query = ClientCursor(self.conn).mogrify(text, _bind(numbers, params))  # bound as ``execute`` binds them
        idle = self.conn.info.transaction_status == TransactionStatus.IDLE
        self.streams += 1
        cur = self.conn.cursor(f"sitrep_stream_{self.streams}", withhold=idle)
        try:
            with self._errors():
                cur.execute(query)
            while True:
                with self._errors():
                    rows = cur.fetchmany(batch)
                if not rows:
                    break
                yield from rows
        finally:
            if not self.conn.closed:
                cur.close()

    def script(self, statements: str) -> None:
        """Run PostgreSQL statements as written (a migration), inside the caller's transaction."""
        with self._errors():
            self.conn.execute(statements, prepare=False)

    @contextmanager
    def transaction(self) -> Iterator[PostgresDatabase]:
        """One writer transaction, serialized with every other writer of the base by an advisory lock. Inside an
        open transaction (a batch of documents) it is a savepoint: on error only its own writes are undone, and
        they are committed with the enclosing transaction."""
        if self.conn.info.transaction_status != TransactionStatus.IDLE:
            with self._savepoint():
                yield self
            return
        with self._errors():
            self.conn.execute("BEGIN")
            try:
                self.conn.execute(f"SELECT pg_advisory_xact_lock({LOCK_KEY})")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        try:
            yield self
        except BaseException:
            if not self.conn.closed:
                self.conn.execute("ROLLBACK")
            raise
        with self._errors():
            self.conn.execute("COMMIT")

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self.depth += 1
        name = f"sitrep_{self.depth}"
        with self._errors():
            self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if not self.conn.closed and self.conn.info.transaction_status != TransactionStatus.IDLE:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            with self._errors():
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
        finally:
            self.depth -= 1

    @contextmanager
    def snapshot(self) -> Iterator[PostgresDatabase]:
        """One read transaction: every read inside sees the base as it was at the first one."""
        self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        try:
            yield self
        finally:
            if not self.conn.closed:
                self.conn.execute("COMMIT")

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """The lock wait running out as E505, a refused write as E506, a lost server as E501."""
        try:
            yield
        except errors.LockNotAvailable:
            raise SitrepError("E505", self.path, detail=self.path, seconds=f"{self.lock_wait:g}") from None
        except (errors.InsufficientPrivilege, errors.ReadOnlySqlTransaction):
            raise SitrepError("E506", self.path, detail=self.path) from None
        except psycopg.OperationalError as exc:
            raise SitrepError("E501", self.path, detail=f"{self.path}: {_first_line(exc)}") from None

    def about_the_document(self, exc: Exception) -> bool:
        """Whether an error comes from a document's own values (the document is a problem, the batch goes on)."""
        return isinstance(exc, psycopg.DataError | psycopg.IntegrityError | ValueError | UnicodeError)

    def generation(self) -> int | None:
        """None: no write generation is tracked on PostgreSQL, so nothing read is cached."""
        return None

    def tables(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}

    def next_id_sql(self, table: str, prefix: str) -> str:
        """The next free number of ``<prefix>N`` ids, read from the index of migration 0004."""
        return f"SELECT coalesce(max((substring(id FROM '^{prefix}([0-9]+)')::numeric)), 0) + 1 FROM {table}"

    def search_sql(self, table: str) -> str:
        """Full-text search of documents (title, text) or evidence spans; parameters: query, query, limit."""
        if table == "documents":
            return ("SELECT 'document' AS kind, d.id AS doc, d.title, d.outlet, d.published, NULL AS owner_kind,"
                    " NULL AS owner_id, ts_headline('sitrep_text', d.text, q, ?) AS snippet,"
                    " -ts_rank(to_tsvector('sitrep_text', coalesce(d.title, '') || ' ' || d.text), q) AS rank"
                    " FROM documents d, CAST(? AS tsquery) q"
                    " WHERE to_tsvector('sitrep_text', coalesce(d.title, '') || ' ' || d.text) @@ q"
                    " ORDER BY rank, d.n LIMIT ?")
        return ("SELECT 'evidence' AS kind, ev.doc_id AS doc, d.title, d.outlet, d.published, ev.owner_kind,"
                " ev.owner_id, ts_headline('sitrep_text', ev.text, q, ?) AS snippet,"
                " -ts_rank(to_tsvector('sitrep_text', ev.text), q) AS rank"
                " FROM evidence ev JOIN documents d ON d.id = ev.doc_id, CAST(? AS tsquery) q"
                " WHERE to_tsvector('sitrep_text', ev.text) @@ q ORDER BY rank, ev.id LIMIT ?")

    def search(self, table: str, terms: list[str] | str, limit: int, words: int) -> list[Any]:
        """Rows of ``search_sql`` for ``terms`` (words and phrases that must all occur) or, given a string, a
        query in web-search syntax ("quoted phrases", ``or``, ``-word``)."""
        if isinstance(terms, str):
            q = self.execute("SELECT CAST(websearch_to_tsquery('sitrep_text', ?) AS text)", (terms,)).fetchone()[0]
        else:
            parts = [self.execute("SELECT CAST(phraseto_tsquery('sitrep_text', ?) AS text)", (t,)).fetchone()[0]
                     for t in terms]
            q = " & ".join(f"({p})" for p in parts if p)
        if not q:
            return []
        options = f"StartSel=[, StopSel=], MaxWords={words}, MinWords={max(words // 2, 1)}, FragmentDelimiter=…"
        return list(self.execute(self.search_sql(table), (options, q, limit)).fetchall())

    def integrity_problems(self) -> list[str]:
        """PostgreSQL enforces keys and checks on every write; a base it serves has none to report."""
        return []

    def close(self) -> None:
        self.conn.close()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]

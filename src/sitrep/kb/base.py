"""``KnowledgeBase``: an open base, the read side analysts and exports use.

It opens a :class:`~sitrep.kb.db.SQLiteDatabase`, applies pending migrations (``kb.schema``) and offers the reads
of ``kb.reads`` and the analysts' queries of ``kb.queries`` (as DataFrames: ``kb.frames``). Writes are plain
functions of ``kb.writes`` and ``kb.corrections`` over ``kb.db``, called by the orchestrator (``sitrep.pipeline``)
and the API. Every document is written in one transaction, so a crash or ``kill -9`` leaves the base as it was
before that document.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Any

from sitrep.errors import SitrepError
from sitrep.kb import schema
from sitrep.kb.db import SQLiteDatabase
from sitrep.kb.frames import Frames
from sitrep.kb.gazetteer import KBGazetteer
from sitrep.kb.reads import Reads
from sitrep.kb.show import Show


class KnowledgeBase(Reads, Show, Frames):
    """An open knowledge base. Use as a context manager, or call ``close()``."""

    db: SQLiteDatabase

    def __init__(self, path: str | Path, create: bool = True, read_only: bool = False) -> None:
        """Open the base at ``path``; with ``create=False`` a missing file is an error (E503), not a new base;
        ``read_only`` opens an existing base for reading only (its connection can never write)."""
        self.db = SQLiteDatabase(path, create=create and not read_only, read_only=read_only)
        self.path = self.db.path
        try:
            self.migrate()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise SitrepError("E501", self.path, detail=f"{self.path}: {exc}") from None
        except SitrepError:
            self.db.close()
            raise

    @property
    def conn(self) -> sqlite3.Connection:
        """The SQLite connection (for tests and tools that inspect the file)."""
        return self.db.conn

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def migrate(self) -> list[str]:
        """Apply pending migrations; return their names. Another program's database is refused (E504)."""
        return schema.migrate(self.db)

    def applied_migrations(self) -> list[dict[str, Any]]:
        return schema.applied_migrations(self.db)

    def gazetteer(self) -> KBGazetteer:
        """The gazetteer the user imported into this base."""
        return KBGazetteer(self.db.conn)

"""``KnowledgeBase``: an open base, the read side analysts and exports use.

It opens a :class:`~sitrep.kb.db.Database` (a SQLite file, or a PostgreSQL database for a ``postgresql://``
URL), applies pending migrations (``kb.schema``) and offers the reads
of ``kb.reads`` and the analysts' queries of ``kb.queries`` (as DataFrames: ``kb.frames``). Writes are plain
functions of ``kb.writes`` and ``kb.corrections`` over ``kb.db``, called by the orchestrator (``sitrep.pipeline``)
and the API. Every document is written in one transaction, so a crash or ``kill -9`` leaves the base as it was
before that document.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

from sitrep.errors import SitrepError
from sitrep.kb import schema
from sitrep.kb.db import Database, open_database
from sitrep.kb.frames import Frames
from sitrep.kb.gazetteer import KBGazetteer
from sitrep.kb.reads import Reads
from sitrep.kb.show import Show


class KnowledgeBase(Reads, Show, Frames):
    """An open knowledge base. Use as a context manager, or call ``close()``."""

    db: Database

    def __init__(self, path: str | Path, create: bool = True, read_only: bool = False) -> None:
        """Open the base at ``path`` (a file, or a ``postgresql://`` URL); with ``create=False`` a missing base is
        an error (E503), not a new one; ``read_only`` opens an existing SQLite base for reading only (its
        connection can never write)."""
        self.db = open_database(path, create=create and not read_only, read_only=read_only)
        self.path = self.db.path
        try:
            self.migrate()
        except self.db.errors as exc:
            self.db.close()
            raise SitrepError("E501", self.path, detail=f"{self.path}: {exc}") from None
        except SitrepError:
            self.db.close()
            raise

    @property
    def conn(self) -> Any:
        """The driver's connection (for tests and tools that inspect the base)."""
        return getattr(self.db, "conn", None)

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
        return KBGazetteer(self.db)

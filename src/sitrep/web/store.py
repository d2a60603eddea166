"""The server's connections to the knowledge base: one writer, and a read-only connection per worker thread.

SQLite in WAL mode lets readers go on while the writer writes: each read runs in its own snapshot on a
read-only connection (``reading``), so a page never waits for a correction or an ingest, and never sees half of
one. Corrections run on the one writer connection, owned by one thread, one at a time (``write``).
``generation`` tells whether anything was committed since it was last asked, ``changes`` what the commits
touched and ``searches_matched`` which searches their text may change (``web.cache``), on a read-only connection
of its own per thread.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from sitrep.kb import KnowledgeBase, changes
from sitrep.kb.db import Database, open_database

T = TypeVar("T")
MMAP_BYTES = 1 << 30  # of the base's file each read connection maps


class Store:
    """Connections to the base at ``path`` (which must exist); each opens on first use."""

    def __init__(self, path: str) -> None:
        self.path = path
        KnowledgeBase(path, create=False).close()  # applies pending migrations once, or fails now (E50x)
        self._local = threading.local()
        self._readers_lock = threading.Lock()
        self._readers: list[KnowledgeBase] = []
        self._watchers: list[Database] = []
        self._writer_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitrep-writer")
        self._writer: KnowledgeBase | None = None

    @contextmanager
    def reading(self) -> Iterator[KnowledgeBase]:
        """This thread's read-only connection, inside one snapshot of the base."""
        kb: KnowledgeBase | None = getattr(self._local, "kb", None)
        if kb is None:
            kb = KnowledgeBase(self.path, read_only=True)
            if kb.db.dialect == "sqlite":  # pages read through the OS's cache, not copied into each connection's own,
                kb.db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")  # which SQLite empties at every commit
            self._local.kb = kb
            with self._readers_lock:
                self._readers.append(kb)
        with kb.db.snapshot():
            yield kb

    def generation(self) -> int | None:
        """The base's write generation now (``Database.generation``), None where none is kept (PostgreSQL)."""
        return self._watch().generation()

    def changes(self, seq: int | None) -> tuple[int, frozenset[str]]:
        """The change log's position now and the tags touched after ``seq`` (``kb.changes``); without ``seq``,
        the position and ``*`` (anything may have changed)."""
        if seq is None:
            return changes.position(self._watch()), frozenset({changes.EVERYTHING})
        return changes.changed_since(self._watch(), seq)

    def searches_matched(self, touched: frozenset[str], words: set[str]) -> set[str]:
        """The searches among ``words`` that the rows named by ``touched`` may answer now
        (``kb.changes.searches_matched``)."""
        return changes.searches_matched(self._watch(), touched, words)

    def _watch(self) -> Database:
        """This thread's connection that watches the base for commits."""
        watch: Database | None = getattr(self._local, "watch", None)
        if watch is None:
            watch = open_database(self.path, create=False, read_only=True)
            self._local.watch = watch
            with self._readers_lock:
                self._watchers.append(watch)
        return watch

    def write(self, job: Callable[[KnowledgeBase], T]) -> T:
        """Run ``job`` on the writer connection, in the writer thread, after the writes queued before it."""
        return self._writer_thread.submit(self._run, job).result()

    def _run(self, job: Callable[[KnowledgeBase], T]) -> T:
        if self._writer is None:
            self._writer = KnowledgeBase(self.path, create=False)
        return job(self._writer)

    def close(self) -> None:
        if self._writer is not None:
            self._writer_thread.submit(self._writer.close).result()
        self._writer_thread.shutdown()
        with self._readers_lock:
            for conn in [*(kb.db for kb in self._readers), *self._watchers]:
                with contextlib.suppress(sqlite3.ProgrammingError):  # opened by another worker thread
                    conn.close()
            self._readers.clear()
            self._watchers.clear()

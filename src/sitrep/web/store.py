"""The server's connections to the knowledge base: one writer, and a read-only connection per worker thread.

SQLite in WAL mode lets readers go on while the writer writes: each read runs in its own snapshot on a
read-only connection (``reading``), so a page never waits for a correction or an ingest, and never sees half of
one. Corrections run on the one writer connection, owned by one thread, one at a time (``write``).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from sitrep.kb import KnowledgeBase

T = TypeVar("T")


class Store:
    """Connections to the base at ``path`` (which must exist); each opens on first use."""

    def __init__(self, path: str) -> None:
        self.path = path
        KnowledgeBase(path, create=False).close()  # applies pending migrations once, or fails now (E50x)
        self._local = threading.local()
        self._readers_lock = threading.Lock()
        self._readers: list[KnowledgeBase] = []
        self._writer_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitrep-writer")
        self._writer: KnowledgeBase | None = None

    @contextmanager
    def reading(self) -> Iterator[KnowledgeBase]:
        """This thread's read-only connection, inside one snapshot of the base."""
        kb: KnowledgeBase | None = getattr(self._local, "kb", None)
        if kb is None:
            kb = KnowledgeBase(self.path, read_only=True)
            self._local.kb = kb
            with self._readers_lock:
                self._readers.append(kb)
        with kb.db.snapshot():
            yield kb

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
            for kb in self._readers:
                with contextlib.suppress(sqlite3.ProgrammingError):  # opened by another worker thread
                    kb.close()
            self._readers.clear()

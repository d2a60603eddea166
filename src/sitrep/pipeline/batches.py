"""Batched commits: one writer transaction around several documents, each document a savepoint inside it.

Committing every document costs a round of the journal (and on a server, a network round trip and a flush);
committing a batch costs it once. What a crash can do stays the same: the base holds whole documents only (a
document is its savepoint, released or rolled back whole), and at most the open batch is lost, to be ingested
again by the next run (Ctrl-C commits the documents done). A batch closes after ``Batch.docs`` documents or
``Batch.seconds`` seconds, whichever comes first, so the write lock is never held long; the next one opens only
when the next document is ready to be stored, so the lock is free while a slow input is read or prepared.
"""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from sitrep.kb.db import Database


@dataclass(frozen=True)
class Batch:
    docs: int = 64
    seconds: float = 1.0


BATCH = Batch()


class Batches:
    """Use as a context manager; call ``open()`` before writing a document and ``done()`` after it."""

    def __init__(self, db: Database, batch: Batch) -> None:
        self.db, self.batch = db, batch
        self.tx: AbstractContextManager[Any] | None = None
        self.count, self.started = 0, 0.0

    def open(self) -> None:
        if self.tx is None:
            self.tx = self.db.transaction()
            self.tx.__enter__()
            self.count, self.started = 0, time.monotonic()

    def done(self) -> None:
        self.count += 1
        if self.count >= self.batch.docs or time.monotonic() - self.started >= self.batch.seconds:
            self._close(None, None, None)

    def _close(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        tx, self.tx = self.tx, None
        if tx is not None:
            tx.__exit__(et, ev, tb)

    def __enter__(self) -> Batches:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        """Commit at the end, and on Ctrl-C too (every document in the batch is whole: the one interrupted was
        rolled back to its savepoint); roll the batch back on any other error."""
        if et is not None and issubclass(et, KeyboardInterrupt):
            self._close(None, None, None)
        else:
            self._close(et, ev, tb)

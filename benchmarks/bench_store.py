"""CPU time of storage alone: resolution and writes (``pipeline.store``) of documents prepared beforehand.

    python benchmarks/bench_store.py [--docs 80] [--kind news] [--input FILE] [--rounds 5] [--prepared FILE]
                                     [--sql]

The documents (``sitrep bench``'s generated corpus, seed 21, or ``--input``, any input ``sitrep ingest`` reads) are
prepared once (cleaning, language layer, extraction: ``pipeline.prepare``; ``--prepared`` keeps them pickled for the
next run) and then stored ``--rounds`` times, each round into a new base, the way ``ingest`` stores them (batches
of documents, each document a savepoint). Printed: CPU seconds (this process's ``time.process_time``) of each
round; the first round pays for resolution's caches filling, so compare the minimum of the others between two trees
run in turns. ``--sql`` adds the CPU seconds spent in each kind of statement (``Database.execute``/``executemany``
wrapped), the 15 largest. Results: docs/performance.md (round 16).
"""

from __future__ import annotations

import argparse
import collections
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sitrep.bench.corpus import write_corpus
from sitrep.ingest.readers import iter_inputs
from sitrep.kb import KnowledgeBase, writes
from sitrep.kb.db import SQLiteDatabase
from sitrep.pipeline import prepare
from sitrep.pipeline.batches import BATCH, Batches
from sitrep.pipeline.store import store
from sitrep.records import PreparedDocument, RawItem


def prepared(args: argparse.Namespace, work: Path) -> list[PreparedDocument]:
    kept = Path(args.prepared) if args.prepared else None
    if kept is not None and kept.exists():
        docs: list[PreparedDocument] = pickle.loads(kept.read_bytes())
        return docs
    source = args.input
    if source is None:
        source = str(work / "corpus.jsonl")
        write_corpus(Path(source), args.docs, args.kind)
    docs = [prepare(item) for item in iter_inputs([source]) if isinstance(item, RawItem)]
    if kept is not None:
        kept.write_bytes(pickle.dumps(docs))
    return docs


class SqlTimes:
    """CPU seconds per statement (its first 70 characters), while installed."""

    def __init__(self) -> None:
        self.seconds: collections.defaultdict[str, float] = collections.defaultdict(float)
        self.calls: collections.Counter[str] = collections.Counter()
        self.real = (SQLiteDatabase.execute, SQLiteDatabase.executemany)

    def install(self) -> None:
        execute, executemany = self.real

        def timed(real: Any, label: str) -> Any:
            def call(db: SQLiteDatabase, sql: str, params: Any = ()) -> Any:
                started = time.process_time()
                try:
                    return real(db, sql, params)
                finally:
                    self.seconds[label + sql[:70]] += time.process_time() - started
                    self.calls[label + sql[:70]] += 1
            return call

        SQLiteDatabase.execute = timed(execute, "")  # type: ignore[method-assign]
        SQLiteDatabase.executemany = timed(executemany, "many ")  # type: ignore[method-assign]

    def remove(self) -> None:
        SQLiteDatabase.execute, SQLiteDatabase.executemany = self.real  # type: ignore[method-assign]


def one_round(docs: list[PreparedDocument], folder: Path, sql: SqlTimes | None) -> float:
    with KnowledgeBase(folder / "kb.db") as kb:
        run = writes.start_run(kb.db, "bench", {})
        if sql is not None:
            sql.install()
        started = time.process_time()
        try:
            with Batches(kb.db, BATCH) as batches:
                for prep in docs:
                    batches.open()
                    store(kb, prep, run, 0.8)
                    batches.done()
            return time.process_time() - started
        finally:
            if sql is not None:
                sql.remove()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=80)
    parser.add_argument("--kind", default="news", choices=["news", "notes"])
    parser.add_argument("--input")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--prepared")
    parser.add_argument("--sql", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        docs = prepared(args, Path(work))
        times = []
        sql = SqlTimes() if args.sql else None
        for i in range(args.rounds):
            if sql is not None:
                sql.seconds.clear()
                sql.calls.clear()
            folder = Path(work) / f"round{i}"
            folder.mkdir()
            times.append(one_round(docs, folder, sql))
    rest = times[1:] or times
    print(f"{len(docs)} documents; store CPU s per round: {' '.join(f'{t:.3f}' for t in times)};"
          f" min after the first: {min(rest):.3f}")
    if sql is not None:
        print(f"SQL of the last round: {sum(sql.seconds.values()):.3f} s")
        for label, seconds in sorted(sql.seconds.items(), key=lambda kv: -kv[1])[:15]:
            print(f"{seconds:8.3f} {sql.calls[label]:7d}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The per-document stages in other processes: a local process pool (``--workers N``) or a Dask cluster (``--dask``).

``pipeline.prepare`` holds no state and touches no database, so any process can run it. These helpers hand the
inputs to workers and give the results back **in input order**, with at most ``window`` documents in flight (memory
stays bounded however long the input). Resolution and writes stay in the calling process, in that order, so the
knowledge base is the same as one process builds, whatever the number of workers or the order they finish in.

A ``Submit`` is anything that runs ``fn(item)`` somewhere and returns a future with ``result()``:
``concurrent.futures.ProcessPoolExecutor.submit`` or ``distributed.Client.submit``.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import Any, Protocol

from sitrep.errors import SitrepError, problem
from sitrep.nlp.model import load_ner
from sitrep.pipeline.prepare import prepare
from sitrep.records import PreparedDocument, Problem, RawItem
from sitrep.resolve import ahead

Prepared = PreparedDocument | Problem


class Future(Protocol):
    def result(self) -> Any: ...


Submit = Callable[[Callable[[RawItem], Prepared], RawItem], Future]


def prepare_item(item: RawItem) -> Prepared:
    """``prepare``, with any failure of the per-document stages as a ``Problem`` naming the input (a cleaner or
    extractor bug must not cost the rest of the batch). A plain module-level function, so workers can run it."""
    try:
        return prepare(item)
    except SitrepError as exc:
        return exc.problem()
    except Exception as exc:
        return problem("E199", item.source, detail=f"{type(exc).__name__}: {exc}")


def prepare_elsewhere(item: RawItem) -> Prepared:
    """``prepare_item`` as a worker runs it: with what resolution computes from the document alone computed too
    (``resolve.ahead``), so the calling process, which resolves and writes every document in turn, has less to
    do. Should that fail, the document goes as ``prepare_item`` made it, and resolution computes it itself."""
    got = prepare_item(item)
    if isinstance(got, PreparedDocument):
        try:
            return ahead(got)
        except Exception:
            return got
    return got


def prepared_in_order(items: Iterable[RawItem | Problem], submit: Submit | None = None,
                      window: int = 1) -> Iterator[Prepared]:
    """The prepared document of every item, in input order; a reader's ``Problem`` passes through as it is.
    Without ``submit`` each item is prepared here, when its turn comes; with it, up to ``window`` items are
    prepared ahead by the workers (``prepare_elsewhere``)."""
    if submit is None:
        for item in items:
            yield item if isinstance(item, Problem) else prepare_item(item)
        return
    pending: deque[tuple[RawItem | Problem, Future | Problem]] = deque()
    for item in items:
        pending.append((item, item if isinstance(item, Problem) else submit(prepare_elsewhere, item)))
        if len(pending) >= window:
            yield _done(pending.popleft())
    while pending:
        yield _done(pending.popleft())


def _done(entry: tuple[RawItem | Problem, Future | Problem]) -> Prepared:
    item, fut = entry
    if isinstance(fut, Problem):
        return fut
    try:
        return fut.result()  # type: ignore[no-any-return]
    except Exception as exc:  # the worker itself died (killed, out of memory): this input is reported, not lost
        source = item.source if isinstance(item, RawItem) else "<input>"
        return problem("E199", source, detail=f"worker failed: {type(exc).__name__}: {exc}")


def warm_up() -> None:
    """Load the dictionaries, gazetteer and model (here, or in a fresh worker) before the first document.

    What is loaded lives as long as the process: ``gc.freeze`` moves it out of the collector's generations, so the
    full collections of a long run no longer scan the gazetteer's and dictionaries' millions of objects again
    (their cycles are never garbage). Objects are still freed by reference counting."""
    global _warm
    if _warm:
        return
    prepare_elsewhere(RawItem(doc_id="warm-up", source="<warm-up>", format="text", content=WARM_UP))
    load_ner()  # loaded on first use otherwise, which the warm-up sentence may not reach
    gc.collect()
    gc.freeze()
    _warm = True


_warm = False  # warm_up has run in this process


WARM_UP = ("KABUL — Police said on Monday that fighters attacked a checkpoint in a district of Kabul province, "
           "killing two officers.")  # an invented sentence that takes every stage of the pipeline once


@contextmanager
def process_pool(workers: int) -> Iterator[tuple[Submit, int]]:
    """A pool of ``workers`` local processes and the window to keep them busy. Workers start from a fork server
    that has imported the pipeline but loaded no model (no threads to inherit), then each warms up."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["sitrep.pipeline.prepare"])
    env = {k: os.environ.get(k) for k in _ONE_THREAD}
    os.environ.update(dict.fromkeys(_ONE_THREAD, "1"))  # one core per worker: no oversubscription
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=warm_up) as pool:
            yield pool.submit, 4 * workers
    finally:
        for k, v in env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")


@contextmanager
def dask_cluster(address: str, timeout: float = 10) -> Iterator[tuple[Submit, int]]:
    """A connection to the Dask scheduler at ``address`` (``tcp://host:8786``), documents sent by chunks (``Chunks``),
    and a window of two full chunks (32 documents) per worker thread (``timeout``: seconds to reach the scheduler).
    The workers need sitrep installed, at the same version, with the same settings."""
    try:
        from distributed import Client
    except ImportError as exc:  # the optional extra is missing
        raise SitrepError("E801", detail=f"--dask needs the 'dask' extra (pip install 'sitrep[dask]'): {exc}") from None
    try:
        client = Client(address, timeout=f"{timeout:g}s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise SitrepError("E801", detail=f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        threads = sum(client.nthreads().values()) or 1  # type: ignore[no-untyped-call]
        try:
            client.run(warm_up)
        except Exception as exc:  # sitrep missing or broken on a worker: say so, not a traceback
            raise SitrepError("E801", detail=f"the workers cannot run sitrep: {type(exc).__name__}: {exc}") from None

        chunks = Chunks(lambda fn, arg: client.submit(fn, arg, pure=False))
        yield chunks.submit, 2 * CHUNK_DOCS * threads


CHUNK_DOCS, CHUNK_CHARS = 16, 20_000  # documents (and their characters) in one Dask task at most


def _each(fn: Callable[[RawItem], Prepared], items: list[RawItem]) -> list[Prepared]:
    return [fn(item) for item in items]


class _Slot:
    """One document's place in a chunk: its ``result()`` sends the chunk off if it was still filling."""

    def __init__(self, chunks: Chunks, fn: Callable[[RawItem], Prepared], item: RawItem, index: int) -> None:
        self.chunks, self.fn, self.item, self.index = chunks, fn, item, index
        self.future: Future | None = None

    def result(self) -> Prepared:
        if self.future is None:
            self.chunks.flush()
        assert self.future is not None
        try:
            return self.future.result()[self.index]  # type: ignore[no-any-return]
        except Exception:  # the task failed (a worker died): this document alone again, so one input costs no other
            return self.chunks.send(self.fn, self.item).result()  # type: ignore[no-any-return]


class Chunks:
    """A ``Submit`` that sends documents to a cluster by chunks of up to ``CHUNK_DOCS`` documents or
    ``CHUNK_CHARS`` characters, one task each: a Dask task costs the client, the scheduler and the worker a few
    milliseconds whatever it does, as much as preparing a short note. ``send`` submits one task."""

    def __init__(self, send: Callable[[Callable[..., Any], Any], Future]) -> None:
        self.send = send
        self.slots: list[_Slot] = []
        self.chars = 0

    def submit(self, fn: Callable[[RawItem], Prepared], item: RawItem) -> Future:
        if self.slots and self.slots[0].fn is not fn:
            self.flush()
        slot = _Slot(self, fn, item, len(self.slots))
        self.slots.append(slot)
        self.chars += len(item.content)
        if len(self.slots) >= CHUNK_DOCS or self.chars >= CHUNK_CHARS:
            self.flush()
        return slot

    def flush(self) -> None:
        if not self.slots:
            return
        slots, self.slots, self.chars = self.slots, [], 0
        future = self.send(partial(_each, slots[0].fn), [s.item for s in slots])
        for s in slots:
            s.future = future

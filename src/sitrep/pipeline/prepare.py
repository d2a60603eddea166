"""The per-document stages, chained: ``RawItem`` -> ``Document`` -> ``Annotations`` -> ``Extractions``.

``prepare`` cleans one input (``ingest.document``), computes its duplicate-detection keys (``ingest.dedup``),
annotates it (``nlp.annotate``) and extracts from it (``extract``). Nothing here touches the knowledge base or
holds state beyond read-only resources loaded once per process, so one process, a pool or Dask workers run the
same code and hand the result, a ``PreparedDocument``, to ``pipeline.store``.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sitrep import settings
from sitrep.errors import SitrepError
from sitrep.extract import extract
from sitrep.ingest import dedup
from sitrep.ingest.document import to_document
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, PreparedDocument, RawItem

T = TypeVar("T")


def prepare(item: RawItem) -> PreparedDocument:
    """Clean ``item`` and prepare it for storage, within the per-document time budget (``doc_timeout``); raises
    ``SitrepError``: E401 when no text is left, E402 when the budget is spent."""
    with budget(item.source) as check:
        doc = check(to_document(item))
        return check(prepare_document(doc))


def prepare_document(doc: Document) -> PreparedDocument:
    """Duplicate-detection keys, annotations and extractions of a cleaned document."""
    sig = dedup.signature(doc.text)
    bands = tuple(dedup.band_keys(sig)) if sig is not None else ()
    ann = annotate(doc)
    return PreparedDocument(doc=doc, text_key=dedup.text_key(doc.text), minhash=dedup.to_blob(sig), bands=bands,
                            annotations=ann, extractions=extract(doc, ann))


@contextmanager
def budget(source: str) -> Iterator[Callable[[T], T]]:
    """The per-document time budget, in CPU seconds: a document is refused for the work it costs, not for the
    machine's load (a busy machine once skipped documents that an idle core reads in a second). In the main thread of
    a process a CPU-time alarm (``ITIMER_PROF``: this process's user and system time) interrupts a stage that runs
    past it; elsewhere (a worker thread) the thread's own CPU time is checked when each stage returns. Either way the
    document is refused with E402 and the batch goes on."""
    seconds = settings.get_float("doc_timeout")
    main = threading.current_thread() is threading.main_thread()
    clock = time.process_time if main else time.thread_time
    started = clock()

    def check(value: T) -> T:
        if seconds > 0 and clock() - started > seconds:
            raise SitrepError("E402", source, seconds=f"{seconds:g}")
        return value

    if seconds <= 0 or not main:
        yield check
        return

    def expired(signum: int, frame: Any) -> None:
        raise SitrepError("E402", source, seconds=f"{seconds:g}")

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield check
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)

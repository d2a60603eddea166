"""The orchestrator: read -> clean -> annotate -> extract -> resolve -> store, one input at a time.

``ingest`` reads inputs (``ingest.readers``), prepares each (``pipeline.prepare``: the per-document stages, no
database) and stores it (``pipeline.store``: resolution and writes in one transaction). A failing input becomes
a ``Problem`` naming it and the batch goes on. ``reprocess`` runs the per-document stages again over the stored
documents. See docs/architecture.md for the records between the stages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO

from sitrep import __version__
from sitrep.errors import SitrepError, problem
from sitrep.extract import versions as extract_versions
from sitrep.ingest.document import CLEANER_VERSION
from sitrep.ingest.readers import iter_inputs
from sitrep.kb import KnowledgeBase, reads, writes
from sitrep.nlp.annotate import versions as nlp_versions
from sitrep.pipeline.batches import BATCH, Batch, Batches
from sitrep.pipeline.parallel import Submit, prepared_in_order
from sitrep.pipeline.prepare import prepare, prepare_document
from sitrep.pipeline.store import restore, store
from sitrep.records import IngestOutcome, IngestReport, PreparedDocument, Problem

Progress = Callable[[IngestOutcome | Problem], None]

__all__ = ["BATCH", "Batch", "Progress", "ingest", "prepare", "prepare_document", "reprocess", "restore", "store",
           "versions"]


def versions() -> dict[str, str]:
    """Versions of sitrep and of every extractor, recorded with each run."""
    return {"sitrep": __version__, "cleaner": CLEANER_VERSION, **nlp_versions(), **extract_versions()}


def ingest(kb: KnowledgeBase, inputs: Iterable[str], near_threshold: float, stdin: IO[bytes] | None = None,
           progress: Progress | None = None, workers: tuple[Submit, int] | None = None,
           batch: Batch | None = None) -> IngestReport:
    """Read, clean and store every input; bad inputs are reported in the result, never raised.

    ``workers``: where the per-document stages run (``parallel.process_pool``, ``parallel.dask_cluster``: a submit
    function and how many documents may be in flight); by default here, one document at a time. Resolution and
    writes always run here, in input order, so the base is the same either way. Documents are committed in
    batches (``batch``, by default ``BATCH``), each document in its own savepoint: a crash loses at most the open
    batch, and leaves no document half stored."""
    report = IngestReport()
    report.run_id = run_id = writes.start_run(kb.db, "ingest", versions())
    status = "failed"
    submit, window = workers or (None, 1)
    try:
        with Batches(kb.db, batch or BATCH) as batches:
            for prepared in prepared_in_order(iter_inputs(inputs, stdin), submit, window):
                batches.open()
                result = prepared if isinstance(prepared, Problem) else _store_one(kb, prepared, run_id,
                                                                                   near_threshold)
                if isinstance(result, Problem):
                    report.problems.append(result)
                    writes.record_problem(kb.db, run_id, result)
                else:
                    report.outcomes.append(result)
                batches.done()
                if progress:
                    progress(result)
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        _finish(kb, run_id, status, _counts(report))
    return report


def _finish(kb: KnowledgeBase, run_id: int, status: str, counts: dict[str, int]) -> None:
    """Record how a run ended; when the base refuses even that (locked, gone read-only), the error that stopped the
    run is the one reported, and the run stays 'running' until the next run marks it interrupted."""
    try:
        writes.finish_run(kb.db, run_id, status, counts)
    except SitrepError:
        if status == "done":
            raise


def _store_one(kb: KnowledgeBase, prepared: PreparedDocument, run_id: int, threshold: float) -> IngestOutcome | Problem:
    """Store one prepared document; a document the base cannot take becomes a problem naming it."""
    caught: tuple[type[Exception], ...] = (*kb.db.errors, ValueError, OverflowError, UnicodeError)
    try:
        return store(kb, prepared, run_id, threshold)
    except SitrepError:
        raise  # the base itself failed (locked, read-only, broken): no later document could be stored either
    except caught as exc:
        if isinstance(exc, kb.db.errors) and not kb.db.about_the_document(exc):
            raise SitrepError("E501", kb.path, detail=f"{kb.path}: {exc}") from None
        # rolled back: nothing half-stored
        return problem("E198", prepared.doc.source, detail=f"{type(exc).__name__}: {exc}")


def reprocess(kb: KnowledgeBase, doc_ids: Iterable[str] | None = None) -> int:
    """Run the language layer, extraction and resolution again over every stored document (only those of
    ``doc_ids`` when given); returns their number. Analyst corrections hold."""
    n = 0
    run_id = writes.start_run(kb.db, "reprocess", versions())
    status = "failed"
    try:
        for doc in list(reads.stored_documents(kb.db, doc_ids)):
            restore(kb, prepare_document(doc), run_id)
            n += 1
        status = "done"
    finally:
        writes.finish_run(kb.db, run_id, status, {"reprocessed": n})
    return n


def _counts(report: IngestReport) -> dict[str, int]:
    counts = {s: report.count(s) for s in ("added", "updated", "unchanged", "duplicate", "near-duplicate")}
    counts["problems"] = len(report.problems)
    return counts

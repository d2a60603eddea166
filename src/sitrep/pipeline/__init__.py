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
from sitrep.pipeline.prepare import prepare, prepare_document
from sitrep.pipeline.store import restore, store
from sitrep.records import IngestOutcome, IngestReport, Problem, RawItem

Progress = Callable[[IngestOutcome | Problem], None]

__all__ = ["Progress", "ingest", "prepare", "prepare_document", "reprocess", "restore", "store", "versions"]


def versions() -> dict[str, str]:
    """Versions of sitrep and of every extractor, recorded with each run."""
    return {"sitrep": __version__, "cleaner": CLEANER_VERSION, **nlp_versions(), **extract_versions()}


def ingest(kb: KnowledgeBase, inputs: Iterable[str], near_threshold: float, stdin: IO[bytes] | None = None,
           progress: Progress | None = None) -> IngestReport:
    """Read, clean and store every input; bad inputs are reported in the result, never raised."""
    report = IngestReport()
    report.run_id = run_id = writes.start_run(kb.db, "ingest", versions())
    status = "failed"
    try:
        for item in iter_inputs(inputs, stdin):
            result = item if isinstance(item, Problem) else _one(kb, item, run_id, near_threshold)
            if isinstance(result, Problem):
                report.problems.append(result)
                writes.record_problem(kb.db, run_id, result)
            else:
                report.outcomes.append(result)
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


def _one(kb: KnowledgeBase, item: RawItem, run_id: int, threshold: float) -> IngestOutcome | Problem:
    """Prepare and store one item; any failure of the cleaners becomes a problem naming the input."""
    try:
        prepared = prepare(item)
    except SitrepError as exc:
        return exc.problem()
    except Exception as exc:  # a cleaner bug must not cost the rest of the batch
        return problem("E199", item.source, detail=f"{type(exc).__name__}: {exc}")
    caught: tuple[type[Exception], ...] = (*kb.db.errors, ValueError, OverflowError, UnicodeError)
    try:
        return store(kb, prepared, run_id, threshold)
    except SitrepError:
        raise  # the base itself failed (locked, read-only, broken): no later document could be stored either
    except caught as exc:
        if isinstance(exc, kb.db.errors) and not kb.db.about_the_document(exc):
            raise SitrepError("E501", kb.path, detail=f"{kb.path}: {exc}") from None
        return problem("E198", item.source, detail=f"{type(exc).__name__}: {exc}")  # rolled back: nothing half-stored


def reprocess(kb: KnowledgeBase) -> int:
    """Run the language layer, extraction and resolution again over every stored document; returns their
    number. Analyst corrections hold."""
    n = 0
    run_id = writes.start_run(kb.db, "reprocess", versions())
    status = "failed"
    try:
        for doc in list(reads.stored_documents(kb.db)):
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

"""The Python API. The CLI is a thin layer over these functions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from sitrep import __version__, settings
from sitrep.errors import SitrepError, problem
from sitrep.export import FORMATS, writer
from sitrep.extract import versions as extract_versions
from sitrep.ingest.pipeline import CLEANER_VERSION, prepare, prepare_document
from sitrep.ingest.readers import iter_inputs
from sitrep.kb.storage import KnowledgeBase
from sitrep.nlp.annotate import versions as nlp_versions
from sitrep.records import IngestOutcome, IngestReport, Problem, RawItem
from sitrep.resolve import resolve

Progress = Callable[[IngestOutcome | Problem], None]


def versions() -> dict[str, str]:
    """Versions of sitrep and of every extractor, recorded with each run."""
    return {"sitrep": __version__, "cleaner": CLEANER_VERSION, **nlp_versions(), **extract_versions()}


def open_kb(db: str | Path | None = None, create: bool = True) -> KnowledgeBase:
    """The knowledge base at ``db`` (default: the ``db`` setting); ``create=False`` for read-only commands."""
    return KnowledgeBase(db or settings.get("db"), create=create)


def ingest(inputs: Iterable[str], db: str | Path | None = None, stdin: IO[bytes] | None = None,
           progress: Progress | None = None) -> IngestReport:
    """Read, clean and store every input; bad inputs are reported in the result, never raised."""
    report = IngestReport()
    threshold = settings.get_float("near_duplicate")
    with open_kb(db) as kb:
        report.run_id = run_id = kb.start_run("ingest", versions())
        status = "failed"
        try:
            for item in iter_inputs(inputs, stdin):
                result = item if isinstance(item, Problem) else _store(kb, item, run_id, threshold)
                if isinstance(result, Problem):
                    report.problems.append(result)
                    kb.record_problem(run_id, result)
                else:
                    report.outcomes.append(result)
                if progress:
                    progress(result)
            status = "done"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            kb.finish_run(run_id, status, _counts(report))
    return report


def _store(kb: KnowledgeBase, item: RawItem, run_id: int, threshold: float) -> IngestOutcome | Problem:
    """Clean and store one item; any failure of the cleaners becomes a problem naming the input."""
    try:
        prepared = prepare(item)
    except SitrepError as exc:
        return exc.problem()
    except Exception as exc:  # a cleaner bug must not cost the rest of the batch
        return problem("E199", item.source, detail=f"{type(exc).__name__}: {exc}")
    return kb.add_document(prepared, run_id, threshold, resolve)


def reprocess(db: str | Path | None = None) -> int:
    """Run the language layer, extraction and resolution again over every stored document (after an upgrade
    or a dictionary change); analyst corrections hold. Returns the number of documents."""
    n = 0
    with open_kb(db, create=False) as kb:
        run_id = kb.start_run("reprocess", versions())
        status = "failed"
        try:
            for doc in list(kb.iter_stored_documents()):
                kb.reprocess_document(prepare_document(doc), run_id, resolve)
                n += 1
            status = "done"
        finally:
            kb.finish_run(run_id, status, {"reprocessed": n})
    return n


def correct(db: str | Path | None, action: str, author: str, note: str | None = None, **names: str) -> dict[str, Any]:
    """Record an analyst correction (``merge`` keep/gone, ``split`` entity/alias, ``rename`` entity/name, ``alias``
    entity/alias); entity arguments are ids or names, resolved through aliases. Returns what was done."""
    with open_kb(db, create=False) as kb:
        args = {k: (kb.find_entity(v)["id"] if k in ("keep", "gone", "entity") else v) for k, v in names.items()}
        if action == "split":
            args["new_id"] = f"e{kb.next_entity_number()}"
        if action == "merge" and args["keep"] == args["gone"]:
            raise ValueError("both names are already the same entity")
        correction_id = kb.apply_correction(action, args, author, note)
    return {"id": correction_id, "action": action, **args}


def _counts(report: IngestReport) -> dict[str, int]:
    counts = {s: report.count(s) for s in ("added", "updated", "unchanged", "duplicate", "near-duplicate")}
    counts["problems"] = len(report.problems)
    return counts


def export(db: str | Path | None, fmt: str, out: IO[str] | Path) -> int:
    """Write the knowledge base in format ``fmt`` to ``out`` (a text stream, or a path for path formats);
    return the number of records."""
    write = writer(fmt)
    if FORMATS[fmt].to_path and not isinstance(out, Path):
        raise ValueError(f"format {fmt!r} writes files: give an output path")
    with open_kb(db, create=False) as kb:
        return write(kb, out)


def stats(db: str | Path | None = None) -> dict[str, Any]:
    with open_kb(db, create=False) as kb:
        return kb.stats()


def report(db: str | Path | None, output: str | Path, since: str | None = None, area: str | None = None) -> Path:
    """Write the self-contained HTML situation report (see ``sitrep.report``); return its path."""
    from sitrep.report import build_report

    return build_report(db, output, since=since, area=area)


def sample_corpus() -> Path:
    """The folder of invented sample articles shipped with sitrep."""
    return Path(__file__).resolve().parent / "data" / "sample"

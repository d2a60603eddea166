"""The Python API. The CLI is a thin layer over these functions."""

from __future__ import annotations

import time
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from sitrep import pipeline, settings
from sitrep.export import FORMATS, writer
from sitrep.ingest.readers import count_items
from sitrep.kb import KnowledgeBase
from sitrep.kb.corrections import apply_correction, correction_args, correction_log, undo_correction
from sitrep.kb.scope import Scope, select
from sitrep.kb.verdicts import VERDICTS, review_of, verdict_args
from sitrep.outputs import atomic_text, check_output
from sitrep.pipeline import Progress, parallel
from sitrep.records import IngestReport


def versions() -> dict[str, str]:
    """Versions of sitrep and of every extractor, recorded with each run."""
    return pipeline.versions()


def open_kb(db: str | Path | None = None, create: bool = True) -> KnowledgeBase:
    """The knowledge base at ``db`` (default: the ``db`` setting); ``create=False`` for read-only commands."""
    return KnowledgeBase(db or settings.get("db"), create=create)


def load_models() -> float:
    """Load the language models, dictionaries and gazetteer every document needs (otherwise loaded by the first
    document), so a command can say so while it waits; returns the seconds it took."""
    start = time.monotonic()
    pipeline.versions()
    parallel.warm_up()
    return time.monotonic() - start


def count_inputs(inputs: Iterable[str]) -> int | None:
    """How many documents ``inputs`` hold (files, JSON Lines records), for a progress bar; None when unknown
    before reading (standard input, URLs, feeds)."""
    return count_items(inputs)


def ingest(inputs: Iterable[str], db: str | Path | None = None, stdin: IO[bytes] | None = None,
           progress: Progress | None = None, workers: int = 1, dask: str | None = None) -> IngestReport:
    """Read, clean and store every input; bad inputs are reported in the result, never raised.

    ``workers`` > 1 cleans, annotates and extracts in that many local processes; ``dask`` (a scheduler address)
    does it on a Dask cluster. Resolution and writes stay in this process, in input order: the knowledge base is
    the same as one process builds."""
    if workers < 1:
        raise ValueError("workers must be 1 or more")
    with ExitStack() as stack:
        kb = stack.enter_context(open_kb(db))
        pool = (stack.enter_context(parallel.dask_cluster(dask)) if dask else
                stack.enter_context(parallel.process_pool(workers)) if workers > 1 else None)
        if pool is None:
            parallel.warm_up()  # the models loaded here, before the first document (once: see warm_up)
        return pipeline.ingest(kb, inputs, settings.get_float("near_duplicate"), stdin=stdin, progress=progress,
                               workers=pool)
    raise AssertionError("unreachable")


def not_in_english(db: str | Path | None, doc_ids: Iterable[str]) -> dict[str, str]:
    """Of ``doc_ids``, the documents detected as not English (id -> ISO 639-1 language): stored, but sitrep's
    language layer reads English, so little or nothing was extracted from them."""
    with open_kb(db, create=False) as kb:
        return kb.documents_not_in_english(doc_ids)


def reprocess(db: str | Path | None = None) -> int:
    """Run the language layer, extraction and resolution again over every stored document (after an upgrade
    or a dictionary change); analyst corrections hold. Returns the number of documents."""
    with open_kb(db, create=False) as kb:
        return pipeline.reprocess(kb)


def correct(db: str | Path | None, action: str, author: str, note: str | None = None, force: bool = False,
            **names: str) -> dict[str, Any]:
    """Record an analyst correction (``merge`` keep/gone, ``split`` entity/alias, ``rename`` entity/name, ``alias``
    entity/alias); entity arguments are ids, unambiguous id prefixes or exact names of one entity
    (``kb.corrections.correction_args``); merging entities of different types needs ``force``. Returns what was
    done."""
    with open_kb(db, create=False) as kb:
        return correct_in(kb, action, author, note, force=force, **names)


def correct_in(kb: KnowledgeBase, action: str, author: str, note: str | None = None, force: bool = False,
               **names: str) -> dict[str, Any]:
    """``correct`` on an open knowledge base (a server's one writer connection)."""
    args = correction_args(kb, action, names, force=force)
    if action == "split":
        args["new_id"] = f"e{kb.next_entity_number()}"
    correction_id = apply_correction(kb.db, action, args, author, note)
    return {"id": correction_id, "action": action, **args}


def review(db: str | Path | None, kind: str, fact_id: str, action: str, author: str,
           note: str | None = None) -> dict[str, Any]:
    """Confirm (``action="confirm"``) or reject (``"reject"``) event or relation ``fact_id`` (``kind``): a
    correction like the others, recorded with who and when and undoable. It is keyed by the fact's evidence, so
    it holds through re-ingest and re-processing (``kb.verdicts``); rejected facts are left out of the report,
    the pages' lists and the exports unless asked. Returns what was done."""
    with open_kb(db, create=False) as kb:
        return review_in(kb, kind, fact_id, action, author, note)


def review_in(kb: KnowledgeBase, kind: str, fact_id: str, action: str, author: str,
              note: str | None = None) -> dict[str, Any]:
    """``review`` on an open knowledge base (a server's one writer connection)."""
    if action not in VERDICTS:
        raise ValueError(f"a verdict is confirm or reject, not {action!r}")
    args = verdict_args(kb.db, kind, fact_id)
    correction_id = apply_correction(kb.db, action, args, author, note)
    return {"id": correction_id, "action": action, "kind": kind, "fact": args["fact"],
            "review": review_of(kb.db, kind, args["fact"])}


def corrections(db: str | Path | None = None) -> list[dict[str, Any]]:
    """Every analyst correction, oldest first: action, arguments, author, time, note, and who undid it when."""
    with open_kb(db, create=False) as kb:
        return correction_log(kb.db)


def undo(db: str | Path | None, correction_id: int, author: str) -> dict[str, Any]:
    """Undo correction ``correction_id``: put back what it changed, mark it undone (it stays in the log), and
    run resolution again over the documents whose mentions it moved (``documents``; none for a verdict), so no
    mention stays where the correction put it."""
    with open_kb(db, create=False) as kb:
        return undo_in(kb, correction_id, author)


def undo_in(kb: KnowledgeBase, correction_id: int, author: str) -> dict[str, Any]:
    """``undo`` on an open knowledge base (a server's one writer connection)."""
    done = undo_correction(kb.db, correction_id, author)
    done["reprocessed"] = pipeline.reprocess(kb, done["documents"]) if done["documents"] else 0
    return done


def event(db: str | Path | None, event_id: str) -> dict[str, Any]:
    """One event with its actors, place, sources, evidence quotes and claims (``kb.show``)."""
    with open_kb(db, create=False) as kb:
        return kb.show_event(event_id)


def relation(db: str | Path | None, relation_id: str) -> dict[str, Any]:
    """One relation with its ends, dates, certainty, who said so, evidence and claims."""
    with open_kb(db, create=False) as kb:
        return kb.show_relation(relation_id)


def relations(db: str | Path | None, scope: Scope | None = None, predicate: str | None = None) -> list[dict[str, Any]]:
    """Relations kept by ``scope`` (the report's and exports' ``since/until/area/actor``) and ``predicate``."""
    with open_kb(db, create=False) as kb:
        return kb.relations_in(scope, predicate)


def claims(db: str | Path | None, subject: str | None = None, attribute: str | None = None,
           entity: str | None = None) -> list[dict[str, Any]]:
    """Claims, each with who says so, its document and quote."""
    with open_kb(db, create=False) as kb:
        return kb.claims_of(subject=subject, attribute=attribute, entity=entity)


def document(db: str | Path | None, doc_id: str) -> dict[str, Any]:
    """One stored document: metadata, cleaned text, and its extractions with offsets into that text."""
    with open_kb(db, create=False) as kb:
        return kb.show_document(doc_id)


def export(db: str | Path | None, fmt: str, out: IO[str] | Path, scope: Scope | None = None, **options: Any) -> int:
    """Write the knowledge base in format ``fmt`` to ``out`` (a text stream, or a path; a path format needs a
    path) from one consistent snapshot of the base; return the number of records. A path is checked first: never
    the knowledge base itself, never a folder for a file format; a file is replaced whole or not at all.

    ``scope`` keeps what the situation report would show for the same ``since``/``until``/``area``/``actor``
    (``sitrep.kb.scope``); ``options`` go to the format's writer (``layer`` for GeoJSON, ``log`` for the ACLED
    rows left out)."""
    write = writer(fmt)
    to_path = FORMATS[fmt].to_path
    unknown = set(options) - set(FORMATS[fmt].options)
    if unknown:
        raise ValueError(f"format {fmt!r} takes no option {', '.join(sorted(unknown))}")
    if to_path and not isinstance(out, Path):
        raise ValueError(f"format {fmt!r} writes files: give an output path")
    if isinstance(out, Path):
        out = check_output(out, db or settings.get("db"), folder=to_path)
    with open_kb(db, create=False) as kb, kb.db.snapshot():
        sel = select(kb, scope)
        if to_path or not isinstance(out, Path):
            return write(kb, out, sel, **options)
        with atomic_text(out) as fh:
            return write(kb, fh, sel, **options)


def stats(db: str | Path | None = None) -> dict[str, Any]:
    with open_kb(db, create=False) as kb:
        return kb.stats()


def report(db: str | Path | None, output: str | Path, since: str | None = None, area: str | None = None,
           until: str | None = None, actor: str | None = None) -> Path:
    """Write the self-contained HTML situation report (see ``sitrep.report``); return its path."""
    from sitrep.report import render_report  # (shapely, the SVG maps: only for a report)

    out = check_output(output, db or settings.get("db"))
    with open_kb(db, create=False) as kb, kb.db.snapshot():
        html = render_report(kb, since=since, area=area, until=until, actor=actor)
    with atomic_text(out) as fh:
        fh.write(html)
    return out


def sample_corpus() -> Path:
    """The folder of invented sample articles shipped with sitrep."""
    return Path(__file__).resolve().parent / "data" / "sample"

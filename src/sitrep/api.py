"""The Python API. The CLI is a thin layer over these functions."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from sitrep import pipeline, settings
from sitrep.export import FORMATS, writer
from sitrep.kb import KnowledgeBase
from sitrep.kb.corrections import apply_correction, correction_args
from sitrep.kb.scope import Scope, select
from sitrep.outputs import atomic_text, check_output
from sitrep.pipeline import Progress
from sitrep.records import IngestReport
from sitrep.report import render_report


def versions() -> dict[str, str]:
    """Versions of sitrep and of every extractor, recorded with each run."""
    return pipeline.versions()


def open_kb(db: str | Path | None = None, create: bool = True) -> KnowledgeBase:
    """The knowledge base at ``db`` (default: the ``db`` setting); ``create=False`` for read-only commands."""
    return KnowledgeBase(db or settings.get("db"), create=create)


def ingest(inputs: Iterable[str], db: str | Path | None = None, stdin: IO[bytes] | None = None,
           progress: Progress | None = None) -> IngestReport:
    """Read, clean and store every input; bad inputs are reported in the result, never raised."""
    with open_kb(db) as kb:
        return pipeline.ingest(kb, inputs, settings.get_float("near_duplicate"), stdin=stdin, progress=progress)


def reprocess(db: str | Path | None = None) -> int:
    """Run the language layer, extraction and resolution again over every stored document (after an upgrade
    or a dictionary change); analyst corrections hold. Returns the number of documents."""
    with open_kb(db, create=False) as kb:
        return pipeline.reprocess(kb)


def correct(db: str | Path | None, action: str, author: str, note: str | None = None, **names: str) -> dict[str, Any]:
    """Record an analyst correction (``merge`` keep/gone, ``split`` entity/alias, ``rename`` entity/name, ``alias``
    entity/alias); entity arguments are ids or exact names of one entity (``kb.corrections.correction_args``).
    Returns what was done."""
    with open_kb(db, create=False) as kb:
        args = correction_args(kb, action, names)
        if action == "split":
            args["new_id"] = f"e{kb.next_entity_number()}"
        correction_id = apply_correction(kb.db, action, args, author, note)
    return {"id": correction_id, "action": action, **args}


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
    out = check_output(output, db or settings.get("db"))
    with open_kb(db, create=False) as kb, kb.db.snapshot():
        html = render_report(kb, since=since, area=area, until=until, actor=actor)
    with atomic_text(out) as fh:
        fh.write(html)
    return out


def sample_corpus() -> Path:
    """The folder of invented sample articles shipped with sitrep."""
    return Path(__file__).resolve().parent / "data" / "sample"

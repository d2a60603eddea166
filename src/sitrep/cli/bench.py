"""CLI command: bench (a thin layer over ``sitrep.bench``).

``sitrep bench [--sizes 1000,10000,50000] [--kind news|notes] [--workers N] [--compare N] [-o FILE]`` ingests
generated corpora and writes the figures as JSON to FILE, with a summary on standard error.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from sitrep import bench
from sitrep.cli.terminal import say
from sitrep.errors import SitrepError


def _sizes(ctx: click.Context, param: click.Parameter, value: str) -> list[int]:
    if value.strip() in ("", "0"):
        return []  # --compare alone
    try:
        sizes = [int(s) for s in value.split(",") if s.strip()]
    except ValueError:
        raise click.BadParameter("give numbers of documents separated by commas, e.g. 1000,10000") from None
    if not sizes or min(sizes) < 1:
        raise click.BadParameter("give at least one size of 1 or more")
    return sizes


@click.command("bench")
@click.option("--sizes", default="1000,10000,50000", show_default=True, callback=_sizes,
              help="Corpus sizes in documents, each ingested into a fresh base in a fresh process (0: none).")
@click.option("--kind", type=click.Choice(["news", "notes"]), default="news", show_default=True,
              help="Generated articles of about 600 words, or notes of about 30 words (as ACLED's).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes for the per-document stages in the size runs.")
@click.option("--compare", "compare_docs", type=click.IntRange(min=0), default=0,
              help="Also time N documents side by side: the language layer alone, one process, --workers 2 and a "
                   "local Dask cluster of 2 processes (the ratios).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="bench.json",
              show_default=True, help="JSON file of the results.")
@click.option("--workdir", type=click.Path(file_okay=False), default=None,
              help="Folder for the corpora and bases (default: a temporary folder, removed afterwards).")
def bench_command(sizes: list[int], kind: str, workers: int, compare_docs: int, output: str,
                  workdir: str | None) -> None:
    """Measure ingest over generated corpora: documents/s, words/s, CPU time per document, peak memory, base size,
    and time per document as the base grows; with --compare, the speed-up of --workers 2 and Dask, and end to end
    against the language layer alone."""
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        folder = Path(workdir) if workdir else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        try:
            result: dict[str, Any] = bench.scale(sizes, folder, kind=kind, workers=workers) if sizes else {}
            if compare_docs:
                result["compare"] = bench.compare(compare_docs, folder, kind=kind)
        except SitrepError as exc:
            say(f"error: {exc}", err=True)
            sys.exit(2)
    Path(output).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for r in result.get("sizes", []):
        say(f"{r['docs']:>7} {r['kind']}: {r['docs_per_s']:>7} docs/s {r['words_per_s']:>7} words/s  "
            f"{r['ms_per_doc']:>6} ms/doc  {r['cpu_ms_per_doc']:>6} CPU ms/doc  peak {r['peak_rss_mb']} MB  "
            f"base {r['base_mb']} MB", err=True)
    if "compare" in result:
        say("ratios: " + json.dumps(result["compare"]["ratios"]), err=True)
    say(f"wrote {output}", err=True)


COMMANDS: list[click.Command] = [bench_command]

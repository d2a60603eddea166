"""The ``sitrep`` command: a thin layer over ``sitrep.api``.

Exit codes: 0 everything went in; 1 some inputs were skipped (each reported on
stderr); 2 wrong usage; 3 the knowledge base could not be opened or written.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click

from sitrep import __version__, api, settings
from sitrep.cli import bench, corrections, export, gazetteer, query, report, show
from sitrep.cli.terminal import say
from sitrep.errors import SitrepError
from sitrep.records import IngestOutcome, IngestReport, Problem

EXIT_SKIPPED, EXIT_USAGE, EXIT_KB = 1, 2, 3

db_option = click.option(
    "--db", envvar=settings.SETTINGS["db"].env, default=settings.SETTINGS["db"].default, show_default=True,
    type=click.Path(dir_okay=False), help="Knowledge base: a file, or a postgresql:// URL (or set SITREP_DB).")
quiet_option = click.option("--quiet", "-q", is_flag=True, help="Print errors only: no progress bar, no summary.")


# commands whose module is imported only when the command is invoked, with the first sentence of their help, which
# ``--help`` shortens as Click does the command's own (a test compares them): ``serve`` imports the web app (FastAPI,
# Starlette, Jinja; about 0.6 CPU s), which no other command, nor the help, needs
LAZY = {"serve": ("sitrep.cli.serve:serve_command",
                  "Explore and correct the knowledge base in a browser: overview, entities, events with their "
                  "evidence, documents with their extractions highlighted, search, map, network and timeline, each "
                  "page also as JSON under /api/v1 (described at /api/v1/openapi.json).")}


class LazyGroup(click.Group):
    """A group that imports the modules of the ``LAZY`` commands when one is invoked (listed in the help, they show
    the first sentence of their help kept in ``LAZY``)."""

    listing = False

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY})

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.listing = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            self.listing = False

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY and cmd_name not in self.commands:
            target, first_sentence = LAZY[cmd_name]
            if self.listing:
                return click.Command(cmd_name, help=first_sentence)
            module, _, attr = target.partition(":")
            self.add_command(getattr(importlib.import_module(module), attr), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
def cli() -> None:
    """sitrep: turn conflict news into a sourced, time-aware knowledge base.

    Exit codes: 0 ok; 1 some inputs were skipped (each named on stderr);
    2 wrong usage (an output path that is the knowledge base or a folder);
    3 the knowledge base could not be opened or written (or another writer
    held it past a 30 s wait).
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@quiet_option
@click.option("--workers", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Clean, annotate and extract in N local processes (resolution and writes stay in one, in input "
                   "order: the same knowledge base as one process).")
@click.option("--dask", metavar="SCHEDULER_ADDRESS", default=None,
              help="Clean, annotate and extract on a Dask distributed cluster (e.g. tcp://10.0.0.5:8786); its "
                   "workers need sitrep installed. Needs the 'dask' extra.")
def ingest(inputs: tuple[str, ...], db: str, quiet: bool, workers: int, dask: str | None) -> None:
    """Read articles into the knowledge base: clean them, find known actors and
    time expressions, and store them with their offsets.

    INPUTS are .txt, .html/.htm, .json and .jsonl files, folders (read
    recursively), '-' for JSON Lines on standard input, or http(s) URLs of
    pages and RSS/Atom feeds. Re-ingesting the same input changes nothing;
    exact copies become one document and near-copies are linked.
    """
    if workers > 1 and dask:
        raise click.UsageError("give --workers or --dask, not both")
    report = _run_ingest(list(inputs), db, quiet, workers=workers, dask=dask)
    if not quiet:
        _print_summary(report)
        _print_languages(db, report)
    sys.exit(EXIT_SKIPPED if report.problems else 0)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(db: str, as_json: bool) -> None:
    """Show what the knowledge base holds."""
    with _kb_errors():
        info = api.stats(db)
    if as_json:
        click.echo(json.dumps(info, indent=2))
    else:
        _print_stats(info)


@cli.command()
@click.option("--db", default="sitrep-demo.db", show_default=True, type=click.Path(dir_okay=False),
              help="Knowledge base to build from the bundled sample.")
@quiet_option
def demo(db: str, quiet: bool) -> None:
    """Ingest the bundled sample articles (invented for sitrep), show what was built, and write the situation
    report beside the knowledge base (DB with .html)."""
    report = _run_ingest([str(api.sample_corpus())], db, quiet)
    with _kb_errors(), api.open_kb(db) as kb:
        info = kb.stats()
        docs = list(kb.iter_documents())
    _print_summary(report)
    _print_stats(info)
    say("\ndocuments:")
    for d in docs:
        dup = f"  (near-copy of {d['duplicate_of']})" if d.get("duplicate_of") else ""
        say(f"  {d['published'] or '????-??-??'}  {d['outlet'] or '-':<22.22}  {d['title'] or d['id']}{dup}")
    with _kb_errors():
        say(f"\nsituation report: {api.report(db, Path(db).with_suffix('.html'))}")
    sys.exit(EXIT_SKIPPED if report.problems else 0)


def _on_terminal() -> bool:
    """Whether a person watches standard error (then ``ingest`` shows its model loading and a progress bar)."""
    return sys.stderr.isatty()


def _run_ingest(inputs: list[str], db: str, quiet: bool, workers: int = 1, dask: str | None = None) -> IngestReport:
    show_bar = not quiet and _on_terminal()
    if show_bar and workers == 1 and not dask:
        say("loading language models...", err=True)
        say(f"models ready in {api.load_models():.1f} s", err=True)
    elif show_bar:
        say(f"starting {'the Dask workers' if dask else f'{workers} workers'}...", err=True)
    total = api.count_inputs(inputs) if show_bar else None
    from tqdm import tqdm  # (0.06 CPU s of imports: not for the other commands, nor --help)

    bar = tqdm(total=total, unit="doc", desc="ingest", disable=not show_bar, file=sys.stderr, leave=False,
               dynamic_ncols=True)  # with a total: done/total, rate and time left

    def progress(result: IngestOutcome | Problem) -> None:
        if isinstance(result, Problem):
            bar.clear()
            say(f"skipped {result}", err=True)
        bar.update(1)

    stdin = sys.stdin.buffer if "-" in inputs else None
    try:
        with _kb_errors():
            return api.ingest(inputs, db, stdin=stdin, progress=progress, workers=workers, dask=dask)
    finally:
        bar.close()
    raise AssertionError("unreachable")  # _kb_errors exits on a knowledge-base error


class _kb_errors:
    """Turn knowledge-base errors into a one-line message and exit code 3."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: Any) -> None:
        if isinstance(ev, SitrepError):
            say(f"error: {ev}", err=True)
            sys.exit(EXIT_USAGE if ev.code.startswith(("E6", "E7", "E8")) else EXIT_KB)


def _print_summary(report: IngestReport) -> None:
    parts = [f"{report.count(s)} {s}" for s in ("added", "updated", "unchanged", "duplicate", "near-duplicate")
             if report.count(s)]
    parts.append(f"{len(report.problems)} skipped")
    say("ingest: " + ", ".join(parts), err=True)


def _print_languages(db: str, report: IngestReport) -> None:
    """Name the documents of this run that are not in English: stored, but the English language layer reads
    little or nothing of them."""
    new = [o.doc_id for o in report.outcomes if o.status in ("added", "updated")]
    if not new:
        return
    with _kb_errors():
        other = api.not_in_english(db, new)
    if other:
        langs = ", ".join(f"{lang} {n}" for lang, n in Counter(other.values()).most_common())
        say(f"ingest: {len(other)} not in English ({langs}): stored with their language; sitrep reads "
            "English, so their events and relations are missing or partial", err=True)
        for doc_id, lang in list(other.items())[:10]:
            say(f"  {lang}  {doc_id}", err=True)


def _print_stats(info: dict[str, Any]) -> None:
    c = info["counts"]
    say(f"knowledge base {info['db']} (schema {info['schema'][-1] if info['schema'] else '-'})")
    say(f"  documents {c['documents']} (near-copies {c['near_duplicates']}), sources {c['document_sources']}")
    say(f"  entities {c['entities']}, mentions {c['mentions']}, time expressions {c['timexes']}, "
               f"events {c['events']}, relations {c['relations']}")
    pub = info["published"]
    say(f"  published {pub['first'] or '-'} .. {pub['last'] or '-'} ({pub['dated_documents']} dated)")
    if info["outlets"]:
        say("  outlets " + ", ".join(f"{k} ({v})" for k, v in info["outlets"].items()))
    if info.get("languages"):
        say("  languages " + ", ".join(f"{k} ({v})" for k, v in info["languages"].items()))
    if info.get("not_english"):
        docs = ", ".join(f"{d} ({lang})" for d, lang in info["not_english"].items())
        say(f"  not in English (events and relations missing or partial): {docs}")
    say(f"  runs {c['runs']}, skipped inputs recorded {c['ingest_problems']}")


def _register() -> None:
    """Command groups that live in their own modules."""
    for module in (gazetteer, query, report, corrections, export, show, bench):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="sitrep")

"""CLI command: export (a thin layer over ``sitrep.api.export``).

``sitrep export --db DB --format FORMAT [-o PATH] [--since DATE] [--until DATE] [--area PLACE] [--actor NAME]
[--layer events|places] [--with-rejected]``. The filters are the situation report's (``sitrep.kb.scope``); the
events and relations an analyst rejected are left out unless ``--with-rejected``. Exit codes: 1 the area or actor
matches no entity; 2 wrong usage; 3 knowledge-base error.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from sitrep import api
from sitrep.cli.query import db_option, reading, scope_options
from sitrep.cli.terminal import say
from sitrep.export import FORMATS
from sitrep.kb.scope import Scope


@click.command("export", help="Export the knowledge base, streamed; --since/--until/--area/--actor keep what the "
               "situation report would show.\n\n\b\n" + "\n".join(f"{f.name:<8} {f.help}" for f in FORMATS.values()))
@db_option
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="jsonl", show_default=True,
              help="Export format.")
@click.option("-o", "--output", type=click.Path(writable=True), default="-",
              help="Output file (a folder for parquet); '-' (the default) writes to standard output.")
@scope_options
@click.option("--layer", type=click.Choice(["events", "places"]), default=None,
              help="geojson only: the layer to write, events (the default) or placed locations.")
@click.option("--with-rejected", is_flag=True,
              help="Keep the events and relations an analyst rejected ('sitrep reject'); left out by default.")
def export_command(db: str, fmt: str, output: str, since: str | None, until: str | None, area: str | None,
                   actor: str | None, layer: str | None, with_rejected: bool) -> None:
    if FORMATS[fmt].to_path and output == "-":
        raise click.UsageError(f"--format {fmt} writes files: give -o PATH")
    if layer is not None and "layer" not in FORMATS[fmt].options:
        raise click.UsageError(f"--layer is for --format geojson, not {fmt}")
    options: dict[str, Any] = {}
    if layer is not None:
        options["layer"] = layer
    if "log" in FORMATS[fmt].options:
        options["log"] = lambda line: say(line, err=True)
    scope = Scope(since=since, until=until, area=area, actor=actor, rejected=with_rejected)
    with reading(db):
        n = api.export(db, fmt, sys.stdout if output == "-" else Path(output), scope, **options)
    if output != "-":
        say(f"wrote {n} records to {output}", err=True)


COMMANDS: list[click.Command] = [export_command]

"""CLI commands: report (a thin layer over the Python API).

``sitrep report --db DB -o report.html [--since DATE] [--until DATE] [--area PLACE] [--actor NAME]`` writes one
self-contained HTML situation report. Exit codes as for the query commands: 1 the area or actor matches no entity,
2 wrong usage, 3 knowledge-base error.
"""

from __future__ import annotations

import click

from sitrep import api
from sitrep.cli.query import db_option, reading, scope_options


@click.command("report")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="report.html",
              show_default=True, help="HTML file to write.")
@scope_options
def report_command(db: str, output: str, since: str | None, until: str | None, area: str | None,
                   actor: str | None) -> None:
    """Write a situation report: one HTML file that opens offline, with a summary of what changed, the key
    actors and how they relate, a timeline, a map, the events with their evidence, and contested claims."""
    with reading(db):
        api.report(db, output, since=since, area=area, until=until, actor=actor)
    click.echo(f"wrote {output}", err=True)


COMMANDS: list[click.Command] = [report_command]

"""CLI commands: report (a thin layer over the Python API).

``sitrep report --db DB -o report.html [--since DATE] [--area PLACE]`` writes one self-contained HTML situation
report. Exit codes as for the query commands: 1 the area matches no place, 2 wrong usage, 3 knowledge-base error.
"""

from __future__ import annotations

import click

from sitrep import api
from sitrep.cli.query import _date, db_option, reading


@click.command("report")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="report.html",
              show_default=True, help="HTML file to write.")
@click.option("--since", callback=_date, help="Only what happened or was published since DATE (YYYY-MM-DD).")
@click.option("--area", help="Only events inside this place (a province takes in its districts and towns).")
def report_command(db: str, output: str, since: str | None, area: str | None) -> None:
    """Write a situation report: one HTML file that opens offline, with a summary of what changed, the key
    actors and how they relate, a timeline, a map, the events with their evidence, and contested claims."""
    with reading(db):
        api.report(db, output, since=since, area=area)
    click.echo(f"wrote {output}", err=True)


COMMANDS: list[click.Command] = [report_command]

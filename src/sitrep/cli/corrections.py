"""CLI: analyst corrections (``sitrep entity merge|split|rename|alias``) and ``sitrep reprocess``.

Each correction is recorded with its author and time and constrains every later resolution, so it survives
re-processing and new ingests.
"""

from __future__ import annotations

import getpass
import json
import sys

import click

from sitrep import api, settings
from sitrep.cli.query import entity_group
from sitrep.errors import SitrepError

_db = click.option("--db", envvar=settings.SETTINGS["db"].env, default=settings.SETTINGS["db"].default,
                   show_default=True, type=click.Path(dir_okay=False), help="Knowledge base file (or set SITREP_DB).")
_author = click.option("--author", default=lambda: getpass.getuser(), show_default="your user name",
                       help="Who makes the decision (recorded).")
_note = click.option("--note", default=None, help="Why (recorded).")


def _run(db: str, action: str, author: str, note: str | None, **names: str) -> None:
    try:
        done = api.correct(db, action, author, note, **names)
    except (SitrepError, LookupError, ValueError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3 if isinstance(exc, SitrepError) and exc.code.startswith("E5") else 2)
    click.echo(json.dumps(done, ensure_ascii=False))


@entity_group.command("merge")
@click.argument("keep")
@click.argument("gone")
@_db
@_author
@_note
def merge(keep: str, gone: str, db: str, author: str, note: str | None) -> None:
    """GONE and KEEP are one entity: everything about GONE moves to KEEP, now and in later ingests."""
    _run(db, "merge", author, note, keep=keep, gone=gone)


@entity_group.command("split")
@click.argument("entity")
@click.argument("alias")
@_db
@_author
@_note
def split(entity: str, alias: str, db: str, author: str, note: str | None) -> None:
    """Mentions of ENTITY written ALIAS are another entity, now and in later ingests."""
    _run(db, "split", author, note, entity=entity, alias=alias)


@entity_group.command("rename")
@click.argument("entity")
@click.argument("name")
@_db
@_author
@_note
def rename(entity: str, name: str, db: str, author: str, note: str | None) -> None:
    """Give ENTITY the canonical NAME (the old name stays an alias)."""
    _run(db, "rename", author, note, entity=entity, name=name)


@entity_group.command("alias")
@click.argument("entity")
@click.argument("alias")
@_db
@_author
@_note
def alias(entity: str, alias: str, db: str, author: str, note: str | None) -> None:
    """ALIAS is another name of ENTITY: later mentions of it join ENTITY."""
    _run(db, "alias", author, note, entity=entity, alias=alias)


@click.command()
@_db
def reprocess(db: str) -> None:
    """Run the language layer, extraction and resolution again over every stored document (after an upgrade or
    a dictionary change). Analyst corrections hold."""
    try:
        n = api.reprocess(db)
    except SitrepError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    click.echo(f"reprocessed {n} documents", err=True)


COMMANDS: list[click.Command] = [reprocess]

"""CLI: analyst corrections (``sitrep entity merge|split|rename|alias``, ``sitrep confirm|reject event|relation
ID``), their log (``sitrep corrections``, ``sitrep corrections undo ID``) and ``sitrep reprocess``.

Each correction is recorded with its author and time and constrains every later resolution, so it survives
re-processing and new ingests. Entities are named by full id, exact name or an id prefix only one id has.
"""

from __future__ import annotations

import getpass
import json
import sys

import click

from sitrep import api, settings
from sitrep.cli.query import entity_group
from sitrep.cli.terminal import say
from sitrep.errors import SitrepError

_db = click.option("--db", envvar=settings.SETTINGS["db"].env, default=settings.SETTINGS["db"].default,
                   show_default=True, type=click.Path(dir_okay=False),
                   help="Knowledge base: a file, or a postgresql:// URL (or set SITREP_DB).")
_author = click.option("--author", default=lambda: getpass.getuser(), show_default="your user name",
                       help="Who makes the decision (recorded).")
_note = click.option("--note", default=None, help="Why (recorded).")


def _run(db: str, action: str, author: str, note: str | None, force: bool = False, **names: str) -> None:
    try:
        done = api.correct(db, action, author, note, force=force, **names)
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
@click.option("--force", is_flag=True, help="Merge even when the two entities have different types (a person and an "
              "armed group).")
def merge(keep: str, gone: str, db: str, author: str, note: str | None, force: bool) -> None:
    """GONE and KEEP are one entity: everything about GONE moves to KEEP, now and in later ingests.

    Give full ids (as 'sitrep entities' prints them) or exact names; a shortened id is refused with the
    candidates. Entities of different types are merged only with --force."""
    _run(db, "merge", author, note, force=force, keep=keep, gone=gone)


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


def _verdict(action: str) -> click.Command:
    verb = {"confirm": "Confirm", "reject": "Reject"}[action]
    more = ("It is marked confirmed on its page and in the JSON Lines export." if action == "confirm" else
            "It is left out of the report, the lists of 'sitrep serve' and the exports (unless --with-rejected),"
            " and flagged on its own page.")

    @click.command(action, help=f"""{verb} event or relation ID (KIND is event or relation): recorded with who and
        when, undone by 'sitrep corrections undo'. The decision is keyed by the fact's evidence (document,
        offsets, quote) and its type, so it holds through re-ingest and 'sitrep reprocess'. {more}""")
    @click.argument("kind", type=click.Choice(["event", "relation"]))
    @click.argument("fact_id", metavar="ID")
    @_db
    @_author
    @_note
    def command(kind: str, fact_id: str, db: str, author: str, note: str | None) -> None:
        try:
            done = api.review(db, kind, fact_id, action, author, note)
        except SitrepError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(3 if exc.code.startswith("E5") else 2)
        click.echo(json.dumps(done, ensure_ascii=False))

    return command


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


@click.group("corrections", invoke_without_command=True)
@_db
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def corrections_group(ctx: click.Context, db: str, as_json: bool) -> None:
    """List the analyst corrections, oldest first, with who made them and when (and who undid them).

    'sitrep corrections undo ID' undoes one."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        log = api.corrections(db)
    except SitrepError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    if as_json:
        click.echo(json.dumps(log, ensure_ascii=False, indent=2))
        return
    if not log:
        say("(no corrections)")
    for c in log:
        args = " ".join(f"{k}={v}" for k, v in sorted(c["args"].items()) if k not in ("before", "anchors"))
        undone = f"  UNDONE {c['undone_at']} by {c['undone_by']}" if c["undone_at"] else ""
        say(f"{c['id']:>4}  {c['at']}  {c['author']:<12} {c['action']:<7} {args}"
            f"{'  (' + c['note'] + ')' if c['note'] else ''}{undone}")


@corrections_group.command("undo")
@click.argument("correction_id", metavar="ID", type=click.IntRange(min=1))
@_db
@_author
def undo(correction_id: int, db: str, author: str) -> None:
    """Undo correction ID: what it changed is put back and resolution runs again over the documents whose
    mentions it moved (none for a verdict). The correction stays in the log, marked undone."""
    try:
        done = api.undo(db, correction_id, author)
    except SitrepError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3 if exc.code.startswith("E5") else 2)
    click.echo(json.dumps(done, ensure_ascii=False))


COMMANDS: list[click.Command] = [reprocess, corrections_group, _verdict("confirm"), _verdict("reject")]

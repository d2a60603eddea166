"""CLI commands: query (a thin layer over the Python API).

``sitrep entities | entity NAME | events | timeline NAME | asof DATE | search TEXT | sources | contradictions``,
each with ``--db`` and ``--json``. Exit codes: 0 ok; 1 a NAME matches no entity; 2 wrong usage (a bad date, a bad
search); 3 the knowledge base could not be opened.

``entity`` is a group: ``sitrep entity NAME`` profiles NAME, and subcommands added to ``entity_group``
(``sitrep entity merge ...``) take precedence over names; ``sitrep entity show NAME`` profiles a name that is
also a subcommand.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from sitrep import api, settings
from sitrep.cli.terminal import safe_json, say
from sitrep.dates import is_real_date
from sitrep.errors import SitrepError
from sitrep.kb import KnowledgeBase
from sitrep.kb.queries import NameNotFound
from sitrep.kb.show import ENTITY_TYPES

EXIT_NOT_FOUND, EXIT_USAGE, EXIT_KB = 1, 2, 3
F = TypeVar("F", bound=Callable[..., Any])

db_option = click.option(
    "--db", envvar=settings.SETTINGS["db"].env, default=settings.SETTINGS["db"].default, show_default=True,
    type=click.Path(dir_okay=False), help="Knowledge base: a file, or a postgresql:// URL (or set SITREP_DB).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not is_real_date(value):
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


def scope_options(f: F) -> F:
    """``--since/--until/--area/--actor``: the same filters, in the same words, for ``report`` and ``export``
    (applied by ``sitrep.kb.scope``)."""
    options = (
        click.option("--since", callback=_date, help="Only what happened or was published since DATE (YYYY-MM-DD, "
                     "YYYY-MM or YYYY)."),
        click.option("--until", callback=_date, help="Only what happened or was published until DATE."),
        click.option("--area", help="Only events inside this place (a province takes in its districts and towns)."),
        click.option("--actor", help="Only events and relations of this actor (a name or an id)."),
    )
    for option in reversed(options):
        f = option(f)
    return f


@contextmanager
def reading(db: str) -> Iterator[None]:
    """Known failures of a command over ``db`` become one line on stderr and an exit code."""
    try:
        yield
    except SitrepError as exc:
        say(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE if exc.code.startswith(("E6", "E7")) else EXIT_KB)
    except NameNotFound as exc:
        say(f"error: {exc}", err=True)
        sys.exit(EXIT_NOT_FOUND)
    except ValueError as exc:
        say(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@contextmanager
def open_kb(db: str) -> Iterator[KnowledgeBase]:
    """The knowledge base for a read-only command; known failures become one line on stderr and an exit code."""
    with reading(db), api.open_kb(db, create=False) as kb:
        yield kb


def emit(data: Any, as_json: bool, text: Callable[[Any], None]) -> None:
    if as_json:
        click.echo(safe_json(json.dumps(data, ensure_ascii=False, indent=2, default=str)))
    else:
        text(data)


def _cut(value: Any, width: int) -> str:
    s = "-" if value is None else " ".join(str(value).split())
    return s if len(s) <= width else s[: width - 1] + "…"


ID_COLUMNS = ("id", "doc", "doc_id", "owner_id", "subject_id", "object_id", "event_id")


def _table(rows: list[dict[str, Any]], cols: list[tuple[str, int]]) -> None:
    """A text table; id columns are never cut (an id must be copied whole into the next command)."""
    if not rows:
        say("(nothing)")
        return
    cols = [(c, max(w, *(len(str(r.get(c) or "")) for r in rows)) if c in ID_COLUMNS else w) for c, w in cols]
    say("  ".join(f"{c:<{w}}" for c, w in cols).rstrip())
    for r in rows:
        say("  ".join(f"{_cut(r.get(c), w):<{w}}" for c, w in cols).rstrip())


# ---------------------------------------------------------------- entities


@click.command("entities")
@click.option("--type", "type_", type=click.Choice(ENTITY_TYPES), help="Entity type.")
@click.option("--name", help="Name or part of one (any spelling).")
@click.option("--country", help="ISO country code.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@db_option
@json_option
def entities_command(type_: str | None, name: str | None, country: str | None, limit: int | None, db: str,
                     as_json: bool) -> None:
    """List entities, most mentioned first."""
    with open_kb(db) as kb:
        rows = kb.entities(type=type_, name=name, country=country, limit=limit)
    emit(rows, as_json, lambda r: _table(r, [("id", 14), ("type", 12), ("name", 34), ("country", 7),
                                             ("mentions", 8), ("documents", 9)]))


class EntityGroup(click.Group):
    """A group whose unknown first argument is the NAME to profile: ``entity NAME`` runs ``entity show NAME``."""

    default_command = "show"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "NAME [--db DB] [--json] | COMMAND [ARGS]...")


@click.group("entity", cls=EntityGroup, context_settings={"help_option_names": ["-h", "--help"]})
def entity_group() -> None:
    """Profile an entity: sitrep entity NAME (any spelling or alias).

    Shows aliases, positions over time, relations, events, sources, and when it was first and last seen.
    """


@entity_group.command("show")
@click.argument("name")
@db_option
@json_option
def entity_show(name: str, db: str, as_json: bool) -> None:
    """Profile NAME (the default: sitrep entity NAME)."""
    with open_kb(db) as kb:
        profile = kb.entity(name)
    emit(profile, as_json, _print_profile)


def _print_profile(p: dict[str, Any]) -> None:
    say(f"{p['name']} [{p['id']}] {p['type']}{' ' + p['country'] if p['country'] else ''}"
               f"  (matched by {p['matched_by']})")
    if p["also_matched"]:
        say(f"  also matches: {', '.join(p['also_matched'])}")
    say(f"  aliases: {', '.join(p['aliases']) or '-'}")
    say(f"  seen: {p['first_seen'] or '?'} .. {p['last_seen'] or '?'}; {p['mentions']} mentions in "
               f"{p['documents']} documents")
    if p["geo"]:
        g = p["geo"]
        say(f"  place: {g.get('lat')}, {g.get('lon')} ({g.get('admin1') or '-'}, {g.get('country') or '-'})")
    sections: tuple[tuple[str, list[dict[str, Any]], Callable[[dict[str, Any]], str]], ...] = (
            ("positions", p["positions"], lambda r: f"{r['role'] or r['predicate']} of {r['object'] or '-'}"
             f" {r['start_date'] or '?'}..{r['end_date'] or ''} [{r['certainty']}]"),
            ("relations", p["relations"], lambda r: f"{'->' if r['direction'] == 'out' else '<-'} "
             f"{r['predicate']} {r['other'] or '-'} {r['start_date'] or '?'}..{r['end_date'] or ''} "
             f"[{r['certainty']}] ({r['doc_id']})"),
            ("events", p["events"], lambda e: f"{e['date_start'] or '????-??-??'} {e['sub_type'] or e['type']}"
             f" at {e['location'] or '?'} ({', '.join(e['docs'])})"),
            ("sources", p["sources"], lambda s: f"{s['published'] or '????-??-??'} {s['outlet'] or '-'}: "
             f"{_cut(s['title'] or s['id'], 70)}"))
    for title, items, fmt in sections:
        say(f"  {title}:" + ("" if items else " -"))
        for it in items:
            say(f"    {fmt(it)}")


# ---------------------------------------------------------------- events and time


@click.command("events")
@click.option("--type", "type_", help="ACLED event type or sub-event type.")
@click.option("--actor", help="An actor taking part (any spelling).")
@click.option("--place", help="A place; everything inside a province or district counts.")
@click.option("--since", callback=_date, help="From this date (YYYY-MM-DD, YYYY-MM, YYYY).")
@click.option("--until", callback=_date, help="Up to this date.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@click.option("--with-rejected", is_flag=True,
              help="Also the events an analyst rejected ('sitrep reject event'), marked; left out by default.")
@db_option
@json_option
def events_command(type_: str | None, actor: str | None, place: str | None, since: str | None, until: str | None,
                   limit: int | None, with_rejected: bool, db: str, as_json: bool) -> None:
    """List events in date order (none an analyst rejected, unless --with-rejected)."""
    with open_kb(db) as kb:
        rows = kb.events(type=type_, actor=actor, place=place, since=since, until=until, limit=limit,
                         rejected=with_rejected)
    for r in rows:
        r["actor_names"] = "; ".join(a["name"] for a in r["actors"])
    columns = [("id", 6), ("date_start", 10), ("sub_type", 26), ("location", 18), ("fatalities", 10),
               ("actor_names", 40)] + ([("review", 9)] if with_rejected else [])
    emit(rows, as_json, lambda rs: _table(rs, columns))


@click.command("timeline")
@click.argument("name")
@db_option
@json_option
def timeline_command(name: str, db: str, as_json: bool) -> None:
    """The story of an actor or a place in date order: events, relations starting and ending."""
    with open_kb(db) as kb:
        items = kb.timeline(name)
    emit(items, as_json, _print_timeline)


def _print_timeline(items: list[dict[str, Any]]) -> None:
    if not items:
        say("(nothing)")
    for i in items:
        mark = "*" if i["date_basis"] == "reported" else " "
        say(f"{i['date'] or '????-??-??'}{mark} {i['kind']:<14} {i['summary']}")


@click.command("asof")
@click.argument("date", callback=_date)
@click.option("--entity", help="Only relations of this entity.")
@db_option
@json_option
def asof_command(date: str, entity: str | None, db: str, as_json: bool) -> None:
    """Relations holding on DATE (who controls, leads, is allied with, member of...).

    A relation with no start date counts only from the publication date of the document that stated it
    (marked *).
    """
    with open_kb(db) as kb:
        rows = kb.asof(date, entity=entity)
    for r in rows:
        r["since_"] = r["since"] + ("*" if r["start_basis"] == "reported" else "")
    emit(rows, as_json, lambda rs: _table(rs, [("subject", 26), ("predicate", 22), ("object", 26), ("role", 16),
                                               ("since_", 11), ("end_date", 10), ("certainty", 10)]))


# ---------------------------------------------------------------- text and sources


@click.command("search")
@click.argument("text")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="At most this many of each kind.")
@db_option
@json_option
def search_command(text: str, limit: int, db: str, as_json: bool) -> None:
    """Full-text search of documents and evidence quotes (all words must occur; "quoted phrases")."""
    with open_kb(db) as kb:
        hits = kb.search(text, limit=limit)
    emit(hits, as_json, lambda hs: _table(hs, [("kind", 8), ("doc", 24), ("owner_id", 8), ("snippet", 90)]))


@click.command("sources")
@db_option
@json_option
def sources_command(db: str, as_json: bool) -> None:
    """Documents and outlets."""
    with open_kb(db) as kb:
        data = {"outlets": kb.outlets(), "documents": kb.sources()}

    def text(d: dict[str, Any]) -> None:
        _table(d["outlets"], [("outlet", 30), ("documents", 9), ("first", 10), ("last", 10)])
        say("")
        _table(d["documents"], [("published", 10), ("outlet", 20), ("id", 24), ("title", 50), ("events", 6),
                                ("relations", 9)])
    emit(data, as_json, text)


@click.command("contradictions")
@db_option
@json_option
def contradictions_command(db: str, as_json: bool) -> None:
    """Claims whose values differ across sources (fighters, dates...), events with differing death tolls and places
    two sources say different actors control at the same time."""
    with open_kb(db) as kb:
        rows = kb.contradictions()

    def text(rs: list[dict[str, Any]]) -> None:
        if not rs:
            say("(no contradictions)")
        for c in rs:
            say(f"{c['subject']} [{c['subject_id']}] {c['attribute']}:")
            for v in c["values"]:
                say(f"  {_cut(v['value'], 12):<12} {v['published'] or '????-??-??'} "
                           f"{_cut(v['outlet'], 20):<20} {v['doc_id']}  {_cut(v.get('evidence'), 70)}")
    emit(rows, as_json, text)


COMMANDS: list[click.Command] = [entities_command, entity_group, events_command, timeline_command, asof_command,
                                 search_command, sources_command, contradictions_command]

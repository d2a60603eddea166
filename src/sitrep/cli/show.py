"""CLI: one fact at a time, with its evidence sentences and sources, as text or ``--json``.

``sitrep event ID | relation ID | document ID``, ``sitrep relations [--actor --predicate --since --until
--place]`` (the filters of ``sitrep.kb.scope``, as for ``report`` and ``export``), ``sitrep claims [--entity
--subject --attribute]``. Exit codes: 0 ok; 1 a name matches no entity; 2 a bad id, date or choice; 3 the
knowledge base could not be opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from sitrep import api
from sitrep.cli.query import _date, db_option, emit, json_option, reading
from sitrep.cli.terminal import say
from sitrep.kb.scope import Scope
from sitrep.kb.show import marked_text

Record = dict[str, Any]


def _sources(items: list[Record]) -> None:
    say("  sources:" + ("" if items else " -"))
    for s in items:
        figure = f"  fatalities {s['fatalities']}" if s.get("fatalities") is not None else ""
        say(f"    {s.get('published') or '????-??-??'}  {s.get('outlet') or '-'}  {s['doc']}"
            f"{'  ' + s['url'] if s.get('url') else ''}{figure}")


def _evidence(items: list[Record]) -> None:
    say("  evidence:" + ("" if items else " -"))
    for q in items:
        say(f"    [{q['doc']} {q['start']}-{q['end']}] \"{q['text']}\"")


def _claims(items: list[Record], indent: str = "  ") -> None:
    for c in items:
        who = c.get("attributed_to_name") or c.get("attributed_to") or "-"
        say(f"{indent}{c['subject_id']} {c['attribute']} = {c['value']} [{c['certainty'] or '-'}] says {who}"
            f" ({c.get('published') or '????-??-??'} {c.get('outlet') or '-'} {c['doc_id']})")
        if c.get("evidence"):
            say(f"{indent}  [{c['doc_id']} {c['start_char']}-{c['end_char']}] \"{c['evidence']}\"")


def _print_event(e: Record) -> None:
    say(f"event {e['id']}: {e['sub_type'] or e['type'] or '-'} ({e['type'] or '-'})")
    end = e.get("date_end")
    say(f"  date: {e['date_start'] or 'unknown'}{'..' + end if end and end != e['date_start'] else ''}")
    say(f"  place: {e['location'] or '-'} [{e['location_id'] or '-'}]")
    say(f"  fatalities: {e['fatalities'] if e['fatalities'] is not None else 'not reported'}")
    say("  actors: " + ("; ".join(f"{a['name']} [{a['id']}] ({a['role']})" for a in e["actors"]) or "-"))
    _sources(e["sources"])
    _evidence(e["evidence"])
    if e["claims"]:
        say("  claims:")
        _claims(e["claims"], "    ")


def _print_relation(r: Record) -> None:
    say(f"relation {r['id']}: {r['subject']} [{r['subject_id']}] {r['predicate']} {r['object'] or '-'}"
        f" [{r['object_id'] or '-'}]")
    say(f"  {r['start_date'] or '?'} .. {r['end_date'] or ''}  certainty {r['certainty'] or '-'}"
        f"  said by {r.get('attributed_to_name') or '-'}")
    say(f"  source: {r.get('published') or '????-??-??'}  {r.get('outlet') or '-'}  {r['doc_id'] or '-'}"
        f"  {r.get('title') or ''}")
    _evidence(r["evidence"])
    if r["claims"]:
        say("  claims:")
        _claims(r["claims"], "    ")


def _print_relations(rows: list[Record]) -> None:
    if not rows:
        say("(nothing)")
    for r in rows:
        quote = r["evidence"][0]["text"] if r["evidence"] else ""
        say(f"{r['id']}  {r['subject']} {r['predicate']} {r['object'] or '-'}  {r['start_date'] or '?'}.."
            f"{r['end_date'] or ''}  [{r['certainty'] or '-'}]  {r['doc_id'] or '-'}")
        if quote:
            say(f"    \"{quote}\"")


def _print_document(d: Record) -> None:
    say(f"document {d['id']}: {d['title'] or '-'}")
    say(f"  {d['published'] or '????-??-??'}  {d['outlet'] or '-'}  language {d['lang'] or '-'}  "
        f"{d['url'] or d['source']}")
    if d["duplicate_of"]:
        say(f"  near-copy of {d['duplicate_of']}")
    say("")
    say(marked_text(d))
    say("")
    sections: tuple[tuple[str, list[Record], Callable[[Record], str]], ...] = (
        ("events", d["events"], lambda e: f"{e['id']}  {e['date_start'] or '????-??-??'}  {e['sub_type'] or e['type']}"
         f" at {e['location'] or '?'}  ({'; '.join(e['actors']) or '-'})"),
        ("relations", d["relations"], lambda r: f"{r['id']}  {r['subject']} {r['predicate']} {r['object'] or '-'}"),
        ("evidence", d["evidence"], lambda q: f"{q['kind']} {q['id']} [{q['start']}-{q['end']}] \"{q['text']}\""))
    for title, items, fmt in sections:
        say(f"{title}:" + ("" if items else " -"))
        for it in items:
            say(f"  {fmt(it)}")


@click.command("event")
@click.argument("event_id", metavar="ID")
@db_option
@json_option
def event_command(event_id: str, db: str, as_json: bool) -> None:
    """One event: type, date, place, fatalities, actors, every source, the evidence sentences and claims."""
    with reading(db):
        emit(api.event(db, event_id), as_json, _print_event)


@click.command("relation")
@click.argument("relation_id", metavar="ID")
@db_option
@json_option
def relation_command(relation_id: str, db: str, as_json: bool) -> None:
    """One relation: its ends, dates, certainty, who said so, its source and evidence sentences."""
    with reading(db):
        emit(api.relation(db, relation_id), as_json, _print_relation)


@click.command("relations")
@click.option("--actor", help="Only relations of this actor (a name or an id).")
@click.option("--predicate", help="Only this predicate (member_of, leader_of, controls, ...).")
@click.option("--since", callback=_date, help="Only relations in force since DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", callback=_date, help="Only relations in force until DATE.")
@click.option("--place", help="Only relations naming a place inside this one, or linking two actors of its events.")
@db_option
@json_option
def relations_command(actor: str | None, predicate: str | None, since: str | None, until: str | None,
                      place: str | None, db: str, as_json: bool) -> None:
    """Relations in the order they were stated, with their first evidence sentence. The filters are those of
    'report' and 'export'."""
    with reading(db):
        rows = api.relations(db, Scope(since=since, until=until, area=place, actor=actor), predicate)
    emit(rows, as_json, _print_relations)


@click.command("claims")
@click.option("--entity", help="Claims about this entity (a name or an id).")
@click.option("--subject", help="Claims about this event, relation or entity id.")
@click.option("--attribute", help="Only this attribute (fatalities, fighters, date, ...).")
@db_option
@json_option
def claims_command(entity: str | None, subject: str | None, attribute: str | None, db: str, as_json: bool) -> None:
    """Who says what: claims about events, relations and entities, each with its source and quote."""
    with reading(db):
        rows = api.claims(db, subject=subject, attribute=attribute, entity=entity)
    emit(rows, as_json, lambda rs: _claims(rs, "") if rs else say("(nothing)"))


@click.command("document")
@click.argument("doc_id", metavar="ID")
@db_option
@json_option
def document_command(doc_id: str, db: str, as_json: bool) -> None:
    """One document: its cleaned text with each mention marked [text]{entity id}, then its events, relations and
    evidence with offsets into that text."""
    with reading(db):
        emit(api.document(db, doc_id), as_json, _print_document)


COMMANDS: list[click.Command] = [event_command, relation_command, relations_command, claims_command,
                                 document_command]

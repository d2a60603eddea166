"""What the situation report says, gathered from the knowledge base's queries (no SQL here)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Scope, select

Record = dict[str, Any]
MAX_ACTORS = 18


@dataclass
class ReportData:
    """Everything one report shows; built by ``gather``."""

    title: str
    since: str | None
    area: str | None
    area_name: str | None
    events: list[Record]
    documents: list[Record]
    actors: list[Record]  # key actors, most involved first, each with ``events`` and ``relations`` counts
    relations: list[Record]  # relations among key actors
    co_events: dict[tuple[str, str], int]  # pairs of key actors -> number of shared events
    places: list[Record]  # placed locations to label on the map
    contested: list[Record]
    new_actors: list[Record]
    summary: list[str] = field(default_factory=list)
    generated_from: str = ""
    until: str | None = None
    actor: str | None = None


def gather(kb: KnowledgeBase, since: str | None = None, area: str | None = None, until: str | None = None,
           actor: str | None = None) -> ReportData:
    """Select the events, documents, actors and contested claims of the report (the filters are
    ``sitrep.kb.scope``'s, shared with the exports; an unknown ``area`` or ``actor`` raises NameNotFound)."""
    filters = Scope(since=since, until=until, area=area, actor=actor)
    sel = select(kb, filters)
    area_name, inside = sel.area_name, sel.area_ids
    events = kb.events() if sel.events is None else sel.events
    start = filters.bounds[0]
    documents = [d for d in kb.sources() if sel.has_doc(d["id"])]
    all_relations = [r for r in kb.relations() if r["object_id"] is not None] if sel.relations is None \
        else sel.relations
    in_events: Counter[str] = Counter(a["id"] for e in events for a in e["actors"])
    in_relations: Counter[str] = Counter()
    for r in all_relations:
        in_relations.update([r["subject_id"], r["object_id"]])
    entities = {e["id"]: e for e in kb.entities()}
    scope = set(in_events) if inside is not None else set(in_events) | set(in_relations)
    ranked = sorted((eid for eid in scope if eid in entities and entities[eid]["type"] != "location"),
                    key=lambda i: (-in_events[i], -in_relations[i], -entities[i]["mentions"], i))
    actors = [entities[i] | {"events": in_events[i], "relations": in_relations[i]} for i in ranked[:MAX_ACTORS]]
    keys = {a["id"] for a in actors}
    relations = [r for r in all_relations if r["subject_id"] in keys and r["object_id"] in keys]
    co: Counter[tuple[str, str]] = Counter()
    for e in events:
        ids = sorted({a["id"] for a in e["actors"] if a["id"] in keys})
        co.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1:])
    placed = {e["location_id"] for e in events}
    places = [p for p in kb.entities(type="location") if p["geo"] and p["geo"].get("lat") is not None
              and (p["id"] in placed or (inside is not None and p["id"] in inside)
                   or (inside is None and filters.empty))]
    event_ids = {e["id"] for e in events}
    contested = [c for c in kb.contradictions()
                 if (c["subject_kind"] == "event" and c["subject_id"] in event_ids)
                 or (c["subject_kind"] != "event" and (filters.empty or c["subject_id"] in keys))]
    new_actors: list[Record] = []
    if start:
        for a in actors:
            seen = [s["published"] for s in kb.entity(a["id"])["sources"] if s["published"]]
            if seen and min(seen) >= start:
                new_actors.append(a)
    data = ReportData(
        title=f"Situation report{': ' + area_name if area_name else ''}", since=since, area=area,
        area_name=area_name, events=events, documents=documents, actors=actors, relations=relations,
        co_events=dict(co), places=places, contested=contested, new_actors=new_actors,
        generated_from=kb.path, until=until, actor=actor)
    data.summary = summarize(data)
    return data


def undated(events: list[Record]) -> list[Record]:
    """The events without a date (not on the timeline; the report lists them)."""
    return [e for e in events if not e["date_start"]]


def _names(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def summarize(d: ReportData) -> list[str]:
    """The written summary: generated sentences over the report's data (plain text; escaped when rendered)."""
    out: list[str] = []
    dates = sorted(x for x in [e["date_start"] for e in d.events] + [s["published"] for s in d.documents] if x)
    span = f"between {dates[0]} and {dates[-1]}" if dates else "on unknown dates"
    outlets = {s["outlet"] for s in d.documents if s["outlet"]}
    where = f" in and around {d.area_name}" if d.area_name else ""
    since = (f"From {d.since} to {d.until}" if d.since and d.until else f"Since {d.since}" if d.since
             else f"Until {d.until}" if d.until else "In all")
    dead = sum(e["fatalities"] or 0 for e in d.events)
    out.append(f"{since}, {_plural(len(d.documents), 'document')} from {_plural(len(outlets), 'outlet')} "
               f"({span}) report {_plural(len(d.events), 'event')}{where}"
               + (f", with at least {dead} fatalities reported in total." if dead else ", with no fatality figure."))
    types = Counter(e["type"] for e in d.events)
    if types:
        out.append("By type: " + _names([f"{n} {t}" for t, n in types.most_common()]) + ".")
    if d.new_actors:
        out.append(f"New actors since {d.since}: {_names([a['name'] for a in d.new_actors])}.")
    if d.actors:
        top = [a for a in d.actors if a["events"]][:3]
        if top:
            out.append("Most active: " + _names([f"{a['name']} ({_plural(a['events'], 'event')})" for a in top]) + ".")
    big = sorted((e for e in d.events if e["fatalities"]), key=lambda e: -e["fatalities"])[:3]
    for e in big:
        actors = _names([a["name"] for a in e["actors"] if a["role"] == "actor1"]) or "an unidentified actor"
        qual = {"about": "about ", "at_least": "at least ", "more_than": "more than ", "at_most": "at most "}.get(
            e["fatalities_qualifier"] or "", "")
        out.append(f"Deadliest: {(e['sub_type'] or e['type']).lower()} by {actors}"
                   f"{' in ' + e['location'] if e['location'] else ''} on {e['date_start'] or 'an unknown date'} "
                   f"({qual}{e['fatalities']} killed; {_plural(len(e['docs']), 'source')}).")
    if d.relations:
        kinds = Counter(r["predicate"].replace("_", " ") for r in d.relations).most_common()
        out.append(f"{_plural(len(d.relations), 'relation')} link the key actors "
                   f"({_names([f'{n} {p}' for p, n in kinds])}).")
    if d.contested:
        tolls = sum(1 for c in d.contested if c["kind"] == "fatalities")
        claims = len(d.contested) - tolls
        parts = ([f"sources disagree on the death toll of {_plural(tolls, 'event')}"] if tolls else []) + (
            [f"{_plural(claims, 'claim is', 'claims are')} contested"] if claims else [])
        out.append(_names(parts).capitalize() + ".")
    if not d.events and not d.documents:
        out = ["Nothing in the knowledge base matches this report's date and area."]
    return out

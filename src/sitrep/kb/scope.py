"""What a report or an export covers: ``--since``, ``--until``, ``--area`` and ``--actor``, decided once here.

``select(kb, Scope(...))`` returns a ``Selection``: the events, relations, documents and entities in scope, so that
the situation report and every export format apply the same filters in the same way.

- events: those whose date period overlaps [since, until] (undated events are then left out), inside the area
  (a province takes in its districts and towns), with the actor in any role (``kb.events``);
- relations (with an object): those in force at some time in [since, until] (a relation without a start counts
  from its document's publication date; one without an end is still in force), naming the actor as subject or
  object, and, with an area, naming a place inside it or linking two actors of the events in scope;
- documents: those the selected events and relations cite; without an area or an actor, also every document
  published in [since, until];
- entities: the actors and places of the selected events, both ends of the selected relations, and the places
  inside the area.

An empty scope selects everything (``Selection.everything``: every ``has_*`` is true, nothing is read).

Events and relations an analyst rejected (``sitrep.kb.verdicts``) are left out of every selection, the empty one
too, unless the scope asks for them (``rejected=True``: exports' ``--with-rejected``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sitrep.dates import period
from sitrep.kb.queries import Queries

Record = dict[str, Any]


@dataclass(frozen=True)
class Scope:
    """The filters a user gave; ``None`` is no filter. Dates are ISO or TIMEX3 partial values (``2017-06``)."""

    since: str | None = None
    until: str | None = None
    area: str | None = None
    actor: str | None = None
    rejected: bool = False  # keep the events and relations an analyst rejected

    @property
    def empty(self) -> bool:
        return not (self.since or self.until or self.area or self.actor)

    @property
    def bounds(self) -> tuple[str | None, str | None]:
        """The first day of ``since`` and the last day of ``until`` (None when not given)."""
        lo = (period(self.since) or (self.since, self.since))[0] if self.since else None
        hi = (period(self.until) or (self.until, self.until))[1] if self.until else None
        return lo, hi


@dataclass
class Selection:
    """What a scope selects; ``*_ids`` are None when everything of that kind is in."""

    scope: Scope
    events: list[Record] | None = None  # kb.events() records, in date order (None: not read, everything)
    relations: list[Record] | None = None  # kb.relations() records with an object
    area_ids: set[str] | None = None  # the places inside the area
    area_name: str | None = None
    actor_id: str | None = None
    event_ids: set[str] | None = None
    relation_ids: set[str] | None = None
    doc_ids: set[str] | None = None
    entity_ids: set[str] | None = None
    rejected_events: frozenset[str] = frozenset()  # left out although the filters keep them
    rejected_relations: frozenset[str] = frozenset()

    @classmethod
    def everything(cls) -> Selection:
        return cls(Scope())

    def has_event(self, event_id: str) -> bool:
        return (self.event_ids is None or event_id in self.event_ids) and event_id not in self.rejected_events

    def has_relation(self, relation_id: str) -> bool:
        return ((self.relation_ids is None or relation_id in self.relation_ids)
                and relation_id not in self.rejected_relations)

    def has_doc(self, doc_id: str | None) -> bool:
        return self.doc_ids is None or doc_id in self.doc_ids

    def has_entity(self, entity_id: str | None) -> bool:
        return self.entity_ids is None or entity_id in self.entity_ids


def relation_period(r: Record) -> tuple[str | None, str | None]:
    """First and last day a relation may hold: its start (else its document's publication date) and its end
    (None: open)."""
    start = period(r.get("start_date"))
    end = period(r.get("end_date"))
    return (start[0] if start else r.get("published")), (end[1] if end else None)


def _in_dates(r: Record, lo: str | None, hi: str | None) -> bool:
    first, last = relation_period(r)
    return (lo is None or last is None or last >= lo) and (hi is None or first is None or first <= hi)


def _relations(kb: Queries, scope: Scope, sel: Selection, events: list[Record]) -> list[Record]:
    lo, hi = scope.bounds
    out = [r for r in kb.relations() if r["object_id"] is not None and _in_dates(r, lo, hi)]
    if sel.actor_id:
        out = [r for r in out if sel.actor_id in (r["subject_id"], r["object_id"])]
    if sel.area_ids is not None:
        inside = sel.area_ids
        actors = {a["id"] for e in events for a in e["actors"]}
        out = [r for r in out if r["subject_id"] in inside or r["object_id"] in inside
               or (r["subject_id"] in actors and r["object_id"] in actors)]
    return out


def _documents(kb: Queries, scope: Scope, events: list[Record], relations: list[Record]) -> set[str] | None:
    cited = {d for e in events for d in e["docs"]} | {d for r in relations for d in r.get("docs") or [r["doc_id"]] if d}
    if scope.area or scope.actor:
        return cited
    lo, hi = scope.bounds
    return cited | {d["id"] for d in kb.sources()
                    if d["published"] and (lo is None or d["published"] >= lo) and (hi is None or d["published"] <= hi)}


def _entities(events: Iterable[Record], relations: Iterable[Record], area_ids: set[str] | None) -> set[str]:
    ids = set(area_ids or ())
    for e in events:
        ids.update(a["id"] for a in e["actors"])
        if e["location_id"]:
            ids.add(e["location_id"])
    for r in relations:
        ids.update(x for x in (r["subject_id"], r["object_id"], r.get("attributed_to")) if x)
    return ids


def select(kb: Queries, scope: Scope | None = None) -> Selection:
    """The selection of ``scope`` over ``kb``. An unknown area or actor raises ``NameNotFound``."""
    scope = scope or Scope()
    sel = Selection(scope)
    if not scope.rejected:
        sel.rejected_events, sel.rejected_relations = _rejected(kb)
    if scope.empty:
        if sel.rejected_events or sel.rejected_relations:  # the lists read whole are read here, without them
            sel.events = [e for e in kb.events() if e["id"] not in sel.rejected_events]
            sel.relations = [r for r in kb.relations() if r["object_id"] is not None
                             and r["id"] not in sel.rejected_relations]
        return sel
    if scope.area:
        sel.area_ids = kb.places_within(scope.area)
        hits = kb.resolve_name(scope.area, types=["location"])
        sel.area_name = hits[0]["name"] if hits else scope.area
    if scope.actor:
        sel.actor_id = kb.find_entity(scope.actor)["id"]
    events = [e for e in kb.events(actor=scope.actor, place=scope.area, since=scope.since, until=scope.until)
              if e["id"] not in sel.rejected_events]
    relations = [r for r in _relations(kb, scope, sel, events) if r["id"] not in sel.rejected_relations]
    sel.events, sel.relations = events, relations
    sel.event_ids = {e["id"] for e in events}
    sel.relation_ids = {r["id"] for r in relations}
    sel.doc_ids = _documents(kb, scope, events, relations)
    sel.entity_ids = _entities(events, relations, sel.area_ids)
    return sel


def _rejected(kb: Queries) -> tuple[frozenset[str], frozenset[str]]:
    """Ids of the events and of the relations an analyst rejected."""
    events = frozenset(r[0] for r in kb.db.execute("SELECT id FROM events WHERE review = 'rejected'"))
    relations = frozenset(r[0] for r in kb.db.execute("SELECT id FROM relations WHERE review = 'rejected'"))
    return events, relations

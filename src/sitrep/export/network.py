"""The actor network shared by the GraphML and GEXF exports, built as a ``networkx.MultiDiGraph``.

Nodes are entities that take part in a relation or an event in scope (places only when a relation names them):
``label``, ``type``, ``country``, ``mentions``, ``events`` (events in scope it took part in).

Edges are of two separate kinds, told apart by ``kind``:
- ``relation``: one per stated relation, directed subject -> object (``predicate``, ``role``, ``certainty``, ``doc``,
  ``relation_id``, ``superseded_by``);
- ``co_occurrence``: one per pair of actors that took part in the same events, not a statement but a count
  (``weight`` = shared events, ``events`` = their ids joined by ``;``), written source < target.

Time: ``start`` and ``end`` are ISO dates (``yyyy-MM-dd``: the first day of a relation's start, the last day of its
end; for co-occurrence, the first and last day of the shared events), ``start_year``/``end_year`` integers, and
``start_text``/``end_text`` the dates as stated (``2017-06``). An unknown time is left out, never written empty.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Any

from sitrep.dates import period
from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Selection

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped]


def _clean(value: Any) -> Any:
    """Text without the control characters XML 1.0 cannot carry."""
    if not isinstance(value, str):
        return value
    return "".join(ch for ch in value if ch in "\t\n\r" or ord(ch) >= 0x20)


def _attrs(**values: Any) -> dict[str, Any]:
    return {k: _clean(v) for k, v in values.items() if v is not None and v != ""}


def _times(start: str | None, end: str | None) -> dict[str, Any]:
    first, last = period(start), period(end)
    return _attrs(start=first[0] if first else None, end=last[1] if last else None,
                  start_year=int(first[0][:4]) if first else None, end_year=int(last[1][:4]) if last else None,
                  start_text=start, end_text=end)


def _relation_edges(kb: KnowledgeBase, sel: Selection) -> list[tuple[str, str, str, dict[str, Any]]]:
    edges = []
    for r in kb.iter_relations():
        if r["object_id"] is None or not sel.has_relation(r["id"]):
            continue
        times = _times(r["start_date"], r["end_date"])
        if "start" in times and "end" in times and times["end"] < times["start"]:
            times = {k: v for k, v in times.items() if not k.startswith("end")}
        edges.append((r["subject_id"], r["object_id"], r["id"], _attrs(
            kind="relation", label=r["predicate"], predicate=r["predicate"], role=r["role"],
            certainty=r["certainty"], doc=r["doc_id"], superseded_by=r["superseded_by"], relation_id=r["id"],
            **times)))
    return edges


def _cooccurrence_edges(events: list[dict[str, Any]]) -> list[tuple[str, str, str, dict[str, Any]]]:
    shared: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for ev in events:
        for a, b in combinations(sorted({x["entity"] for x in ev["actors"]}), 2):
            shared[(a, b)].append(ev)
    edges = []
    for (a, b), evs in sorted(shared.items()):
        spans = [p for e in evs if (p := period(e["date_start"]))] + \
            [p for e in evs if (p := period(e["date_end"]))]
        edges.append((a, b, f"co:{a}:{b}", _attrs(
            kind="co_occurrence", label="co-occurs", weight=len(evs), events=";".join(e["id"] for e in evs),
            start=min(p[0] for p in spans) if spans else None, end=max(p[1] for p in spans) if spans else None,
            start_year=int(min(p[0] for p in spans)[:4]) if spans else None,
            end_year=int(max(p[1] for p in spans)[:4]) if spans else None)))
    return edges


def graph(kb: KnowledgeBase, sel: Selection | None = None) -> nx.MultiDiGraph:
    """The actor network of the scope (everything by default)."""
    import networkx as nx  # network exports only (0.25 CPU s of imports)

    sel = sel or Selection.everything()
    events = [ev for ev in kb.iter_events() if sel.has_event(ev["id"])]
    edges = _relation_edges(kb, sel) + _cooccurrence_edges(events)
    in_events: dict[str, int] = defaultdict(int)
    for ev in events:
        for eid in {a["entity"] for a in ev["actors"]}:
            in_events[eid] += 1
    used = {x for s, t, _, _ in edges for x in (s, t)} | set(in_events)
    g = nx.MultiDiGraph(name="sitrep actor network")
    for e in kb.entities():
        if e["id"] in used:
            g.add_node(e["id"], **_attrs(label=e["name"], type=e["type"], country=e["country"],
                                         mentions=e["mentions"], events=in_events.get(e["id"], 0)))
    for s, t, key, attrs in edges:
        if s in g and t in g:
            g.add_edge(s, t, key=key, **attrs)
    return g

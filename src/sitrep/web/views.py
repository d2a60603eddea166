"""One function per page: each takes an open knowledge base and the page's parameters and returns plain data
(JSON values), which the server sends as JSON (``/api/v1/...``) or renders as HTML. They read through the
knowledge base's queries (``sitrep.kb``) and the report's selection (``sitrep.report.data.gather``), so the web
app and the static report never disagree. Unknown ids raise ``SitrepError`` E704 or ``NameNotFound``; bad dates
and searches raise ``ValueError``."""

from __future__ import annotations

from typing import Any

from sitrep.dates import is_real_date
from sitrep.kb import KnowledgeBase
from sitrep.kb.corrections import correction_log
from sitrep.kb.show import brief_event
from sitrep.kb.verdicts import verdict_in_force
from sitrep.report.data import ReportData, gather
from sitrep.report.svg import map_view
from sitrep.web.highlight import segments

Record = dict[str, Any]
MAX_QUERY = 200  # characters of a search or filter the server takes
RECENT = 10
PAGE = 50  # events, relations and sources an entity's page lists (the latest; totals are given)


def overview(kb: KnowledgeBase) -> Record:
    """Counts, the latest events, the most active actors and what changed lately (runs and corrections)."""
    stats = kb.stats()
    changes = correction_log(kb.db)[-RECENT:][::-1]
    return {"counts": stats["counts"], "published": stats["published"], "outlets": stats["outlets"],
            "languages": stats["languages"], "last_run": stats["last_run"],
            "recent_events": [brief_event(e) for e in kb.recent_events(RECENT)],
            "active_actors": kb.active_actors(RECENT), "recent_corrections": changes}


def entities(kb: KnowledgeBase, type: str | None = None, name: str | None = None, limit: int = 200) -> Record:
    """Entities, most mentioned first, of a type and matching a name when given."""
    rows = kb.entities(type=type or None, name=_text(name) or None, limit=limit)
    return {"type": type, "name": name, "entities": [{k: e[k] for k in (
        "id", "type", "name", "country", "mentions", "documents", "aliases")} for e in rows]}


def entity(kb: KnowledgeBase, name: str) -> Record:
    """An entity's profile: aliases, relations over time, its latest events and sources (at most ``PAGE`` of
    each, with the totals) and its mentions in context."""
    rec = kb.entity_profile(_text(name), limit=PAGE)
    rec["events"] = [brief_event(e) for e in rec["events"]]
    for r in rec["relations"]:  # who confirmed or rejected it, and when (a relation's row offers the undo)
        r["verdict"] = verdict_in_force(kb.db, "relation", r["id"]) if r.get("review") else None
    rec["mentions_in_context"] = kb.mentions_of(rec["id"], documents=rec["documents"])
    return rec


def event(kb: KnowledgeBase, event_id: str) -> Record:
    """An event's fields, every source with its own figure, the evidence quotes and the claims about it; the
    sources' figures side by side when they disagree (``competing``); an analyst's verdict on it (``review``,
    and ``verdict``: who, when, which correction)."""
    rec = kb.show_event(event_id)
    rec["verdict"] = verdict_in_force(kb.db, "event", rec["id"]) if rec.get("review") else None
    figures = {(s["fatalities"], s["qualifier"]) for s in rec["sources"] if s["fatalities"] is not None}
    rec["competing"] = [{"doc": s["doc"], "outlet": s["outlet"], "published": s["published"],
                         "fatalities": s["fatalities"], "qualifier": s["qualifier"], "text": s["text"]}
                        for s in rec["sources"]] if len(figures) > 1 else []
    return rec


def document(kb: KnowledgeBase, doc_id: str, focus: str | None = None) -> Record:
    """A stored document: metadata, cleaned text cut into highlighted segments (mentions linked to their
    entities, evidence of events and relations marked; ``focus`` names one quote, ``event-v1``)."""
    rec = kb.show_document(doc_id)
    rec["segments"] = segments(rec["text"], rec["mentions"], rec["evidence"], focus)
    return rec


def search(kb: KnowledgeBase, q: str, limit: int = 20) -> Record:
    """Entities the words may name (ids, aliases, spellings, transliterations) and the documents and evidence
    quotes holding every word (full-text search; FTS syntax is taken as words), most relevant first. The relevance
    score itself is left out: bm25 weighs words by how rare they are in the whole base, so the figure moves with
    every document added anywhere (the order, but for near ties, only with the documents that hold the words)."""
    q = _text(q)
    if not q:
        return {"q": q, "entities": [], "results": []}
    results = [{k: v for k, v in r.items() if k != "rank"} for r in kb.search(q, limit=limit)]
    return {"q": q, "entities": kb.resolve_name(q)[:limit], "results": results}


def _filters(since: str | None, until: str | None, area: str | None, actor: str | None) -> Record:
    for label, value in (("since", since), ("until", until)):
        if value and not is_real_date(value):
            raise ValueError(f"{label}: not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return {"since": since or None, "until": until or None, "area": _text(area) or None,
            "actor": _text(actor) or None}


def _selection(kb: KnowledgeBase, filters: Record) -> ReportData:
    return gather(kb, **filters)


def event_map(kb: KnowledgeBase, since: str | None = None, until: str | None = None, area: str | None = None,
              actor: str | None = None, type: str | None = None) -> Record:
    """Events and placed locations for the map, kept by date, area, actor and event type (or sub-type); ``view``
    is the report map's first view (west, south, east, north), or null when nothing has coordinates."""
    filters = _filters(since, until, area, actor)
    data = _selection(kb, filters)
    wanted = (type or "").strip().lower()
    events = [e for e in data.events if not wanted or wanted in (e["type"].lower(), (e["sub_type"] or "").lower())]
    places = [{"id": p["id"], "name": p["name"], "geo": p["geo"]} for p in data.places]
    view = map_view(events, places)  # the report map's view: the densest events, so both maps open alike
    return {"filters": filters | {"type": type or None}, "events": [_placed(e) for e in events], "places": places,
            "types": sorted({e["type"] for e in data.events}),
            "view": [view.west, view.south, view.east, view.north] if view else None}


def network(kb: KnowledgeBase, since: str | None = None, until: str | None = None, area: str | None = None,
            actor: str | None = None) -> Record:
    """The key actors, the relations between them and their shared events, kept by period, area and actor."""
    filters = _filters(since, until, area, actor)
    data = _selection(kb, filters)
    stats = kb.stats()["published"]
    return {"filters": filters, "first": stats["first"], "last": stats["last"],
            "actors": [{k: a[k] for k in ("id", "name", "type", "country", "events", "relations", "mentions")}
                       for a in data.actors],
            "relations": [{k: r[k] for k in ("id", "subject_id", "subject", "predicate", "object_id", "object", "role",
                                             "start_date", "end_date", "certainty", "doc_id")}
                          for r in data.relations],
            "co_events": [{"a": a, "b": b, "events": n} for (a, b), n in sorted(data.co_events.items())]}


def timeline(kb: KnowledgeBase, since: str | None = None, until: str | None = None, area: str | None = None,
             actor: str | None = None) -> Record:
    """Events in date order, kept by period, area and actor; with an actor, also the starts and ends of its
    relations (``kb.timeline``)."""
    filters = _filters(since, until, area, actor)
    data = _selection(kb, filters)
    story = [{k: i[k] for k in ("date", "date_basis", "kind", "id", "summary")}
             for i in kb.timeline(filters["actor"])] if filters["actor"] else []
    return {"filters": filters, "events": [_placed(e) for e in data.events], "story": story}


def corrections(kb: KnowledgeBase) -> Record:
    """Every analyst correction, newest first, with who made it and when, and who undid it."""
    return {"corrections": correction_log(kb.db)[::-1]}


def _placed(e: Record) -> Record:
    geo = e.get("geo") or {}
    return brief_event(e) | {"lat": geo.get("lat"), "lon": geo.get("lon"), "geo": e.get("geo"),
                             "date_end": e["date_end"], "fatalities_qualifier": e["fatalities_qualifier"]}


def _text(value: str | None) -> str:
    """A user's text, stripped and cut to ``MAX_QUERY`` characters."""
    return (value or "").strip()[:MAX_QUERY]

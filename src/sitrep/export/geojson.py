"""GeoJSON export: one layer per file, events or places, with flat properties (QGIS, kepler.gl, geojson.io).

``layer="events"`` (the default): one Point per event at its location's coordinates; ``layer="places"``: one Point
per placed location. Two layers, because a GIS layer has one schema: QGIS and kepler.gl read a column per property
and show nested values as unreadable text. Every property is therefore a string, a number, a boolean or null, never
a list or an object: lists are joined with ``"; "`` (names, ids, documents) or ``" | "`` (evidence quotes).

Coordinates are ``[longitude, latitude]`` (RFC 7946, WGS 84). Dates are ISO strings (``date`` the first day of the
event's date, ``date_end`` the last; kepler.gl's time filter reads them), with the stated precision beside them.
Events at an unplaced location, or with none, are left out: they have no coordinates.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from sitrep.dates import period
from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Selection

LAYERS = ("events", "places")
ROLES = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


def _point(geo: dict[str, Any] | None) -> dict[str, Any] | None:
    if not geo or geo.get("lat") is None or geo.get("lon") is None:
        return None
    return {"type": "Point", "coordinates": [round(float(geo["lon"]), 6), round(float(geo["lat"]), 6)]}


def _join(items: Any, sep: str = "; ") -> str | None:
    joined = sep.join(str(x) for x in items if x not in (None, ""))
    return joined or None


def event_properties(ev: dict[str, Any]) -> dict[str, Any]:
    """The flat properties of an event feature."""
    geo = ev["geo"] or {}
    first, last = period(ev["date_start"]), period(ev["date_end"] or ev["date_start"])
    props: dict[str, Any] = {
        "kind": "event", "id": ev["id"], "event_type": ev["type"], "sub_event_type": ev["sub_type"],
        "date": first[0] if first else None, "date_end": (last or first)[1] if first else None,
        "date_precision": ev["date_precision"], "date_text": ev["date_text"],
        "location_id": ev["location_id"], "location": ev["location"], "country": geo.get("country"),
        "admin1": geo.get("admin1"), "admin2": geo.get("admin2"), "fatalities": ev["fatalities"],
        "fatalities_qualifier": ev["fatalities_qualifier"],
    }
    for role in ROLES:
        props[role] = _join(a["name"] for a in ev["actors"] if a["role"] == role)
    props |= {
        "actor_ids": _join(a["id"] for a in ev["actors"]), "actors": _join(a["name"] for a in ev["actors"]),
        "docs": _join(ev["docs"]), "n_sources": len(ev["docs"]),
        "outlets": _join(dict.fromkeys(s["outlet"] for s in ev["sources"] if s.get("outlet"))),
        "confidence": ev["confidence"], "certainty": ev["certainty"],
        "evidence": _join((q["text"] for q in ev["evidence"]), " | "),
    }
    return props


def place_properties(ent: dict[str, Any], events: int) -> dict[str, Any]:
    """The flat properties of a place feature."""
    geo = ent["geo"]
    return {
        "kind": "place", "id": ent["id"], "name": ent["name"], "aliases": _join(ent["aliases"]),
        "country": geo.get("country") or ent["country"], "admin1": geo.get("admin1"), "admin2": geo.get("admin2"),
        "feature": geo.get("feature"), "gazetteer_id": geo.get("gazetteer_id"), "mentions": ent["mentions"],
        "documents": ent["documents"], "events": events,
    }


def features(kb: KnowledgeBase, sel: Selection | None = None, layer: str = "events") -> Iterator[dict[str, Any]]:
    """The features of one layer: events in date order, or placed locations most mentioned first."""
    if layer not in LAYERS:
        raise ValueError(f"unknown GeoJSON layer {layer!r} (known: {', '.join(LAYERS)})")
    sel = sel or Selection.everything()
    events = kb.events() if sel.events is None else sel.events
    if layer == "events":
        for ev in events:
            if (point := _point(ev["geo"])) is not None:
                yield {"type": "Feature", "id": ev["id"], "geometry": point, "properties": event_properties(ev)}
        return
    at: dict[str, int] = {}
    for ev in events:
        at[ev["location_id"]] = at.get(ev["location_id"], 0) + 1
    for ent in kb.entities(type="location"):
        if sel.has_entity(ent["id"]) and (point := _point(ent["geo"])) is not None:
            yield {"type": "Feature", "id": ent["id"], "geometry": point,
                   "properties": place_properties(ent, at.get(ent["id"], 0))}


def write(kb: KnowledgeBase, out: IO[str], sel: Selection | None = None, layer: str = "events") -> int:
    """Write one layer as a FeatureCollection; return the number of features."""
    feats = list(features(kb, sel, layer))
    json.dump({"type": "FeatureCollection", "name": f"sitrep_{layer}", "features": feats}, out, ensure_ascii=False)
    out.write("\n")
    return len(feats)

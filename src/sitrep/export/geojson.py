"""GeoJSON export: one FeatureCollection of events (at their location's coordinates) and placed locations.

Coordinates are ``[longitude, latitude]`` (RFC 7946, WGS 84), so the file opens as is in QGIS, kepler.gl or
geojson.io. Every feature has ``properties.kind`` (``event`` or ``place``); lists (actors, documents) are kept
as JSON arrays. Events at an unplaced location, or with none, are left out (they have no coordinates).
"""

from __future__ import annotations

import json
from typing import IO, Any

from sitrep.kb import KnowledgeBase


def _point(geo: dict[str, Any] | None) -> dict[str, Any] | None:
    if not geo or geo.get("lat") is None or geo.get("lon") is None:
        return None
    return {"type": "Point", "coordinates": [round(float(geo["lon"]), 6), round(float(geo["lat"]), 6)]}


def features(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Event features first (in date order), then one feature per placed location."""
    out: list[dict[str, Any]] = []
    for ev in kb.events():
        point = _point(ev["geo"])
        if point is None:
            continue
        geo = ev["geo"]
        out.append({"type": "Feature", "id": ev["id"], "geometry": point, "properties": {
            "kind": "event", "id": ev["id"], "event_type": ev["type"], "sub_event_type": ev["sub_type"],
            "date": ev["date_start"], "date_end": ev["date_end"], "date_precision": ev["date_precision"],
            "location_id": ev["location_id"], "location": ev["location"], "country": geo.get("country"),
            "admin1": geo.get("admin1"), "admin2": geo.get("admin2"), "fatalities": ev["fatalities"],
            "fatalities_qualifier": ev["fatalities_qualifier"],
            "actors": [{"id": a["id"], "name": a["name"], "role": a["role"]} for a in ev["actors"]],
            "actor_names": "; ".join(a["name"] for a in ev["actors"]),
            "docs": ev["docs"], "n_sources": len(ev["docs"]), "confidence": ev["confidence"],
            "certainty": ev["certainty"], "evidence": " | ".join(q["text"] for q in ev["evidence"]),
        }})
    for ent in kb.entities(type="location"):
        point = _point(ent["geo"])
        if point is None:
            continue
        geo = ent["geo"]
        out.append({"type": "Feature", "id": ent["id"], "geometry": point, "properties": {
            "kind": "place", "id": ent["id"], "name": ent["name"], "aliases": ent["aliases"],
            "country": geo.get("country") or ent["country"], "admin1": geo.get("admin1"),
            "admin2": geo.get("admin2"), "feature": geo.get("feature"), "gazetteer_id": geo.get("gazetteer_id"),
            "mentions": ent["mentions"], "documents": ent["documents"],
        }})
    return out


def write(kb: KnowledgeBase, out: IO[str]) -> int:
    """Write the FeatureCollection; return the number of features."""
    feats = features(kb)
    json.dump({"type": "FeatureCollection", "features": feats}, out, ensure_ascii=False)
    out.write("\n")
    return len(feats)

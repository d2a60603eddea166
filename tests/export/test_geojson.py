"""GeoJSON export: a valid FeatureCollection (RFC 7946 structure, [lon, lat]) of events and placed locations."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from query.sample_kb import build
from sitrep import api


def check_feature_collection(data: dict[str, Any]) -> None:
    """The structure GeoJSON readers (QGIS/OGR, kepler.gl) need."""
    assert data["type"] == "FeatureCollection" and isinstance(data["features"], list)
    for f in data["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        geom = f["geometry"]
        assert geom["type"] == "Point" and len(geom["coordinates"]) == 2
        lon, lat = geom["coordinates"]
        assert isinstance(lon, float | int) and isinstance(lat, float | int)
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["kind"] in ("event", "place")


def export(db: Path) -> tuple[int, dict[str, Any]]:
    buf = io.StringIO()
    n = api.export(db, "geojson", buf)
    return n, json.loads(buf.getvalue())


def test_events_and_places_at_their_coordinates(tmp_path: Path) -> None:
    n, data = export(build(tmp_path / "kb.db"))
    check_feature_collection(data)
    assert n == len(data["features"])
    events = {f["id"]: f for f in data["features"] if f["properties"]["kind"] == "event"}
    places = {f["properties"]["name"]: f for f in data["features"] if f["properties"]["kind"] == "place"}
    assert set(events) == {"v1", "v2", "v3", "v4"}
    v1 = events["v1"]
    assert v1["geometry"]["coordinates"] == [69.17, 37.13]  # Dasht-e-Archi: longitude first
    props = v1["properties"]
    assert props["location"] == "Dasht-e-Archi" and props["admin1"] == "Kunduz"
    assert props["date"] == "2017-06-09" and props["event_type"] == "Battles"
    assert {a["name"] for a in props["actors"]} == {"Taliban", "Afghan National Police"}
    assert props["docs"] == ["a1.txt", "a2.txt"] and props["n_sources"] == 2
    assert set(places) == {"Kunduz", "Dasht-e-Archi", "Darzab", "Jalalabad"}  # Sar Dara is unplaced: left out
    assert places["Jalalabad"]["properties"]["admin1"] == "Nangarhar"


def test_markup_in_text_stays_data(tmp_path: Path) -> None:
    _, data = export(build(tmp_path / "kb.db"))
    v4 = next(f for f in data["features"] if f["id"] == "v4")
    assert "<script>" in v4["properties"]["evidence"]  # kept verbatim as a JSON string, for the viewer to escape

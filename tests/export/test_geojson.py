"""GeoJSON export: one valid FeatureCollection per layer (events, places), flat properties, [lon, lat]."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from query.sample_kb import build
from sitrep import api
from sitrep.cli.main import cli
from sitrep.kb.scope import Scope

geojson = pytest.importorskip("geojson", reason="geojson (dev dependency) validates the GeoJSON export")
FLAT = (str, int, float, bool, type(None))


def check_feature_collection(text: str) -> dict[str, Any]:
    """What QGIS/OGR and kepler.gl need: valid GeoJSON (checked by the geojson package), points in range, one flat
    schema (every property a scalar, the same keys on every feature)."""
    obj = geojson.loads(text)
    assert isinstance(obj, geojson.FeatureCollection) and obj.is_valid, obj.errors()
    data: dict[str, Any] = json.loads(text)
    keys = None
    for f in data["features"]:
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert all(isinstance(v, FLAT) for v in f["properties"].values()), f["properties"]
        keys = keys or set(f["properties"])
        assert set(f["properties"]) == keys
    return data


def export(db: Path, layer: str | None = None, scope: Scope | None = None) -> tuple[int, dict[str, Any]]:
    buf = io.StringIO()
    n = api.export(db, "geojson", buf, scope, **({"layer": layer} if layer else {}))
    data = check_feature_collection(buf.getvalue())
    assert n == len(data["features"])
    return n, data


def test_events_layer_at_their_coordinates(tmp_path: Path) -> None:
    _, data = export(build(tmp_path / "kb.db"))
    events = {f["id"]: f for f in data["features"]}
    assert set(events) == {"v1", "v2", "v3", "v4"} and {f["properties"]["kind"] for f in data["features"]} == {"event"}
    v1 = events["v1"]
    assert v1["geometry"]["coordinates"] == [69.17, 37.13]  # Dasht-e-Archi: longitude first
    p = v1["properties"]
    assert (p["location"], p["admin1"], p["country"]) == ("Dasht-e-Archi", "Kunduz", "AF")
    assert (p["date"], p["date_end"], p["date_precision"], p["event_type"]) == ("2017-06-09", "2017-06-09", "day",
                                                                                 "Battles")
    assert (p["actor1"], p["actor2"], p["assoc_actor_1"]) == ("Taliban", "Afghan National Police", None)
    assert p["actor_ids"] == "anp; taliban" or p["actor_ids"] == "taliban; anp"
    assert (p["docs"], p["n_sources"], p["outlets"]) == ("a1.txt; a2.txt", 2, "Wire A; Wire B")
    assert "killing four" in p["evidence"] and " | " in p["evidence"]  # both sources' quotes, joined
    assert events["v4"]["properties"]["date"] is None  # undated: null, not invented


def test_places_layer(tmp_path: Path) -> None:
    _, data = export(build(tmp_path / "kb.db"), "places")
    places = {f["properties"]["name"]: f["properties"] for f in data["features"]}
    assert set(places) == {"Kunduz", "Dasht-e-Archi", "Darzab", "Jalalabad"}  # Sar Dara is unplaced: left out
    assert places["Jalalabad"]["admin1"] == "Nangarhar" and places["Jalalabad"]["kind"] == "place"
    assert (places["Darzab"]["events"], places["Darzab"]["documents"]) == (2, 2)
    assert places["Dasht-e-Archi"]["aliases"] is None or isinstance(places["Dasht-e-Archi"]["aliases"], str)


def test_scope_keeps_the_area(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    _, events = export(db, "events", Scope(area="Kunduz"))
    assert [f["id"] for f in events["features"]] == ["v1"]
    _, places = export(db, "places", Scope(area="Kunduz"))
    assert {f["properties"]["name"] for f in places["features"]} == {"Kunduz", "Dasht-e-Archi"}
    _, later = export(db, "events", Scope(since="2017-11", until="2017-11"))
    assert [f["id"] for f in later["features"]] == ["v3"]


def test_markup_in_text_stays_data(tmp_path: Path) -> None:
    _, data = export(build(tmp_path / "kb.db"))
    v4 = next(f for f in data["features"] if f["id"] == "v4")
    assert "<script>" in v4["properties"]["evidence"]  # kept verbatim as a JSON string, for the viewer to escape


def test_cli_layer_option(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "geojson", "--layer", "places"])
    assert r.exit_code == 0, r.output
    assert {f["properties"]["kind"] for f in check_feature_collection(r.stdout)["features"]} == {"place"}
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "--layer", "places"])
    assert r.exit_code == 2 and "--layer is for --format geojson" in r.output
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "geojson", "--area", "Atlantis"])
    assert r.exit_code == 1 and "Atlantis" in r.output
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "geojson", "--until", "June 2017"])
    assert r.exit_code == 2


def test_gdal_reads_each_layer_with_typed_columns(tmp_path: Path) -> None:
    """GDAL/OGR, the reader QGIS uses, sees one point layer per file with typed columns: dates as dates (for
    QGIS's temporal controller), counts as integers, no nested values."""
    pyogrio = pytest.importorskip("pyogrio", reason="pyogrio (dev dependency) reads GeoJSON through GDAL/OGR")
    db = build(tmp_path / "kb.db")
    for layer, n in (("events", 4), ("places", 4)):
        path = tmp_path / f"{layer}.geojson"
        api.export(db, "geojson", path, layer=layer)
        info = pyogrio.read_info(path)
        assert info["geometry_type"] == "Point" and info["features"] == n
        types = dict(zip(info["fields"], (str(t) for t in info["dtypes"]), strict=True))
        if layer == "events":
            assert types["date"] == types["date_end"] == "datetime64[D]"
            assert types["n_sources"] == "int32" and types["confidence"] == "float64"
            assert types["actor1"] == types["evidence"] == "object"
        else:
            assert types["mentions"] == types["events"] == "int32" and types["name"] == "object"
        _, table = pyogrio.read_arrow(path)
        kind = {"events": "event", "places": "place"}[layer]
        assert table.num_rows == n and set(table.column("kind").to_pylist()) == {kind}

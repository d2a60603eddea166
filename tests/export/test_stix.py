"""STIX 2.1 export: the bundle parses and validates with the stix2 library, ids are deterministic UUIDv5."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import pytest

from query.sample_kb import build
from sitrep import api

stix2 = pytest.importorskip("stix2", reason="stix2 (dev dependency) validates the STIX export")


def _bundle(db: Path) -> dict[str, object]:
    buf = io.StringIO()
    n = api.export(db, "stix", buf)
    data = json.loads(buf.getvalue())
    assert n == len(data["objects"])
    return data  # type: ignore[no-any-return]


def test_bundle_validates_and_maps_every_kind(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    data = _bundle(db)
    parsed = stix2.parse(data, allow_custom=False)  # raises on any invalid object or property
    objs = {o.id: o for o in parsed.objects}
    by_type: dict[str, list[object]] = {}
    for o in parsed.objects:
        by_type.setdefault(o.type, []).append(o)
    actors = {o.name: o for o in by_type["threat-actor"]}
    assert set(actors) == {"Taliban", "Islamic State Khorasan"}
    assert set(actors["Islamic State Khorasan"].aliases) == {"Daesh", "ISKP"}
    idents = {o.name: o.identity_class for o in by_type["identity"]}
    assert idents["Qari Hekmat"] == "individual" and idents["Afghan National Police"] == "organization"
    places = {o.name: o for o in by_type["location"]}
    assert places["Darzab"].latitude == pytest.approx(35.98) and places["Darzab"].country == "AF"
    assert "Sar Dara" not in places  # neither coordinates nor country: STIX cannot carry it
    rels = list(by_type["relationship"])
    pledge = [r for r in rels if r.relationship_type == "pledged-allegiance-to"]
    assert len(pledge) == 1
    assert objs[pledge[0].source_ref].name == "Qari Hekmat"
    assert objs[pledge[0].target_ref].name == "Islamic State Khorasan"
    assert pledge[0].start_time.isoformat().startswith("2017-11-01")
    held = next(r for r in rels if r.relationship_type == "holds-position")
    assert held.stop_time > held.start_time and "shadow governor" in held.description
    assert {r.relationship_type for r in rels} >= {"attributed-to", "targets", "located-at", "controls"}
    reports = {o.external_references[0].external_id: o for o in by_type["report"]}
    assert set(reports) == {"a1.txt", "a2.txt", "a3.txt", "a4.txt", "a5.txt"}
    a1 = reports["a1.txt"]
    assert a1.external_references[0].url == "https://example.org/a1"
    assert a1.external_references[0].source_name == "Wire A"
    assert a1.published.isoformat().startswith("2017-06-10")
    assert all(ref in objs for r in by_type["report"] for ref in r.object_refs)
    incidents = by_type["incident"]
    assert len(incidents) == 4


def test_ids_are_uuid5_and_export_is_deterministic(tmp_path: Path) -> None:
    first = _bundle(build(tmp_path / "one.db"))
    second = _bundle(build(tmp_path / "two.db"))
    ids = [o["id"] for o in first["objects"]]  # type: ignore[index, union-attr]
    assert len(ids) == len(set(ids))
    assert all(uuid.UUID(i.split("--")[1]).version == 5 for i in ids)
    assert ids == [o["id"] for o in second["objects"]]  # type: ignore[index, union-attr]

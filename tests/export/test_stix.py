"""STIX 2.1 export: the bundle parses and validates with the stix2 library, ids are deterministic UUIDv5."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import pytest

from query.sample_kb import build
from sitrep import api
from sitrep.export.stix import INCIDENT_EXTENSION
from sitrep.kb.scope import Scope

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


def test_incidents_and_their_relationships_are_dated(tmp_path: Path) -> None:
    parsed = stix2.parse(_bundle(build(tmp_path / "kb.db")), allow_custom=False)
    objs = {o.id: o for o in parsed.objects}
    (ext_def,) = [o for o in parsed.objects if o.type == "extension-definition"]
    assert ext_def.id == INCIDENT_EXTENSION and ext_def.extension_types == ["property-extension"]
    assert objs[ext_def.created_by_ref].name == "sitrep"
    incidents = {o.extensions[INCIDENT_EXTENSION]["sub_event_type"]: o for o in parsed.objects
                 if o.type == "incident"}
    bomb = incidents["Suicide bomb"]
    when = bomb.extensions[INCIDENT_EXTENSION]
    assert (when["first_seen"], when["last_seen"]) == ("2017-12-28T00:00:00.000Z", "2017-12-28T23:59:59.999Z")
    assert (when["date_precision"], when["fatalities"], when["event_type"]) == ("day", 40,
                                                                                "Explosions/Remote violence")
    assert "first_seen" not in incidents["Attack"].extensions[INCIDENT_EXTENSION]  # undated: no time invented
    about_bomb = [o for o in parsed.objects if o.type == "relationship" and o.source_ref == bomb.id]
    assert {r.relationship_type for r in about_bomb} == {"attributed-to", "targets", "located-at"}
    assert all(r.start_time.isoformat().startswith("2017-12-28T00:00") and r.stop_time > r.start_time
               for r in about_bomb)
    rels = [o for o in parsed.objects if o.type == "relationship"]
    dated = [r for r in rels if "start_time" in r]
    undated_sources = {r.source_ref for r in rels if "start_time" not in r}
    assert len(dated) >= len(rels) - 4  # only the undated incident's and the undated relations' lack a time
    assert all(objs[s].type != "incident" or "first_seen" not in objs[s].extensions[INCIDENT_EXTENSION]
               for s in undated_sources)


def test_scope_keeps_the_period(tmp_path: Path) -> None:
    buf = io.StringIO()
    api.export(build(tmp_path / "kb.db"), "stix", buf, Scope(since="2017-12-01", until="2017-12-31"))
    parsed = stix2.parse(json.loads(buf.getvalue()), allow_custom=False)
    assert [o.name for o in parsed.objects if o.type == "incident"] == ["Suicide bomb 2017-12-28 Jalalabad"]
    reports = {o.external_references[0].external_id for o in parsed.objects if o.type == "report"}
    # published in December, reporting the December event, or stating a relation still in force then (a2: the
    # Taliban control Dasht-e-Archi since June); not a1, whose shadow governor's post ended in October
    assert reports == {"a2.txt", "a3.txt", "a4.txt"}


def test_ids_are_uuid5_and_export_is_deterministic(tmp_path: Path) -> None:
    first = _bundle(build(tmp_path / "one.db"))
    second = _bundle(build(tmp_path / "two.db"))
    ids = [o["id"] for o in first["objects"]]  # type: ignore[index, union-attr]
    assert len(ids) == len(set(ids))
    assert all(uuid.UUID(i.split("--")[1]).version == 5 for i in ids)
    assert ids == [o["id"] for o in second["objects"]]  # type: ignore[index, union-attr]

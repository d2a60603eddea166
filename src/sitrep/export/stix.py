"""STIX 2.1 export: one bundle for OpenCTI, MISP or any TAXII-fed platform, built with the ``stix2`` library (every
object is a ``stix2.v21`` object, checked as it is made; no custom properties).

- armed groups -> ``threat-actor`` (with aliases); people -> ``identity`` (individual); governments, state forces,
  organisations -> ``identity`` (organization, with a sector); other actors -> ``identity`` (unknown);
- placed locations -> ``location`` (latitude/longitude, country, administrative area); a location with a country
  but no coordinates gets the country only; one with neither is left out (STIX requires one), with its relations;
- relations -> ``relationship`` (``pledged_allegiance_to`` -> ``pledged-allegiance-to``, ``located_in`` ->
  ``located-at``), with ``start_time``/``stop_time`` from the relation's dates (the first day of its start, the
  last moment of its end; left out when unknown), its certainty as a label and
  as ``confidence``, the role and the evidence quote in ``description``;
- events -> ``incident`` (ACLED type and sub-type as labels) with ``attributed-to`` (actor1 and its associates),
  ``targets`` (actor2 and its associates) and ``located-at`` relationships, whose ``start_time``/``stop_time`` are
  the first and last moment of the event's date. STIX 2.1's incident has no time of its own, so the incident
  carries ``first_seen``/``last_seen`` (and the date's precision and text, the fatality figure and the ACLED
  types) in a property extension that the bundle defines (``extension-definition`` "sitrep incident", created by
  the ``identity`` "sitrep"), the standard way to add properties to a STIX object;
- documents -> ``report`` (``published`` = the document's date; when unknown, the ingestion time and the label
  ``published-date-unknown``) referring to everything stated in it, with ``external_references`` to the source.

Ids are UUIDv5 from a fixed sitrep namespace and the knowledge-base id of each record, and timestamps come from the
base (entity creation, document ingestion), so exporting the same base twice gives the same bundle.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import IO, Any

from stix2 import v21  # type: ignore[import-untyped]

from sitrep.dates import period
from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Selection

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/sitrep/stix")
CONFIDENCE = {"asserted": 85, "reported": 70, "claimed": 50, "alleged": 40, "unconfirmed": 30, "planned": 20,
              "denied": 10}
SECTORS = {"government": ["government-national"], "state_force": ["defense"]}
RELATIONSHIP_TYPES = {"located_in": "located-at"}
EPOCH = "1970-01-01T00:00:00.000Z"  # only for a record the base has no time for
CLASSES: dict[str, Any] = {
    "threat-actor": v21.ThreatActor, "identity": v21.Identity, "location": v21.Location,
    "relationship": v21.Relationship, "incident": v21.Incident, "report": v21.Report,
    "extension-definition": v21.ExtensionDefinition}
SITREP = "identity--" + str(uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/sitrep/stix"),
                                       "identity:sitrep"))
INCIDENT_EXTENSION = "extension-definition--" + str(uuid.uuid5(uuid.uuid5(
    uuid.NAMESPACE_URL, "https://github.com/sitrep/stix"), "extension-definition:incident"))
INCIDENT_SCHEMA = (
    "Properties sitrep adds to an incident (a property-extension): first_seen and last_seen (STIX timestamps, "
    "the first and last moment of the incident's date), date_precision (day, month, year or unknown), date_text "
    "(the words that gave the date), event_type and sub_event_type (ACLED's), fatalities (integer, reported dead) "
    "and fatalities_qualifier (exact, about, at_least, more_than, at_most or unknown).")


def sid(stix_type: str, key: str) -> str:
    return f"{stix_type}--{uuid.uuid5(NAMESPACE, f'{stix_type}:{key}')}"


def timestamp(value: str | None) -> str | None:
    """An ISO date or datetime as a STIX timestamp (UTC, milliseconds)."""
    if not value:
        return None
    v = value.replace("+00:00", "").rstrip("Z")
    if len(v) == 7:
        v += "-01"
    if len(v) == 4:
        v += "-01-01"
    if len(v) == 10:
        v += "T00:00:00"
    return v[:19] + ".000Z"


def span(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """STIX timestamps of the first moment of ``start`` and the last moment of ``end`` (TIMEX3-style dates); a
    stop no later than the start is dropped (STIX requires stop > start)."""
    first, last = period(start), period(end)
    lo = f"{first[0]}T00:00:00.000Z" if first else None
    hi = f"{last[1]}T23:59:59.999Z" if last else None
    return lo, (hi if hi and (lo is None or hi > lo) else None)


def _entity_object(e: dict[str, Any], created: str) -> dict[str, Any] | None:
    base = {"spec_version": "2.1", "created": created, "modified": created, "name": e["name"]}
    aliases = [a for a in e["aliases"] if a != e["name"]]
    if e["type"] == "armed_group":
        return {"type": "threat-actor", "id": sid("threat-actor", e["id"]), **base,
                **({"aliases": aliases} if aliases else {})}
    if e["type"] == "location":
        geo = e["geo"] or {}
        loc: dict[str, Any] = {"type": "location", "id": sid("location", e["id"]), **base}
        if geo.get("lat") is not None and geo.get("lon") is not None:
            loc |= {"latitude": float(geo["lat"]), "longitude": float(geo["lon"])}
        country = geo.get("country") or e["country"]
        if country:
            loc["country"] = country
        if geo.get("admin1"):
            loc["administrative_area"] = geo["admin1"]
        if "country" not in loc and "latitude" not in loc:
            return None
        return loc
    cls = {"person": "individual", "other": "unknown"}.get(e["type"], "organization")
    obj = {"type": "identity", "id": sid("identity", e["id"]), **base, "identity_class": cls}
    if e["type"] in SECTORS:
        obj["sectors"] = SECTORS[e["type"]]
    return obj


def _relationship(objects: dict[str, dict[str, Any]], key: str, rtype: str, source: str, target: str, created: str,
                  **extra: Any) -> str:
    created = created or objects[source]["created"]
    obj = {"type": "relationship", "spec_version": "2.1", "id": sid("relationship", key), "created": created,
           "modified": created, "relationship_type": rtype, "source_ref": source, "target_ref": target,
           **{k: v for k, v in extra.items() if v not in (None, [], "")}}
    objects[obj["id"]] = obj
    return str(obj["id"])


def _relation_objects(kb: KnowledgeBase, sel: Selection, objects: dict[str, dict[str, Any]], ref: dict[str, str],
                      ingested: dict[str, str], per_doc: dict[str, set[str]]) -> None:
    """The relations as STIX relationships."""
    for r in kb.iter_relations():
        source, target = ref.get(r["subject_id"]), ref.get(r["object_id"] or "")
        if source is None or target is None or not sel.has_relation(r["id"]):
            continue
        start, stop = span(r["start_date"], r["end_date"])
        quote = " | ".join(q["text"] for q in r["evidence"])
        desc = "; ".join(x for x in (f"role: {r['role']}" if r["role"] else "",
                                     f"certainty: {r['certainty']}" if r["certainty"] else "", quote) if x)
        rid = _relationship(objects, r["id"], RELATIONSHIP_TYPES.get(r["predicate"], r["predicate"].replace("_", "-")),
                            source, target, ingested.get(r["doc_id"] or "", ""), start_time=start, stop_time=stop,
                            description=desc, confidence=CONFIDENCE.get(r["certainty"] or ""),
                            labels=[r["certainty"]] if r["certainty"] else None)
        if r["doc_id"]:
            per_doc[r["doc_id"]].add(rid)


def _incident(ev: dict[str, Any], created: str) -> dict[str, Any]:
    name = f"{ev['sub_type'] or ev['type']} {ev['date_start'] or '(date unknown)'}" + (
        f" {ev['location']}" if ev["location"] else "")
    quote = " | ".join(q["text"] for q in ev["evidence"])
    dead = f"fatalities: {ev['fatalities']} ({ev['fatalities_qualifier']})" if ev["fatalities"] is not None else ""
    first, last = span(ev["date_start"], ev["date_end"] or ev["date_start"])
    ext = {"extension_type": "property-extension", "first_seen": first, "last_seen": last,
           "date_precision": ev["date_precision"], "date_text": ev["date_text"], "event_type": ev["type"],
           "sub_event_type": ev["sub_type"], "fatalities": ev["fatalities"],
           "fatalities_qualifier": ev["fatalities_qualifier"]}
    inc: dict[str, Any] = {
        "type": "incident", "spec_version": "2.1", "id": sid("incident", ev["id"]), "created": created,
        "modified": created, "name": name,
        "description": "; ".join(x for x in (f"{ev['type']} / {ev['sub_type'] or '-'}", dead, quote) if x),
        "labels": [x for x in (ev["type"], ev["sub_type"]) if x],
        "extensions": {INCIDENT_EXTENSION: {k: v for k, v in ext.items() if v is not None}}}
    if ev["confidence"] is not None:
        inc["confidence"] = max(0, min(100, round(float(ev["confidence"]) * 100)))
    return inc


def _event_objects(kb: KnowledgeBase, sel: Selection, objects: dict[str, dict[str, Any]], ref: dict[str, str],
                   ingested: dict[str, str], per_doc: dict[str, set[str]]) -> None:
    """The events as STIX incidents, with their actors and locations as relationships dated like the event."""
    for ev in kb.events() if sel.events is None else sel.events:
        created = (ingested.get(ev["docs"][0]) if ev["docs"] else None) or EPOCH
        inc = _incident(ev, created)
        objects[inc["id"]] = inc
        made = [inc["id"]]
        ext = inc["extensions"][INCIDENT_EXTENSION]
        when = {"start_time": ext.get("first_seen"), "stop_time": ext.get("last_seen")}
        for a in ev["actors"]:
            target = ref.get(a["id"])
            if target:
                rtype = "attributed-to" if a["role"] in ("actor1", "assoc_actor_1") else "targets"
                made.append(_relationship(objects, f"{ev['id']}:{a['role']}:{a['id']}", rtype, inc["id"], target,
                                          created, **when))
        if ev["location_id"] in ref:
            made.append(_relationship(objects, f"{ev['id']}:location", "located-at", inc["id"],
                                      ref[ev["location_id"]], created, **when))
        for d in ev["docs"]:
            per_doc[d].update(made)


def _report_objects(docs: dict[str, dict[str, Any]], objects: dict[str, dict[str, Any]], ingested: dict[str, str],
                    per_doc: dict[str, set[str]]) -> None:
    """A STIX report for each document that yielded an object."""
    for doc_id, d in docs.items():
        refs = sorted(per_doc.get(doc_id, ()))
        if not refs:
            continue
        ext: dict[str, Any] = {"source_name": d["outlet"] or "sitrep", "external_id": doc_id}
        if d["url"]:
            ext["url"] = d["url"]
        others = [{"source_name": "source", "url": s} for s in d["sources"]
                  if s.startswith(("http://", "https://")) and s != d["url"]]
        rep: dict[str, Any] = {
               "type": "report", "spec_version": "2.1", "id": sid("report", doc_id), "created": ingested[doc_id],
               "modified": ingested[doc_id], "name": d["title"] or doc_id, "report_types": ["threat-report"],
               "published": timestamp(d["published"]) or ingested[doc_id], "object_refs": refs,
               "external_references": [ext, *others]}
        if not d["published"]:
            rep["labels"] = ["published-date-unknown"]
        objects[rep["id"]] = rep


def _sitrep_objects() -> list[dict[str, Any]]:
    """The identity "sitrep" and the extension it defines for incidents."""
    return [
        {"type": "identity", "spec_version": "2.1", "id": SITREP, "created": EPOCH, "modified": EPOCH,
         "name": "sitrep", "identity_class": "system", "description": "Conflict-news knowledge base that made this"},
        {"type": "extension-definition", "spec_version": "2.1", "id": INCIDENT_EXTENSION, "created_by_ref": SITREP,
         "created": EPOCH, "modified": EPOCH, "name": "sitrep incident", "description": "When an incident happened,"
         " and its ACLED coding.", "schema": INCIDENT_SCHEMA, "version": "1.0",
         "extension_types": ["property-extension"]},
    ]


def bundle(kb: KnowledgeBase, sel: Selection | None = None) -> Any:
    """The STIX bundle (a ``stix2.v21.Bundle``); every object is made and checked by the ``stix2`` library."""
    sel = sel or Selection.everything()
    docs = {d["id"]: d for d in kb.iter_documents() if sel.has_doc(d["id"])}
    ingested = {k: timestamp(d["ingested_at"]) or "" for k, d in docs.items()}
    objects: dict[str, dict[str, Any]] = {}
    ref: dict[str, str] = {}
    per_doc: dict[str, set[str]] = defaultdict(set)
    for e in kb.iter_entities():
        if not sel.has_entity(e["id"]):
            continue
        obj = _entity_object(e, timestamp(e["created_at"]) or "")
        if obj is None:
            continue
        objects[obj["id"]] = obj
        ref[e["id"]] = obj["id"]
        for m in e["mentions"]:
            per_doc[m["doc"]].add(obj["id"])
    _relation_objects(kb, sel, objects, ref, ingested, per_doc)
    _event_objects(kb, sel, objects, ref, ingested, per_doc)
    _report_objects(docs, objects, ingested, per_doc)
    if any(o["type"] == "incident" for o in objects.values()):
        objects |= {o["id"]: o for o in _sitrep_objects()}
    ids = sorted(objects)
    made = [CLASSES[objects[i]["type"]](allow_custom=False, **objects[i]) for i in ids]
    return v21.Bundle(objects=made, id=f"bundle--{uuid.uuid5(NAMESPACE, 'bundle:' + ','.join(ids))}",
                      allow_custom=False)


def write(kb: KnowledgeBase, out: IO[str], sel: Selection | None = None) -> int:
    """Write the bundle as JSON; return the number of STIX objects."""
    b = bundle(kb, sel)
    out.write(b.serialize(indent=1, ensure_ascii=False))
    out.write("\n")
    return len(b.objects)

"""STIX 2.1 export: one bundle for OpenCTI, MISP or any TAXII-fed platform (checked with the ``stix2`` library).

- armed groups -> ``threat-actor`` (with aliases); people -> ``identity`` (individual); governments, state forces,
  organisations -> ``identity`` (organization, with a sector); other actors -> ``identity`` (unknown);
- placed locations -> ``location`` (latitude/longitude, country, administrative area); a location with a country
  but no coordinates gets the country only; one with neither is left out (STIX requires one), with its relations;
- relations -> ``relationship`` (``pledged_allegiance_to`` -> ``pledged-allegiance-to``, ``located_in`` ->
  ``located-at``), with ``start_time``/``stop_time`` from the relation's dates, its certainty as a label and
  as ``confidence``, the role and the evidence quote in ``description``;
- events -> ``incident`` (ACLED type and sub-type as labels) with ``attributed-to`` (actor1 and its associates),
  ``targets`` (actor2 and its associates) and ``located-at`` relationships;
- documents -> ``report`` (``published`` = the document's date; when unknown, the ingestion time and the label
  ``published-date-unknown``) referring to everything stated in it, with ``external_references`` to the source.

Ids are UUIDv5 from a fixed sitrep namespace and the knowledge-base id of each record, and timestamps come from the
base (entity creation, document ingestion), so exporting the same base twice gives the same bundle.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from typing import IO, Any

from sitrep.kb import KnowledgeBase

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/sitrep/stix")
CONFIDENCE = {"asserted": 85, "reported": 70, "claimed": 50, "alleged": 40, "unconfirmed": 30, "planned": 20,
              "denied": 10}
SECTORS = {"government": ["government-national"], "state_force": ["defense"]}
RELATIONSHIP_TYPES = {"located_in": "located-at"}
EPOCH = "1970-01-01T00:00:00.000Z"  # only for a record the base has no time for


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


def _relation_objects(kb: KnowledgeBase, objects: dict[str, dict[str, Any]], ref: dict[str, str],
                      ingested: dict[str, str], per_doc: dict[str, set[str]]) -> None:
    """The relations as STIX relationships."""
    for r in kb.iter_relations():
        source, target = ref.get(r["subject_id"]), ref.get(r["object_id"] or "")
        if source is None or target is None:
            continue
        start, stop = timestamp(r["start_date"]), timestamp(r["end_date"])
        if start and stop and stop <= start:
            stop = None
        quote = " | ".join(q["text"] for q in r["evidence"])
        desc = "; ".join(x for x in (f"role: {r['role']}" if r["role"] else "",
                                     f"certainty: {r['certainty']}" if r["certainty"] else "", quote) if x)
        rid = _relationship(objects, r["id"], RELATIONSHIP_TYPES.get(r["predicate"], r["predicate"].replace("_", "-")),
                            source, target, ingested.get(r["doc_id"] or "", ""), start_time=start, stop_time=stop,
                            description=desc, confidence=CONFIDENCE.get(r["certainty"] or ""),
                            labels=[r["certainty"]] if r["certainty"] else None)
        if r["doc_id"]:
            per_doc[r["doc_id"]].add(rid)


def _event_objects(kb: KnowledgeBase, objects: dict[str, dict[str, Any]], ref: dict[str, str],
                   ingested: dict[str, str], per_doc: dict[str, set[str]]) -> None:
    """The events as STIX incidents, with their actors and locations as relationships."""
    for ev in kb.events():
        created = (ingested.get(ev["docs"][0]) if ev["docs"] else None) or EPOCH
        name = f"{ev['sub_type'] or ev['type']} {ev['date_start'] or '(date unknown)'}" + (
            f" {ev['location']}" if ev["location"] else "")
        quote = " | ".join(q["text"] for q in ev["evidence"])
        dead = f"fatalities: {ev['fatalities']} ({ev['fatalities_qualifier']})" if ev["fatalities"] is not None \
            else ""
        inc: dict[str, Any] = {
               "type": "incident", "spec_version": "2.1", "id": sid("incident", ev["id"]), "created": created,
               "modified": created, "name": name,
               "description": "; ".join(x for x in (f"{ev['type']} / {ev['sub_type'] or '-'}", dead, quote) if x),
               "labels": [x for x in (ev["type"], ev["sub_type"]) if x]}
        if ev["confidence"] is not None:
            inc["confidence"] = max(0, min(100, round(float(ev["confidence"]) * 100)))
        objects[inc["id"]] = inc
        made = [inc["id"]]
        for a in ev["actors"]:
            target = ref.get(a["id"])
            if target:
                rtype = "attributed-to" if a["role"] in ("actor1", "assoc_actor_1") else "targets"
                made.append(_relationship(objects, f"{ev['id']}:{a['role']}:{a['id']}", rtype, inc["id"], target,
                                          created))
        if ev["location_id"] in ref:
            made.append(_relationship(objects, f"{ev['id']}:location", "located-at", inc["id"],
                                      ref[ev["location_id"]], created))
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


def bundle(kb: KnowledgeBase) -> dict[str, Any]:
    """The STIX bundle as a dict."""
    docs = {d["id"]: d for d in kb.iter_documents()}
    ingested = {k: timestamp(d["ingested_at"]) or "" for k, d in docs.items()}
    objects: dict[str, dict[str, Any]] = {}
    ref: dict[str, str] = {}
    per_doc: dict[str, set[str]] = defaultdict(set)
    for e in kb.iter_entities():
        obj = _entity_object(e, timestamp(e["created_at"]) or "")
        if obj is None:
            continue
        objects[obj["id"]] = obj
        ref[e["id"]] = obj["id"]
        for m in e["mentions"]:
            per_doc[m["doc"]].add(obj["id"])
    _relation_objects(kb, objects, ref, ingested, per_doc)
    _event_objects(kb, objects, ref, ingested, per_doc)
    _report_objects(docs, objects, ingested, per_doc)
    ids = sorted(objects)
    return {"type": "bundle", "id": f"bundle--{uuid.uuid5(NAMESPACE, 'bundle:' + ','.join(ids))}",
            "objects": [objects[i] for i in ids]}


def write(kb: KnowledgeBase, out: IO[str]) -> int:
    """Write the bundle as JSON; return the number of STIX objects."""
    b = bundle(kb)
    json.dump(b, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(b["objects"])

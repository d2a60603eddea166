"""ACLED CSV export (spec §3): ACLED's columns in ACLED's order, plus ``document_ids``.

Actor names are ACLED's (the entity's ``acled_name``, the dictionary's, or its parent's);
interaction codes, disorder type and civilian targeting follow ACLED's codebook (typology in
``sitrep/data/acled/typology.yaml``); place columns come from the location entity's geo.
Unknown fatalities are 0, as in ACLED's files.
"""

from __future__ import annotations

import csv
import json
import re
import time
from typing import IO, Any

from sitrep.extract.event_actors import typology
from sitrep.kb import KnowledgeBase
from sitrep.nlp.matcher import default_matcher

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
           "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
           "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
           "document_ids")
_PRECISION = {"day": 1, "month": 3, "year": 3}
def _geo_precision(geo: dict[str, Any]) -> int:
    """ACLED's geo_precision: the one the geocoder recorded (1 the town, 2 near it or its district, 3 the
    province), else from the kind of place."""
    recorded = geo.get("precision")
    if isinstance(recorded, int) and recorded in (1, 2, 3):
        return recorded
    return _GEO_PRECISION.get(str(geo.get("feature") or ""), 2)


_GEO_PRECISION = {"village": 1, "city": 1, "town": 1, "locality": 1, "neighbourhood": 1, "district": 2,
                  "admin2": 2, "province": 3, "admin1": 3, "country": 3}


def acled_name(entity: dict[str, Any] | None) -> str:
    """ACLED's name for an entity: its own acled_name, the dictionary's (or a parent's), else its name."""
    if not entity:
        return ""
    attrs = entity.get("attrs") or {}
    if isinstance(attrs, str):
        attrs = json.loads(attrs or "{}")
    if attrs.get("acled_name"):
        return str(attrs["acled_name"])
    actors = default_matcher().actors
    entry = actors.get(str(entity.get("id")))
    for _ in range(5):
        if entry is None:
            break
        if entry.acled_name:
            return entry.acled_name
        entry = actors.get(entry.parent or "")
    return str(entity.get("name") or "")


def inter_code(name: str, country: str | None) -> int | None:
    """ACLED's interaction code of an actor name (1 state forces ... 8 external forces)."""
    if not name:
        return None
    t = typology()
    codes: dict[str, int] = t["inter_codes"]
    for group, pattern in t["inter_by_name"]:
        if re.search(pattern, name):
            if group == "state_forces" and country and name.startswith(("Military", "Police")) \
                    and country not in name:
                return codes["external_forces"]
            return codes[group]
    return None


def _country(geo: dict[str, Any] | None, actors: list[dict[str, Any]]) -> str | None:
    if geo and geo.get("country"):
        return str(geo["country"])
    for a in actors:
        if a.get("country"):
            return str(a["country"])
    return None


def row(ev: dict[str, Any], entities: dict[str, dict[str, Any]], outlets: dict[str, str | None]) -> dict[str, Any]:
    """One ACLED row for one event of the knowledge base."""
    t = typology()
    by_role: dict[str, list[dict[str, Any]]] = {}
    for a in ev.get("actors") or []:
        ent = entities.get(a["entity"])
        if ent:
            by_role.setdefault(a["role"], []).append(ent)
    loc = entities.get(ev.get("location_id") or "") or {}
    geo = loc.get("geo") or None
    iso2 = _country(geo, [e for v in by_role.values() for e in v])
    country = t["countries"].get(iso2 or "", {})
    cname = country.get("name")

    def names(role: str) -> str:
        return "; ".join(dict.fromkeys(acled_name(e) for e in by_role.get(role, [])))

    actor1, actor2 = names("actor1"), names("actor2")
    inter1, inter2 = inter_code(actor1.split("; ")[0], cname), inter_code(actor2.split("; ")[0], cname)
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    interaction = "".join(str(c) for c in codes) if len(codes) == 2 else (f"{codes[0]}0" if codes else "")
    etype, sub = ev.get("type") or "", ev.get("sub_type") or ""
    disorder = t["disorder_overrides"].get(sub) or (t["event_types"].get(etype) or {}).get("disorder_type", "")
    civilians = inter2 == t["inter_codes"]["civilians"] and disorder.startswith("Political violence")
    docs = [s["doc"] for s in ev.get("sources") or []]
    notes = " ".join(dict.fromkeys(" ".join((e.get("text") or "").split()) for e in ev.get("evidence") or []))
    date = ev.get("date_start") or ""
    tags = [] if (ev.get("certainty") or "reported") in ("reported", "asserted") else [f"certainty: {ev['certainty']}"]
    num = re.sub(r"\D", "", str(ev.get("id"))) or "0"
    return {
        "event_id_cnty": f"{country.get('iso3', 'XXX')}{num}", "event_date": date, "year": date[:4],
        "time_precision": _PRECISION.get(ev.get("date_precision") or "", 3), "disorder_type": disorder,
        "event_type": etype, "sub_event_type": sub, "actor1": actor1, "assoc_actor_1": names("assoc_actor_1"),
        "inter1": inter1 or "", "actor2": actor2, "assoc_actor_2": names("assoc_actor_2"), "inter2": inter2 or "",
        "interaction": interaction, "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": country.get("iso", ""), "region": country.get("region", ""), "country": cname or "",
        "admin1": (geo or {}).get("admin1") or "", "admin2": (geo or {}).get("admin2") or "", "admin3": "",
        "location": loc.get("name") or "", "latitude": (geo or {}).get("lat", ""),
        "longitude": (geo or {}).get("lon", ""),
        "geo_precision": _geo_precision(geo) if geo else "",
        "source": "; ".join(dict.fromkeys(o for d in docs if (o := outlets.get(d)))), "source_scale": "",
        "notes": notes, "fatalities": ev.get("fatalities") or 0, "tags": "; ".join(tags),
        "timestamp": int(time.time()), "document_ids": ";".join(docs),
    }


def write(kb: KnowledgeBase, out: IO[str]) -> int:
    """Every event of the base as one ACLED row; returns the number of rows."""
    entities = {e["id"]: e for e in kb.iter_entities()}
    outlets = {d["id"]: d.get("outlet") for d in kb.iter_documents()}
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in kb.iter_events():
        w.writerow(row(ev, entities, outlets))
        n += 1
    return n

"""ACLED CSV export (spec §3): ACLED's columns in ACLED's order, plus ``document_ids``; every row a valid ACLED row.

Actor names are ACLED's (the entity's ``acled_name``, the dictionary's, or its parent's); interaction codes,
disorder type and civilian targeting follow ACLED's codebook (typology in ``sitrep/data/acled/typology.yaml``);
place columns come from the location entity's geo. Unknown fatalities are 0, as in ACLED's files.

By the codebook:
- dates: an exact day is ``time_precision`` 1; a span of up to a week is 2, dated at its middle; a month (or a
  span inside one month) is 3, dated on the 15th. An event with only a year, or no date, cannot be an ACLED row:
  it is left out, and counted (``log``);
- ``event_id_cnty`` is the country's ISO alpha-3 code and the event's number in the base (``v12`` in
  Afghanistan -> ``AFG12``), stable across exports of the same base. An event without a country or without a
  placed location is left out, and counted;
- every row has an actor1: when the text names none, the codebook's generic actor for the event type
  (``unknown_actor1`` in ``sitrep/data/acled/export.yaml``: an unidentified perpetrator is "Unidentified Armed
  Group (Country)", unnamed demonstrators "Protesters (Country)"); the unnamed side of a battle is an
  unidentified armed group, and violence against civilians always has "Civilians (Country)" as actor2. A
  strategic development without actor1 is left out, and counted;
- ``source`` is the outlets (else the host of the document's URL); ``source_scale`` the outlets' known reach
  relative to the event's country (``export.yaml``), empty when no outlet's reach is known;
- ``civilian_targeting`` is the event's own mark when it has one, else ACLED's rule: civilians are actor2 of a
  political-violence event.
"""

from __future__ import annotations

import csv
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import IO, Any

from sitrep.dates import period
from sitrep.export.acled_data import export_data, source_scale
from sitrep.extract.event_actors import typology
from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Selection
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.nlp.matcher import default_matcher

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
           "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
           "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
           "document_ids")


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


LEFT_OUT = {"undated": "no date, or only a year (ACLED needs the month at least)",
            "no_country": "no country", "unplaced": "no placed location",
            "no_actor1": "no actor1, and no generic actor for its type"}


def acled_date(ev: dict[str, Any]) -> tuple[str, int] | None:
    """ACLED's ``event_date`` and ``time_precision`` for an event's date; None when the month is not known."""
    first, last = period(ev.get("date_start")), period(ev.get("date_end") or ev.get("date_start"))
    if first is None:
        return None
    lo, hi = first[0], (last or first)[1]
    if lo == hi:
        return lo, 1
    d0, d1 = date.fromisoformat(lo), date.fromisoformat(hi)
    if (d1 - d0).days <= 6:
        return date.fromordinal((d0.toordinal() + d1.toordinal()) // 2).isoformat(), 2
    if lo[:7] == hi[:7]:
        return f"{lo[:7]}-15", 3
    return None


def country_info(iso2: str | None) -> dict[str, Any]:
    """ACLED's codes of a country (alpha-2): ``iso`` (numeric), ``iso3``, ``name``, ``region``; from the typology,
    else the embedded gazetteer's alpha-3 and name (numeric code and region then unknown: empty)."""
    if not iso2:
        return {}
    known = typology()["countries"].get(iso2)
    if known:
        return dict(known)
    gaz = default_gazetteer().countries
    iso3 = next((a3 for a3, a2 in gaz.by_iso3.items() if a2 == iso2), None)
    name = gaz.names.get(iso2)
    return {"iso": "", "iso3": iso3, "name": name, "region": ""} if iso3 and name else {}


def _country(ev: dict[str, Any], geo: dict[str, Any] | None, actors: list[dict[str, Any]]) -> str | None:
    if geo and geo.get("country"):
        return str(geo["country"])
    if ev.get("country"):
        return str(ev["country"])
    for a in actors:
        if a.get("country"):
            return str(a["country"])
    return None


def _generic(role: str, etype: str, cname: str) -> str:
    family = export_data().unknown_actor[role].get(etype)
    return str(typology()["generic_actors"][family]["name"]).format(country=cname) if family else ""


def _civilian_targeting(ev: dict[str, Any], actor2: str, disorder: str) -> str:
    own = ev.get("civilian_targeting")
    if own is not None:
        return "Civilian targeting" if own and str(own).lower() not in ("0", "false", "no") else ""
    civilians = any(inter_code(a, None) == typology()["inter_codes"]["civilians"] for a in actor2.split("; ") if a)
    return "Civilian targeting" if civilians and disorder.startswith("Political violence") else ""


def _sources(ev: dict[str, Any], docs: dict[str, dict[str, Any]], iso2: str) -> tuple[str, str]:
    data = export_data()
    names, found = [], []
    for s in ev.get("sources") or []:
        d = docs.get(s["doc"]) or {}
        o = data.find(d.get("outlet"), d.get("url"))
        if o:
            found.append(o)
        name = d.get("outlet") or (o.name if o else None) or _host(d.get("url"))
        if name:
            names.append(name)
    region_of = {k: str(v.get("region") or "") for k, v in typology()["countries"].items()}
    return "; ".join(dict.fromkeys(names)), source_scale(found, iso2, region_of)


def _host(url: str | None) -> str | None:
    m = re.match(r"https?://(?:www\.)?([^/:?#]+)", url or "")
    return m.group(1) if m else None


def _names(by_role: dict[str, list[dict[str, Any]]], role: str) -> str:
    return "; ".join(dict.fromkeys(n for e in by_role.get(role, []) if (n := acled_name(e))))


def _interaction(inter1: int | None, inter2: int | None) -> str:
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    return "".join(str(c) for c in codes) if len(codes) == 2 else (f"{codes[0]}0" if codes else "")


def row(ev: dict[str, Any], entities: dict[str, dict[str, Any]],
        docs: dict[str, dict[str, Any]]) -> dict[str, Any] | str:
    """One ACLED row for one event of the knowledge base, or why it cannot be one (a key of ``LEFT_OUT``)."""
    t = typology()
    by_role: dict[str, list[dict[str, Any]]] = {}
    for a in ev.get("actors") or []:
        if ent := entities.get(a["entity"]):
            by_role.setdefault(a["role"], []).append(ent)
    loc = entities.get(ev.get("location_id") or "") or {}
    geo = loc.get("geo") or None
    when = acled_date(ev)
    iso2 = _country(ev, geo, [e for v in by_role.values() for e in v])
    country = country_info(iso2)
    if when is None:
        return "undated"
    if not country:
        return "no_country"
    if not geo or geo.get("lat") is None or geo.get("lon") is None:
        return "unplaced"
    cname, etype, sub = str(country["name"]), ev.get("type") or "", ev.get("sub_type") or ""
    actor1 = _names(by_role, "actor1") or _generic("actor1", etype, cname)
    actor2 = _names(by_role, "actor2") or _generic("actor2", etype, cname)
    if not actor1:
        return "no_actor1"
    inter1, inter2 = inter_code(actor1.split("; ")[0], cname), inter_code(actor2.split("; ")[0], cname)
    disorder = t["disorder_overrides"].get(sub) or (t["event_types"].get(etype) or {}).get("disorder_type", "")
    notes = " ".join(dict.fromkeys(" ".join((e.get("text") or "").split()) for e in ev.get("evidence") or []))
    tags = [] if (ev.get("certainty") or "reported") in ("reported", "asserted") else [f"certainty: {ev['certainty']}"]
    source, scale = _sources(ev, docs, str(iso2))
    return {
        "event_id_cnty": f"{country['iso3']}{re.sub(r'[^0-9]', '', str(ev.get('id'))) or '0'}",
        "event_date": when[0], "year": when[0][:4], "time_precision": when[1], "disorder_type": disorder,
        "event_type": etype, "sub_event_type": sub, "actor1": actor1, "assoc_actor_1": _names(by_role, "assoc_actor_1"),
        "inter1": inter1 or "", "actor2": actor2, "assoc_actor_2": _names(by_role, "assoc_actor_2"),
        "inter2": inter2 or "", "interaction": _interaction(inter1, inter2),
        "civilian_targeting": _civilian_targeting(ev, actor2, disorder),
        "iso": country.get("iso", ""), "region": country.get("region", ""), "country": cname,
        "admin1": geo.get("admin1") or "", "admin2": geo.get("admin2") or "", "admin3": "",
        "location": loc.get("name") or "", "latitude": geo["lat"], "longitude": geo["lon"],
        "geo_precision": _geo_precision(geo), "source": source,
        "source_scale": scale, "notes": notes, "fatalities": ev.get("fatalities") or 0, "tags": "; ".join(tags),
        "timestamp": int(time.time()), "document_ids": ";".join(s["doc"] for s in ev.get("sources") or []),
    }


def write(kb: KnowledgeBase, out: IO[str], sel: Selection | None = None,
          log: Callable[[str], None] | None = None) -> int:
    """Every event in scope that can be a valid ACLED row, as one row; returns the number of rows. The events left
    out are counted by reason and told to ``log`` (the CLI prints it on stderr)."""
    sel = sel or Selection.everything()
    entities = {e["id"]: e for e in kb.iter_entities()}
    docs = {d["id"]: {"outlet": d.get("outlet"), "url": d.get("url")} for d in kb.iter_documents()}
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    n, left_out = 0, Counter[str]()
    for ev in kb.iter_events():
        if not sel.has_event(ev["id"]):
            continue
        r = row(ev, entities, docs)
        if isinstance(r, str):
            left_out[r] += 1
            continue
        w.writerow(r)
        n += 1
    if left_out and log is not None:
        log(f"acled: {n} events written; {sum(left_out.values())} left out, not valid ACLED rows: "
            + ", ".join(f"{k} {LEFT_OUT[r]}" for r, k in left_out.most_common()))
    return n

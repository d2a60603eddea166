"""Generic actors named after a first-level division rather than its country.

ACLED names a crowd or the civilians of an event after the event's country ("Protesters (United Kingdom)"),
except in a few divisions it names apart (``division_people`` of the ACLED typology): an event placed in Northern
Ireland has "Protesters (Northern Ireland)". Once the event's location is placed, its generic people of that
country (``division_people_families``) take the division's name; a state's forces keep the country's. A local key
that events of the document placed in different divisions share keeps the country's name.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sitrep.extract.event_actors import generic_entity, typology
from sitrep.lexicon.keys import place_key
from sitrep.records import EntityRef, EventRecord, PreparedDocument, Resolution, ResolvedEntity


def division_names() -> dict[str, dict[str, str]]:
    """Country (ISO alpha-2) -> admin1 key -> the name ACLED gives its people."""
    table = typology().get("division_people") or {}
    return {str(c): {place_key(str(a)): str(n) for a, n in divs.items()} for c, divs in table.items()}


def division_entity(family: str, country: str, name: str, date: str | None) -> EntityRef:
    """The generic actor of ``family`` named after division ``name`` of ``country``: "Protesters (Northern
    Ireland)"."""
    base = generic_entity(family, country, date)
    spec = typology()["generic_actors"][family]
    label = str(spec["name"]).format(country=name)
    key = f"{base.key}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
    return EntityRef(key=key, name=label, type=base.type, country=country, acled_name=label)


def _division(res: Resolution, location: str | None, names: dict[str, dict[str, str]]) -> tuple[str, str] | None:
    """(country, division name) of the event location ``location`` when it lies in a division named apart."""
    entity_id = res.keys.get(location or "")
    entity = next((e for e in res.entities if e.id == entity_id and e.type == "location"), None)
    geo = entity.geo if entity is not None else None
    country, admin1 = (geo.get("country"), geo.get("admin1")) if geo else (None, None)
    if not isinstance(country, str) or not isinstance(admin1, str):
        return None
    name = names.get(country, {}).get(place_key(admin1))
    return (country, name) if name else None


def _targets(ev: EventRecord, res: Resolution, names: dict[str, dict[str, str]]) -> dict[str, EntityRef | None]:
    """Local key of each actor of ``ev`` -> the division's actor it becomes (None: it stays)."""
    found = _division(res, ev.location, names)
    out: dict[str, EntityRef | None] = {}
    for a in ev.actors:
        out[a.key] = None
        if found is None:
            continue
        for family in typology().get("division_people_families") or ():
            if res.keys.get(a.key) == generic_entity(str(family), found[0], ev.date.start).key:
                out[a.key] = division_entity(str(family), found[0], found[1], ev.date.start)
    return out


def name_division_people(prep: PreparedDocument, res: Resolution) -> None:
    """Give the generic people of each event of ``prep`` placed in a division ACLED names apart its name."""
    names = division_names()
    if not names or not prep.extractions.events:
        return
    plans: dict[str, set[str | None]] = defaultdict(set)
    refs: dict[str, EntityRef] = {}
    for ev in prep.extractions.events:
        for key, ref in _targets(ev, res, names).items():
            plans[key].add(ref.key if ref is not None else None)
            if ref is not None:
                refs[ref.key] = ref
    known = {e.id for e in res.entities}
    for key, targets in plans.items():
        target = next(iter(targets)) if len(targets) == 1 else None
        if target is None:
            continue
        res.keys[key] = target
        if target not in known:
            ref = refs[target]
            res.entities.append(ResolvedEntity(id=ref.key, type=ref.type, name=ref.name, new=True,
                                               country=ref.country, attrs={"acled_name": ref.acled_name}))
            known.add(target)
    used = set(res.keys.values())
    extracted = {r.key for r in prep.extractions.entities}
    res.entities[:] = [e for e in res.entities if e.id in used or e.id not in extracted]  # a renamed ref no key names


__all__ = ["division_entity", "division_names", "name_division_people"]

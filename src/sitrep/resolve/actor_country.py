"""The country of an event's generic actors, from where the event was placed.

Extraction names generic actors by the country it reads from the whole text ("Protesters (Kenya)", "Military
Forces of Kenya (2013-2022)"), before any place is geocoded (``extract.event_country``). Resolution knows more:
where the event's location lies. ACLED names a generic actor by the country of the event, so once the location is
placed with confidence, its country qualifies the event's generic actors when

- extraction found no country at all (the actors are bare: "Protesters", "Police Forces"), or
- the text's country is only inferred (the text never names it, by name or demonym) and the location lies in
  another country: a place's country is better evidence than the weighing of ambiguous place names.

Only generic country-qualified actors are renamed (state forces with the government period on the event's date,
protesters, rioters, civilians, the unidentified armed group, an ethnic, clan or tribal militia of a group the
new country has), with extraction's own naming (``extract.event_actors.generic_entity``). A place not spelled as
the gazetteer spells it in that country (a fuzzy or transliterated match), and a location that is only a country's
name, qualify nothing: unknown stays null.
A local key that events of the document would qualify differently keeps extraction's name.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sitrep.extract.event_actors import generic_entity
from sitrep.lexicon import countries
from sitrep.lexicon.countries import word_index, word_pattern
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import place_key
from sitrep.nlp.place_country import spelled
from sitrep.nlp.place_notation import article_spellings
from sitrep.records import EntityRef, EventRecord, PreparedDocument, Resolution, ResolvedEntity
from sitrep.resolve.place_units import positionless_seat, positionless_unit_division
from sitrep.resolve.places import text_country

GENERIC_FAMILIES = ("military", "police", "protesters", "rioters", "civilians", "unidentified", "unnamed_militia",
                    "gang")
_GROUP_MILITIA = re.compile(r"^(?P<group>.+) (?P<kind>Ethnic|Clan|Tribal) Militia \((?P<country>[^()]+)\)$")


def named_countries(text: str) -> set[str]:
    """The countries a text names, by name or demonym, wherever it names them."""
    index = word_index()
    return {index[m.group()][0] for m in word_pattern().finditer(text)}


def place_country(prep: PreparedDocument, res: Resolution, location: str | None) -> str | None:
    """The country of the event location ``location`` (a local key), when the gazetteer entry it was placed at is
    spelled as the text writes one of its place names, or so after the Arabic article (the place itself, or the
    district or province a fallback placed it at), or the first-level division (or the seat) of a district the
    text writes that the gazetteer lists without a position; None for an unplaced location, one placed by a fuzzy
    or transliterated match, and a location that is only a country (its name is among the words extraction
    weighed: "against the invasion of Ukraine")."""
    entity_id = res.keys.get(location or "")
    entity = next((e for e in res.entities if e.id == entity_id and e.type == "location"), None)
    geo = entity.geo if entity is not None else None
    found, entry = (geo.get("country"), geo.get("gazetteer_id")) if geo else (None, None)
    if not isinstance(found, str) or not found or not entry or (geo or {}).get("feature") == "country":
        return None  # a location that is only a country's name: a word extraction already weighed (often a topic)
    names = {m.name or m.text for m in prep.annotations.mentions if m.type == "location"}
    gazetteer = default_gazetteer()
    for name in names:  # as written, or so after the Arabic article the text leaves out ("Hoceima": Al Hoceima)
        if any(p.id == entry and p.country == found and spelled(p, n)
               for n in (name, *article_spellings(name)) for p in gazetteer.lookup([place_key(n)])):
            return found
    for name in names:  # the division of a district the text writes ("(Tanahu district)"), or the district's seat
        unit = positionless_unit_division(gazetteer, name, {found})
        seat = positionless_seat(gazetteer, name, unit) if unit is not None else None
        if unit is not None and entry in (unit.id, seat.id if seat is not None else None):
            return found
    return None


def _requalified(key: str, ref: EntityRef | None, old: str | None, new: str, date: str | None) -> EntityRef | None:
    """The generic actor of country ``new`` that ``key`` (extraction's generic actor of ``old``) stands for; None
    when ``key`` is no generic actor of ``old``."""
    for family in GENERIC_FAMILIES:
        if generic_entity(family, old, date).key == key:
            return generic_entity(family, new, date)
    m = _GROUP_MILITIA.match(ref.acled_name or "") if ref is not None and old is not None else None
    c_old, c_new = countries.country(old), countries.country(new)
    if m is None or c_old is None or c_new is None or m["country"] != c_old.name:
        return None
    group = countries.ethnic_groups().get(m["group"])
    if group is None or c_new.iso2 not in group.countries:
        return None
    kind = m["kind"].lower()
    label = f"{m['group']} {m['kind']} Militia ({c_new.name})"
    new_key = f"acled:{kind}-{re.sub(r'[^a-z0-9]+', '-', m['group'].lower())}-{c_new.iso2.lower()}"
    return EntityRef(key=new_key, name=label, type=ref.type if ref is not None else "armed_group", country=c_new.iso2,
                     acled_name=label)


def _targets(ev: EventRecord, here: str | None, old: str | None, named: set[str],
             refs: dict[str, EntityRef]) -> dict[str, EntityRef | None]:
    """Local key of each actor of ``ev`` -> the actor it becomes (None: it stays as extraction named it); ``here``:
    the country of its placed location (``place_country``)."""
    move = here is not None and (old is None or (old not in named and here != old))
    out: dict[str, EntityRef | None] = {}
    for a in ev.actors:
        out[a.key] = _requalified(a.key, refs.get(a.key), old, here, ev.date.start) if move and here else None
    return out


def requalify_actors(prep: PreparedDocument, res: Resolution) -> None:
    """Give the generic actors of each event of ``prep`` the country of the event's placed location (see module)."""
    events = prep.extractions.events
    if not events:
        return
    old = text_country(prep)
    named = named_countries(prep.doc.text)
    refs = {r.key: r for r in prep.extractions.entities}
    plans: dict[str, set[str | None]] = defaultdict(set)
    new_refs: dict[str, EntityRef] = {}
    placed: dict[str | None, str | None] = {}  # location -> its country: the events of a document share places
    for ev in events:
        if ev.location not in placed:
            placed[ev.location] = place_country(prep, res, ev.location)
        for key, ref in _targets(ev, placed[ev.location], old, named, refs).items():
            plans[key].add(ref.key if ref is not None else None)
            if ref is not None:
                new_refs[ref.key] = ref
    known = {e.id for e in res.entities}
    for key, targets in plans.items():
        target = next(iter(targets)) if len(targets) == 1 else None
        if target is None or target == key:
            continue
        res.keys[key] = target
        if target not in known:
            ref = new_refs[target]
            attrs: dict[str, object] = {"acled_name": ref.acled_name} if ref.acled_name else {}
            res.entities.append(ResolvedEntity(id=ref.key, type=ref.type, name=ref.name, new=True,
                                               country=ref.country, attrs=attrs))
            known.add(target)
    used = set(res.keys.values())
    res.entities[:] = [e for e in res.entities if e.id in used or e.id not in refs]  # a renamed ref no key names


__all__ = ["named_countries", "place_country", "requalify_actors"]

"""Actors as ACLED names them in the event's country.

Facts of ACLED's codebook and of the dictionaries' scope:

- ACLED names a transnational movement's branch by the country it fights in: the Islamic State in
  Mozambique is "Islamic State (Mozambique)", al-Qaeda's Sahel branch "JNIM". A text that names only the
  movement ("the Islamic State group", "al-Qaida") for an event in a country where the dictionary lists
  exactly one branch of it (a part of it, as the Islamic State in Iraq, or an affiliate), with an ACLED name
  and active on the event's date, stands for that branch.
- A common phrase of another country's state force ("Elite Force") is the event country's own force of the
  same kind (``event_country.borrowed_phrase``).
- Demonstrations are policed: at a protest or riot, the state force a text calls only "security forces"
  is ACLED's police of the country (ACLED's own notes of protests and riots that say "security forces" code
  police about three times in four).
"""

from __future__ import annotations

import re

from sitrep.extract import event_actors as actors_mod
from sitrep.nlp.matcher import default_matcher
from sitrep.records import EntityRef


def local_branch(key: str, country: str | None, date: str | None) -> EntityRef | None:
    """The one branch of movement ``key`` that ACLED names in ``country`` and that is active on ``date``."""
    actors = default_matcher().actors
    entry = actors.get(key)
    if entry is None or entry.type != "armed_group" or entry.country is not None or not country:
        return None
    year = int(date[:4]) if date and date[:4].isdigit() else None
    branches = []
    for b in [*actors.children(key), *actors.affiliates(key)]:  # a branch is its child or its affiliate
        first, last = b.active_years
        if b.country != country or not b.acled_name or (year is not None and (
                (first is not None and year < first) or (last is not None and year > last))):
            continue
        branches.append(b)
    if len(branches) != 1:
        return None
    b = branches[0]  # named as dictionary actors' entities are: by ACLED's name
    return EntityRef(key=b.id, name=b.acled_name or b.name, type=b.type, country=b.country, acled_name=b.acled_name)


def name_on(key: str, date: str | None) -> EntityRef | None:
    """The actor ACLED names otherwise on ``date`` than by its usual name (its ``acled_names``): after Boko
    Haram's split in 2016, a group reported only as "Boko Haram" is "Islamic State (West Africa) and/or Boko
    Haram ..."."""
    entry = default_matcher().actors.get(key)
    name = entry.acled_name_on(date) if entry is not None else None
    if entry is None or not name or name == entry.acled_name:
        return None
    key = f"acled:{entry.id}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')[:60]}"
    return EntityRef(key=key, name=name, type=entry.type, country=entry.country, acled_name=name)


def localize_roles(roles: list[tuple[str, str, str]], country: str | None, date: str | None,
                   refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with each transnational movement replaced by its branch in the event's country, and each actor
    ACLED names by period under its name on ``date``."""
    out: list[tuple[str, str, str]] = []
    branches: set[str] = set()
    for key, role, family in roles:
        branch = local_branch(key, country, date) if family == "rebels" else None
        if branch is not None:
            refs.setdefault(branch.key, branch)
            key = branch.key
        dated = name_on(key, date)  # the branch, too, by its name on the date
        if dated is not None:
            refs.setdefault(dated.key, dated)
            key = dated.key
        if branch is not None:
            branches.add(key)
        if key in branches and any(k == key for k, _, _ in out):
            continue  # the movement and its branch both named: one actor, in the first one's role
        out.append((key, role, family))
    return out


_SECURITY_FORCES = re.compile(r"security\s+forces", re.I)


def policed(type_: str, roles: list[tuple[str, str, str]], occs: list[actors_mod.Occurrence], text: str,
            country: str | None, date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """At a demonstration, the country's military named only as "security forces" is its police."""
    if type_ not in ("Protests", "Riots") or not country:
        return roles
    army = actors_mod.generic_entity("military", country, date).key
    said = [text[o.start:o.end] for o in occs if o.key == army]
    if not said or not all(_SECURITY_FORCES.fullmatch(t) for t in said):
        return roles
    police = actors_mod.generic_entity("police", country, date)
    refs.setdefault(police.key, police)
    return [(police.key, r, "police") if k == army else (k, r, f) for k, r, f in roles]


__all__ = ["local_branch", "localize_roles", "name_on", "policed"]

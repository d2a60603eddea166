"""The other side of a war between two states, where a note of ground changing hands names one side alone.

A war between two states (``state_wars`` in ``data/acled/typology.yaml``: Russia's invasion of Ukraine) has two
sides: ground one side's forces take or take back in either state's land was lost by the other's. ACLED codes that
other side's military forces as actor2 of the transfer of territory ("Ukrainian forces retook X": the military
forces of Russia), where the note names no one else.

A war between states also leaves mines and other explosives behind; one that goes off years later was laid by a
state's forces no one names: ACLED's "Unidentified Military Forces" (a civil war's were laid by armed groups as well:
who laid them stays ACLED's unidentified armed group).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract import context_filters, event_actors
from sitrep.records import EntityRef

# ACLED's sub-event types of ground changing hands between two armed sides
# a war within a state, fought by armed groups as well as its forces
_CIVIL_WAR = re.compile(r"\bcivil\s+war\b", re.IGNORECASE)
_TERRITORY = frozenset({"Government regains territory", "Non-violent transfer of territory"})


def parse_wars(table: object) -> list[tuple[frozenset[str], str, str | None]]:
    """The ``state_wars`` table: (the two states' ISO alpha-2 codes, first day, last day or None); ValueError when a
    row is not two distinct codes with an ISO date ``from`` (and optionally ``to``)."""
    if not isinstance(table, list):
        raise ValueError("typology.yaml: 'state_wars' must be a list")
    out = []
    for row in table:
        sides = row.get("sides") if isinstance(row, dict) else None
        start, end = (row.get("from"), row.get("to")) if isinstance(row, dict) else (None, None)
        if not (isinstance(sides, list) and len(set(sides)) == 2
                and all(isinstance(s, str) and re.fullmatch(r"[A-Z]{2}", s) for s in sides)):
            raise ValueError(f"typology.yaml: state_wars: bad sides {sides!r}")
        for day in (start, end):
            if day is not None and not (isinstance(day, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)):
                raise ValueError(f"typology.yaml: state_wars: bad date {day!r}")
        if start is None:
            raise ValueError("typology.yaml: state_wars: a war needs its first day ('from')")
        out.append((frozenset(sides), str(start), None if end is None else str(end)))
    return out


@lru_cache(maxsize=1)
def _wars() -> list[tuple[frozenset[str], str, str | None]]:
    return parse_wars(event_actors.typology().get("state_wars") or [])


def enemy(side: str | None, country: str | None, date: str | None) -> str | None:
    """The state at war with ``side`` on ``date`` in a war fought in ``country`` (one of the two), or None."""
    if not side or not country or not date:
        return None
    for sides, start, end in _wars():
        if side in sides and country in sides and start <= date[:10] and (end is None or date[:10] < end):
            return next(iter(sides - {side}))
    return None


def war_sides(sub: str, roles: list[tuple[str, str, str]], country: str | None, date: str | None,
              refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with the enemy state's military forces as actor2 of a transfer of territory whose actor1 is one
    warring state's forces and whose note names no actor2; with the country's own forces where actor1 is an armed
    group (``ground_holder``)."""
    if sub not in _TERRITORY or any(r == "actor2" for _, r, _ in roles):
        return roles
    first = next((k for k, r, _ in roles if r == "actor1"), None)
    ref = refs.get(first or "")
    family = next((f for k, r, f in roles if r == "actor1"), None)
    if family in _NON_STATE and country:
        return _lost_by_state(sub, roles, country, date, refs)
    if ref is None or family not in event_actors.STATE_FAMILIES | {"external"}:
        return roles
    other = enemy(ref.country, country, date)
    if other is None:
        return roles
    foe = event_actors.generic_entity("military", other, date)
    refs[foe.key] = foe
    return [*roles, (foe.key, "actor2", "external" if other != country else "military")]


# the families of an armed group that is not a state's force: its ground, taken unopposed, was the state's
_NON_STATE = frozenset({"rebels", "unidentified", "ethnic", "militia", "gang"})


@lru_cache(maxsize=1)
def _holder() -> dict[str, str]:
    """The ``ground_holder`` table (sub-event type -> generic actor family); ValueError when malformed."""
    table = event_actors.typology().get("ground_holder") or {}
    families = event_actors.typology().get("generic_actors") or {}
    if not isinstance(table, dict) or any(s not in _TERRITORY or f not in families for s, f in table.items()):
        raise ValueError("typology.yaml: 'ground_holder' must map territory sub-event types to generic actors")
    return {str(k): str(v) for k, v in table.items()}


def _lost_by_state(sub: str, roles: list[tuple[str, str, str]], country: str, date: str | None,
                   refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """ACLED's codebook on ground an armed group takes from no one the note names: it held by the country's state,
    whose forces (``ground_holder``) are actor2 of the transfer."""
    family = _holder().get(sub)
    if family is None:
        return roles
    holder = event_actors.generic_entity(family, country, date)
    refs[holder.key] = holder
    return [*roles, (holder.key, "actor2", family)]


def remnant_layer(type_: str, roles: list[tuple[str, str, str]], context: str, country: str | None,
                  date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with ACLED's "Unidentified Military Forces" as actor1 of an explosion of a mine or other explosive
    a past war left (``context_filters.war_remnant``) where the note names no one who laid it (no actor1, or the
    country's unidentified armed group in its place); after a civil war, the country's unidentified armed group
    where no actor1 is named."""
    if type_ not in ("Explosions/Remote violence", "Strategic developments") \
            or not context_filters.war_remnant(context):
        return roles
    unknown = event_actors.generic_entity("unidentified", country, date).key
    first = next(((k, f) for k, r, f in roles if r == "actor1"), None)  # (the people it hurt are no layer)
    if first is not None and first[1] != "civilians" and (first[0] != unknown or _CIVIL_WAR.search(context)):
        return roles
    # a civil war's sides include armed groups: who laid it stays the country's unidentified armed group
    layer = event_actors.generic_entity("unidentified" if _CIVIL_WAR.search(context) else "unidentified_military",
                                        country, date)
    refs[layer.key] = layer
    family = "rebels" if layer.key == unknown else "external"
    return [(layer.key, "actor1", family),
            *((k, "actor2" if f == "civilians" else r, f) for k, r, f in roles if k != layer.key)]


__all__ = ["enemy", "parse_wars", "remnant_layer", "war_sides"]

"""The town an event is placed at when its text names no place with a preposition but names one otherwise: as
where people live or a local institution sits ("youth of Vakpo protested", "residents of Kisumu"), as a town or
village ("Wajir town was calm"), or as the towns a road joins ("along the Otorkpolu-Odumase highway").

Facts of conflict coding: an event is coded at the most specific place its report gives; a crowd named after its
town acts in that town; a road is coded at a town it joins (a town on it), so both towns in one first-level division
give that division, and the first town named is the one taken. The place must be a town, city or village of the
event's country that the gazetteer knows in one first-level division only: a name of several divisions, or a road
between two, gives nothing (a wrong place is worse than the country alone).
"""

from __future__ import annotations

from sitrep.extract.place_votes import places_named
from sitrep.extract.settlement_votes import unprepositioned
from sitrep.lexicon.countries import word_index

_SETTLEMENTS = frozenset({"city", "town", "village"})


def _division(name: str, country: str) -> str | None:
    """The one first-level division of ``country`` the towns named ``name`` lie in; None when it has no town of
    that name, its towns lie in several divisions, or the name is also a division or district of it."""
    if name in word_index():
        return None
    here = [p for p in places_named(name) if p.country == country]
    if not here or any(p.feature not in _SETTLEMENTS for p in here):
        return None
    divisions = {p.admin1 for p in here}
    return divisions.pop() if len(divisions) == 1 and None not in divisions else None


def unplaced_town(text: str, country: str | None) -> str | None:
    """The first town of ``country`` ``text`` names without a preposition (see the module), as written; None when
    it names none, or a road whose two towns lie in two divisions or are not both known."""
    if not country:
        return None
    for names in unprepositioned(text):
        divisions = [_division(name, country) for name, _ in names]
        if divisions and all(divisions) and len(set(divisions)) == 1:
            return names[0][0]
    return None


__all__ = ["unplaced_town"]

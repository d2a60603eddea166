"""A bare "police" that takes up a police unit the note named before it.

A note that names a unit of a country's state forces and then speaks of its men as "the police" ("Military Police
officers entered the favela ... An exchange of fire followed ... The police seized weapons") tells of that unit
throughout: ACLED names the unit ("Military Forces of Brazil (2019-) Military Police"), not the country's police at
large; so is "a police officer" after "riot police units". Only a unit the text names as a police ("military police
officers", "riot police", "Liyu police") is taken up, only by a police with no qualifier of its own ("local police"
is another body), and only when the text before names one such unit of the event's country: two named units leave
"the police" as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract import state_units
from sitrep.extract.event_actors import Occurrence, generic_entity
from sitrep.records import EntityRef

_POLICE_WORD = re.compile(r"\bpolic(?:e|ia)\b", re.I)
# police with no word of its own before it ("the police", "police officers"); "local police", "district police"
# are another body than a unit named before
_BARE_POLICE = re.compile(r"police", re.I)


def taken_up(occs: list[Occurrence], text: str, country: str | None, date: str | None,
             refs: dict[str, EntityRef]) -> list[Occurrence]:
    """``occs`` with each bare police occurrence of ``country`` named as the one police unit the text names
    before it."""
    if not country:
        return occs
    police = generic_entity("police", country, date).key
    bare = [o for o in occs if o.key == police and _BARE_POLICE.match(text[o.start:o.end])]
    if not bare:
        return occs
    scratch: dict[str, EntityRef] = {}
    units = [(a, k, f) for a, b, k, f in state_units.unit_occurrences(text, 0, max(o.start for o in bare), country,
                                                                   date, scratch, generic_entity)
             if f != "external" and _POLICE_WORD.search(text[a:b])]
    out = []
    for o in occs:
        named = {(k, f) for a, k, f in units if a < o.start}
        if any(o is b for b in bare) and len(named) == 1:
            key, family = next(iter(named))
            refs[key] = scratch[key]
            o = replace(o, key=key, family=family)
        out.append(o)
    return out


__all__ = ["taken_up"]

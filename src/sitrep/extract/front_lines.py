"""The two sides of a front line, for fire that ceasefire monitors report and name no one for.

Fact of ACLED's coding: in a war within a state fought along a line of contact (Donbas, from April 2014 to Russia's
invasion of February 2022), the shots and explosions that monitors (the OSCE's Special Monitoring Mission) observe
near a place, with no side named, are fire between the two sides of the line: the state's military forces and the
armed group across it (ACLED's "NAF: United Armed Forces of Novorossiya"), not unidentified armed groups. Which side
fired a note does not tell; the group is actor1, the state's forces actor2. The table is ``front_lines`` in
``data/acled/typology.yaml``: per row the country (ISO alpha-2), the span (``from`` included, ``to`` excluded, ISO
dates), the dictionary id of the group and the words (a regular expression, matched ignoring case) by which a note
tells of fire on the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.extract import event_actors
from sitrep.nlp.matcher import default_matcher
from sitrep.records import EntityRef

_ARMED_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


@dataclass(frozen=True)
class FrontLine:
    country: str
    start: str
    end: str
    group: str
    words: re.Pattern[str]


def parse(table: object) -> tuple[FrontLine, ...]:
    """The ``front_lines`` rows; ValueError names a row that lacks a field or has a bad one."""
    if not isinstance(table, list):
        raise ValueError("typology.yaml: 'front_lines' must be a list")
    out = []
    for row in table:
        fields = [row.get(k) if isinstance(row, dict) else None for k in ("country", "from", "to", "group", "words")]
        if not all(isinstance(v, str) and v for v in fields) or not re.fullmatch(r"[A-Z]{2}", str(fields[0])) \
                or not all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(d)) for d in fields[1:3]):
            raise ValueError(f"typology.yaml: front_lines: bad row {row!r}")
        country, start, end, group, words = (str(v) for v in fields)
        out.append(FrontLine(country, start, end, group, re.compile(words, re.IGNORECASE)))
    return tuple(out)


@lru_cache(maxsize=1)
def table() -> tuple[FrontLine, ...]:
    return parse(event_actors.typology().get("front_lines") or [])


def front_sides(type_: str, roles: list[tuple[str, str, str]], text: str, country: str | None, date: str | None,
                refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` of a battle or explosion on a front line (``front_lines``) whose note names no side (its actors are
    none or the country's unidentified armed group): the group across the line as actor1, the state's military
    forces as actor2."""
    if type_ not in _ARMED_TYPES or not country or not date:
        return roles
    unknown = event_actors.generic_entity("unidentified", country, date).key
    if any(r in ("actor1", "actor2") and k != unknown for k, r, _ in roles):
        return roles
    line = next((x for x in table() if x.country == country and x.start <= date[:10] < x.end
                 and x.words.search(text)), None)
    entry = default_matcher().actors.get(line.group) if line is not None else None
    if entry is None:
        return roles
    group = EntityRef(key=entry.id, name=entry.acled_name or entry.name, type=entry.type, country=entry.country,
                      acled_name=entry.acled_name)
    state = event_actors.generic_entity("military", country, date)
    refs[group.key], refs[state.key] = group, state
    rest = [(k, r, f) for k, r, f in roles if r not in ("actor1", "actor2")]
    return [(group.key, "actor1", "rebels"), (state.key, "actor2", "military"), *rest]


__all__ = ["FrontLine", "front_sides", "parse", "table"]

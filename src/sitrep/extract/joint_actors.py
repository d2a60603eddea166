"""Two armed groups the text offers as alternatives ("presumed JNIM or ISGS militants"): ACLED codes one actor
named by both, "A and/or B" ("JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater
Sahara)"), in the order the text gives them, not either group alone."""

from __future__ import annotations

import re

from sitrep.extract.actor_locale import name_on
from sitrep.extract.event_actors import Occurrence
from sitrep.nlp.matcher import default_matcher
from sitrep.records import EntityRef

_OR = re.compile(r"\s+or\s+(?:the\s+)?")


def _acled_name(key: str, date: str | None) -> str | None:
    entry = default_matcher().actors.get(key)
    dated = name_on(key, date)
    return dated.name if dated is not None else entry.acled_name if entry is not None else None


def either(occs: list[Occurrence], text: str, date: str | None, refs: dict[str, EntityRef]) -> list[Occurrence]:
    """``occs`` with each pair of named armed groups joined by "or" made one actor "A and/or B"."""
    out: list[Occurrence] = []
    for o in occs:
        prev = out[-1] if out else None
        if prev is not None and prev.family == o.family == "rebels" and prev.key != o.key \
                and _OR.fullmatch(text[prev.end:o.start]):
            first, second = _acled_name(prev.key, date), _acled_name(o.key, date)
            if first and second and "and/or" not in first + second:
                name = f"{first} and/or {second}"
                key = f"acled:either-{prev.key}-{o.key}"
                refs[key] = EntityRef(key=key, name=name, type="armed_group", country=None, acled_name=name)
                out[-1] = Occurrence(prev.start, o.end, key, "rebels", prev.role)
                continue
        out.append(o)
    return out


__all__ = ["either"]

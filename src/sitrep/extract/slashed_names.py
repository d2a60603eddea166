"""A named armed group and a people written as one militia with a slash ("the X/Twa militiamen", "Y / Lendu
fighters"): one body of men the note names two ways, and ACLED names the group by its own name (a Mayi Mayi
militia of the Batwa is "Mayi Mayi Militia (Hapa na pale)", not the Batwa's ethnic militia). The people's
phrase after the slash takes the group's key, and its role where the group had none of its own."""

from __future__ import annotations

import re

from sitrep.extract.event_actors import Occurrence

_SLASH = re.compile(r"\s?/\s?")
_KIN_KEY = re.compile(r"^acled:(?:ethnic|clan|tribal)-(?!unidentified-)")


def named_before_slash(occs: list[Occurrence], text: str) -> list[Occurrence]:
    """``occs`` with each people's militia written right after a named group and a slash counted as that group."""
    out = list(occs)
    for i, o in enumerate(out):
        if not _KIN_KEY.match(o.key):
            continue
        group = next((g for g in out if g.family == "rebels" and g.end < o.start
                      and _SLASH.fullmatch(text, g.end, o.start)), None)
        if group is None:
            continue
        role = o.role if group.role == "neutral" else group.role
        out = [Occurrence(g.start, g.end, g.key, g.family, role) if g is group else g for g in out]
        out[i] = Occurrence(o.start, o.end, group.key, group.family, role)
    return out


__all__ = ["named_before_slash"]

"""A state force and its own unit in one event ("Police Forces of Burundi (2005-)" and its "National Intelligence
Service"): the unit named first is ACLED's primary actor, the force its associated actor (a force named before its
unit stays the actor: "police and a CRPF team"); a generic word
that only introduces the unit's name ("police SNR", "a military CAFGU auxiliary", "an officer of the Sabang Police
Station Drug Unit") names the unit, no force of its own.
"""

from __future__ import annotations

import re

from sitrep.extract.event_actors import STATE_FAMILIES, Occurrence

_FORCE_KEY = re.compile(r"^acled:(?:military|police)-[a-z]{2}\b")
# what may stand between a generic force word and the unit's name it introduces: a space, a possessive ("the
# army's rapid intervention battalion"), "of (the)", and the capitalised words of a post or station ("officer of
# the Sabang Police Station Drug Unit")
_INTRODUCES = re.compile(r"(?:['’]s)?\s*(?:\s(?:of|from)\s+(?:the\s+)?)?(?:[A-Z][\w'-]*\s+){0,3}")


def is_unit_of(unit: Occurrence, force: Occurrence) -> bool:
    """Whether ``unit`` is a unit of the generic state force ``force`` (its key is the force's and the unit's)."""
    return bool(_FORCE_KEY.match(force.key)) and unit.key.startswith(force.key + "-")


def drop_unit_words(occs: list[Occurrence], text: str) -> list[Occurrence]:
    """``occs`` less each generic state-force occurrence that introduces a unit of that force named right after it
    ("police SNR"): the unit, named once."""
    def introduces(o: Occurrence) -> bool:
        return o.family in STATE_FAMILIES and any(
            is_unit_of(u, o) and u.start >= o.end and _INTRODUCES.fullmatch(text, o.end, u.start) for u in occs)
    return [o for o in occs if not introduces(o)]


__all__ = ["drop_unit_words", "is_unit_of"]

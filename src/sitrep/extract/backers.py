"""Forces that only back a side ("the PMF, backed by the intelligence service, ambushed IS militants", "mercenaries
affiliated with the LNA planted a mine"): ACLED codes the backer as the side's associated actor, not as one of the
event's two sides. The words between the side and its backer are the cue table's ``backer_between`` filter."""

from __future__ import annotations

from dataclasses import replace

from sitrep.extract.event_actors import Occurrence
from sitrep.extract.event_cues import table
from sitrep.extract.joint_subjects import joined, leaders

_BETWEEN = table().filters["backer_between"]
_NEAR = 80  # at most this many characters between the side and its backer


def backed(text: str, occs: list[Occurrence]) -> tuple[list[Occurrence], frozenset[str]]:
    """``occs`` and the keys of the actors named only as the backer of another actor named just before them (one
    also named apart from its backing is a side). The side takes what its backer does where the text's roles gave
    the side none ("FACA soldiers, backed by MINUSCA, retook the town": the soldiers retook it)."""
    sides = {id(o): _side(text, occs, o) for o in occs}
    keys = frozenset(o.key for o in occs if all(sides[id(x)] is not None for x in occs if x.key == o.key))
    took: dict[int, str] = {}
    for o in occs:
        side = sides[id(o)]
        if o.key in keys and side is not None and side.role == "neutral" and o.role != "neutral":
            took.setdefault(id(side), o.role)
    # the first member of a subject phrase is its doer, though the parser named only the member by the verb
    for k, role in leaders(text, occs).items():
        took.setdefault(k, role)
    # a later member of a subject phrase ("A and B attacked C") acts with the first: its associated actor too
    keys = keys | joined(text, occs)
    return [replace(o, role=took[id(o)]) if id(o) in took else o for o in occs], keys


def _side(text: str, occs: list[Occurrence], o: Occurrence) -> Occurrence | None:
    """The actor ``o`` backs: the one named just before it, with words of backing between them."""
    side = max((p for p in occs if p.end <= o.start and p.key != o.key), key=lambda p: p.end, default=None)
    if side is None or o.start - side.end > _NEAR or _BETWEEN.search(text[side.end:o.start]) is None:
        return None
    return side


__all__ = ["backed"]

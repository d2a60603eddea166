"""Forces that only back a side ("the PMF, backed by the intelligence service, ambushed IS militants", "mercenaries
affiliated with the LNA planted a mine"): ACLED codes the backer as the side's associated actor, not as one of the
event's two sides. The words between the side and its backer are the cue table's ``backer_between`` filter."""

from __future__ import annotations

from sitrep.extract.event_actors import Occurrence
from sitrep.extract.event_cues import table

_BETWEEN = table().filters["backer_between"]
_NEAR = 80  # at most this many characters between the side and its backer


def backers(text: str, occs: list[Occurrence]) -> frozenset[str]:
    """The keys of the actors ``occs`` names only as the backer of another actor named just before them (one also
    named apart from its backing is a side)."""
    return frozenset(o.key for o in occs if all(_backs(text, occs, x) for x in occs if x.key == o.key))


def _backs(text: str, occs: list[Occurrence], o: Occurrence) -> bool:
    side = max((p for p in occs if p.end <= o.start and p.key != o.key), key=lambda p: p.end, default=None)
    return side is not None and o.start - side.end <= _NEAR and _BETWEEN.search(text[side.end:o.start]) is not None


__all__ = ["backers"]

"""Members of one subject phrase ("A and B militias burned the village", "A, B and C attacked", "A alongside B
shelled"): groups the language joins as one doer act together, so ACLED codes the first as actor1 and the others as
its associated actors, and the one they acted on as actor2. A verb whose members act on each other ("A and B
clashed", "fought", "engaged in a firefight", "a clash between A and B") joins two sides instead; so does a
phrase with no one else named for its members to act on. The words between the members and the reciprocal
verbs are the cue table's ``joint_between`` and ``joint_reciprocal`` filters."""

from __future__ import annotations

from sitrep.extract.event_actors import Occurrence
from sitrep.extract.event_cues import table

_BETWEEN = table().filters["joint_between"]
_RECIPROCAL = table().filters["joint_reciprocal"]
_SIDES_NAMED = table().filters["sides_named"]
_NEAR = 40  # at most this many characters between two members of one phrase
_DOERS = ("agent",)


def joined(text: str, occs: list[Occurrence]) -> frozenset[str]:
    """The keys of the actors named only as a later member of a subject phrase whose first member is another actor
    (one also named apart, as a side of its own, stays a side)."""
    firsts = {id(o): _first(text, occs, o) for o in occs}
    keys = {o.key for o in occs if firsts[id(o)] is not None}
    keys = {k for k in keys if all(firsts[id(o)] is not None or o.role not in _DOERS for o in occs if o.key == k)}
    if not keys:
        return frozenset()
    heads = {f.key for o in occs if (f := firsts[id(o)]) is not None}
    others = {o.key for o in occs} - keys - heads
    return frozenset(keys) if others else frozenset()


def _first(text: str, occs: list[Occurrence], o: Occurrence) -> Occurrence | None:
    """The first member of the subject phrase ``o`` is a later member of, if any."""
    if o.role not in _DOERS:
        return None
    chain = o
    while True:
        prev = max((p for p in occs if p.end <= chain.start), key=lambda p: p.end, default=None)
        if prev is None or prev.role != o.role or chain.start - prev.end > _NEAR \
                or _BETWEEN.search(text[prev.end:chain.start]) is None:
            break
        chain = prev
    if chain is o or chain.key == o.key:
        return None
    start = text.rfind(".", 0, chain.start) + 1
    before, after = text[max(start, chain.start - 40):chain.start], text[o.end:o.end + 80]
    if _SIDES_NAMED.search(before) or _RECIPROCAL.search(after):
        return None
    return chain


__all__ = ["joined"]

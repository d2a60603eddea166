"""Members of one subject phrase ("A and B militias burned the village", "A, B and C attacked", "A alongside B
shelled"): groups the language joins as one doer act together, so ACLED codes the first as actor1 and the others as
its associated actors, and the one they acted on as actor2. A verb whose members act on each other ("A and B
clashed", "fought", "engaged in a firefight", "a clash between A and B") joins two sides instead; so does a
phrase with no one else named for its members to act on. The first member is the phrase's doer even where the
parser gave the doer's role only to the member next to the verb ("JNIM and Ansarul Islam fighters attacked":
JNIM is actor1). A fight "between" three ("between A and B militants and C troops"): the two members that share
one plural noun are one side, the third the other. The words between the members, the reciprocal verbs and the
shared noun are the cue table's ``joint_between``, ``joint_reciprocal`` and ``joint_shared_noun`` filters."""

from __future__ import annotations

import re

from sitrep.extract.event_actors import Occurrence
from sitrep.extract.event_cues import table

_BETWEEN = table().filters["joint_between"]
_RECIPROCAL = table().filters["joint_reciprocal"]
_SIDES_NAMED = table().filters["sides_named"]
_SHARED_NOUN = table().filters["joint_shared_noun"]
_BETWEEN_BEFORE = table().filters["joint_between_before"]
# what may stand before a subject phrase's first member: the start of its sentence or clause, an article
_OPENS = re.compile(r"(?:^|[.;:,]|\bthen|\band)\s*(?:(?:the|a|an|some|suspected|presumed|alleged|armed)\s+)*$", re.I)
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


def leaders(text: str, occs: list[Occurrence]) -> dict[int, str]:
    """The doer's role (by ``id``) of the first members of subject phrases the parser left without one ("JNIM and
    Ansarul Islam fighters attacked": JNIM)."""
    out: dict[int, str] = {}
    for o in occs:
        first = _first(text, occs, o)
        if first is not None and first.role == "neutral" and o.role in _DOERS:
            out.setdefault(id(first), o.role)
    return out


def _prev(occs: list[Occurrence], o: Occurrence) -> Occurrence | None:
    return max((p for p in occs if p.end <= o.start), key=lambda p: p.end, default=None)


def _first(text: str, occs: list[Occurrence], o: Occurrence) -> Occurrence | None:
    """The first member of the subject phrase ``o`` is a later member of, if any."""
    if o.role not in _DOERS:
        return _first_of_three(text, occs, o)
    chain = o
    while True:
        prev = _prev(occs, chain)
        if prev is None or prev.role not in (o.role, "neutral") or chain.start - prev.end > _NEAR \
                or _BETWEEN.search(text[prev.end:chain.start]) is None \
                or (prev.role != o.role and not _OPENS.search(text[max(0, prev.start - 40):prev.start])):
            break
        chain = prev
    if chain is o or chain.key == o.key:
        return None
    start = text.rfind(".", 0, chain.start) + 1
    before, after = text[max(start, chain.start - 40):chain.start], text[o.end:o.end + 80]
    if _SIDES_NAMED.search(before) or _RECIPROCAL.search(after):
        return None
    return chain


def _first_of_three(text: str, occs: list[Occurrence], o: Occurrence) -> Occurrence | None:
    """The member before ``o`` in a fight "between" three where the two share one plural noun ("between A and B
    militants and C troops": A for B)."""
    prev = _prev(occs, o)
    after = min((p for p in occs if p.start >= o.end), key=lambda p: p.start, default=None)
    if prev is None or after is None or prev.key in (o.key, after.key) or o.key == after.key \
            or o.start - prev.end > _NEAR or _BETWEEN.search(text[prev.end:o.start]) is None:
        return None
    if _SHARED_NOUN.search(text[o.end:after.start]) is None:
        return None
    start = text.rfind(".", 0, prev.start) + 1
    return prev if _BETWEEN_BEFORE.search(text[max(start, prev.start - 40):prev.start]) else None


__all__ = ["joined"]

"""Actors named only inside what a demonstration presses for or against, or what an incident came after.

What a crowd protests against, demands or stands in solidarity with ("marched against the presence of foreign
troops", "denouncing killings by armed men", "demanding the release of detained activists") names no participant
of the demonstration: ACLED codes the gathering's own people and a force that acted on it. An actor whose every
mention in a demonstration's sentences lies inside the claim the crowd presses (``event_cues.claimless``) is no
side of the event; one also named outside it ("police fired tear gas") is kept.

Likewise what a later sentence says an incident came after ("The defection comes after troops stepped up operations
against X", "The attack came weeks after ..."): that earlier happening's actors are no side of this incident, unless
also named elsewhere in its sentences. The incident's first sentence is read whole (a background incident told as
"This attack comes weeks after X stormed Y" is that happening's own telling).
"""

from __future__ import annotations

import re

from sitrep.extract import event_cues
from sitrep.extract.event_actors import Occurrence


def _claimed(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``text`` inside the claims demonstrations press in ``sents``."""
    spans: list[tuple[int, int]] = []
    for s, e in sents:
        sentence = text[s:e]
        blank = event_cues.claimless(sentence)
        start = None
        for i, (a, b) in enumerate(zip(sentence, blank, strict=True)):
            if a != b and start is None:
                start = i
            elif a == b and start is not None and not b.isspace():
                spans.append((s + start, s + i))
                start = None
        if start is not None:
            spans.append((s + start, e))
    return spans


def unclaimed(type_: str, occs: list[Occurrence], text: str, sents: list[tuple[int, int]]) -> list[Occurrence]:
    """``occs`` less the actors named only in what the incident came after, and those of a demonstration (``type_``:
    its cue's type) named only inside a claim its crowd presses in ``sents``."""
    occs = _kept(occs, _came_after(text, sents))
    if type_ not in (event_cues.PROTESTS, event_cues.RIOTS) or not occs:
        return occs
    return _kept(occs, _claimed(text, sents))


# what an incident is said to follow: "comes after", "came just weeks after", "comes days after"
_CAME_AFTER = re.compile(r"\b(?:comes?|came)\s+(?:(?:just|shortly|only|a|one|two|three|few|several|days?|weeks?|"
                         r"months?)\s+)*after\b", re.I)


def _came_after(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``text`` that tell what the incident came after, in its sentences after the first."""
    spans: list[tuple[int, int]] = []
    for s, e in sorted(sents)[1:]:
        m = _CAME_AFTER.search(text, s, e)
        if m is not None:
            spans.append((m.end(), e))
    return spans


def _kept(occs: list[Occurrence], spans: list[tuple[int, int]]) -> list[Occurrence]:
    """``occs`` less the actors named only inside ``spans``."""
    if not spans or not occs:
        return occs

    def inside(o: Occurrence) -> bool:
        return any(a <= o.start and o.end <= b + 1 for a, b in spans)

    outside = {o.key for o in occs if not inside(o)}
    return [o for o in occs if o.key in outside]


__all__ = ["unclaimed"]

"""Actors named only inside what a demonstration presses for or against.

What a crowd protests against, demands or stands in solidarity with ("marched against the presence of foreign
troops", "denouncing killings by armed men", "demanding the release of detained activists") names no participant
of the demonstration: ACLED codes the gathering's own people and a force that acted on it. An actor whose every
mention in a demonstration's sentences lies inside the claim the crowd presses (``event_cues.claimless``) is no
side of the event; one also named outside it ("police fired tear gas") is kept.
"""

from __future__ import annotations

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
    """``occs`` less the actors of a demonstration (``type_``: its cue's type) named only inside a claim its crowd
    presses in ``sents``."""
    if type_ not in (event_cues.PROTESTS, event_cues.RIOTS) or not occs:
        return occs
    spans = _claimed(text, sents)
    if not spans:
        return occs

    def inside(o: Occurrence) -> bool:
        return any(a <= o.start and o.end <= b + 1 for a, b in spans)

    outside = {o.key for o in occs if not inside(o)}
    return [o for o in occs if o.key in outside]


__all__ = ["unclaimed"]

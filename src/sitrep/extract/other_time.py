"""Sentences told at another time (``other_time`` in ``data/events/cues.yaml``): "In the previous week, ...",
"Two days earlier, ...", "Last month, ...". Such a sentence recalls other events (earlier protests, riots in the
prisons the month before), so what it tells does not say how the demonstration of the event's own day went: it is
left out of the text the demonstration's coding reads (``this_time``)."""

from __future__ import annotations

import re

from sitrep.extract.event_cues import table

# a sentence's start: the text's start, or after a sentence's end and its spaces
_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)(?=\S)")


def this_time(text: str) -> str:
    """``text`` with each sentence after its first (the event's own) that opens at another, earlier time blanked
    out (its length kept)."""
    cue = table().filters["other_time"]
    starts = [m.end() for m in _SENTENCE.finditer(text)][1:]
    other = [s for s in starts if cue.search(text[s:s + 80])]
    if not other:
        return text
    out = list(text)
    for s in other:
        end = next((e for e in starts if e > s), len(text))
        out[s:end] = " " * (end - s)
    return "".join(out)

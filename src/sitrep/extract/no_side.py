"""Phrases that name a group only in passing: mentions that tell no side of the event.

A note names more groups than the event's sides. Facts of English tell some of those mentions apart from the phrase
alone: a force said not to be there ("X was not present in the area"), a force sent only after the event ("the army
was deployed to the area after the attack"), a group named in a bracketed aside on what another group was formed
from ("Y (a merger of A and B)"), the group a victim is accused of helping ("accusing them of supporting X"), and one
denying a part in the event ("X denied any involvement"). Such a mention makes its group no actor of the event;
another mention of the same group in the event's sentences still may.

The contexts live in ``data/events/no_side_contexts.csv`` (``kind, side, pattern, note``): ``side`` tells whether
the pattern is matched against the text right before the phrase (anchored at its end) or right after it (anchored
at its start); patterns are case-insensitive regexes.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

_SIDES = ("before", "after")
WINDOW = 120  # characters of context read on each side of a phrase


def parse_contexts(text: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """``side`` -> its compiled patterns; ValueError names a bad row (an unknown side, an empty kind or pattern, a
    pattern that does not compile)."""
    out: dict[str, list[re.Pattern[str]]] = {side: [] for side in _SIDES}
    for n, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        side, kind, pattern = (row.get(k) or "" for k in ("side", "kind", "pattern"))
        if side not in _SIDES or not kind.strip() or not pattern:
            raise ValueError(f"no_side_contexts.csv:{n}: a kind, a side (before/after) and a pattern are needed")
        try:
            out[side].append(re.compile(pattern, re.I))
        except re.error as err:
            raise ValueError(f"no_side_contexts.csv:{n}: {err}") from err
    return {side: tuple(patterns) for side, patterns in out.items()}


@lru_cache(maxsize=1)
def contexts() -> dict[str, tuple[re.Pattern[str], ...]]:
    text = resources.files("sitrep").joinpath("data", "events", "no_side_contexts.csv").read_text(encoding="utf-8")
    return parse_contexts(text)


def no_side(text: str, start: int, end: int) -> bool:
    """Whether the phrase ``text[start:end]`` names its group only in passing (see the module's doc)."""
    table = contexts()
    before, after = text[max(0, start - WINDOW):start], text[end:end + WINDOW]
    return any(p.search(before) for p in table["before"]) or any(p.match(after) for p in table["after"])


__all__ = ["contexts", "no_side", "parse_contexts"]

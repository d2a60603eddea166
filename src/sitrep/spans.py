"""Spans of text by offsets: what lies inside a sentence, found in O(log n) over a list sorted by start.

Stages ask "which mentions are in this sentence" once per sentence; a scan of every mention each time makes a
document's cost grow with the square of its length. ``within`` bisects instead.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Protocol, TypeVar


class Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)


def within(items: Sequence[S], start: int, end: int) -> list[S]:
    """The items of ``items`` (sorted by ``start``) that lie inside [start, end], in order."""
    out: list[S] = []
    for i in range(bisect_left(items, start, key=lambda m: m.start), len(items)):
        m = items[i]
        if m.start > end:
            break
        if m.end <= end:
            out.append(m)
    return out


def first_starting(items: Sequence[S], start: int, end: int) -> S | None:
    """The first item of ``items`` (sorted by ``start``) that starts inside [start, end)."""
    i = bisect_left(items, start, key=lambda m: m.start)
    return items[i] if i < len(items) and items[i].start < end else None


class SpanIndex:
    """(start, end) pairs indexed for "which of them overlap [s, e)" in O(log n + answer) while spans are short;
    built once per document instead of scanning every span for every question."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._longest = max((b - a for a, b in self._spans), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans (a, b) with a < end and start < b, in order of their start."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [(a, b) for a, b in self._spans[lo:hi] if start < b]

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))

"""Spans of text by offsets: what lies inside a sentence, found in O(log n) over a list sorted by start.

Stages ask "which mentions are in this sentence" once per sentence; a scan of every mention each time makes a
document's cost grow with the square of its length. ``within`` bisects instead.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, Protocol, TypeVar


class Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)


class MaybeSpan(Protocol):
    @property
    def start(self) -> int | None: ...
    @property
    def end(self) -> int | None: ...


M = TypeVar("M", bound=MaybeSpan)


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


class Ordered(Generic[M]):
    """Items with offsets, kept in the order given, found by their start in O(log n): built once per document,
    asked once per sentence. An item without a start is never found."""

    def __init__(self, items: Iterable[M]) -> None:
        self._items = list(items)
        keyed = sorted((x.start, i) for i, x in enumerate(self._items) if x.start is not None)
        self._starts = [k for k, _ in keyed]
        self._order = [i for _, i in keyed]
        self.longest = max((x.end - x.start for x in self._items if x.start is not None and x.end is not None),
                           default=0)  # the longest item: how far before a position one may start and reach it

    @property
    def items(self) -> list[M]:
        """Every item, in the order given."""
        return self._items

    def starting_in(self, lo: int, hi: int) -> list[M]:
        """The items with ``lo <= start < hi``, in the order given."""
        a, b = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return [self._items[i] for i in sorted(self._order[a:b])]

    def backwards_from(self, pos: int) -> Iterator[M]:
        """The items starting before ``pos``, the nearest first."""
        for j in range(bisect_left(self._starts, pos) - 1, -1, -1):
            yield self._items[self._order[j]]

    def inside(self, start: int, end: int) -> list[M]:
        """The items with ``start <= item.start`` and ``item.end <= end``, in the order given."""
        return [x for x in self.starting_in(start, end + 1) if (x.end or 0) <= end]


def starting_between(items: Sequence[S], lo: int, hi: int) -> Sequence[S]:
    """The items of ``items`` (sorted by ``start``) with ``lo <= start < hi``."""
    return items[bisect_left(items, lo, key=lambda m: m.start):bisect_left(items, hi, key=lambda m: m.start)]


def sentence_at(sentences: Sequence[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The sentence (of ``sentences``, in text order, not overlapping) that ``pos`` falls in."""
    k = bisect_right(sentences, pos, key=lambda se: se[0]) - 1
    return sentences[k] if k >= 0 and pos < sentences[k][1] else None

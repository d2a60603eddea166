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

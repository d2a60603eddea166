"""The place spans of a recent text, kept for the next question about it (``places.place_spans``).

The language layer finds a document's place spans beside the dictionary's actors; geocoding asks again beside all
the document's actor mentions (names found later among them). The rules read the actors only through one question,
whether a span overlaps one of them, so the spans found before are the answer again when every question asked then
gets the same answer from the new actors: the questions and their answers are kept with the spans, and checked.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from sitrep.spans import SpanIndex

T = TypeVar("T")


class AskedSpans:
    """A ``SpanIndex`` that keeps every ``overlaps`` question with its answer, in order."""

    __slots__ = ("asked", "index")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.index = SpanIndex(spans)
        self.asked: list[tuple[int, int, bool]] = []

    def overlaps(self, start: int, end: int) -> bool:
        got = self.index.overlaps(start, end)
        self.asked.append((start, end, got))
        return got


class SpansMemo(Generic[T]):
    """The last ``size`` results, each with the overlap questions it asked; a result is given again for the same
    key only when the new spans answer every one of its questions as before (so the rules would find it again)."""

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self._kept: dict[Hashable, tuple[T, tuple[tuple[int, int, bool], ...]]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, spans: Sequence[tuple[int, int]]) -> T | None:
        with self._lock:
            got = self._kept.get(key)
        if got is None:
            return None
        index = SpanIndex(spans)
        return got[0] if all(index.overlaps(s, e) == answer for s, e, answer in got[1]) else None

    def put(self, key: Hashable, value: T, asked: AskedSpans) -> None:
        with self._lock:
            self._kept.pop(key, None)
            self._kept[key] = (value, tuple(asked.asked))
            while len(self._kept) > self.size:
                del self._kept[next(iter(self._kept))]


__all__ = ["AskedSpans", "SpansMemo"]

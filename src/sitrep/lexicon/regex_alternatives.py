"""A long list of alternatives searched through only the alternatives a text may match.

The event coder's cue patterns are lists of alternatives joined into one regex (``data/events/cues.yaml``), some of
thousands of characters ("victim", "intervention"). Compiled case-insensitively, such a regex has no literal prefix
the matcher could scan for, so ``search`` tries every alternative at every position of the text: 100-300 µs a
sentence. Yet each alternative spells some words out, and most alternatives of a long list need words the text
lacks. ``Alternatives(pattern, sources)`` keeps a gate (``regex_literals``) for each alternative and
``search(text)`` searches only the alternatives whose gate lets ``folded(text)`` through, each compiled on its own
when first needed, behind a lookahead of the characters its matches can begin with (``lexicon.first_chars``: the
same matches). ``alternatives(name, pairs)`` makes them for a table of patterns, the gates kept in the start-up
cache (``lexicon.cache``) as ``regex-alternatives-<name>``, the opened sources as ``regex-openings-<name>``.

The answer is ``pattern.search(text)``'s: the match with the leftmost start, among alternatives matching there the
first in the list (the order the joined regex tries them at each position); an alternative the gate refuses matches
nowhere, so leaving it out changes neither. The match object differs only in ``.re``; a pattern with groups, whose
numbers would differ, is always searched whole. A text the gates cannot read (``folded`` is None) is too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sitrep.lexicon.cache import cached
from sitrep.lexicon.first_chars import Opened, opened_sources
from sitrep.lexicon.regex_literals import Gate, clauses, folded, required

_Needs = tuple[frozenset[str] | None, tuple[tuple[frozenset[str], ...], ...] | None]  # what a Gate is made of


class _Source:
    """What ``regex_literals.required``/``clauses`` read of a pattern, without compiling it."""

    __slots__ = ("flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self.flags = pattern, flags


def _needs(source: str, flags: int) -> _Needs:
    parsed: Any = _Source(source, flags)
    return required(parsed), clauses(parsed)


def source_gate(source: str, flags: int) -> Gate:
    """The gate of one alternative's source (parsed, not compiled)."""
    return Gate(*_needs(source, flags))


class Alternatives:
    """``pattern`` (``"|".join(sources)`` compiled with its flags) searched alternative by alternative, gated."""

    __slots__ = ("_compiled", "_gates", "_opened", "_sources", "pattern")

    def __init__(self, pattern: re.Pattern[str], sources: Sequence[str], gates: Sequence[Gate] | None = None,
                 opened: Sequence[str] | None = None) -> None:
        """``opened``: each alternative's source as compiled (``first_chars.opened_source``; by default itself)."""
        if "|".join(sources) != pattern.pattern or (gates is not None and len(gates) != len(sources)) \
                or (opened is not None and len(opened) != len(sources)):
            raise ValueError("the alternatives must be the pattern's own, in order, with a gate each")
        self.pattern = pattern
        whole = pattern.groups > 0 or len(sources) < 2
        self._sources = tuple(sources)
        self._opened = tuple(opened) if opened is not None else self._sources
        self._gates: tuple[Gate, ...] | None = None if whole else tuple(
            gates if gates is not None else (source_gate(s, pattern.flags) for s in sources))
        self._compiled: list[re.Pattern[str] | None] = [None] * len(sources)

    def search(self, text: str) -> re.Match[str] | None:
        """``self.pattern.search(text)``."""
        low = folded(text) if self._gates is not None else None
        if low is None or self._gates is None:
            return self.pattern.search(text)
        best: re.Match[str] | None = None
        for i, gate in enumerate(self._gates):
            if not gate.may_match(low):
                continue
            compiled = self._compiled[i]
            if compiled is None:
                compiled = self._compiled[i] = re.compile(self._opened[i], self.pattern.flags)
            m = compiled.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m  # a later alternative wins only by starting further left
        return best


def _build(specs: list[tuple[tuple[str, ...], int]]) -> tuple[list[tuple[tuple[str, ...], int]], list[list[_Needs]]]:
    return specs, [[_needs(s, flags) for s in sources] for sources, flags in specs]


def alternatives(name: str, pairs: Sequence[tuple[re.Pattern[str], Sequence[str]]]) -> list[Alternatives]:
    """An ``Alternatives`` for each (pattern, its alternatives) of ``pairs``, their gates kept in the start-up cache
    ``regex-alternatives-<name>``, their opened sources ``regex-openings-<name>``."""
    specs = [(tuple(sources), pattern.flags) for pattern, sources in pairs]
    kept, needs = cached(f"regex-alternatives-{name}", lambda: _build(specs))
    if kept != specs:  # built for other patterns: derived again
        _, needs = _build(specs)
    opened = iter(opened_sources(name, [(s, flags) for sources, flags in specs for s in sources]))
    return [Alternatives(pattern, sources, [Gate(*n) for n in each], [next(opened) for _ in sources])
            for (pattern, sources), each in zip(pairs, needs, strict=True)]


__all__ = ["Alternatives", "Opened", "alternatives", "source_gate"]

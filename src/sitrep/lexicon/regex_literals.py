"""Words a regular expression cannot match without: a cheap test that lets a search be skipped.

Most of the event coder's cue patterns are long lists of alternatives (``data/events/cues.yaml``), and a regex of
many alternatives is tried at every position of a sentence: most of a sentence's searches find nothing. Yet every
alternative spells some words out ("kill", "ambush"), and a sentence that contains none of them cannot match.
``required(pattern)`` reads the pattern's syntax tree (``re._parser``, the parser ``re.compile`` itself runs) and
returns a set of lower-case ASCII strings of which any match contains at least one: a literal run of the pattern's
top level, or, for alternatives, one such run of each; a part that may be absent (``?``, ``*``, ``{0,n}``), a
lookaround or a character class is never taken as required. None when the pattern has no such set.

``Gate`` applies it: ``gate.may_match(folded(text))`` is False only when the pattern cannot match ``text`` (the
search can be skipped, the answer is the same). ``folded`` lower-cases the text, which is exact for the literals
kept: under ``re.IGNORECASE`` an ASCII letter matches itself, its upper case and four other characters (Kelvin's
the long s, the dotted capital I and the dotless i, which ``str.lower`` leaves or makes otherwise); a text holding
one of those is not folded (None), and every gate then says the search must run. ``gates(name, patterns)`` gives
the gates of a table of patterns, kept in the start-up cache (``lexicon.cache``) as ``regex-gates-<name>``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping
from typing import Any, Generic, TypeVar

from sitrep.lexicon.cache import cached

try:
    _P: Any = importlib.import_module("re._parser")
    _C: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - older or other Pythons: no gate, every search runs
    _P = _C = None

# characters other than an ASCII letter's two cases that an ASCII letter matches under re.IGNORECASE
# (tests/lexicon/test_regex_literals.py finds them again over all of Unicode)
ODD_FOLDS = "\u0130\u0131\u017f"
_ODD = re.compile(f"[{ODD_FOLDS}]")
K = TypeVar("K")
MIN_LENGTH = 3  # a required set whose shortest string is shorter tests too little to be worth it


def folded(text: str) -> str | None:
    """``text`` lower-cased, as gates read it; None when it holds a character that folds otherwise under
    ``re.IGNORECASE`` than under ``str.lower`` (then no gate may skip a search)."""
    if not text.isascii() and _ODD.search(text):
        return None
    return text.lower()


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several sets each of which is required, the one that tests most: the longest shortest string, then
    the fewest strings."""
    return max(options, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _required(seq: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            options.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in seq:
        if op is _C.LITERAL and av < 128:
            run.append(chr(av))
            continue
        flush()
        inner: frozenset[str] | None = None
        if op is _C.SUBPATTERN:
            inner = _required(av[3])
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            inner = _required(av)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            inner = _required(av[2])
        elif op is _C.BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(branches):
                inner = frozenset().union(*branches)  # type: ignore[arg-type]
        if inner:
            options.append(inner)
    flush()
    return _best(options)


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings of which every match of ``pattern`` contains one; None when none are known."""
    if _P is None:
        return None
    try:
        found = _required(_P.parse(pattern.pattern, pattern.flags))
    except Exception:  # whatever the private parser does: no gate
        return None
    if not found or min(map(len, found)) < MIN_LENGTH:
        return None
    return found


class Gate:
    """Whether a pattern may match a text: ``may_match(folded(text))``; True unless it cannot."""

    __slots__ = ("words",)

    def __init__(self, words: Iterable[str] | None) -> None:
        found = set(words) if words is not None else None  # a word that holds another is found whenever it is
        self.words = None if found is None else tuple(sorted(w for w in found if not any(v != w and v in w
                                                                                         for v in found)))

    def may_match(self, folded_text: str | None) -> bool:
        if self.words is None or folded_text is None:
            return True
        return any(map(folded_text.__contains__, self.words))  # no generator: this runs for every sentence


class GateSet(Generic[K]):
    """Many gates asked of one text at once: ``possible(folded(text))`` is the set of keys whose gate may match,
    the same set as asking each gate, found by testing each distinct word of all gates once, and only the words
    whose first ``MIN_LENGTH`` letters occur in the text (a gate with a shorter word is asked itself). Built from
    the gates as they are when it is made."""

    def __init__(self, gates: Mapping[K, Gate]) -> None:
        self._all = set(gates)
        self._direct = [(k, g) for k, g in gates.items() if g.words is None or min(map(len, g.words)) < MIN_LENGTH]
        self._words = [(k, frozenset(g.words)) for k, g in gates.items()
                       if g.words is not None and min(map(len, g.words)) >= MIN_LENGTH]
        self._by_start: dict[str, list[str]] = {}
        for w in sorted({w for _, ws in self._words for w in ws}):
            self._by_start.setdefault(w[:MIN_LENGTH], []).append(w)
        self._starts = frozenset(self._by_start)

    def possible(self, folded_text: str | None) -> set[K]:
        if folded_text is None:
            return set(self._all)
        t = folded_text
        starts = self._starts.intersection({t[i:i + MIN_LENGTH] for i in range(len(t) - MIN_LENGTH + 1)})
        present = {w for s in starts for w in self._by_start[s] if w in t}
        out = {k for k, ws in self._words if not present.isdisjoint(ws)}
        out.update(k for k, g in self._direct if g.may_match(t))
        return out


def _build(specs: list[tuple[str, int]], patterns: list[re.Pattern[str]]) -> tuple[list[tuple[str, int]],
                                                                                    list[frozenset[str] | None]]:
    return specs, [required(p) for p in patterns]


def gates(name: str, patterns: Iterable[re.Pattern[str]]) -> list[Gate]:
    """A gate for each of ``patterns``, their required words kept in the start-up cache ``regex-gates-<name>``."""
    patterns = list(patterns)
    specs = [(p.pattern, p.flags) for p in patterns]
    kept, words = cached(f"regex-gates-{name}", lambda: _build(specs, patterns))
    if kept != specs:  # built for other patterns: derived again
        words = [required(p) for p in patterns]
    return [Gate(w) for w in words]


__all__ = ["MIN_LENGTH", "ODD_FOLDS", "Gate", "GateSet", "folded", "gates", "required"]

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
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
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
MAX_SPELLINGS = 64  # the most spellings a run of fixed elements is read as
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
        inner = _inner_required(op, av)
        if inner:
            options.append(inner)
    flush()
    return _best(options)



def _inner_required(op: Any, av: Any) -> frozenset[str] | None:
    """The strings one of which a group, a repeat (at least once) or an alternation of a pattern must contain."""
    if op is _C.SUBPATTERN:
        return _required(av[3])
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _required(av)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _required(av[2])
    if op is _C.BRANCH:
        branches = [_required(b) for b in av[1]]
        if all(branches):
            return frozenset().union(*branches)  # type: ignore[arg-type]
    return None

def _exact(op: Any, av: Any) -> set[str] | None:
    """The few lower-case ASCII strings an element of a pattern matches, when it matches nothing else."""
    if op is _C.LITERAL:
        return {chr(av).lower()} if av < 128 else None
    if op is _C.IN and all(o is _C.LITERAL and a < 128 for o, a in av):
        return {chr(a).lower() for _, a in av}
    if op is _C.SUBPATTERN:
        return _exact_seq(av[3])
    if op is _C.BRANCH:
        found: set[str] = set()
        for b in av[1]:
            e = _exact_seq(b)
            if e is None:
                return None
            found |= e
        return found if len(found) <= MAX_SPELLINGS else None
    return None


def _exact_seq(seq: Iterable[tuple[Any, Any]]) -> set[str] | None:
    out = {""}
    for op, av in seq:
        e = _exact(op, av)
        if e is None:
            return None
        out = {a + b for a in out for b in e}
        if len(out) > MAX_SPELLINGS:
            return None
    return out


def _conjuncts(seq: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Sets of lower-case ASCII strings, every match of ``seq`` containing one string of each: the spellings of
    each run of elements that match only a few fixed strings ("bl(?:ew|own)" is "blew" or "blown"), and for each
    other element the strings it cannot match without (``_required``)."""
    out: list[frozenset[str]] = []
    run = {""}
    for op, av in seq:
        e = _exact(op, av)
        if e is not None and len(grown := {a + b for a in run for b in e}) <= MAX_SPELLINGS:
            run = grown
            continue
        if run != {""}:
            out.append(frozenset(run))
        run = e if e is not None else {""}
        if e is not None:
            continue
        inner = _inner_required(op, av)
        if inner:
            out.append(inner)
    if run != {""}:
        out.append(frozenset(run))
    return out


def clauses(pattern: re.Pattern[str]) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """What a match of ``pattern`` needs, as alternatives (those of its top level) each needing all of its sets:
    a text may match only when, for some alternative, it holds a string of each of that alternative's sets. None
    when some alternative needs no set whose strings are all ``MIN_LENGTH`` long or longer."""
    if _P is None:
        return None
    try:
        items = list(_P.parse(pattern.pattern, pattern.flags))
    except Exception:  # whatever the private parser does: no clauses
        return None
    at = [i for i, (op, _) in enumerate(items) if op is _C.BRANCH]
    branches = [items] if len(at) != 1 else \
        [[*items[:at[0]], *b, *items[at[0] + 1:]] for b in items[at[0]][1][1]]  # a(b|c)d is abd|acd
    out = []
    for b in branches:
        need = tuple(dict.fromkeys(c for c in _conjuncts(b) if c and min(map(len, c)) >= MIN_LENGTH))
        if not need:
            return None
        out.append(need)
    return tuple(out)


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
    """Whether a pattern may match a text: ``may_match(folded(text))``; True unless it cannot. ``words``: strings
    of which every match holds one; ``clauses`` (optional, ``clauses()``): alternatives of sets, a match holding a
    string of each set of one alternative. Asked, it runs one Python expression made of them (``_test``): the
    same answer as the loops over ``words`` and ``clauses``, without a generator per alternative."""

    __slots__ = ("_test", "clauses", "words")

    def __init__(self, words: Iterable[str] | None,
                 clauses: tuple[tuple[frozenset[str], ...], ...] | None = None) -> None:
        if words is None and clauses:  # one set of each alternative: every match holds one of their strings
            words = frozenset().union(*(_best(list(c)) or () for c in clauses))
        found = set(words) if words is not None else None  # a word that holds another is found whenever it is
        self.words = None if found is None else tuple(sorted(w for w in found if not any(v != w and v in w
                                                                                         for v in found)))
        self.clauses = clauses if found is not None else None
        self._test: Callable[[str], object] | None = None  # made when first asked, after any change of the two

    def all_words(self) -> set[str]:
        """Every string the gate may look for."""
        return {*(self.words or ()), *(w for c in self.clauses or () for ws in c for w in ws)}

    def may_match(self, folded_text: str | None) -> bool:
        if self.words is None or folded_text is None:
            return True
        if self._test is None:
            self._test = _test(self.words, self.clauses)
        return bool(self._test(folded_text))


def _any_of(strings: Iterable[str]) -> str:
    return "(" + " or ".join(f"{w!r} in t" for w in sorted(strings)) + ")"


def _test(words: tuple[str, ...], clauses: tuple[tuple[frozenset[str], ...], ...] | None) -> Callable[[str], object]:
    """``lambda t: any(w in t for w in words) and (clauses is None or any(all(any(w in t for w in ws) for ws in c)
    for c in clauses))`` written out as one expression of ``in`` tests (``repr`` of each string; an empty set is
    ``()``, false as an empty ``any``): the same truth for every text, a few times faster on the coder's sentences
    (a gate of 55 words and 18 alternatives is asked of most of them)."""
    expr = _any_of(words)
    if clauses is not None:
        expr += " and (" + " or ".join("(" + " and ".join(map(_any_of, c)) + ")" for c in clauses) + ")"
    test: Callable[[str], object] = eval("lambda t: " + expr)  # the gate's own strings, each repr'd
    return test


class GateSet(Generic[K]):
    """Many gates asked of one text at once: ``possible(folded(text))`` is the set of keys whose gate may match,
    the same set as asking each gate. Each distinct string of all gates is tested once, and only those whose first
    ``MIN_LENGTH`` letters occur in the text (a gate with a shorter string is asked itself); then only the
    alternatives (``clauses``) that need a set the text answers are looked at. Built from the gates as they are
    when it is made."""

    def __init__(self, gates: Mapping[K, Gate]) -> None:
        self._all = set(gates)
        self._direct = [(k, g) for k, g in gates.items()
                        if g.words is None or min(map(len, g.all_words()), default=0) < MIN_LENGTH]
        direct = {k for k, _ in self._direct}
        sets: dict[frozenset[str], int] = {}  # each set a gate needs, numbered
        self._key: list[K] = []  # by alternative: its gate's key
        self._needs: list[frozenset[int]] = []  # by alternative: the sets it needs (the gate's words, then its own)
        for k, g in gates.items():
            if k in direct:
                continue
            for alternative in g.clauses if g.clauses is not None else ((),):
                need = (frozenset(g.words or ()), *alternative)
                self._key.append(k)
                self._needs.append(frozenset(sets.setdefault(ws, len(sets)) for ws in need))
        self._sets_of: dict[str, list[int]] = defaultdict(list)  # a string -> the sets holding it
        for strings, number in sets.items():
            for w in strings:
                self._sets_of[w].append(number)
        # each alternative (key, needs), once, under one of the sets it needs: the one that tests most (``_best``),
        # found in fewest texts; an alternative holds when that set and all its others are answered
        shortest = {number: (min(map(len, strings), default=0), -len(strings)) for strings, number in sets.items()}
        pairs: dict[int, dict[tuple[K, frozenset[int]], None]] = defaultdict(dict)
        for k, needs in zip(self._key, self._needs, strict=True):
            pairs[max(needs, key=lambda i: (*shortest[i], i))][k, needs] = None
        self._pairs = {i: tuple(alts) for i, alts in pairs.items()}
        # the strings by their first letters, as a tuple, each with the sets holding it
        by_start: dict[tuple[str, ...], list[tuple[str, tuple[int, ...]]]] = {}
        for w in sorted(self._sets_of):
            by_start.setdefault(tuple(w[:MIN_LENGTH]), []).append((w, tuple(self._sets_of[w])))
        self._by_start = {s: tuple(ws) for s, ws in by_start.items()}
        self._starts = frozenset(self._by_start)

    def possible(self, folded_text: str | None) -> set[K]:
        if folded_text is None:
            return set(self._all)
        t = folded_text
        starts = self._starts.intersection(zip(*(t[i:] for i in range(MIN_LENGTH)), strict=False))  # its letter runs
        by_start = self._by_start
        answered = {i for s in starts for w, ids in by_start[s] if w in t for i in ids}
        pairs = self._pairs
        out = {k for i in answered for k, needs in pairs.get(i, ()) if needs <= answered}
        out.update(k for k, g in self._direct if g.may_match(t))
        return out


class Gated:
    """A list of patterns, each with its gate (``gate``): ``any_search(text)`` is ``any(p.search(text) for p in
    patterns)``, with the patterns whose gate refuses the text not searched."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = [(p, gate(p)) for p in patterns]

    def any_search(self, text: str) -> bool:
        low = folded(text)
        return any(g.may_match(low) and p.search(text) for p, g in self.patterns)


def _build(specs: list[tuple[str, int]], patterns: list[re.Pattern[str]]) -> tuple[
        list[tuple[str, int]], list[frozenset[str] | None], list[tuple[tuple[frozenset[str], ...], ...] | None]]:
    return specs, [required(p) for p in patterns], [clauses(p) for p in patterns]


def gates(name: str, patterns: Iterable[re.Pattern[str]]) -> list[Gate]:
    """A gate for each of ``patterns``, their required words and clauses kept in the start-up cache
    ``regex-gates-<name>``."""
    patterns = list(patterns)
    specs = [(p.pattern, p.flags) for p in patterns]
    kept, words, needs = cached(f"regex-gates-{name}", lambda: _build(specs, patterns))
    if kept != specs:  # built for other patterns: derived again
        _, words, needs = _build(specs, patterns)
    return [Gate(w, c) for w, c in zip(words, needs, strict=True)]


def gate(pattern: re.Pattern[str]) -> Gate:
    """The gate of one pattern (not cached)."""
    return Gate(required(pattern), clauses(pattern))


__all__ = ["MAX_SPELLINGS", "MIN_LENGTH", "ODD_FOLDS", "Gate", "GateSet", "Gated", "clauses", "folded", "gate", "gates",
           "required"]

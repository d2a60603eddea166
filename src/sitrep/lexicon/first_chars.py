"""A pattern opened with a lookahead of the characters its matches can begin with: the same matches, found sooner.

Python's regex engine scans a text for a literal prefix or a set of first characters only when the pattern
begins with one (``re._compiler._compile_info``). A cue of the event coder begins with ``\\b`` and a list of
alternatives under ``re.IGNORECASE`` ("\\b(?:shot|killed|...)"): it has neither, so at every position of a
sentence the engine enters every alternative. ``opening(source, flags)`` reads the pattern's syntax tree
(``re._parser``, which ``re.compile`` itself runs) for the characters that can open a match: the first
character-consuming element of each way through it, past zero-width assertions (``\\b``, ``^``, lookarounds),
optional parts (``?``, ``*``, ``{0,n}``) and groups, as a character class of those elements' own literals,
ranges and categories. ``(?=[class])(?:source)``, compiled with the same flags, matches where ``source`` does, with
the same span and groups (the lookahead consumes nothing and captures nothing; the wrapper is non-capturing), and
the class, read under those same flags, holds every character a match's first one can be: at a position whose
character it lacks no match can begin, so one class test replaces the alternatives' trials there.

No opening (None) where the engine already scans for the pattern's first characters (a literal prefix or a set of
first characters it finds itself, ``_compile_info``), nor where it cannot be read safely: a pattern that can match
the empty string, a first element that matches any character, a negated class or a back reference, a group with its
own flags (``(?i:...)``: the class would be read under other flags), global inline flags (``(?i)`` must open the
pattern, so it cannot be wrapped), or a verbose pattern.
``Opened(name, patterns)`` searches a table of patterns through their opened forms, the sources kept in the
start-up cache (``lexicon.cache``) as ``regex-openings-<name>``, each compiled when first searched.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from sitrep.lexicon.cache import cached

try:
    _P: Any = importlib.import_module("re._parser")
    _C: Any = importlib.import_module("re._constants")
    _COMPILER: Any = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover - older or other Pythons: patterns searched as written
    _P = _C = _COMPILER = None

K = TypeVar("K")
_First = tuple[list[tuple[Any, Any]], bool]  # the class items that can open a match, and whether it may be empty


def _first(seq: Iterable[tuple[Any, Any]]) -> _First | None:
    """What can open a match of the sequence ``seq`` (a parsed pattern's elements); None where it cannot be read."""
    items: list[tuple[Any, Any]] = []
    for op, av in seq:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: the next element opens the match here
        if op is _C.LITERAL:
            return [*items, (op, av)], False
        if op is _C.IN:
            if any(o is _C.NEGATE for o, _ in av):
                return None
            return [*items, *av], False
        if op is _C.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            inner = None if add_flags or del_flags else _first(sub)
        elif op is _C.ATOMIC_GROUP:
            inner = _first(av)
        elif op is _C.BRANCH:
            ways = [_first(alt) for alt in av[1]]
            inner = None if any(w is None for w in ways) else (
                [i for w in ways if w is not None for i in w[0]], any(w is not None and w[1] for w in ways))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            low, _, sub = av
            inner = _first(sub)
            inner = None if inner is None else (inner[0], inner[1] or low == 0)
        else:
            return None  # any character, a negated literal, a back reference, a conditional group
        if inner is None:
            return None
        items += inner[0]
        if not inner[1]:
            return items, False
    return items, True


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _item(op: Any, av: Any) -> str | None:
    if op is _C.LITERAL:
        return re.escape(chr(av))
    if op is _C.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is _C.CATEGORY:
        return _CATEGORIES.get(getattr(av, "name", ""))
    return None


def opening(source: str, flags: int) -> str | None:
    """``(?=[...])``: a lookahead of the characters a match of ``source`` (compiled with ``flags``) can begin with;
    None where none can be read (see module)."""
    if _P is None or flags & re.VERBOSE:
        return None  # (verbose: a comment ending the source would swallow the wrapper's closing parenthesis)
    try:
        tree = _P.parse(source, flags)
        if tree.state.flags != _P.parse("", flags).state.flags:
            return None  # global inline flags: they must open the pattern
        if _COMPILER._get_literal_prefix(tree, tree.state.flags)[0] or _COMPILER._get_charset_prefix(
                tree, tree.state.flags):
            return None  # the engine scans for its first characters already (a lookahead would hide them)
    except (re.error, AttributeError, TypeError):
        return None
    found = _first(tree.data)
    if found is None or found[1] or not found[0]:
        return None
    parts = [_item(op, av) for op, av in found[0]]
    if any(p is None for p in parts):
        return None
    return "(?=[" + "".join(dict.fromkeys(p for p in parts if p is not None)) + "])"


def opened_source(source: str, flags: int) -> str:
    """``source`` behind its :func:`opening` (``source`` itself when it has none)."""
    ahead = opening(source, flags)
    return source if ahead is None else f"{ahead}(?:{source})"


def opened(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled again behind its :func:`opening`, with its flags (``pattern`` itself when it has none)."""
    source = opened_source(pattern.pattern, pattern.flags)
    return pattern if source == pattern.pattern else re.compile(source, pattern.flags)


def opened_sources(name: str, specs: Sequence[tuple[str, int]]) -> list[str]:
    """:func:`opened_source` of each (source, flags), kept in the start-up cache ``regex-openings-<name>``."""
    kept, sources = cached(f"regex-openings-{name}", lambda: (list(specs), [opened_source(*s) for s in specs]))
    return list(sources) if kept == list(specs) else [opened_source(*s) for s in specs]


class Opened(Generic[K]):
    """A table of patterns searched through their opened forms: ``search(key, text)`` is
    ``patterns[key].search(text)``, the same span and groups (the match's ``.re`` is the opened pattern)."""

    def __init__(self, name: str, patterns: Mapping[K, re.Pattern[str]]) -> None:
        self._keys = {k: i for i, k in enumerate(patterns)}
        self._flags = [p.flags for p in patterns.values()]
        self._sources = opened_sources(name, [(p.pattern, p.flags) for p in patterns.values()])
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self._sources)

    def search(self, key: K, text: str) -> re.Match[str] | None:
        i = self._keys[key]
        compiled = self._compiled[i]
        if compiled is None:
            compiled = self._compiled[i] = re.compile(self._sources[i], self._flags[i])
        return compiled.search(text)


__all__ = ["Opened", "opened", "opened_source", "opened_sources", "opening"]

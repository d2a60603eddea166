"""Town names whose words a small lower-case word joins ("Newcastle upon Tyne", "Neustadt in Holstein",
"Frankfurt am Main", "Castellon de la Plana" aside, whose joining words the place rules already read).

A run of capitalized words stops at a lower-case word, so such a name is read cut short, and its first part is
another town's name ("Newcastle", in Northern Ireland as in Australia). The embedded gazetteer's towns and cities
whose names are written so are found whole, where the text spells them out; the longer name then wins over the
part it holds. Names joined by "and" or "of" are lists and titles as often as places ("Port of Spain" is found
otherwise), and are left to the other rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.lexicon.cache import cached
from sitrep.lexicon.gazetteer import default_gazetteer

_LIST_WORDS = frozenset({"and", "of", "or", "the"})
_FEATURES = frozenset({"city", "town"})


@lru_cache(maxsize=1)
def _names_by_first_word() -> dict[str, tuple[str, ...]]:
    return cached("connected-places", _build)


def joined_name(name: str) -> bool:
    """A name of capitalized words with lower-case words between them, none a list's or a title's word."""
    words = name.split(" ")
    if len(words) < 3 or "" in words or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    inner = [w for w in words[1:-1] if w.islower()]
    return bool(inner) and not any(w in _LIST_WORDS for w in inner) \
        and all(w[:1].isupper() or w.islower() for w in words)


def _build() -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for name, p in default_gazetteer().names():
        if p.feature in _FEATURES and joined_name(name):
            out.setdefault(name.split(" ")[0], set()).add(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")


def connected_names(text: str) -> list[tuple[int, int]]:
    """The spans of the gazetteer's joined town names ``text`` writes out, longest first at each start.

    A name is looked up by its length: at one start, two names of one length cannot both be written out, so the
    longest name that is, tried length by length, is the one the names sorted longest first would give."""
    table = _lengths_by_first_word()
    out: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        lengths = table.get(m.group())
        if lengths is None:
            continue
        start = m.start()
        for size, names in lengths:
            end = start + size
            if text[start:end] in names and not text[end:end + 1].isalnum():
                out.append((start, end))
                break
    return out


@lru_cache(maxsize=1)
def _lengths_by_first_word() -> dict[str, tuple[tuple[int, frozenset[str]], ...]]:
    """:func:`_names_by_first_word`'s names grouped by their length, longest first."""
    out: dict[str, tuple[tuple[int, frozenset[str]], ...]] = {}
    for first, names in _names_by_first_word().items():
        sizes = sorted({len(n) for n in names}, reverse=True)
        out[first] = tuple((size, frozenset(n for n in names if len(n) == size)) for size in sizes)
    return out

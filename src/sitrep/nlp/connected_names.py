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
    """The spans of the gazetteer's joined town names ``text`` writes out, longest first at each start."""
    table = _names_by_first_word()
    out: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        for name in table.get(m.group(), ()):
            end = m.start() + len(name)
            if text.startswith(name, m.start()) and not text[end:end + 1].isalnum():
                out.append((m.start(), end))
                break
    return out

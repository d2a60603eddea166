"""Alternations of many names (countries, parties, leaders, landmarks, peoples) written so that the regex engine
scans for their first letters.

``(?<![\\w-])(?:NAME|NAME|...)`` tries every name at every position of a text: Python's engine has no trie, and a
lookbehind opening a pattern keeps it from skipping to the positions where a name can begin. The same names grouped
by their first letter, the check of the character before a name written after that letter (a lookbehind of two
characters), make a pattern that opens with a set of letters, which the engine scans for: at one position only
the names of one first letter can match, and they keep their order (longest first, as the caller sorts them), so
the pattern matches what the plain alternation matches, several times faster. (Not so under ``re.I``: the engine
scans for no set of cased letters then, and may fold a letter into another's: "K", the Kelvin sign.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def first_letter_alternation(names: Iterable[str], not_before: str) -> str:
    """The source of ``(?<!NOT_BEFORE)(?:NAME|...)`` (names in the caller's order, escaped) grouped by first letter
    (see module), for a pattern compiled case-sensitively: ``not_before`` is a set of characters (``[\\w-]``).
    ValueError for an empty name."""
    groups: dict[str, list[str]] = {}
    for name in names:
        if not name:
            raise ValueError("an empty name")
        groups.setdefault(name[0], []).append(name)
    branches = (re.escape(first) + rf"(?<!{not_before}.)(?:" + "|".join(re.escape(n[1:]) for n in names) + ")"
                for first, names in groups.items())
    return "(?:" + "|".join(branches) + ")"


__all__ = ["first_letter_alternation"]

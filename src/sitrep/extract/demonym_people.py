"""People named by their nationality alone: "fired tear gas at Palestinians", "killed two Syrians". A plural
demonym used as a noun names people of that country; as the target of what happened, with no armed noun of its
own, they are ACLED's civilians of that country ("Civilians (Palestine)")."""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.extract import actor_roles
from sitrep.lexicon.countries import word_index, word_pattern

# a demonym plural that heads a phrase of its own noun is no people ("Ukrainians soldiers" is rare English, but
# "Palestinians' houses" is theirs): only the bare plural, not an apostrophe's owner, not before another noun
_NOT_BARE = re.compile(r"'|\s+(?:forces?|troops|soldiers?|militants?|fighters?|police|army|military|rebels?|gunmen|"
                       r"militias?|guards?|officers?|authorities|officials)\b", re.I)


def demonym_people(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """(start, end, ISO alpha-2) of the bare plural demonyms in ``text[s:e]`` ("Palestinians", "Afghans"); demonyms
    alike in both numbers ("Sudanese") are left out: they are mostly adjectives."""
    index = word_index()
    out = []
    for m in word_pattern().finditer(text, s, e):
        iso2, kind = index[m.group()]
        word = m.group()
        if kind != "demonym" or not word.endswith("s") or word.endswith("ss") or not word[:1].isupper():
            continue
        if _NOT_BARE.match(text, m.end()):
            continue
        out.append((m.start(), m.end(), iso2))
    return out


def people_targets(text: str, sent: tuple[int, int], taken: list[tuple[int, int]],
                   civilians: Callable[[str], str]) -> list[tuple[int, int, str, str, str]]:
    """(start, end, key, "civilians", "patient") of the bare plural demonyms of sentence ``sent`` that are the target
    of what happened (``actor_roles.role``) and overlap no phrase ``taken``; ``civilians``: the key of a country's
    civilians."""
    s, e = sent
    return [(a, b, civilians(iso2), "civilians", "patient") for a, b, iso2 in demonym_people(text, s, e)
            if not any(a < y and x < b for x, y in taken) and actor_roles.role(text, a, b, s) == "patient"]


__all__ = ["demonym_people", "people_targets"]

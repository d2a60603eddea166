"""A country named as the doer of an act of war: "North Korea test-fired a ballistic missile", "Russia launched
cruise missiles at Kharkiv", "Israel struck a depot near Damascus". A state fires, launches and strikes through its
armed forces, so ACLED codes the act to that country's military forces. The name must open its clause (after the
sentence's start, a comma or "and": not "the border of Russia"), and only a country's name counts, not a demonym
(the generic phrases take "Russian forces"); the words after it are the cue table's ``country_weapon_act`` filter."""

from __future__ import annotations

import re

from sitrep.extract.event_cues import table
from sitrep.lexicon.countries import word_index, word_pattern

_ACT = table().filters["country_weapon_act"]
# what may stand before a clause's subject: the sentence's start, a comma, a semicolon, "and", "then", a verb of
# saying ("officials said Pakistan carried out airstrikes") (and "that", "the")
_CLAUSE_START = re.compile(r"(?:^|[,;:]|\band|\bthen|\b(?:said|says|claimed|stated|reported|alleged|accused))\s*"
                           r"(?:that\s+)?(?:the\s+)?$", re.I)


def country_agents(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, ISO alpha-2 code) of each country's name in ``text[start:end]`` that is the subject of an act of
    war (see module)."""
    index = word_index()
    out: list[tuple[int, int, str]] = []
    for m in word_pattern().finditer(text, start, end):
        iso2, kind = index[m.group()]
        if kind != "name" or not _CLAUSE_START.search(text[max(start, m.start() - 24):m.start()]):
            continue
        if _ACT.search(text[m.end():min(end, m.end() + 80)]):
            out.append((m.start(), m.end(), iso2))
    return out


__all__ = ["country_agents"]

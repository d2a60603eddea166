"""People named by their nationality alone: "fired tear gas at Palestinians", "killed two Syrians". A plural
demonym used as a noun names people of that country; as the target of what happened, with no armed noun of its
own, they are ACLED's civilians of that country ("Civilians (Palestine)")."""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.extract import actor_roles
from sitrep.extract.communal_militias import clans_named_after
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


# a people's community ("members of the Fulani community", "the Peul communities"): its people, not its armed men
_COMMUNITY = re.compile(r"\bcommunit(?:y|ies)(?:\s+members)?$", re.I)
_PEOPLE_OF = re.compile(r"\b[\w-]+\s+(?:of|from)\s+(?:the\s+)?$", re.I)


def community_people(text: str, s: int, found: list[tuple[int, int, str]],
                     civilians: Callable[[], str]) -> list[tuple[int, int, str, str]]:
    """(start, end, key, family) of a sentence's identity militias ``found`` (start ``s``): a people's community
    that does not act in the sentence (it is hit, or only named: "killed people from the Fulani community") is its
    civilians (``civilians()``: the key of the country's); the others stay militias ("ethnic")."""
    out = []
    for a, b, k in found:
        if clans_named_after(text, a, b):  # "two X clan militias (the A and B)": the clans' militias
            continue
        # "members from the Fulani community": the people it is said of act or suffer, not a source ("from X")
        head = _PEOPLE_OF.search(text, max(s, a - 40), a)
        acts = actor_roles.role(text, head.start() if head else a, b, s) == "agent"
        people = _COMMUNITY.search(text[a:b]) and not acts
        out.append((a, b, civilians(), "civilians") if people else (a, b, k, "ethnic"))
    return out


__all__ = ["community_people", "demonym_people", "people_targets"]

"""A group named with its faction or its parent organisation in a bracket after it: one actor, the faction.

Conflict records name a movement and, in a bracket, the faction that acted ("Boko Haram [JAS faction]", "Boko
Haram militants [presumed JAS]", "Boko Haram (JAS)"), or a faction and, in a bracket, the organisation it belongs
to ("Katiba Macina (JNIM) militants"). The bracket tells which group acted, not a second one: ACLED codes the
faction, the narrower of the two names. The two must be one line of the dictionary's ``parent`` links (one the
other's ancestor); names of unrelated groups in a bracket are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.lexicon.dictionaries import ActorDictionary
from sitrep.records import Mention

# between the group's name and its bracketed other name: its fighters' word, the bracket, a word of presumption
_OPEN = re.compile(r"^\s*(?:(?:militants?|fighters?|insurgents?|members?|elements?)\s*)?[(\[]\s*"
                   r"(?:(?:presumed|presumably|suspected|likely|probably|reportedly|allegedly)\s+)?(?:the\s+)?$",
                   re.I)
# after the bracketed name: its faction word, and the bracket's close
_CLOSE = re.compile(r"^\s*(?:(?:faction|wing|branch|militants?|fighters?)\s*)?[)\]]", re.I)


def _related(actors: ActorDictionary, a: str, b: str) -> str | None:
    """Of two entries one of which is the other's ancestor, the descendant (the faction); None otherwise."""
    if a == b or a not in actors.entries or b not in actors.entries:
        return None
    if any(e.id == a for e in actors.ancestors(b)):
        return b
    if any(e.id == b for e in actors.ancestors(a)):
        return a
    return None


def bracketed_factions(text: str, mentions: list[Mention], actors: ActorDictionary) -> list[Mention]:
    """``mentions`` with each group named together with its faction or parent in a bracket after it made one
    mention of the faction, at the place of the name before the bracket."""
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (nxt is None or not m.entity_key or not nxt.entity_key
                or not _OPEN.match(text[m.end:nxt.start]) or not _CLOSE.match(text[nxt.end:nxt.end + 30])):
            out.append(m)
            continue
        narrow = _related(actors, m.entity_key, nxt.entity_key)
        if narrow is None:
            out.append(m)
            continue
        entry = actors.entries[narrow]
        out.append(m if narrow == m.entity_key else replace(m, type=entry.type, entity_key=entry.id, name=entry.name))
        skip.add(i + 1)
    return out


__all__ = ["bracketed_factions"]

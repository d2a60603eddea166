"""Generic armed men ("militants", "the rebels", "gunmen") named by the armed group an event's sentences name.

ACLED names attackers by their group when the text does; attackers the lead calls unidentified stay so.
"""

from __future__ import annotations

import re

from sitrep.extract import event_actors as actors_mod
from sitrep.extract import presence
from sitrep.extract.incidents import Draft
from sitrep.extract.local_insurgents import kept_when_claimed
from sitrep.records import Mention
from sitrep.spans import starting_between


def name_unidentified(occs: list[actors_mod.Occurrence], text: str, sents: list[tuple[int, int]], d: Draft,
                      mentions: list[Mention]) -> list[actors_mod.Occurrence]:
    """Generic "militants" stand for the armed group the event's sentences (or the one before) name; attackers
    the lead calls unidentified stay so, and a group the other sentences name is only context then. Insurgents
    ACLED names by country whether or not another group claims their attacks (``local_insurgents``, ``claimed:
    kept``) stay so beside a group the event's sentences name; "the insurgents" of an article that has named
    their group before are that group's."""
    occs = presence.present_only(occs, text, sents, d.sents[0])  # armed men only said to be in the area are context
    if any(o.family == "unidentified" and d.sents[0][0] <= o.start < d.sents[0][1]
           and _UNNAMED.search(text[max(0, o.start - 20):o.end]) for o in occs):
        return [o for o in occs if o.family != "rebels" or d.sents[0][0] <= o.start < d.sents[0][1]]
    named = {o.key for o in occs if o.family == "rebels"}
    if not named:
        i = sents.index(d.sents[0]) if d.sents[0] in sents else 0
        s = sents[i - 1][0] if i > 0 else d.sents[0][0]
        named = {m.entity_key for m in starting_between(mentions, s, d.sents[-1][1])
                 if m.type == "armed_group" and m.entity_key and actors_mod.family_of(m) == "rebels"}
    beside = bool(named)  # a group the event's own sentences name (its claimant, "IS claimed ...")
    definite = bool(named) or any(o.family == "unidentified" and _DEFINITE.search(text[max(0, o.start - 8):o.start])
                                  and _GROUP_MEN.fullmatch(text[o.start:o.end]) for o in occs)
    if not named and definite:
        # "the rebels" with no group named nearby: the one armed group the article has named before
        named = {m.entity_key for m in mentions if m.end <= d.sents[0][0] and m.type == "armed_group"
                 and m.entity_key and actors_mod.family_of(m) == "rebels"}
    if len(named) != 1 or not any(o.family == "unidentified" for o in occs):
        return occs
    key = next(iter(named))
    if beside and any(kept_when_claimed(o.key) for o in occs):
        # insurgents ACLED names by country keep that name beside a group that claims their attacks, which the
        # later sentences name as context only
        return [o for o in occs if o.key != key or d.sents[0][0] <= o.start < d.sents[0][1]]
    return [actors_mod.Occurrence(o.start, o.end, key, "rebels", o.role) if o.family == "unidentified" else o
            for o in occs]


_UNNAMED = re.compile(r"\b(?:unidentified|unknown|unnamed|unspecified)\s+(?:armed\s+)?\w+$", re.I)
_DEFINITE = re.compile(r"\b(?:the|by|with|against)\s+$", re.I)  # "the rebels", a bare "by rebels": known ones
_GROUP_MEN = re.compile(r"rebels|insurgents|militants|jihadists|terrorists|guerrillas", re.I)


__all__ = ["name_unidentified"]

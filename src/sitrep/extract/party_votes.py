"""Political parties, trade unions and leaders as evidence of a country (``extract.event_country``): a party of one
country (``lexicon.parties``) works at home, so a text naming its members tells where they are, as a country's police
does; a place whose namesake abroad is larger ("nurses of CCOO marched in Cadiz") is the one at home. A head of state
or an opposition leader a text names (``lexicon.leaders``: "riots after Kibaki's win") is weaker evidence of their
country's politics: enough where nothing else says where, less than a place or a party."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from sitrep.lexicon.leaders import leaders_named
from sitrep.lexicon.name_patterns import first_letter_alternation
from sitrep.lexicon.parties import Party, parties, parties_named

PARTY_WEIGHT = 1.0  # each party or union named
PARTY_CAP = 3.0  # at most, for one country
LEADER_WEIGHT = 0.5  # the leaders of one country named, together


def party_votes(text: str) -> dict[str, float]:
    """Votes of the parties and unions a text names: ``PARTY_WEIGHT`` for each, up to ``PARTY_CAP`` for a country,
    and ``LEADER_WEIGHT`` for a country whose leaders it names.
    An abbreviation other countries' bodies share ("NPP", "NDC") says nothing alone; two of one country's parties
    written so ("clashes between NDC and NPP supporters") are that country's politics: one vote for it."""
    votes: dict[str, float] = defaultdict(float)
    for party in parties_named(text):
        votes[party.country] = min(PARTY_CAP, votes[party.country] + PARTY_WEIGHT)
    for iso2, n in _shared_named(text).items():
        if n >= 2:
            votes[iso2] = min(PARTY_CAP, votes[iso2] + PARTY_WEIGHT)
    for iso2 in dict.fromkeys(leader.country for leader in leaders_named(text)):
        votes[iso2] = min(PARTY_CAP, votes[iso2] + LEADER_WEIGHT)
    return dict(votes)


def _shared_named(text: str) -> dict[str, int]:
    """How many parties of each country the text names by an abbreviation other countries' bodies share."""
    found: dict[str, set[str]] = defaultdict(set)
    for m in _shared_pattern().finditer(text):
        for party in _shared()[m.group()]:
            found[party.country].add(party.name)
    return {iso2: len(names) for iso2, names in found.items()}


@lru_cache(maxsize=1)
def _shared() -> dict[str, tuple[Party, ...]]:
    """Each shared abbreviation (``parties.csv``, column ``shared``) -> the parties it stands for in the table."""
    out: dict[str, list[Party]] = defaultdict(list)
    for party in dict.fromkeys(parties().values()):
        for abbr in party.shared:
            out[abbr].append(party)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _shared_pattern() -> re.Pattern[str]:
    names = sorted(_shared(), key=len, reverse=True)
    return re.compile(first_letter_alternation(names, r"[\w-]") + r"(?![\w-])" if names else "(?!)")


__all__ = ["party_votes"]

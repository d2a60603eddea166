"""Political parties and trade unions as evidence of a country (``extract.event_country``): a party of one country
(``lexicon.parties``) works at home, so a text naming its members tells where they are, as a country's police does;
a place whose namesake abroad is larger ("nurses of CCOO marched in Cadiz") is the one at home."""

from __future__ import annotations

from collections import defaultdict

from sitrep.lexicon.parties import parties_named

PARTY_WEIGHT = 1.0  # each party or union named
PARTY_CAP = 3.0  # at most, for one country


def party_votes(text: str) -> dict[str, float]:
    """Votes of the parties and unions a text names: ``PARTY_WEIGHT`` for each, up to ``PARTY_CAP`` for a country."""
    votes: dict[str, float] = defaultdict(float)
    for party in parties_named(text):
        votes[party.country] = min(PARTY_CAP, votes[party.country] + PARTY_WEIGHT)
    return dict(votes)


__all__ = ["party_votes"]

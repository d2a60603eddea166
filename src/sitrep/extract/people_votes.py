"""Peoples of one country as evidence of the country (``extract.event_country``): an ethnic group or clan that lives
in one country only (``lexicon.countries.ethnic_groups``: "Bimoba", Ghana's; "Murle", South Sudan's) tells where
the people a text speaks of are, as a demonym does. A people of several countries ("Fulani", "Konkomba") tells
nothing alone. So does a former first-level division (``lexicon.former_divisions``: "Brong-Ahafo"), as a division
of today does: where the event happened, in one of its successors."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from sitrep.lexicon import countries, former_divisions

PEOPLE_WEIGHT = 1.0  # each people named, as a demonym
PEOPLE_CAP = 2.0  # at most, for one country
FORMER_DIVISION_WEIGHT = 3.0  # a former division named, as a division of today


def people_votes(text: str) -> dict[str, float]:
    """Votes of the peoples of one country a text names: ``PEOPLE_WEIGHT`` for each people, up to ``PEOPLE_CAP``
    for a country."""
    votes: dict[str, float] = defaultdict(float)
    groups = countries.ethnic_groups()
    for name in dict.fromkeys(m.group(1) for m in _pattern().finditer(text)):
        (iso2,) = groups[name].countries
        votes[iso2] = min(PEOPLE_CAP, votes[iso2] + PEOPLE_WEIGHT)
    return dict(votes)


def former_division_votes(text: str) -> dict[str, float]:
    """Votes of the former first-level divisions a text names: ``FORMER_DIVISION_WEIGHT`` for each country's."""
    return {row.country: FORMER_DIVISION_WEIGHT for row in former_divisions.named(text)}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """The names (and plurals: "the Bimobas") of the peoples of one country, written capitalised."""
    names = sorted((n for n, g in countries.ethnic_groups().items() if len(g.countries) == 1), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names or ["(?!)"]) + r")s?(?![\w-])")


__all__ = ["former_division_votes", "people_votes"]

"""The country a document's places are in, from the places themselves.

``document_country`` is the country most of the document's unambiguous place names lie in: a
name spelled exactly as entries of the embedded gazetteer that all lie in one country (or whose
provinces, districts and cities of 100,000 people all do) votes for it, a province or district
twice, as it names a unit, not a namesake town; a country's name votes once for the country. It
decides between namesakes and keeps fuzzy or transliterated matches inside the document's country.
It is a function of the place names alone, so that a richer country inference (datelines,
demonyms, actors) can take its place later.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from sitrep.lexicon.gazetteer import DefaultGazetteer, Place
from sitrep.lexicon.keys import light_key, place_key

_UNITS = frozenset({"admin1", "admin2"})
_TOWN_OF_NOTE = 100_000  # a city this big outweighs villages of its name elsewhere


def spelled(p: Place, name: str) -> bool:
    """The entry has ``name`` among its names, spelled as written (accents, case and spacing aside)."""
    # the embedded gazetteer's rows keep their names' light keys (``Place.spellings``): not folded again here
    return light_key(name) in (p.spellings if p.spellings is not None else _spellings(p.name, p.names))


@lru_cache(maxsize=65_536)  # asked of the same entries in every document
def _spellings(name: str, names: tuple[str, ...]) -> frozenset[str]:
    """The ``light_key`` of every name of an entry (``Place.all_names``: its name and its other names)."""
    return frozenset(light_key(n) for n in (name, *names))


def country_votes(names: Iterable[str], gazetteer: DefaultGazetteer) -> Counter[str]:
    """Votes of the names whose exact-spelled entries all lie in one country."""
    votes: Counter[str] = Counter()
    for name in names:
        vote = _vote(gazetteer, name)
        if vote is not None:
            votes[vote[0]] += vote[1]
    return votes


@lru_cache(maxsize=16_384)  # a gazetteer does not change (its look-ups are memoized too): names come back
def _vote(gazetteer: DefaultGazetteer, name: str) -> tuple[str, int] | None:
    """The country a name votes for and its weight, or None."""
    found = [p for p in gazetteer.lookup([place_key(name)]) if p.country and spelled(p, name)]
    named = {p.country for p in found if p.feature == "country" and p.country}
    if len(named) == 1:  # a country's name is the country, whatever towns are named after it
        return next(iter(named)), 1
    big = [p for p in found if p.feature in _UNITS or p.population >= _TOWN_OF_NOTE]
    countries = {p.country for p in big or found if p.country}
    if len(countries) == 1:
        return next(iter(countries)), 2 if any(p.feature in _UNITS for p in found) else 1
    return None


def document_country(names: Iterable[str], gazetteer: DefaultGazetteer) -> str | None:
    """The country with the most votes, None on a tie or when no name is unambiguous."""
    ranked = country_votes(names, gazetteer).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


__all__ = ["country_votes", "document_country", "spelled"]

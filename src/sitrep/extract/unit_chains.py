"""Places written one after another with commas whose last name is a second-level unit ("Barangay Tulay,
Basey, Samar": a village, its municipality and its province, which the Philippines file one level below their
regions; "Tralee, Kerry"). The chain ends with the unit a note places its event in: the unit's country is where
the event happens, and a place before it that no gazetteer knows lies in that unit."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract.place_votes import comma_chains, division_countries, places_named
from sitrep.lexicon.countries import word_index
from sitrep.lexicon.district_units import unit_countries
from sitrep.lexicon.extra_districts import districts_named
from sitrep.nlp.place_country import spelled

MAX_COUNTRIES = 2  # a unit's name shared by more countries says nothing of where the chain lies
_WORD = re.compile(r"\s+(?:province|county|district|department|municipality|parish)$", re.I)


@lru_cache(maxsize=4096)
def second_level_countries(name: str) -> frozenset[str]:
    """The countries with a second-level unit (a district, county, department, a province where provinces are
    second-level) spelled ``name``: the gazetteer's, the table of districts it lacks, the districts conflict data
    write as first-level divisions. Empty for a first-level division's name (``place_votes.division_countries``)
    or a country's."""
    bare = _WORD.sub("", name.strip())
    if bare in word_index() or division_countries(name):
        return frozenset()
    found = {str(p.country) for p in places_named(bare) if p.feature == "admin2" and spelled(p, bare)}
    found |= {d.country for d in districts_named(bare)} | unit_countries(bare)
    return frozenset(found)


@lru_cache(maxsize=4096)
def seat_countries(name: str) -> frozenset[str]:
    """The countries of the towns a unit written with its word is named after ("Gidami district": the district of
    the town of Gidami, a unit the gazetteer lacks, named, as many are, after its seat); empty without the word, for a
    first-level division's name or a country's."""
    if not _WORD.search(name.strip()):
        return frozenset()
    bare = _WORD.sub("", name.strip())
    if bare in word_index() or division_countries(name):
        return frozenset()
    return frozenset(str(p.country) for p in places_named(bare) if p.feature in ("city", "town") and spelled(p, bare))


def unit_chains(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Each comma chain of names ended by a second-level unit of at most ``MAX_COUNTRIES`` countries, outside
    brackets: the span of the chain and those countries."""
    out: list[tuple[int, int, frozenset[str]]] = []
    for start, end, last in comma_chains(text):  # a "(district, province)" hierarchy is read as such
        found = second_level_countries(last) or seat_countries(last)
        if 0 < len(found) <= MAX_COUNTRIES:
            out.append((start, end, found))
    return out


def chain_unit(text: str, start: int, end: int) -> str | None:
    """The second-level unit that ends a comma chain holding the name written from ``start`` to ``end``: "Samar" for
    "Tulay" (or "Samar" itself) in "Tulay, Basey, Samar."; None when there is none."""
    for a, b, last in comma_chains(text):
        if a <= start and end <= b:
            return last if second_level_countries(last) else None
    return None


def chain_middle(text: str, start: int, end: int) -> tuple[str, ...]:
    """The names written between the place from ``start`` to ``end`` and the second-level unit that ends its comma
    chain, nearest the place first: ("Basey",) for "Tulay" in "Tulay, Basey, Samar." (the village's
    municipality); empty when the chain ends with no such unit or the place is its last name."""
    for a, b, last in comma_chains(text):
        if a <= start and end <= b:
            if not second_level_countries(last) or end >= b:
                return ()
            names = [n.strip() for n in text[end:b].split(",")]
            return tuple(n for n in names[:-1] if n)
    return ()


__all__ = ["MAX_COUNTRIES", "chain_middle", "chain_unit", "seat_countries", "second_level_countries", "unit_chains"]

"""National minorities: a people named by a neighbour's demonym that lives, as citizens, in another country
(``data/countries/national_minorities.csv``).

A row: ``people`` (the ISO alpha-2 code whose demonym names them: "Polish", "Hungarians"), ``countries`` (the codes,
``|``-separated, of the countries where they are a long-settled minority) and ``note`` (where they live). General
knowledge of Europe's and Central Asia's peoples, not taken from any data set. "Polish people protested in Vilnius"
tells of Lithuania's Poles, a crowd of Lithuania (ACLED's "Protesters (Lithuania)"), not of visitors from Poland as
"Polish tourists protested in Rome" does (``extract.crowd_actors.crowd_nationality``).
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.lexicon.countries import CountryDataError, _data, _rows, _split, countries

_FIELDS = ("people", "countries", "note")


def parse_minorities(text: str, known: set[str], fname: str = "national_minorities.csv"
                     ) -> dict[str, frozenset[str]]:
    """People's code -> the countries where they are a national minority; every problem of the file at once as a
    :class:`CountryDataError`."""
    problems: list[str] = []
    out: dict[str, frozenset[str]] = {}
    for n, row in _rows(text, _FIELDS, fname, problems):
        where = f"{fname}:{n}"
        codes = _split(row["countries"])
        bad = [f"{where}: unknown people {row['people']!r}"] if row["people"] not in known else []
        bad += [f"{where}: unknown country {c!r}" for c in codes if c not in known]
        bad += [f"{where}: no country"] if not codes else []
        bad += [f"{where}: a people is no minority of its own country"] if row["people"] in codes else []
        bad += [f"{where}: duplicate people {row['people']!r}"] if row["people"] in out else []
        problems += bad
        if not bad:
            out[row["people"]] = frozenset(codes)
    if problems:
        raise CountryDataError(problems)
    return out


@lru_cache(maxsize=1)
def national_minorities() -> dict[str, frozenset[str]]:
    """Each people's ISO alpha-2 code -> the countries where it is a national minority."""
    return parse_minorities(_data("national_minorities.csv"), set(countries()))


def minority_of(people: str, country: str | None) -> bool:
    """Whether people named by ``people``'s demonym are a national minority of ``country`` (its citizens)."""
    return country is not None and country in national_minorities().get(people, frozenset())


__all__ = ["minority_of", "national_minorities", "parse_minorities"]

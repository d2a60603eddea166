"""Armed groups that fight in several countries (``data/countries/cross_border_groups.csv``).

A row: ``actor`` (an actor dictionary id), ``countries`` (ISO alpha-2 codes, ``|``-separated, the group's home
country first: the dictionary entry's ``country``) and ``note`` (where it operates). General knowledge of the
groups' areas of operation, not taken from any data set. Naming such a group tells that a text is about one of
its countries, not which one (``extract.group_votes``): the other evidence decides, often a country's soldiers named
with its demonym. So a country is listed only where its own forces meet the group at home: one whose army pursues the
group abroad (Kenya's against al-Shabaab in Somalia, Uganda's and Rwanda's in Congo) is left out, as its soldiers'
demonym does not tell where they fight.
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.lexicon.countries import CountryDataError, _data, _rows, _split, countries

_FIELDS = ("actor", "countries", "note")


def parse_cross_border(text: str, known: set[str], fname: str = "cross_border_groups.csv"
                       ) -> dict[str, tuple[str, ...]]:
    """Actor id -> its countries, home first; every problem of the file at once as a :class:`CountryDataError`."""
    problems: list[str] = []
    out: dict[str, tuple[str, ...]] = {}
    for n, row in _rows(text, _FIELDS, fname, problems):
        where = f"{fname}:{n}"
        codes = _split(row["countries"])
        bad = [f"{where}: actor is empty"] if not row["actor"] else []
        bad += [f"{where}: unknown country {c!r}" for c in codes if c not in known]
        bad += [f"{where}: a group of several countries needs two or more"] if len(set(codes)) < 2 else []
        bad += [f"{where}: duplicate actor {row['actor']!r}"] if row["actor"] in out else []
        problems += bad
        if not bad:
            out[row["actor"]] = tuple(dict.fromkeys(codes))
    if problems:
        raise CountryDataError(problems)
    return out


@lru_cache(maxsize=1)
def cross_border_groups() -> dict[str, tuple[str, ...]]:
    """Each cross-border group's dictionary id -> its countries, home first."""
    return parse_cross_border(_data("cross_border_groups.csv"), set(countries()))


__all__ = ["cross_border_groups", "parse_cross_border"]

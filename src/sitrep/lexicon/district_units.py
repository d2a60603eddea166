"""Districts conflict data write as first-level divisions (``data/gazetteer/district_units.tsv``): Ireland's
counties (its provinces have no administration), Taiwan's counties and cities (no longer under Taiwan Province),
Serbia's districts since ACLED's gazetteer revision of 2021. A place filed in such a district is written in it.

``data/gazetteer/town_units.tsv``, in the same layout, names the unit a town (a commune) is written in where the
gazetteer files it in a division with no level between the two: the arrondissements of Guadeloupe, Martinique and
Reunion; Curacao, an island without divisions, for its towns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon import admin1_in_use
from sitrep.lexicon.keys import light_key


@dataclass(frozen=True)
class DistrictUnit:
    country: str
    district: str  # as the embedded gazetteer names it
    name: str  # the first-level division it is written as, from ``start`` until ``end``
    start: dt.date | None
    end: dt.date | None


def parse(text: str, source: str = "district_units.tsv") -> tuple[DistrictUnit, ...]:
    """The rows of the table, in the layout of ``admin1_in_use.tsv`` with the dates optional (a row with neither
    holds at every date); ValueError names a bad row."""
    return tuple(DistrictUnit(r.country, r.division, r.name, r.start, r.end)
                 for r in admin1_in_use.parse(text, source, need_date=False))


@lru_cache(maxsize=2)
def _table(name: str = "district_units.tsv") -> dict[tuple[str, str], tuple[DistrictUnit, ...]]:
    text = resources.files("sitrep").joinpath("data", "gazetteer", name).read_text(encoding="utf-8")
    out: dict[tuple[str, str], list[DistrictUnit]] = {}
    for row in parse(text, name):
        out.setdefault((row.country, light_key(row.district)), []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def _on(rows: tuple[DistrictUnit, ...], on: dt.date | None) -> str | None:
    for row in rows:
        if (row.start is None and row.end is None) or (on is not None and (row.start is None or row.start <= on) and (
                row.end is None or on < row.end)):
            return row.name
    return None


def district_unit(district: str | None, country: str | None, on: dt.date | None) -> str | None:
    """The first-level division conflict data write a place of ``district`` (a district of the embedded gazetteer)
    in on the date ``on``; None when the table has nothing for it. A row with a date needs the date known."""
    if not district or not country:
        return None
    return _on(_table().get((country, light_key(district)), ()), on)


def town_unit(names: Iterable[str], country: str | None, on: dt.date | None) -> str | None:
    """The first-level unit conflict data write a town of ``country`` in (``town_units.tsv``), the town known by
    any of ``names`` (its gazetteer name and other names); None when the table has none of them, or names several
    units for them."""
    if not country:
        return None
    table = _table("town_units.tsv")
    units = {u for n in names if (u := _on(table.get((country, light_key(n)), ()), on)) is not None}
    return units.pop() if len(units) == 1 else None




@lru_cache(maxsize=1)
def _countries_by_name() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for (country, _), rows in _table().items():
        for row in rows:
            for name in (row.district, row.name):
                out.setdefault(light_key(name), set()).add(country)
    return {k: frozenset(v) for k, v in out.items()}


def unit_countries(name: str) -> frozenset[str]:
    """The countries with a district of the table written ``name`` (as the gazetteer names it, or as conflict data
    write it: "Kerry", "Ciarrai")."""
    return _countries_by_name().get(light_key(name), frozenset())


__all__ = ["DistrictUnit", "district_unit", "parse", "town_unit", "unit_countries"]

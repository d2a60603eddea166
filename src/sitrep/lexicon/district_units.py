"""Districts conflict data write as first-level divisions (``data/gazetteer/district_units.tsv``): Ireland's
counties (its provinces have no administration), Taiwan's counties and cities (no longer under Taiwan Province),
Serbia's districts since ACLED's gazetteer revision of 2021. A place filed in such a district is written in it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.keys import light_key


@dataclass(frozen=True)
class DistrictUnit:
    country: str
    district: str  # as the embedded gazetteer names it
    name: str  # the first-level division it is written as, from ``start`` until ``end``
    start: dt.date | None
    end: dt.date | None


def _date(v: str, where: str) -> dt.date | None:
    if not v:
        return None
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        raise ValueError(f"{where}: bad date {v!r} (YYYY-MM-DD)") from None


def parse(text: str, source: str = "district_units.tsv") -> tuple[DistrictUnit, ...]:
    """The rows of the table; ValueError names a bad row (a missing column, a bad country code or date, a period
    that ends before it starts)."""
    out: list[DistrictUnit] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{source}:{n}"
        parts = line.split("\t")
        if len(parts) != 6 or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1].strip() or not parts[2].strip():
            raise ValueError(f"{where}: bad row {line!r} (country, district, first-level name, from, until, note)")
        start, end = _date(parts[3], where), _date(parts[4], where)
        if start is not None and end is not None and end <= start:
            raise ValueError(f"{where}: the period ends before it starts")
        out.append(DistrictUnit(parts[0], parts[1].strip(), parts[2].strip(), start, end))
    return tuple(out)


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[DistrictUnit, ...]]:
    text = resources.files("sitrep").joinpath("data", "gazetteer", "district_units.tsv").read_text(encoding="utf-8")
    out: dict[tuple[str, str], list[DistrictUnit]] = {}
    for row in parse(text):
        out.setdefault((row.country, light_key(row.district)), []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def district_unit(district: str | None, country: str | None, on: dt.date | None) -> str | None:
    """The first-level division conflict data write a place of ``district`` (a district of the embedded gazetteer)
    in on the date ``on``; None when the table has nothing for it. A row with a date needs the date known."""
    if not district or not country:
        return None
    for row in _table().get((country, light_key(district)), ()):
        if (row.start is None and row.end is None) or (on is not None and (row.start is None or row.start <= on) and (
                row.end is None or on < row.end)):
            return row.name
    return None


__all__ = ["DistrictUnit", "district_unit", "parse"]

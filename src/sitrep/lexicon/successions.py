"""Countries that split from another, by date: an event before the split happened in the country it split from.

``sitrep/data/countries/successions.csv``: ``iso2, from_iso2, date``: the country ``iso2`` became independent of
``from_iso2`` on ``date`` (ISO, inclusive). South Sudan split from Sudan on 9 July 2011: an event in Juba in 2006
happened in Sudan, as ACLED codes it. Only splits known for certain are listed. The file is checked when loaded;
every problem is reported at once as a :class:`~sitrep.lexicon.countries.CountryDataError`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.lexicon.countries import CountryDataError, _data, _rows, countries

_FIELDS = ("iso2", "from_iso2", "date")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_successions(text: str, known: set[str], fname: str = "successions.csv") -> dict[str, tuple[str, str]]:
    """``iso2`` -> (``from_iso2``, ``date``)."""
    problems: list[str] = []
    found: dict[str, tuple[str, str]] = {}
    for n, row in _rows(text, _FIELDS, fname, problems):
        where = f"{fname}:{n}"
        if row["iso2"] not in known or row["from_iso2"] not in known or row["iso2"] == row["from_iso2"]:
            problems.append(f"{where}: iso2 and from_iso2 must be two known countries")
        elif not _DATE.match(row["date"]):
            problems.append(f"{where}: date must be YYYY-MM-DD")
        elif row["iso2"] in found:
            problems.append(f"{where}: {row['iso2']} listed twice")
        else:
            found[row["iso2"]] = (row["from_iso2"], row["date"])
    if problems:
        raise CountryDataError(problems)
    return found


@lru_cache(maxsize=1)
def successions() -> dict[str, tuple[str, str]]:
    return parse_successions(_data("successions.csv"), set(countries()))


def country_on(iso2: str | None, date: str | None) -> str | None:
    """The country a place of ``iso2`` lay in on ``date`` (ISO): the country it split from, before the split
    (Juba in 2006: Sudan); ``iso2`` itself with no date or no split."""
    split = successions().get(iso2 or "")
    while split is not None and date and date[:10] < split[1]:
        iso2 = split[0]
        split = successions().get(iso2)
    return iso2


__all__ = ["country_on", "parse_successions", "successions"]

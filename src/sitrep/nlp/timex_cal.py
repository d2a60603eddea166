"""Calendar rules shared by the time-expression rules (see :mod:`sitrep.nlp.timex`): seasons, Solar Hijri years,
the year a year-less date or month means. Plain date arithmetic and validation are in :mod:`sitrep.dates`.

Everything here is pure: dates in, TIMEX3 value strings out.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from sitrep.dates import make_date, shift_days

# Approximate astronomical season starts (month, day); a season is labelled by the year it starts in,
# so the winter of December 2016 - March 2017 is "2016-WI".
SEASONS: tuple[tuple[str, int, int], ...] = (("SP", 3, 21), ("SU", 6, 21), ("FA", 9, 23), ("WI", 12, 21))
SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_IDX = {code: i for i, (code, _, _) in enumerate(SEASONS)}

# Solar Hijri (Afghan / Iranian) years start around March 21; year 1396 began 2017-03-21.
SOLAR_START = (3, 21)
SOLAR_OFFSET = 621


class Cand(NamedTuple):
    """A candidate time expression before overlap resolution."""

    start: int
    end: int
    value: str | None
    precision: str
    anchored: bool
    mod: str | None


class Res(NamedTuple):
    """A resolved value: what a rule computed for a matched span."""

    value: str | None
    precision: str
    anchored: bool = False
    mod: str | None = None


# TIMEX3 values of an unanchored relative expression: every digit that depends on the (absent) doc date is X.
UNKNOWN_VALUE = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
                 "year": "XXXX", "decade": "XXX"}  # fmt: skip
_YEAR_VALUE = re.compile(r"\d{4}|XXXX")


def edge_quarter(value: str | None, mod: str | None) -> str | None:
    """The quarter meant by "early 2017" / "the end of 2015": "2017" START -> "2017-Q1", "2015" END -> "2015-Q4".

    None when ``value`` is not a plain (possibly X-filled) year or ``mod`` is not START/END ("mid-2015" stays a year).
    """
    if value is None or mod not in ("START", "END") or _YEAR_VALUE.fullmatch(value) is None:
        return None
    return f"{value}-Q{1 if mod == 'START' else 4}"


def year_for_month_day(doc: dt.date, month: int, day: int) -> int | None:
    """Year of a year-less date in a news article: the latest year in which it is at most ~1 month after the doc date.

    An article of 2016-04-05 saying "December 17" means 2015-12-17; one of 2017-12-20 saying "January 5" means 2018.
    None when that year is past the calendar ("January 5" in an article of 9999-12-20).
    """
    later = shift_days(doc, 31)  # None only for a doc date in December 9999: then it is January 10000, same day
    limit = (doc.year + 1, 1, doc.day) if later is None else (later.year, later.month, later.day)
    for year in (doc.year + 1, doc.year, doc.year - 1):
        if (year, month, day) <= limit and (year > dt.MAXYEAR or make_date(year, month, day) is not None):
            return year if year <= dt.MAXYEAR else None
    return doc.year - 1  # February 29 without a leap year nearby: keep the previous year


def year_for_month(doc: dt.date, month: int, rel: str | None) -> int:
    """Year of a bare month name: the most recent such month not after the doc month ("in July").

    ``rel`` "last" means strictly before the doc month, "next" strictly after, "this" the doc year.
    """
    if rel == "this":
        return doc.year
    if rel == "next":
        return doc.year if month > doc.month else doc.year + 1
    if rel == "last":
        return doc.year if month < doc.month else doc.year - 1
    return doc.year if month <= doc.month else doc.year - 1


def year_for_quarter(doc: dt.date, quarter: int) -> int:
    """Year of a year-less quarter: the most recent such quarter not after the doc date."""
    return doc.year if quarter <= (doc.month - 1) // 3 + 1 else doc.year - 1


def _season_ordinal(day: dt.date) -> int:
    """Index of the season containing ``day``: year * 4 + position in SEASONS."""
    for idx in range(3, -1, -1):
        _, month, mday = SEASONS[idx]
        if (day.month, day.day) >= (month, mday):
            return day.year * 4 + idx
    return (day.year - 1) * 4 + 3


def season_value(doc: dt.date, code: str, rel: str | None) -> str:
    """TIMEX3 value of a season relative to the doc date.

    rel None: the most recent such season, the current one included ("in the summer");
    "last": the most recent one before the current season; "next": the first one after it;
    "this": the current season if it is that season, otherwise that season of the doc year.
    """
    cur = _season_ordinal(doc)
    want = _SEASON_IDX[code]
    if rel == "this":
        if cur % 4 == want:
            return f"{cur // 4:04d}-{code}"
        return f"{doc.year:04d}-{code}"
    if rel == "next":
        ordinal = cur + 1
        while ordinal % 4 != want:
            ordinal += 1
    else:
        ordinal = cur - 1 if rel == "last" else cur
        while ordinal % 4 != want:
            ordinal -= 1
    return f"{ordinal // 4:04d}-{code}"


def solar_year_start(doc: dt.date, offset: int) -> str:
    """Start of a Solar Hijri year relative to the one containing the doc date (offset -1 = the past year)."""
    current = doc.year if (doc.month, doc.day) >= SOLAR_START else doc.year - 1
    return f"{current + offset:04d}-{SOLAR_START[0]:02d}-{SOLAR_START[1]:02d}"


class Ctx(NamedTuple):
    """What every rule sees: the whole text and the parsed document date."""

    text: str
    doc: dt.date | None

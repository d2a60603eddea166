"""The days of an incident's mentions: the span a time expression's value covers, and whether two agree.

Pure functions of the values (memoized: incident grouping asks them of every pair of a mention and an incident).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sitrep.dates import Precision, parse_iso_day, shift_days, timex_span
from sitrep.records import TimeExpression

_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?$")


def week_span(value: str) -> tuple[str, str, str] | None:
    """An ISO week ("2021-W50") or its weekend ("2025-W07-WE") as days."""
    m = _WEEK.match(value)
    if not m:
        return None
    try:
        first = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6 if m.group(3) else 1)
    except ValueError:
        return None
    last = shift_days(first, 1 if m.group(3) else 6)
    return (first.isoformat(), last.isoformat(), "week") if last is not None else None


def week_month(value: str | None) -> tuple[str | None, str | None, Precision] | None:
    """The month a week ("last week": "2021-W50") falls in, as a month span: the month holding most of its days
    (its Thursday's); None when the value is not a week."""
    week = week_span(value or "")
    if week is None:
        return None
    thursday = shift_days(dt.date.fromisoformat(week[0]), 3 if not (value or "").endswith("WE") else 0)
    if thursday is None:
        return None
    return timex_span(f"{thursday.year:04d}-{thursday.month:02d}")


def day_span(t: TimeExpression | None) -> tuple[str, str, str] | None:
    return _value_span(t.value) if t is not None and t.value else None


@lru_cache(maxsize=4096)
def _value_span(value: str) -> tuple[str, str, str] | None:
    """The days a time expression's value spans (a pure function of the value, asked for every pair of a mention
    and an incident)."""
    if (week := week_span(value)) is not None:
        return week
    span = timex_span(value)
    if span is None or span[0] is None or span[1] is None:
        return None
    return span[0], span[1], span[2]


def dates_agree(a: TimeExpression | None, b: TimeExpression | None) -> bool:
    """No day of its own that differs: either has none, the same value, or periods that overlap or lie within a
    week ("last week" and "on Thursday")."""
    if a is None or b is None or a.value == b.value:
        return True
    sa, sb = day_span(a), day_span(b)
    if sa is None or sb is None:
        return not (a.value and b.value) or a.value.startswith(b.value) or b.value.startswith(a.value)
    if "week" in (sa[2], sb[2]):  # "last week" said on a Sunday may mean the past seven days
        return sa[0] <= plus_days(sb[1], 4) and sb[0] <= plus_days(sa[1], 4)
    return sa[0] <= sb[1] and sb[0] <= sa[1]


@lru_cache(maxsize=4096)
def plus_days(day: str, days: int) -> str:
    parsed = parse_iso_day(day[:10])
    later = shift_days(parsed, days) if parsed is not None else None
    return later.isoformat() if later is not None else day

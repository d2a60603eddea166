"""Rules for expressions relative to the document date (see :mod:`sitrep.nlp.timex`)."""

from __future__ import annotations

import datetime as dt

from sitrep.dates import add_months, month_value, shift_days, shift_weeks, week_value, weekday_date
from sitrep.nlp import timex_lex as lx
from sitrep.nlp.timex_abs import Match, cand, next_word, prev_word
from sitrep.nlp.timex_cal import (
    SEASON_CODE,
    UNKNOWN_VALUE,
    Cand,
    Ctx,
    Res,
    edge_quarter,
    season_value,
)

_REL_WORD = {
    "last": "last", "past": "last", "this past": "last", "earlier last": "last", "later last": "last",
    "this": "this", "current": "this", "the current": "this", "earlier this": "this", "later this": "this",
    "next": "next", "coming": "next", "this coming": "next", "the coming": "next", "earlier next": "next",
    "later next": "next",
}  # fmt: skip
_OFFSET = {"last": -1, "this": 0, "next": 1}


def _rel(word: str | None) -> str | None:
    return None if word is None else _REL_WORD.get(" ".join(word.lower().split()))


def rule_season(m: Match, ctx: Ctx) -> list[Cand]:
    """ "last fall" -> 2016-FA, "this summer", "in the winter", "the summer of 2015"."""
    code = SEASON_CODE[m["s"].lower()]
    rel = _rel(m["rel"])
    ry = m["ry"]
    if m["y"] is None and ry is None and ((rel is None and m["trig"] is None) or m["tail"] is not None):
        return []  # "the fall of Mosul", "the Arab Spring"
    start = m.start("rel") if rel else m.start("s")
    if m["y"] is not None:
        return [cand(start, m.end("y"), Res(f"{m['y']}-{code}", "season"))]
    end = m.end("ry") if ry is not None else m.end("s")
    if ctx.doc is None:
        return [cand(start, end, Res(f"XXXX-{code}", "season"))]
    if ry is not None:
        year = ctx.doc.year + _OFFSET[ry.lower().split()[-2]]
        return [cand(start, end, Res(f"{year:04d}-{code}", "season", True))]
    return [cand(start, end, Res(season_value(ctx.doc, code, rel), "season", True))]


def rule_weekday(m: Match, ctx: Ctx) -> list[Cand]:
    """ "on Tuesday": the most recent Tuesday on or before the doc date; "next Tuesday", "last Tuesday"."""
    if next_word(ctx, m.end()) in lx.NEWSPAPERS:
        return []  # "the Sunday Times"
    wd = lx.WEEKDAY_NUM[m["wd"].lower()]
    if ctx.doc is None:
        return [cand(m.start(), m.end(), Res(f"XXXX-WXX-{wd + 1}", "day"))]
    day = weekday_date(ctx.doc, wd, _rel(m["rel"]))
    return [cand(m.start(), m.end(), Res(None if day is None else day.isoformat(), "day", day is not None))]


_DAY_SHIFT = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "last night": -1,
              "tomorrow": 1}  # fmt: skip


def rule_dayword(m: Match, ctx: Ctx) -> list[Cand]:
    """ "yesterday", "today", "tonight", "last night", "this morning"."""
    if ctx.doc is None:
        return [cand(m.start(), m.end(), Res(UNKNOWN_VALUE["day"], "day"))]
    shift = _DAY_SHIFT.get(" ".join(m["w"].lower().split()), 0)
    day = shift_days(ctx.doc, shift)
    return [cand(m.start(), m.end(), Res(None if day is None else day.isoformat(), "day", day is not None))]


def _unknown_unit_value(unit: str) -> tuple[str, str]:
    """(value, precision) of a week/month/year/... without a doc date: "XXXX-WXX", "XXXX-XX", "XXXX"."""
    if unit == "weekend":
        return UNKNOWN_VALUE["week"] + "-WE", "week"
    return UNKNOWN_VALUE[unit], unit


def _unit_value(doc: dt.date, unit: str, offset: int) -> tuple[str | None, str]:
    """(value, precision) of the week/month/year/... ``offset`` units from the one containing ``doc``.

    The value is None for a week past the calendar's edge ("last week" in an article of 0001-01-01).
    """
    if unit in ("week", "weekend"):
        day = shift_weeks(doc, offset)
        if day is None:
            return None, "week"
        value = week_value(day)
        return (value + "-WE", "week") if unit == "weekend" else (value, "week")
    if unit == "month":
        return month_value(*add_months(doc.year, doc.month, offset)), "month"
    if unit == "quarter":
        year, quarter = divmod(doc.year * 4 + (doc.month - 1) // 3 + offset, 4)
        return f"{year:04d}-Q{quarter + 1}", "quarter"
    if unit == "decade":
        return str(doc.year // 10 + offset), "decade"
    return f"{doc.year + offset:04d}", "year"


def rule_rel_unit(m: Match, ctx: Ctx) -> list[Cand]:
    """ "last week", "this month", "next year", "earlier this month", "this past weekend"."""
    rel = _rel(m["rel"])
    if rel is None or prev_word(ctx, m.start()) in lx.POSSESSIVES:
        return []
    unit = m["u"].lower()
    if ctx.doc is None:
        return [cand(m.start(), m.end(), Res(*_unknown_unit_value(unit)))]
    offset = _OFFSET[rel]
    if unit == "weekend" and rel == "last" and ctx.doc.weekday() >= 5:
        offset = -1
    elif unit == "weekend" and rel == "this" and ctx.doc.weekday() == 0:
        offset = -1  # "this weekend" in a Monday article: the one just past
    value, precision = _unit_value(ctx.doc, unit, offset)
    return [cand(m.start(), m.end(), Res(value, precision, value is not None))]


def rule_the_weekend(m: Match, ctx: Ctx) -> list[Cand]:
    """ "over the weekend": the most recent weekend, the current one if the doc date falls on it."""
    if ctx.doc is None:
        return [cand(m.start("w"), m.end("w"), Res(UNKNOWN_VALUE["week"] + "-WE", "week"))]
    back = 0 if ctx.doc.weekday() >= 5 else ctx.doc.weekday() + 1  # Monday -> the Sunday before
    day = shift_days(ctx.doc, -back)
    value = None if day is None else week_value(day) + "-WE"
    return [cand(m.start("w"), m.end("w"), Res(value, "week", value is not None))]


_EDGE_MOD = {"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}


def rule_end_of(m: Match, ctx: Ctx) -> list[Cand]:
    """ "the end of the month" -> the doc month, mod END; "the end of the year" -> the doc year's Q4, mod END."""
    mod = _EDGE_MOD[m["which"].lower()]
    unit = m["u"].lower()
    value, precision = _unknown_unit_value(unit) if ctx.doc is None else _unit_value(ctx.doc, unit, 0)
    quarter = edge_quarter(value, mod)
    if quarter is not None:
        value, precision = quarter, "quarter"
    return [cand(m.start(), m.end(), Res(value, precision, ctx.doc is not None, mod))]


_APPROX_NONE = frozenset({"only", "just", "exactly", "precisely"})


def _ago_value(doc: dt.date | None, unit: str, amount: int, half: bool) -> tuple[str, str] | None:
    """(value, precision) of ``amount`` units (signed) from the doc date; X-filled at that precision without one."""
    if doc is None:
        if unit in ("minute", "hour"):
            return _unknown_unit_value("day")
        return _unknown_unit_value("month" if half and unit == "year" else unit)
    if unit in ("minute", "hour"):
        day = shift_days(doc, int(amount / 24) if unit == "hour" else 0)
        return None if day is None else (day.isoformat(), "day")
    if unit in ("day", "week"):
        day = shift_days(doc, amount * (7 if unit == "week" else 1))
        if day is None:
            return None
        return (day.isoformat(), "day") if unit == "day" else (week_value(day), "week")
    if unit == "month" or (half and unit == "year"):
        months = amount if unit == "month" else amount * 12 + (6 if amount > 0 else -6)
        return month_value(*add_months(doc.year, doc.month, months)), "month"
    years = amount * (10 if unit == "decade" else 1)
    return f"{doc.year + years:04d}", "year"


def rule_ago(m: Match, ctx: Ctx) -> list[Cand]:
    """ "six months ago" -> 2017-06, "about two years ago" (mod APPROX), "a few weeks ago", "two weeks from now"."""
    n_word = " ".join(m["n"].lower().split())
    if n_word in ("many", "some"):
        return [cand(m.start(), m.end(), Res("PAST_REF" if m["dir"].lower() == "ago" else "FUTURE_REF", "unknown"))]
    amount = int(n_word) if n_word.isdigit() else lx.NUMBER_WORDS[n_word]
    approx = m["approx"]
    fuzzy = n_word in lx.FUZZY_NUMBERS or (m["half"] is not None and m["u"].lower().startswith("month"))
    mod = "APPROX" if fuzzy or (approx is not None and " ".join(approx.lower().split()) not in _APPROX_NONE) else None
    sign = -1 if m["dir"].lower() == "ago" else 1
    unit = m["u"].lower().rstrip("s")
    value = _ago_value(ctx.doc, unit, sign * amount, m["half"] is not None)
    if value is None:
        return [cand(m.start(), m.end(), Res(None, "unknown", False, mod))]
    return [cand(m.start(), m.end(), Res(value[0], value[1], ctx.doc is not None, mod))]


def rule_bare_ago(m: Match, ctx: Ctx) -> list[Cand]:
    """ "years ago" -> PAST_REF."""
    return [cand(m.start(), m.end(), Res("PAST_REF", "unknown"))]


def rule_past_ref(m: Match, ctx: Ctx) -> list[Cand]:
    """ "recently", "in recent weeks", "the past few months" -> PAST_REF (not a date)."""
    return [cand(m.start(), m.end(), Res("PAST_REF", "unknown"))]


def rule_future_ref(m: Match, ctx: Ctx) -> list[Cand]:
    """ "the next few days", "the coming weeks", "the near future" -> FUTURE_REF (not a date)."""
    return [cand(m.start(), m.end(), Res("FUTURE_REF", "unknown"))]


def rule_present_ref(m: Match, ctx: Ctx) -> list[Cand]:
    """ "now", "currently", "at present" -> PRESENT_REF."""
    return [cand(m.start(), m.end(), Res("PRESENT_REF", "unknown"))]

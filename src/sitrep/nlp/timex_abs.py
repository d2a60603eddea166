"""Rules for calendar dates, months, years, decades and quarters (see :mod:`sitrep.nlp.timex`).

Each rule takes a regex match and the context and returns candidate spans; a rule that decides the match is not a
date returns an empty list.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.dates import make_date, month_value, valid_month_day
from sitrep.nlp import timex_lex as lx
from sitrep.nlp.timex_cal import (
    Cand,
    Ctx,
    Res,
    solar_year_start,
    year_for_month,
    year_for_month_day,
    year_for_quarter,
)

Match = re.Match[str]
_REL_OFFSET = {"last": -1, "this": 0, "next": 1}


def cand(start: int, end: int, res: Res) -> Cand:
    return Cand(start, end, res.value, res.precision, res.anchored, res.mod)


def _month(name: str) -> int:
    return lx.MONTH_NUM[name.rstrip(".").lower()]


def _rel_year_offset(m: Match) -> int | None:
    """Offset in years of a trailing "last year"/"this year"/"next year", None when absent."""
    ry = m.group("ry")
    if ry is None:
        return None
    words = ry.lower().split()
    return _REL_OFFSET[words[-2]]


def _day_res(ctx: Ctx, m: Match) -> Res | None:
    """Resolve the month/day(/year) groups shared by the "December 2, 2017" and "2 December 2017" rules."""
    month, day = _month(m["mon"]), int(m["d"].rstrip("stndrh"))
    if not valid_month_day(month, day):
        return None
    if m["y"] is not None:
        date = make_date(int(m["y"]), month, day)
        return None if date is None else Res(date.isoformat(), "day")
    offset = _rel_year_offset(m)
    if ctx.doc is None:
        return Res(f"XXXX-{month:02d}-{day:02d}", "day")
    if offset is not None:
        year = ctx.doc.year + offset
    else:
        found = year_for_month_day(ctx.doc, month, day)
        if found is None:
            return Res(None, "day")  # the year would be past the calendar
        year = found
        if m["wd"] is not None:  # "Tuesday, November 28": prefer the year in which the weekday agrees
            want = lx.WEEKDAY_NUM[m["wd"].lower()]
            for cand_year in (year, year - 1, year + 1):
                date = make_date(cand_year, month, day)
                if date is not None and date.weekday() == want:
                    year = cand_year
                    break
    date = make_date(year, month, day)
    return None if date is None else Res(date.isoformat(), "day", True)


def rule_day(m: Match, ctx: Ctx) -> list[Cand]:
    res = _day_res(ctx, m)
    return [] if res is None else [cand(m.start(), m.end(), res)]


def rule_month_year(m: Match, ctx: Ctx) -> list[Cand]:
    return [cand(m.start(), m.end(), Res(month_value(int(m["y"]), _month(m["mon"])), "month"))]


def rule_iso(m: Match, ctx: Ctx) -> list[Cand]:
    date = make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return [] if date is None else [cand(m.start(), m.end(), Res(date.isoformat(), "day"))]


def rule_numeric(m: Match, ctx: Ctx) -> list[Cand]:
    """26/1/2018 (D/M/Y since 26 > 12), 1/26/2018 (M/D/Y), 30 04 2019; 3/4/2018 is ambiguous and gets value None,
    unless only one reading falls in the fortnight up to the document's date (news tells of recent days)."""
    raw_year = m["y"]
    if len(raw_year) == 2:
        if m["sep"] != "/":
            return []
        year = 2000 + int(raw_year) if int(raw_year) < 50 else 1900 + int(raw_year)
    else:
        year = int(raw_year)
        if not 1900 <= year <= 2099:
            return []
    a, b = int(m["a"]), int(m["b"])
    options = {(mo, d) for mo, d in ((b, a), (a, b)) if make_date(year, mo, d) is not None}
    if not options:
        return []
    if len(options) > 1 and ctx.doc is not None:
        doc = ctx.doc
        recent = {(mo, d) for mo, d in options if -1 <= (doc - dt.date(year, mo, d)).days <= 14}
        options = recent if len(recent) == 1 else options
    if len(options) > 1:
        return [cand(m.start(), m.end(), Res(None, "day"))]
    (month, day) = options.pop()
    return [cand(m.start(), m.end(), Res(f"{year:04d}-{month:02d}-{day:02d}", "day"))]


def prev_word(ctx: Ctx, pos: int) -> str:
    """The word before ``pos`` (lower case), or ""."""
    pm = lx.PREV_WORD.search(ctx.text, max(0, pos - 30), pos)
    return "" if pm is None else pm["w"].lower()


def next_word(ctx: Ctx, pos: int) -> str:
    """The word at ``pos`` (as written), or ""."""
    nm = lx.NEXT_WORD.match(ctx.text, pos)
    return "" if nm is None else nm["w"]


def _has_date_context(ctx: Ctx, pos: int) -> bool:
    """True if a year, month or season name occurs shortly before ``pos`` ("between 2001 and 2014")."""
    return lx.DATE_CONTEXT.search(ctx.text, max(0, pos - 40), pos) is not None


_WEAK = frozenset({"to", "and", "or"})
_COUNTABLE = frozenset(
    {"to", "and", "or", "around", "of", "by", "over", "than", "with", "for"}
)  # "of 2000 trucks": a count when a plural follows


def rule_year(m: Match, ctx: Ctx) -> list[Cand]:
    """A 4-digit year after a temporal trigger word: "in 2015", "since 2001", "the 2015 elections"."""
    trig = (m["trig"] or "c.").lower()
    following = next_word(ctx, m.end())
    if following.lower() in lx.COUNT_NOUNS:
        return []
    if trig in _WEAK and not _has_date_context(ctx, m.start()):
        return []
    if trig in _COUNTABLE and following.islower() and following.endswith("s"):
        return []
    if trig == "of" and prev_word(ctx, m.start()) in lx.QUANTITY_WORDS:
        return []
    if trig == "the" and following[:1].isupper():
        return []  # "the 2000 Club"
    if trig == "than" and prev_word(ctx, m.start()) in _MORE_LESS:
        return []  # "killed more than 2000."
    return [cand(m.start("y"), m.end(), Res(m["y"], "year"))]


_MORE_LESS = frozenset({"more", "less", "fewer"})


def rule_bare_year(m: Match, ctx: Ctx) -> list[Cand]:
    """A year closing a clause after a plain word: "until his death 2009.", "the offensive that began 2014, ..."."""
    if m["w"].lower() in lx.BARE_YEAR_STOP:
        return []  # "more than 2000.", "Issue 2009.", "page 2015,"; trigger words are left to ``rule_year``
    year = int(m["y"])
    if not 1900 <= year <= (2100 if ctx.doc is None else ctx.doc.year + 1):
        return []
    return [cand(m.start("y"), m.end("y"), Res(m["y"], "year"))]


def rule_year_range(m: Match, ctx: Ctx) -> list[Cand]:
    """ "2001-2014": two years."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 <= y1 or next_word(ctx, m.end()).lower() in lx.COUNT_NOUNS:
        return []
    return [cand(m.start("y1"), m.end("y1"), Res(m["y1"], "year")), cand(m.start("y2"), m.end(), Res(m["y2"], "year"))]


def rule_decade(m: Match, ctx: Ctx) -> list[Cand]:
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    return [cand(m.start(), m.end(), Res(m["dec"], "decade", False, mod))]


_MAY_OK = frozenset({"in", "since", "until", "till", "through", "throughout", "during", "early", "mid", "late", "last",
                     "next", "this", "around", "between"})  # fmt: skip
_EDGE_WORDS = frozenset({"end", "beginning", "start", "middle", "month", "close"})


def rule_bare_month(m: Match, ctx: Ctx) -> list[Cand]:
    """A month name after a trigger word: "in May", "since March", "early January", "last October"."""
    trig, name = m["trig"].lower(), m["mon"]
    if name == "May" and trig not in _MAY_OK and not (trig == "of" and prev_word(ctx, m.start()) in _EDGE_WORDS):
        return []  # "by May", "the May government": too often Theresa May
    if name == "May" and ctx.text.startswith(("'s", "’s"), m.end("mon")):
        return []  # "in May's cabinet"
    if trig in _WEAK and not _has_date_context(ctx, m.start()):
        return []
    if trig in {"the", "a", "an"} and (not next_word(ctx, m.end()).islower() or next_word(ctx, m.end()) == "of"):
        return []  # "the March offensive" yes; "the Long March", "the March of ..." no
    rel = trig if trig in _REL_OFFSET else None
    start = m.start("trig") if rel else m.start("mon")
    month = _month(name)
    offset = _rel_year_offset(m)
    if ctx.doc is None:
        return [cand(start, m.end(), Res(f"XXXX-{month:02d}", "month"))]
    year = ctx.doc.year + offset if offset is not None else year_for_month(ctx.doc, month, rel)
    return [cand(start, m.end(), Res(month_value(year, month), "month", True))]


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def rule_quarter(m: Match, ctx: Ctx) -> list[Cand]:
    """ "the fourth quarter of 2015" -> 2015-Q4, "the first half of this year" -> 2017-H1."""
    unit = "Q" if m["u"].lower() == "quarter" else "H"
    last = 4 if unit == "Q" else 2
    num = _ORDINALS.get(m["ord"].lower(), last)
    if num > last:
        return []
    anchored = False
    if m["y"] is not None:
        year: int | None = int(m["y"])
    elif ctx.doc is None:
        year = None
    else:
        word = m["rely"].lower().split()[0]
        anchored = True
        quarter = num if unit == "Q" else num * 2 - 1
        year = ctx.doc.year + _REL_OFFSET[word] if word in _REL_OFFSET else year_for_quarter(ctx.doc, quarter)
    value = f"XXXX-{unit}{num}" if year is None else f"{year:04d}-{unit}{num}"
    return [cand(m.start(), m.end(), Res(value, "quarter" if unit == "Q" else "half", anchored))]


def rule_quarter_code(m: Match, ctx: Ctx) -> list[Cand]:
    """ "Q4 2015", "H1 2017"."""
    if m["u"] == "H" and int(m["q"]) > 2:
        return []
    precision = "quarter" if m["u"] == "Q" else "half"
    return [cand(m.start(), m.end(), Res(f"{m['y']}-{m['u']}{m['q']}", precision))]


def rule_solar_explicit(m: Match, ctx: Ctx) -> list[Cand]:
    """ "the Afghan year 1396" -> 2017-03-21 (Solar Hijri year start)."""
    year = int(m["sy"]) + 621
    return [cand(m.start(), m.end(), Res(f"{year:04d}-03-21", "year"))]


def rule_solar_rel(m: Match, ctx: Ctx) -> list[Cand]:
    """ "the past Afghan calendar year" -> the Solar Hijri year that ended before the doc date, as its start day."""
    rel = m["rel"].lower().split()[-1]
    offset = {"past": -1, "last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if m["rel"].lower().split()[0] == "this" and rel == "past":
        offset = -1
    value = "XXXX-03-21" if ctx.doc is None else solar_year_start(ctx.doc, offset)
    return [cand(m.start(), m.end(), Res(value, "year", ctx.doc is not None))]

"""Time expressions in news text, normalized to TIMEX3 values against the document's date.

``find_timexes(text, doc_date)`` is a pure function over plain text: a set of precompiled regular expressions
proposes candidate spans, each rule resolves its match (``timex_abs`` for calendar dates, ``timex_rel`` for
expressions relative to the document date), overlapping candidates are settled longest-first, and modifiers in
front of a span ("early", "mid-", "late", "the end of", "around") are folded into it.

Conventions (the choices made where the task is ambiguous):

* Spans start at the temporal phrase itself: "on Tuesday" gives "Tuesday", "in May 2017" gives "May 2017"; a
  relational word that is part of the phrase is kept ("last month", "December 17 last year", "six months ago",
  "about six months ago", "early January", "the end of 2015", "the 1990s", "the past Afghan calendar year").
* Values are TIMEX3: "2017-11-28" (day), "2017-W48" (ISO week), "2017-W47-WE" (weekend), "2017-06" (month),
  "2015-Q4" (quarter), "2017-H1" (half-year, precision "half"), "2015-FA" (season: SP/SU/FA/WI; a winter is
  labelled by the year it starts in), "2017" (year), "199" (the 1990s, precision "decade").
* "early"/"late" and "the beginning/start/end/close of" a year name its first/last quarter: "early 2017" is
  "2017-Q1" (mod START), "late 2015" and "the end of 2015" are "2015-Q4" (mod END), "late last year" and "the end of
  the year" the last quarter of the resolved year (precision "quarter"). "mid-2015" and "the middle of 2015" stay the
  year "2015" (mod MID); month-level modifiers keep the month ("early January" is "2017-01", mod START).
* A 4-digit year needs a trigger word before it ("in 2015", "since 2001", "the 2015 elections", "around 2015"), or
  must close a clause after a plain word: directly followed by ".", ",", ";", ")" or the end of the text ("until his
  death 2009.", "the offensive that began 2014, officials said"), within 1900 to the doc year + 1 (2100 without a doc
  date). Quantity and reference words before it make it a number ("more than 2000.", "a total of 2000.", "Issue
  2009.", "page 2015,", "call 2009."), as does a number before it (phone numbers).
  "PRESENT_REF" ("now", "currently"), "PAST_REF" ("recently", "in recent weeks", "years ago") and "FUTURE_REF"
  ("the next few days", "the coming weeks") have precision "unknown" and are not anchored.
* Year-less dates take the year in which they fall at most ~1 month after the doc date (an article of 2016-04-05
  saying "December 17" means 2015-12-17). Bare month names ("in July", "since March") take the most recent such
  month not after the doc month; "last March" is strictly before it, "next March" strictly after.
  Weekdays are the most recent such day on or before the doc date ("last Tuesday": strictly before).
* Numeric dates: D/M/Y when the first number is over 12, M/D/Y when the second is, value None when both readings
  are valid ("3/4/2018"). "9/11" and "24/7" have no year and are never dates.
* Afghan (Solar Hijri) years run from March 21: "the past Afghan calendar year" in an article of 2017-04-10 is
  "2016-03-21" (precision "year"); "the Afghan year 1396" is "2017-03-21".
* Without a document date nothing relative is invented: relative expressions get a TIMEX3 value with X for every
  digit that depends on the doc date, at their precision, and are not anchored. Year-less dates become
  "XXXX-12-17", months "XXXX-03", seasons "XXXX-FA"; "yesterday", "tonight", "3 days ago" "XXXX-XX-XX" (day);
  "last week", "two weeks ago" "XXXX-WXX" and "the weekend" "XXXX-WXX-WE" (week); "last month", "earlier this
  month", "six months ago" "XXXX-XX" (month); "last year", "two years ago" "XXXX" (year); "the last decade" "XXX";
  "the first half of this year" "XXXX-H1"; "early last year" "XXXX-Q1". Weekdays keep the known weekday in ISO week
  form: "on Tuesday" is "XXXX-WXX-2" (day). Absolute expressions are unaffected: an ambiguous numeric date
  ("3/4/2018") keeps value None, since its day/month order, not its year, is unknown; PRESENT_REF, PAST_REF and
  FUTURE_REF are unchanged.
* Durations ("2 hours", "16 years of war", "the past two years") and clock times are not returned.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from sitrep.dates import parse_iso_day
from sitrep.lexicon.regex_literals import GateSet, folded, gates
from sitrep.nlp import timex_abs as ab
from sitrep.nlp import timex_lex as lx
from sitrep.nlp import timex_rel as rl
from sitrep.nlp.timex_cal import Cand, Ctx, edge_quarter

__all__ = ["Timex", "find_timexes"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str
    anchored: bool
    mod: str | None


Rule = Callable[[re.Match[str], Ctx], list[Cand]]

_RULES: tuple[tuple[re.Pattern[str], Rule], ...] = (
    (lx.MDY, ab.rule_day),
    (lx.DMY, ab.rule_day),
    (lx.MY, ab.rule_month_year),
    (lx.ISO, ab.rule_iso),
    (lx.NUMERIC, ab.rule_numeric),
    (lx.NUMERIC_SPACED, ab.rule_numeric),
    (lx.YEAR_TRIG, ab.rule_year),
    (lx.BARE_YEAR, ab.rule_bare_year),
    (lx.YEAR_RANGE, ab.rule_year_range),
    (lx.DECADE, ab.rule_decade),
    (lx.BARE_MONTH, ab.rule_bare_month),
    (lx.QUARTER, ab.rule_quarter),
    (lx.QUARTER_CODE, ab.rule_quarter_code),
    (lx.SOLAR_EXPLICIT, ab.rule_solar_explicit),
    (lx.SOLAR_REL, ab.rule_solar_rel),
    (lx.SEASON, rl.rule_season),
    (lx.WEEKDAY, rl.rule_weekday),
    (lx.DAYWORD, rl.rule_dayword),
    (lx.REL_UNIT, rl.rule_rel_unit),
    (lx.END_OF, rl.rule_end_of),
    (lx.THE_WEEKEND, rl.rule_the_weekend),
    (lx.AGO, rl.rule_ago),
    (lx.BARE_AGO, rl.rule_bare_ago),
    (lx.RECENT, rl.rule_past_ref),
    (lx.FUTURE, rl.rule_future_ref),
    (lx.NOW, rl.rule_present_ref),
)

# the words a rule's pattern cannot match without (``lexicon.regex_literals``): a text with none of them is not searched
_GATE_SET = GateSet(dict(enumerate(gates("timex", [p for p, _ in _RULES]))))
_REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_PREFIX_MOD = {"early": "START", "late": "END", "end": "END", "close": "END", "beginning": "START",
               "start": "START", "outset": "START", "middle": "MID"}  # fmt: skip
_APPROX_PRECISIONS = frozenset({"month", "year", "decade", "season", "quarter", "half"})


def find_timexes(text: str, doc_date: str | None) -> list[Timex]:
    """All time expressions in ``text``, in order, resolved against ``doc_date`` (ISO "2017-12-02" or None).

    An unparseable ``doc_date`` is treated as None.
    """
    ctx = Ctx(text, parse_iso_day(doc_date))
    cands: list[Cand] = []
    possible = _GATE_SET.possible(folded(text))
    for i, (pattern, rule) in enumerate(_RULES):
        if i not in possible:
            continue
        for m in pattern.finditer(text):
            cands.extend(rule(m, ctx))
    out: list[Timex] = []
    prev_end = 0
    for c in _select(cands):
        c = _with_prefix(ctx, c, prev_end)
        # arithmetic before year 1 ("31 years ago" in a year-30 document) has no TIMEX3 value: unknown
        value = None if c.value is not None and c.value.startswith("-") else c.value
        out.append(Timex(c.start, c.end, text[c.start : c.end], value, c.precision, c.anchored, c.mod))
        prev_end = c.end
    return out


def _select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates, longest first (earlier rules win ties), returned in text order."""
    order = sorted(range(len(cands)), key=lambda i: (cands[i].start - cands[i].end, cands[i].start, i))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Cand] = []
    for i in order:
        c = cands[i]
        if c.end <= c.start:
            continue
        pos = bisect.bisect_left(starts, c.start)
        if (pos > 0 and ends[pos - 1] > c.start) or (pos < len(starts) and starts[pos] < c.end):
            continue
        starts.insert(pos, c.start)
        ends.insert(pos, c.end)
        chosen.insert(pos, c)
    return chosen


def _with_prefix(ctx: Ctx, c: Cand, floor: int) -> Cand:
    """Fold a modifier in front of the span into it: "early January" (START), "mid-2015", "around 2015" (APPROX).

    A year with a START/END modifier becomes that year's first/last quarter ("late 2015" -> 2015-Q4, mod END).
    """
    if c.value in _REFS or c.mod is not None:
        return c
    lo = max(floor, c.start - 40)
    m = lx.MOD_PREFIX.search(ctx.text, lo, c.start)
    if m is not None:
        if m["mid"] is not None:
            mod = "MID"
        elif m["endh"] is not None:
            mod = "END"
        else:
            mod = _PREFIX_MOD[(m["el"] or m["edge"]).lower()]
        quarter = edge_quarter(c.value, mod) if c.precision == "year" else None
        if quarter is not None:  # "late 2015" -> 2015-Q4, "early last year" -> Q1 of the previous year
            return c._replace(start=m.start(), value=quarter, precision="quarter", mod=mod)
        return c._replace(start=m.start(), mod=mod)
    if c.precision in _APPROX_PRECISIONS:
        m = lx.APPROX_PREFIX.search(ctx.text, lo, c.start)
        if m is not None:
            return c._replace(start=m.start(), mod="APPROX")
    return c

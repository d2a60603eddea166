"""sitrep.dates: the parsers, the one leap-year rule, and arithmetic that gives None at the calendar's edges."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep import dates
from sitrep.nlp.timex import find_timexes

EARLIEST, LATEST = dt.date.min, dt.date.max  # 0001-01-01 and 9999-12-31
any_day = st.dates(min_value=EARLIEST, max_value=LATEST)
day_offsets = st.integers(min_value=-4_000_000, max_value=4_000_000)  # more than the calendar's whole length
RELS = (None, "this", "last", "next")

# ---------------------------------------------------------------- validation


@pytest.mark.parametrize(("y", "m", "d", "real"), [
    (2016, 2, 29, True), (2017, 2, 29, False), (2000, 2, 29, True), (1900, 2, 29, False), (2100, 2, 29, False),
    (2017, 4, 31, False), (2017, 12, 31, True), (2017, 13, 1, False), (2017, 0, 1, False), (0, 1, 1, False),
    (1, 1, 1, True), (9999, 12, 31, True), (10000, 1, 1, False),
])  # fmt: skip
def test_is_real_day(y: int, m: int, d: int, real: bool) -> None:
    assert dates.is_real_day(y, m, d) is real
    assert (dates.make_date(y, m, d) is not None) is real


def test_month_day_in_some_year() -> None:
    assert dates.valid_month_day(2, 29)
    assert not dates.valid_month_day(2, 30) and not dates.valid_month_day(13, 1) and not dates.valid_month_day(4, 0)


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=-3, max_value=16))
def test_month_length_follows_the_gregorian_rule(year: int, month: int) -> None:
    length = dates.month_length(year, month)
    if not 1 <= month <= 12:
        assert length is None
        return
    assert length == calendar.monthrange(year, month)[1]
    assert dates.is_real_day(year, month, length) and not dates.is_real_day(year, month, length + 1)


# ---------------------------------------------------------------- parsing


@pytest.mark.parametrize(("text", "day"), [
    ("2017-12-02", dt.date(2017, 12, 2)), (" 2017-12-02T08:30:00Z", dt.date(2017, 12, 2)),
    ("2017-02-30", None), ("2017-12", None), ("Dec 2, 2017", None), ("", None), (None, None),
])  # fmt: skip
def test_parse_iso_day(text: str | None, day: dt.date | None) -> None:
    assert dates.parse_iso_day(text) == day


@pytest.mark.parametrize(("value", "iso"), [
    ("2019-03-07", "2019-03-07"), ("2019-03-07T16:45:00+04:30", "2019-03-07"), ("  2019-03-07 ", "2019-03-07"),
    ("Thursday, March 7, 2019", "2019-03-07"), ("7 March 2019 at noon", "2019-03-07"), ("2019-02-29", None),
    ("sometime", None), ("", None), (None, None),
])  # fmt: skip
def test_normalize_published(value: str | None, iso: str | None) -> None:
    assert dates.normalize_published(value) == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("The piece ran on Wednesday, Aug. 14, 2019 in print.", "2019-08-14"),
    ("It was first posted on the 9th of October 2015.", "2015-10-09"),
    ("posted 2015-10-9 by staff", "2015-10-09"),
    ("dated 28/2/2011", "2011-02-28"), ("dated 2/28/2011", "2011-02-28"), ("dated 5.5.2011", "2011-05-05"),
    ("dated 6/7/2011", None),  # day and month order unknown
    ("Feb 30, 2011", None), ("March 3, 1899", None), ("no date at all", None),
])  # fmt: skip
def test_parse_text_date(text: str, iso: str | None) -> None:
    assert dates.parse_text_date(text, now=dt.date(2020, 1, 1)) == iso


def test_parse_text_date_refuses_the_future() -> None:
    now = dt.date(2019, 8, 14)
    assert dates.parse_text_date("on Aug. 16, 2019", now=now) == "2019-08-16"  # up to two days ahead
    assert dates.parse_text_date("on Aug. 17, 2019", now=now) is None
    assert dates.parse_text_date("on Dec. 31, 9999", now=LATEST) == "9999-12-31"  # no overflow near the end


def test_bare_date_lines() -> None:
    assert dates.BARE_DATE.match("Monday, 12 June 2017 | 10:42 AM")
    assert dates.BARE_DATE.match("2017-6-12")
    assert not dates.BARE_DATE.match("The attack came on 12 June 2017.")


@pytest.mark.parametrize(("value", "iso"), [
    ("2018-11-04T07:00:00+00:00", "2018-11-04"), ("2018/11/4", "2018-11-04"), ("20181104", "2018-11-04"),
    ("20181104T0700", "2018-11-04"), ("November 4th, 2018", "2018-11-04"), ("4 Nov 2018", "2018-11-04"),
    ("Nov. 4, 2018", "2018-11-04"), ("04.11.2018", "2018-11-04"), ("04/11/2018", "2018-11-04"),
    ("1989-12-31", None), ("2018-11-31", None), ("yesterday", None), ("", None), (None, None),
])  # fmt: skip
def test_parse_page_date(value: str | None, iso: str | None) -> None:
    assert dates.parse_page_date(value) == iso


@pytest.mark.parametrize(("value", "span"), [
    ("2013", ("2013-01-01", "2013-12-31", "year")),
    ("2013-09", ("2013-09-01", "2013-09-30", "month")),
    ("2012-02", ("2012-02-01", "2012-02-29", "month")),
    ("1900-02", ("1900-02-01", "1900-02-28", "month")),
    ("2013-09-21", ("2013-09-21", "2013-09-21", "day")),
    ("XXXX-09", (None, None, "unknown")), ("XXXX", (None, None, "unknown")), ("XXXX-WXX-3", (None, None, "unknown")),
    ("2013-13", None), ("2013-W38", None), ("2013-Q3", None), ("2013-SU", None), ("201", None), ("PAST_REF", None),
])  # fmt: skip
def test_timex_span(value: str, span: tuple[str | None, str | None, str] | None) -> None:
    assert dates.timex_span(value) == span


@pytest.mark.parametrize(("value", "bounds"), [
    ("2013", ("2013-01-01", "2013-12-31")), ("2013-09", ("2013-09-01", "2013-09-30")),
    ("2013-09-21", ("2013-09-21", "2013-09-21")), ("2013-09-21T06:00", ("2013-09-21", "2013-09-21")),
    (" 2013-09 ", ("2013-09-01", "2013-09-30")), ("2013-Q1", ("2013-01-01", "2013-03-31")),
    ("2012-Q1", ("2012-01-01", "2012-03-31")), ("2013-H2", ("2013-07-01", "2013-12-31")),
    ("XXXX-09", None), ("2013-13", None), ("2013-Q5", None), ("", None), (None, None),
])  # fmt: skip
def test_period(value: str | None, bounds: tuple[str, str] | None) -> None:
    assert dates.period(value) == bounds


# ---------------------------------------------------------------- arithmetic


@given(any_day, day_offsets)
def test_shift_days_is_none_exactly_outside_the_calendar(day: dt.date, days: int) -> None:
    target = day.toordinal() + days
    shifted = dates.shift_days(day, days)
    if 1 <= target <= LATEST.toordinal():
        assert shifted is not None and shifted.toordinal() == target
    else:
        assert shifted is None


@given(any_day, st.integers(min_value=-600_000, max_value=600_000))
def test_shift_weeks(day: dt.date, weeks: int) -> None:
    assert dates.shift_weeks(day, weeks) == dates.shift_days(day, 7 * weeks)


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=12),
       st.integers(min_value=-200_000, max_value=200_000))  # fmt: skip
def test_add_months_round_trips(year: int, month: int, delta: int) -> None:
    y, m = dates.add_months(year, month, delta)
    assert 1 <= m <= 12
    assert (y * 12 + m) - (year * 12 + month) == delta
    assert dates.add_months(y, m, -delta) == (year, month)


@given(any_day, st.integers(min_value=0, max_value=6), st.sampled_from(RELS))
def test_weekday_date(day: dt.date, weekday: int, rel: str | None) -> None:
    found = dates.weekday_date(day, weekday, rel)
    gap = {"next": range(1, 8), "last": range(-7, 0)}.get(rel or "", range(-6, 1))
    expected = [o for o in gap if (day.toordinal() + o - 1) % 7 == weekday]  # ordinal 1 is a Monday
    assert len(expected) == 1
    target = day.toordinal() + expected[0]
    if 1 <= target <= LATEST.toordinal():
        assert found is not None and found.toordinal() == target and found.weekday() == weekday
    else:
        assert found is None


def test_weekday_date_at_the_edges() -> None:
    assert dates.weekday_date(LATEST, 4, "next") is None  # 9999-12-31 is a Friday
    assert dates.weekday_date(LATEST, 4, None) == LATEST
    assert dates.weekday_date(EARLIEST, 0, "last") is None  # 0001-01-01 is a Monday
    assert dates.weekday_date(EARLIEST, 6, None) is None
    assert dates.weekday_date(EARLIEST, 0, "next") == dt.date(1, 1, 8)


@given(any_day)
def test_week_and_month_labels(day: dt.date) -> None:
    year, week, _ = day.isocalendar()
    assert dates.week_value(day) == f"{year:04d}-W{week:02d}"
    assert dates.month_value(day.year, day.month) == day.isoformat()[:7]


# ---------------------------------------------------------------- the time-expression rules at the edges

RELATIVE = [
    "last week", "next week", "this weekend", "last weekend", "next weekend", "over the weekend", "next Friday",
    "last Monday", "on Sunday", "yesterday", "the day after tomorrow", "three weeks ago", "two weeks from now",
    "December 17", "January 5", "Friday, December 31", "last month", "next year", "six months ago", "last winter",
    "48 hours ago", "the end of the week",
]  # fmt: skip
EDGE_DAYS = st.one_of(
    st.dates(min_value=EARLIEST, max_value=dt.date(1, 2, 15)),
    st.dates(min_value=dt.date(9999, 11, 15), max_value=LATEST),
    any_day,
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(RELATIVE), EDGE_DAYS)
def test_relative_expressions_never_raise(phrase: str, doc: dt.date) -> None:
    text = f"Fighting resumed {phrase}, officials said."
    assert all(text[t.start : t.end] == t.text for t in find_timexes(text, doc.isoformat()))


@pytest.mark.parametrize(("phrase", "doc"), [
    ("last week", "0001-01-01"), ("over the weekend", "0001-01-01"), ("on Sunday", "0001-01-01"),
    ("next Friday", "9999-12-31"), ("next week", "9999-12-30"), ("January 5", "9999-12-20"),
])  # fmt: skip
def test_edge_results_are_unknown(phrase: str, doc: str) -> None:
    (found,) = find_timexes(f"Fighting resumed {phrase}.", doc)
    assert found.text == phrase.removeprefix("on ").removeprefix("over ")
    assert found.value is None and not found.anchored


def test_inside_the_calendar_nothing_is_lost() -> None:
    (found,) = find_timexes("Fighting resumed on Friday.", "9999-12-31")
    assert found.value == "9999-12-31"
    (found,) = find_timexes("Fighting resumed next Monday.", "0001-01-01")
    assert found.value == "0001-01-08"
    (found,) = find_timexes("Fighting resumed December 17.", "9999-12-20")
    assert found.value == "9999-12-17"

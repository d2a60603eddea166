"""Time expressions: spans, TIMEX3 values, modifiers, and no false positives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.nlp.timex import Timex, find_timexes

SAT = "2017-12-02"  # a Saturday
SPRING = "2016-04-05"  # a Tuesday
AFGHAN = "2017-04-10"  # a Monday, after the Solar Hijri new year (March 21)


def one(text: str, doc: str | None, span: str) -> Timex:
    """The single timex whose text is ``span``."""
    found = find_timexes(text, doc)
    hits = [t for t in found if t.text == span]
    assert len(hits) == 1, f"{span!r} not found once in {[t.text for t in found]}"
    return hits[0]


# (text, doc date, expected span, value, precision, mod)
Case = tuple[str, str, str, str | None, str, str | None]
ABSOLUTE: list[Case] = [
    ("Officials said on December 02, 2017 that the road closed.", SAT, "December 02, 2017", "2017-12-02", "day", None),
    ("The strike happened on Dec. 2, 2017, near Mosul.", SAT, "Dec. 2, 2017", "2017-12-02", "day", None),
    ("The strike happened on 2 December 2017.", SAT, "2 December 2017", "2017-12-02", "day", None),
    ("Report dated 26/1/2018 from the ministry.", SAT, "26/1/2018", "2018-01-26", "day", None),
    ("Report dated 1/26/2018 from the ministry.", SAT, "1/26/2018", "2018-01-26", "day", None),
    ("Report dated 3/4/2018 from the ministry.", SAT, "3/4/2018", None, "day", None),
    # an ambiguous date is read the way that falls in the fortnight before the document's date, if only one does
    ("Report dated 3/4/2018 from the ministry.", "2018-04-09", "3/4/2018", "2018-04-03", "day", None),
    ("Report dated 3/4/2018 from the ministry.", "2018-03-05", "3/4/2018", "2018-03-04", "day", None),
    ("On 28 02 2019, gunmen shot a cleric.", SAT, "28 02 2019", "2019-02-28", "day", None),
    ("On 07 05 2019, gunmen shot a cleric.", "2019-05-08", "07 05 2019", "2019-05-07", "day", None),
    ("Published 2017-12-02 by the agency.", SAT, "2017-12-02", "2017-12-02", "day", None),
    ("Published 2017/12/02 by the agency.", SAT, "2017/12/02", "2017-12-02", "day", None),
    ("Signed 26.01.2018 in Kabul.", SAT, "26.01.2018", "2018-01-26", "day", None),
    ("The deal expires on 30-April-2019.", SAT, "30-April-2019", "2019-04-30", "day", None),
    ("The city fell in May 2017 after months of siege.", SAT, "May 2017", "2017-05", "month", None),
    ("The group was founded in 2015 in Raqqa.", SAT, "2015", "2015", "year", None),
    ("Talks collapsed in September 2017.", SAT, "September 2017", "2017-09", "month", None),
    ("Talks collapsed in March of 2016.", SAT, "March of 2016", "2016-03", "month", None),
    ("Militants attacked the base on March 18.", SAT, "March 18", "2017-03-18", "day", None),
    ("Militants attacked the base on December 17.", SPRING, "December 17", "2015-12-17", "day", None),
    ("Militants attacked the base on January 13.", SAT, "January 13", "2017-01-13", "day", None),
    ("Militants attacked the base on May 1.", SPRING, "May 1", "2016-05-01", "day", None),
    ("Voting is due on January 5.", "2017-12-28", "January 5", "2018-01-05", "day", None),
    ("Militants attacked the base on the 18th of March, 2017.", SAT, "18th of March, 2017", "2017-03-18", "day", None),
    ("KABUL, Sunday, 26 November 2017 (AP)", SAT, "Sunday, 26 November 2017", "2017-11-26", "day", None),
    ("The raid on Tuesday, November 28, killed five.", SAT, "Tuesday, November 28", "2017-11-28", "day", None),
    ("MOSUL, MARCH 18, 2017 - Iraqi forces advanced.", SAT, "MARCH 18, 2017", "2017-03-18", "day", None),
    ("Civil war raged through the 1990s.", SAT, "the 1990s", "199", "decade", None),
    ("Civil war raged in the early 2000s.", SAT, "the early 2000s", "200", "decade", "START"),
    ("The Taliban ruled until 2001.", SAT, "2001", "2001", "year", None),
    ("The 2015 elections were disputed.", SAT, "2015", "2015", "year", None),
    ("In the fourth quarter of 2015 exports fell.", SAT, "fourth quarter of 2015", "2015-Q4", "quarter", None),
    ("Casualties in the first half of 2017 were high.", SAT, "first half of 2017", "2017-H1", "half", None),
    ("Output recovered in Q3 2016.", SAT, "Q3 2016", "2016-Q3", "quarter", None),
    ("It happened in the fall of 2014.", SAT, "fall of 2014", "2014-FA", "season", None),
    ("It happened in summer 2015.", SAT, "summer 2015", "2015-SU", "season", None),
    ("Casualties rose in the Afghan year 1396.", SAT, "Afghan year 1396", "2017-03-21", "year", None),
    ("The siege lasted from 2012 to 2016.", SAT, "2016", "2016", "year", None),
    ("The siege lasted between 2012 and 2016.", SAT, "2012", "2012", "year", None),
]  # fmt: skip

RELATIVE: list[Case] = [
    ("Gunmen attacked a checkpoint on Tuesday, police said.", SAT, "Tuesday", "2017-11-28", "day", None),
    ("Gunmen attacked a checkpoint on Saturday, police said.", SAT, "Saturday", "2017-12-02", "day", None),
    ("Gunmen attacked a checkpoint last Saturday, police said.", SAT, "last Saturday", "2017-11-25", "day", None),
    ("Talks resume next Monday.", SAT, "next Monday", "2017-12-04", "day", None),
    ("Shelling continued late Tuesday night.", SAT, "late Tuesday night", "2017-11-28", "day", "END"),
    ("Yesterday, the army said it had retaken the town.", SAT, "Yesterday", "2017-12-01", "day", None),
    ("The army said today it had retaken the town.", SAT, "today", "2017-12-02", "day", None),
    ("Clashes erupted last night in the old city.", SAT, "last night", "2017-12-01", "day", None),
    ("Talks are set for tomorrow.", SAT, "tomorrow", "2017-12-03", "day", None),
    ("Air strikes intensified last week.", SAT, "last week", "2017-W47", "week", None),
    ("Air strikes intensified this week.", SAT, "this week", "2017-W48", "week", None),
    ("Air strikes will resume next week.", SAT, "next week", "2017-W49", "week", None),
    ("Protests spread last weekend.", SAT, "last weekend", "2017-W47-WE", "week", None),
    ("Fighting flared last month in Deir ez-Zor.", SAT, "last month", "2017-11", "month", None),
    ("Fighting flared this month in Deir ez-Zor.", SAT, "this month", "2017-12", "month", None),
    ("Elections are due next month.", SAT, "next month", "2018-01", "month", None),
    ("Fighting flared earlier this month.", SAT, "earlier this month", "2017-12", "month", None),
    ("The ceasefire collapsed last year.", SAT, "last year", "2016", "year", None),
    ("The ceasefire collapsed this year.", SAT, "this year", "2017", "year", None),
    ("Troops withdraw next year.", SAT, "next year", "2018", "year", None),
    ("The city fell six months ago.", SAT, "six months ago", "2017-06", "month", None),
    ("The city fell two years ago.", SAT, "two years ago", "2015", "year", None),
    ("The city fell 3 days ago.", SAT, "3 days ago", "2017-11-29", "day", None),
    ("The city fell two weeks ago.", SAT, "two weeks ago", "2017-W46", "week", None),
    ("The city fell a few months ago.", SAT, "a few months ago", "2017-09", "month", "APPROX"),
    ("The city fell nearly two years ago.", SAT, "nearly two years ago", "2015", "year", "APPROX"),
    ("The city fell about six months ago.", SAT, "about six months ago", "2017-06", "month", "APPROX"),
    ("The city fell a year and a half ago.", SAT, "a year and a half ago", "2016-06", "month", None),
    ("Talks resume two weeks from now.", SAT, "two weeks from now", "2017-W50", "week", None),
    ("He was shot on March 9 last year.", SAT, "March 9 last year", "2016-03-09", "day", None),
    ("He was shot in August last year.", SAT, "August last year", "2016-08", "month", None),
    ("He was killed in January this year.", SAT, "January this year", "2017-01", "month", None),
    ("Refugees returned last fall.", SAT, "last fall", "2016-FA", "season", None),
    ("Refugees returned last autumn.", SAT, "last autumn", "2016-FA", "season", None),
    ("Refugees returned last summer.", SAT, "last summer", "2017-SU", "season", None),
    ("Refugees returned last fall.", SPRING, "last fall", "2015-FA", "season", None),
    ("Refugees returned this summer.", SAT, "this summer", "2017-SU", "season", None),
    ("Refugees will return next spring.", SAT, "next spring", "2018-SP", "season", None),
    ("The offensive began in early January.", SAT, "early January", "2017-01", "month", "START"),
    ("The offensive began in late 2015.", SAT, "late 2015", "2015-Q4", "quarter", "END"),
    ("The offensive began in mid-2016.", SAT, "mid-2016", "2016", "year", "MID"),
    ("The offensive began in mid-March.", SAT, "mid-March", "2017-03", "month", "MID"),
    ("The offensive ended at the end of May.", SAT, "the end of May", "2017-05", "month", "END"),
    ("The offensive ended by the end of the year.", SAT, "the end of the year", "2017-Q4", "quarter", "END"),
    ("The offensive began early last year.", SAT, "early last year", "2016-Q1", "quarter", "START"),
    ("The offensive began around 2015.", SAT, "around 2015", "2015", "year", "APPROX"),
    ("Thousands have fled since March.", SAT, "March", "2017-03", "month", None),
    ("The report was released in July.", SAT, "July", "2017-07", "month", None),
    ("A report released in July, 1,662 civilians died.", SAT, "July", "2017-07", "month", None),
    ("The report was released in July.", SPRING, "July", "2015-07", "month", None),
    ("The report was released last October.", SAT, "last October", "2017-10", "month", None),
    ("Fighting has intensified in recent weeks.", SAT, "recent weeks", "PAST_REF", "unknown", None),
    ("Fighting has intensified in recent months.", SAT, "recent months", "PAST_REF", "unknown", None),
    ("More clashes are expected in the next few days.", SAT, "the next few days", "FUTURE_REF", "unknown", None),
    ("The town is now under government control.", SAT, "now", "PRESENT_REF", "unknown", None),
    ("Casualties rose in the previous Afghan calendar year.", AFGHAN, "the previous Afghan calendar year",
     "2016-03-21", "year", None),
    ("Casualties rose during the last Afghan year.", "2017-02-10", "the last Afghan year", "2015-03-21", "year", None),
    ("At least 30 people died over the weekend.", "2016-04-05", "the weekend", "2016-W13-WE", "week", None),
    ("Casualties rose 4 per cent over 2014.", SAT, "2014", "2014", "year", None),
    ("Casualties were higher than in 2014.", SAT, "2014", "2014", "year", None),
    ("Casualties fell in the fourth quarter of this year.", SAT, "fourth quarter of this year", "2017-Q4", "quarter",
     None),
]  # fmt: skip

NO_DOC: list[tuple[str, str, str | None, str]] = [
    ("Gunmen attacked a checkpoint on Tuesday.", "Tuesday", "XXXX-WXX-2", "day"),
    ("Militants attacked the base on March 18.", "March 18", "XXXX-03-18", "day"),
    ("He was shot on March 9 last year.", "March 9 last year", "XXXX-03-09", "day"),
    ("The report was released in July.", "July", "XXXX-07", "month"),
    ("Refugees returned last fall.", "last fall", "XXXX-FA", "season"),
    ("Fighting flared last month.", "last month", "XXXX-XX", "month"),
    ("The army said yesterday it had retaken the town.", "yesterday", "XXXX-XX-XX", "day"),
    ("The city fell six months ago.", "six months ago", "XXXX-XX", "month"),
    ("The strike happened on 2 December 2017.", "2 December 2017", "2017-12-02", "day"),
    ("The group was founded in 2015.", "2015", "2015", "year"),
]


@pytest.mark.parametrize(("text", "doc", "span", "value", "precision", "mod"), ABSOLUTE + RELATIVE)
def test_value(text: str, doc: str, span: str, value: str | None, precision: str, mod: str | None) -> None:
    t = one(text, doc, span)
    assert (t.value, t.precision, t.mod) == (value, precision, mod)
    assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(("text", "span", "value", "precision"), NO_DOC)
def test_without_doc_date(text: str, span: str, value: str | None, precision: str) -> None:
    t = one(text, None, span)
    assert (t.value, t.precision, t.anchored) == (value, precision, False)


@pytest.mark.parametrize(
    ("text", "span", "anchored"),
    [
        ("Gunmen attacked on Tuesday.", "Tuesday", True),
        ("Militants attacked the base on March 18.", "March 18", True),
        ("The strike happened on 2 December 2017.", "2 December 2017", False),
        ("The group was founded in 2015.", "2015", False),
        ("Fighting flared last month.", "last month", True),
        ("Fighting has intensified in recent weeks.", "recent weeks", False),
    ],
)
def test_anchored(text: str, span: str, anchored: bool) -> None:
    assert one(text, SAT, span).anchored is anchored


# Convention 1: without a doc date, relative expressions get X-filled TIMEX3 values at their precision.
UNANCHORED: list[tuple[str, str, str, str]] = [
    ("Rebels shelled the airport last month, a spokesman said.", "last month", "XXXX-XX", "month"),
    ("Rebels have shelled the airport this month.", "this month", "XXXX-XX", "month"),
    ("Aid convoys were blocked earlier this month.", "earlier this month", "XXXX-XX", "month"),
    ("The militia seized the dam six months ago.", "six months ago", "XXXX-XX", "month"),
    ("The militia seized the dam about a year and a half ago.", "about a year and a half ago", "XXXX-XX", "month"),
    ("The governor was abducted yesterday, police said.", "yesterday", "XXXX-XX-XX", "day"),
    ("Curfew will be imposed tonight in the capital.", "tonight", "XXXX-XX-XX", "day"),
    ("Two soldiers died in an ambush three days ago.", "three days ago", "XXXX-XX-XX", "day"),
    ("A car bomb exploded near the market on Tuesday.", "Tuesday", "XXXX-WXX-2", "day"),
    ("Peace talks resume next Monday in Geneva.", "next Monday", "XXXX-WXX-1", "day"),
    ("Drone strikes intensified last week in the north.", "last week", "XXXX-WXX", "week"),
    ("The border crossing reopened two weeks ago.", "two weeks ago", "XXXX-WXX", "week"),
    ("Dozens were arrested over the weekend.", "the weekend", "XXXX-WXX-WE", "week"),
    ("The ceasefire collapsed last year amid mutual accusations.", "last year", "XXXX", "year"),
    ("The ceasefire collapsed two years ago.", "two years ago", "XXXX", "year"),
    ("The town has been under siege since last winter.", "last winter", "XXXX-WI", "season"),
    ("Displacement doubled in the first half of this year.", "first half of this year", "XXXX-H1", "half"),
    ("The offensive began early last year.", "early last year", "XXXX-Q1", "quarter"),
    ("Elections are due by the end of the month.", "the end of the month", "XXXX-XX", "month"),
    ("Returns rose over the past Afghan calendar year.", "the past Afghan calendar year", "XXXX-03-21", "year"),
]
UNANCHORED_UNCHANGED: list[tuple[str, str, str | None, str]] = [
    ("Shelling was reported on 3/4/2018 near the front.", "3/4/2018", None, "day"),
    ("Civilian casualties have risen in recent weeks.", "recent weeks", "PAST_REF", "unknown"),
    ("The road is now controlled by the army.", "now", "PRESENT_REF", "unknown"),
    ("More fighting is expected in the coming weeks.", "the coming weeks", "FUTURE_REF", "unknown"),
    ("The militia was founded in 2011 in Benghazi.", "2011", "2011", "year"),
    ("The base was overrun on 14 March 2016.", "14 March 2016", "2016-03-14", "day"),
]


@pytest.mark.parametrize(("text", "span", "value", "precision"), UNANCHORED + UNANCHORED_UNCHANGED)
def test_unanchored_values_are_x_filled(text: str, span: str, value: str | None, precision: str) -> None:
    t = one(text, None, span)
    assert (t.value, t.precision, t.anchored) == (value, precision, False)
    assert t.value is None or VALUE.fullmatch(t.value)


# Convention 2: "early/late YEAR" and "the beginning/end of YEAR" are quarters; "mid-YEAR" and months are unchanged.
EDGE_OF_YEAR: list[tuple[str, str | None, str, str, str, str]] = [
    ("The insurgency spread to the south in late 2015.", SAT, "late 2015", "2015-Q4", "quarter", "END"),
    ("Government forces retook the city in early 2017.", SAT, "early 2017", "2017-Q1", "quarter", "START"),
    ("The siege was lifted at the end of 2015.", SAT, "the end of 2015", "2015-Q4", "quarter", "END"),
    ("Airstrikes began at the beginning of 2016.", SAT, "the beginning of 2016", "2016-Q1", "quarter", "START"),
    ("Airstrikes began at the start of 2016.", SAT, "the start of 2016", "2016-Q1", "quarter", "START"),
    ("Militants regrouped in end-2014.", SAT, "end-2014", "2014-Q4", "quarter", "END"),
    ("The front line shifted late last year.", SAT, "late last year", "2016-Q4", "quarter", "END"),
    ("The front line shifted early last year.", SPRING, "early last year", "2015-Q1", "quarter", "START"),
    ("The front line shifted late last year.", None, "late last year", "XXXX-Q4", "quarter", "END"),
    ("Reinforcements arrived in mid-2015.", SAT, "mid-2015", "2015", "year", "MID"),
    ("Reinforcements arrived in the middle of 2015.", SAT, "the middle of 2015", "2015", "year", "MID"),
    ("Reinforcements arrived in early January.", SAT, "early January", "2017-01", "month", "START"),
    ("Reinforcements arrived in late March 2016.", SAT, "late March 2016", "2016-03", "month", "END"),
    ("Reinforcements arrived at the end of last month.", SAT, "the end of last month", "2017-11", "month", "END"),
    ("Refugees fled in the late 1990s.", SAT, "the late 1990s", "199", "decade", "END"),
]


@pytest.mark.parametrize(("text", "doc", "span", "value", "precision", "mod"), EDGE_OF_YEAR)
def test_edge_of_year_is_a_quarter(text: str, doc: str | None, span: str, value: str, precision: str, mod: str) -> None:
    t = one(text, doc, span)
    assert (t.value, t.precision, t.mod) == (value, precision, mod)


# Convention 3: a bare year closing a clause after a plain word is a year.
BARE_YEARS: list[tuple[str, str | None, str]] = [
    ("She chaired the council until her death 2011.", SAT, "2011"),
    ("The offensive that began 2014, officials said, has stalled.", SAT, "2014"),
    ("The commander, appointed 2016; was replaced last month.", SAT, "2016"),
    ("The truce (agreed 2013) did not hold.", SAT, "2013"),
    ("The camp has housed refugees since the war began 2011", SAT, "2011"),
    ("The brigade was disbanded 2018.", SAT, "2018"),
    ("The militia was formed 1994, according to the UN.", None, "1994"),
]
NOT_BARE_YEARS = [
    "Clashes killed more than 2000.",
    "Clashes killed a total of 2000.",
    "See Volume 16 Issue 2009.",
    "For information call 2009.",
    "For information call 0799 123 2009.",
    "The hotline is +93 799 2015, officials said.",
    "The figures are on page 2015, the report said.",
    "The decree is number 2016.",
    "The fine was USD 2000.",
    "Militants were estimated at 2000.",
    "The death toll rose to 2015.",
    "Between 1500 and 2000.",
    "Security Council Resolution 2014, adopted unanimously, called for talks.",
    "The unit was renamed Brigade 2078.",  # after the doc year + 1
    "Clashes killed about 2000; hundreds fled.",
    "Air strikes killed 2000, the monitor said.",
]


@pytest.mark.parametrize(("text", "doc", "span"), BARE_YEARS)
def test_bare_year_closing_a_clause(text: str, doc: str | None, span: str) -> None:
    t = one(text, doc, span)
    assert (t.value, t.precision, t.anchored, t.mod) == (span, "year", False, None)


@pytest.mark.parametrize("text", NOT_BARE_YEARS)
def test_bare_number_closing_a_clause_is_not_a_year(text: str) -> None:
    assert [t.text for t in find_timexes(text, SAT)] == []


NOT_DATES = [
    "Officials warned that militants may attack the convoy.",
    "Thousands joined a protest march through the capital.",
    "The Long March is a famous episode.",
    "The battle lasted 2 hours before the militants withdrew.",
    "He returned on the 5th and left again.",
    "Afghans have endured 16 years of war.",
    "The army conducted 1,400 operations against 400 fighters.",
    "See Volume 16 Issue 2 of the journal.",
    "Call the hotline on 0799-123-456 or +93 799 123 456.",
    "The helpline operates 24/7.",
    "Since 9/11 the region has changed.",
    "Turnout was 45% and inflation 12.5%.",
    "The meeting starts at 10:30 in the hall.",
    "Theresa May met the president.",
    "The bill was criticised by May and her ministers.",
    "The fall of Mosul shocked the world.",
    "The Arab Spring toppled rulers.",
    "Christians marked Good Friday quietly.",
    "The Sunday Times reported the raid.",
    "About 2000 people fled the town.",
    "A total of 2000 were killed.",
    "The convoy of 2000 trucks crossed the border.",
    "Over the past two years the group lost ground.",
    "In the last year of his rule the economy collapsed.",
    "Resolution 2254 was adopted unanimously.",
    "Prices fall when supply rises.",
    "Mondays are market days in the town.",
    "Critics in May's cabinet objected.",
    "The coalition, with 2000 fighters, advanced.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_no_false_positives(text: str) -> None:
    found = find_timexes(text, SAT)
    assert [t.text for t in found if t.value not in (None, "PAST_REF", "PRESENT_REF", "FUTURE_REF")] == []


def test_several_in_order_and_exact_offsets() -> None:
    text = "On Tuesday, two years after the 2015 offensive, officials said fighting resumed in March and April."
    found = find_timexes(text, SAT)
    assert [t.text for t in found] == ["Tuesday", "2015", "March", "April"]
    assert [t.value for t in found] == ["2017-11-28", "2015", "2017-03", "2017-04"]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_year_range_gives_two_years() -> None:
    found = find_timexes("The mission ran 2001-2014.", SAT)
    assert [(t.text, t.value) for t in found] == [("2001", "2001"), ("2014", "2014")]


def test_invalid_dates_are_skipped() -> None:
    assert find_timexes("Due 2018-02-30 or 31/2/2018 or February 30, 2018.", SAT) == []


def test_bad_doc_date_is_treated_as_none() -> None:
    assert one("Gunmen attacked on Tuesday.", "not a date", "Tuesday").value == "XXXX-WXX-2"
    assert one("Gunmen attacked on Tuesday.", "2017-12-02T10:00:00Z", "Tuesday").value == "2017-11-28"


def test_winter_is_labelled_by_its_start_year() -> None:
    assert one("Snow fell this winter.", "2018-01-15", "this winter").value == "2017-WI"
    assert one("Snow fell last winter.", SAT, "last winter").value == "2016-WI"


VALUE = re.compile(
    r"(?:PRESENT_REF|PAST_REF|FUTURE_REF|\d{3}|XXX|(?:\d{4}|XXXX)(?:-(?:\d\d(?:-\d\d)?|W\d\d(?:-WE)?|Q[1-4]|H[12]"
    r"|SP|SU|FA|WI)|-(?:XX(?:-XX)?|WXX(?:-WE|-[1-7])?|Q[1-4X]|H[12X]))?)"
)
PRECISIONS = {"day", "week", "month", "quarter", "half", "season", "year", "decade", "unknown"}
TOKENS = [
    "on", "in", "since", "last", "next", "this", "the", "of", "and", "to", "early", "late", "mid-", "about", "ago",
    "Tuesday", "May", "March", "December", "Dec.", "Sept.", "2017", "1990s", "18", "2", "31", "17th", ",", ".", "-",
    "/", "year", "month", "week", "weekend", "fall", "summer", "winter", "six", "a few", "months", "years", "days",
    "yesterday", "now", "recent", "Afghan", "calendar", "quarter", "half", "first", "end", "26/1/2018", "3/4/18",
    "2017-12-02", "9/11", "24/7", "10:30", "1,400", "fighters", "Q4", "1396", "\n", "  ",
]  # fmt: skip


def _check(text: str, doc: str | None) -> None:
    found = find_timexes(text, doc)
    prev_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= prev_end
        assert text[t.start : t.end] == t.text
        assert t.precision in PRECISIONS
        assert t.mod in (None, "START", "MID", "END", "APPROX")
        assert t.value is None or VALUE.fullmatch(t.value), t
        prev_end = t.end


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.text(max_size=12)))
def test_arbitrary_text_never_raises(text: str, doc: str | None) -> None:
    _check(text, doc)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(TOKENS), max_size=30).map(" ".join),
    st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
)
def test_token_soup_offsets_valid(text: str, doc: str | None) -> None:
    _check(text, doc)

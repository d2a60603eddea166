"""Dates in one place: parsing, validation and calendar arithmetic.

A bottom-layer module (standard library only). One leap-year rule holds everywhere: the proleptic Gregorian
calendar of :mod:`datetime` and :mod:`calendar`, years 1 to 9999. Arithmetic whose result would fall outside that
range does not raise: the result is unknown (None).

Validation
    ``make_date(y, m, d)``      the date, or None when the parts name no real day
    ``is_real_day(y, m, d)``    whether they do
    ``valid_month_day(m, d)``   whether month/day exists in some year (February 29 included)
    ``month_length(y, m)``      days in a month, None for a month outside 1-12

Parsing
    ``parse_iso_day(text)``         a date from a leading ``YYYY-MM-DD`` (a longer timestamp is cut); the
                                    document date of the time-expression rules
    ``normalize_published(value)``  a record's ``published`` as ``YYYY-MM-DD``: a leading ISO date, else a date
                                    stated in the text (``parse_text_date``), else None
    ``parse_text_date(text, now)``  the first complete, plausible date in article text ("June 3, 2017",
                                    "3rd of June 2017", "2017-06-03", "26/1/2018"; "3/4/2018" stays unknown)
    ``parse_page_date(value)``      a date a web page states in metadata ("2017-06-03T10:00", "20170603",
                                    "June 3rd, 2017", "03.06.2017"), years 1990-2100
    ``timex_span(value)``           first day, last day and precision of a TIMEX3 year, month or day value
                                    ("2017", "2017-06", "2017-06-03"); an X-filled value ("XXXX-03") is unknown
    ``period(value)``               first and last day of a TIMEX3-style date: those of ``timex_span``, a
                                    timestamp's day, a quarter ("2015-Q4") or a half-year ("2017-H1"); None for
                                    X-filled values ("XXXX-03") and anything else
    ``DATE_PATTERNS``, ``BARE_DATE``, ``MONTHS``  the date formats article text is read in

Arithmetic
    ``shift_days(day, n)``, ``shift_weeks(day, n)``  a day moved by n days / weeks
    ``add_months(y, m, delta)``                      (year, month) moved by delta months
    ``weekday_date(day, weekday, rel)``              the day a weekday name means ("last Friday")
    ``week_value(day)``, ``month_value(y, m)``       TIMEX3 labels: "2017-W48", "2017-06"
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

# ---------------------------------------------------------------- validation


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when the parts do not form one."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def is_real_day(year: int, month: int, day: int) -> bool:
    """True if (year, month, day) is a day of the calendar (years 1-9999)."""
    return make_date(year, month, day) is not None


def valid_month_day(month: int, day: int) -> bool:
    """True if month/day exists in some year (February 29 included)."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]


def month_length(year: int, month: int) -> int | None:
    """The number of days of a month (leap years by the Gregorian rule), None for a month outside 1-12."""
    if not 1 <= month <= 12:
        return None
    return calendar.monthrange(year, month)[1]


# ---------------------------------------------------------------- parsing: ISO and TIMEX3 values

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_iso_day(text: str | None) -> dt.date | None:
    """The date of an ISO string ("2017-12-02", a longer timestamp is cut); None when absent or invalid."""
    if not text:
        return None
    m = _ISO_DAY.match(text.strip())
    if m is None:
        return None
    return make_date(int(m[1]), int(m[2]), int(m[3]))


def normalize_published(value: str | None) -> str | None:
    """A record's ``published`` as an ISO date; a value that is not a date is dropped, not guessed."""
    if not value:
        return None
    head = value.strip()[:10]
    try:
        return dt.date.fromisoformat(head).isoformat()
    except ValueError:
        return parse_text_date(value)


Precision = Literal["day", "month", "year", "unknown"]
_TIMEX_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_TIMEX_STAMP = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?")
_TIMEX_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_TIMEX_HALF = re.compile(r"(\d{4})-(?:H([12]))")


def _span(y: str, mo: str | None, d: str | None) -> tuple[str, str, Precision] | None:
    if d:
        return f"{y}-{mo}-{d}", f"{y}-{mo}-{d}", "day"
    if mo:
        last = month_length(int(y), int(mo))
        return None if last is None else (f"{y}-{mo}-01", f"{y}-{mo}-{last:02d}", "month")
    return f"{y}-01-01", f"{y}-12-31", "year"


def timex_span(value: str) -> tuple[str | None, str | None, Precision] | None:
    """(first day, last day, precision) of a TIMEX3 year, month or day value.

    "2017" -> year, "2017-06" -> month (its last day by the leap-year rule), "2017-06-03" -> day (taken as
    written); an X-filled value ("XXXX", "XXXX-03", "XXXX-WXX-2") -> (None, None, "unknown"). None for any other
    value (week, quarter, season, ...) and for a month outside 1-12.
    """
    if value.startswith("X"):
        return None, None, "unknown"
    m = _TIMEX_DAY.fullmatch(value)
    return None if m is None else _span(m.group(1), m.group(2), m.group(3))


def period(value: str | None) -> tuple[str, str] | None:
    """The first and last ISO day of a TIMEX3-style date (``2017-06`` -> 2017-06-01..2017-06-30); None if unknown."""
    if not value:
        return None
    v = value.strip()
    m = _TIMEX_STAMP.fullmatch(v)
    if m:
        span = _span(m.group(1), m.group(2), m.group(3))
        return None if span is None else (span[0], span[1])
    m = _TIMEX_QUARTER.fullmatch(v)
    if m:
        y, last_month = m.group(1), int(m.group(2)) * 3
        return f"{y}-{last_month - 2:02d}-01", f"{y}-{last_month:02d}-{calendar.monthrange(int(y), last_month)[1]:02d}"
    m = _TIMEX_HALF.fullmatch(v)
    if m:
        return (f"{m.group(1)}-01-01", f"{m.group(1)}-06-30") if m.group(2) == "1" else \
               (f"{m.group(1)}-07-01", f"{m.group(1)}-12-31")
    return None


# ---------------------------------------------------------------- parsing: dates stated in article text

MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        1,
    )
    for m in names
}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH_ANY = _MONTH.replace("?P<month>", "?:")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+"
DATE_PATTERNS = (
    re.compile(rf"(?:{_WEEKDAY})?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})", re.I),
    re.compile(rf"(?:{_WEEKDAY})?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?:of\s+)?{_MONTH}(?:,?\s+|-)"
               rf"(?P<year>\d{{4}})", re.I),
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})"),
    re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})"),
)
# a line that is nothing but a date (and maybe a time): a page's date widget, not a statement of publication
BARE_DATE = re.compile(
    rf"^\s*(?:{_WEEKDAY})?(?:{_MONTH_ANY}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_ANY},?\s+\d{{4}}|"
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})"
    r"(?:\s*[|,\u2022-]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?\s*$",
    re.I,
)
_EARLIEST_STATED = dt.date(1900, 1, 1)


def parse_text_date(text: str, now: dt.date | None = None) -> str | None:
    """The first complete date in ``text`` as ``YYYY-MM-DD``, or None if none is certain.

    A date must fall between 1900-01-01 and two days after ``now`` (default: today); a numeric date whose day and
    month order cannot be told (3/4/2018) is skipped.
    """
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            iso = _iso_from_match(m)
            if iso and _plausible(iso, now):
                return iso
    return None


def _iso_from_match(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    year = int(g["year"])
    if g.get("month"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"])
    elif g.get("mnum"):
        month, day = int(g["mnum"]), int(g["day"])
    else:
        a, b = int(g["a"]), int(g["b"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        elif a == b:
            day = month = a
        else:
            return None  # 3/4/2018: day and month order unknown
    d = make_date(year, month, day)
    return None if d is None else d.isoformat()


def _plausible(iso: str, now: dt.date | None) -> bool:
    today = now or dt.date.today()
    latest = shift_days(today, 2) or dt.date.max
    return _EARLIEST_STATED <= dt.date.fromisoformat(iso) <= latest


# ---------------------------------------------------------------- parsing: dates stated in page metadata

_PAGE_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_PAGE_COMPACT = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:\D|$)")
_PAGE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y", "%d.%m.%Y", "%d/%m/%Y")


def _page_day(year: int, month: int, day: int) -> str | None:
    d = make_date(year, month, day)
    return d.isoformat() if d is not None and 1990 <= d.year <= 2100 else None


def parse_page_date(value: str | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a date string a page states (meta tag, JSON-LD, ``<time>``), else None."""
    if not value:
        return None
    value = " ".join(value.split())[:80]
    m = _PAGE_ISO.search(value) or _PAGE_COMPACT.search(value)
    if m:
        return _page_day(int(m[1]), int(m[2]), int(m[3]))
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value)
    for fmt in _PAGE_FORMATS:
        try:
            return _page_day(*dt.datetime.strptime(cleaned, fmt).timetuple()[:3])
        except ValueError:
            continue
    return None


# ---------------------------------------------------------------- arithmetic


def shift_days(day: dt.date, days: int) -> dt.date | None:
    """``day`` + ``days``, or None outside the calendar."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def shift_weeks(day: dt.date, weeks: int) -> dt.date | None:
    """``day`` + ``weeks`` weeks, or None outside the calendar."""
    return shift_days(day, 7 * weeks)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def weekday_date(day: dt.date, weekday: int, rel: str | None) -> dt.date | None:
    """The day named by a weekday (0 = Monday) relative to ``day``; None when it falls outside the calendar.

    rel None/"this": the most recent such day on or before ``day``; "last": strictly before; "next": strictly after.
    """
    if rel == "next":
        return shift_days(day, (weekday - day.weekday()) % 7 or 7)
    back = (day.weekday() - weekday) % 7
    if rel == "last" and back == 0:
        back = 7
    return shift_days(day, -back)


def week_value(day: dt.date) -> str:
    """ISO week of a day, e.g. "2017-W48"."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def month_value(year: int, month: int) -> str:
    """TIMEX3 value of a month, e.g. "2017-06"."""
    return f"{year:04d}-{month:02d}"


_USER_DAY = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def is_real_date(value: str) -> bool:
    """Whether a date a user gives is a calendar date, month or year (2017-02-30 and 2017-13 are not); other
    partial values (2015-Q4) as ``period`` reads them."""
    m = _USER_DAY.fullmatch(value.strip())
    if m is None:
        return period(value) is not None
    year, month, day = (int(g) if g else 1 for g in m.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True

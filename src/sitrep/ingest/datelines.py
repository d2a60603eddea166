"""Datelines inside a text: "KUNDUZ, Afghanistan (March 3, 2019) –", "QUETTA, May 4 (Agency) –", "MOSUL (Agency) –",
"Beirut, 9 Jan (Agency).-", "DHAKA :".

A dateline opens a paragraph near the top of a story (after any menus or captions the page kept): the filing
place, then optionally a region or country, a date and the agency in parentheses, then a dash or colon. It
gives the place the story was filed from and, when it has a year, the day; it is not where the story's events
happened unless the text says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.dates import parse_iso_day, parse_text_date

_UPPER = r"[A-Z][A-Z'’.-]+(?:[ /-][A-Z][A-Z'’.-]+){0,3}"
_TITLE = r"[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+){0,2}"
_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_UPPER}|{_TITLE})(?P<rest>(?:,[ \t]*[A-Za-z0-9][\w.'’ -]{{0,28}}?){{0,3}}"
    r"(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*\.?[ \t]*(?:\u2014|\u2013|-{1,2}|:|\.-)[ \t]+(?=\S)")
# labels of a web page's fields, not places: "Last Updated: ...", "Categories: ...", "Posted: ..."
_LABEL = re.compile(r"(?:Last\s+)?(?:Updated|Modified|Posted|Published|Categories|Category|Tags|Filed|Source|"
                    r"Photo|Image|Video|Related|Share|By|Date|Topics?|Sections?)(?:\s+\w+)?", re.I)
_REACH = 2500  # a dateline opens one of the story's first paragraphs


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int  # where the story's text begins
    place: str
    place_start: int
    place_end: int
    date: str | None  # an ISO day when the dateline gives one with its year


def find_dateline(text: str) -> Dateline | None:
    """The first dateline opening a paragraph in the first part of ``text``: an all-capitals place, or a
    place in title case followed by a parenthesis or a colon (the caller may check it names a place)."""
    for m in _DATELINE.finditer(text, 0, min(len(text), _REACH)):
        place, rest = m.group("place"), m.group("rest")
        capitals = place.replace(" ", "").replace("-", "").isupper() and len(place) >= 3
        if not capitals and "(" not in rest and not m.group().rstrip().endswith(":"):
            continue
        if (not capitals and len(place.split()) > 2) or _LABEL.fullmatch(place):
            continue
        return Dateline(m.start("place"), m.end(), place, m.start("place"), m.end("place"),
                        parse_text_date(rest) if re.search(r"\b(?:19|20)\d\d\b", rest) else None)
    return None


# a photo caption's day above the dateline: "... in Herat, Afghanistan, Monday, March 4, 2019."
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CAPTION_DAY = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
                          r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)\b")


def caption_day(text: str, dateline: Dateline) -> str | None:
    """The day a caption above the story's dateline gives with its weekday, when the two agree (a page without
    its date of publication: the story is of that day); not a file photo's."""
    for m in _CAPTION_DAY.finditer(text, 0, dateline.start):
        iso = parse_text_date(m.group("date"))
        day = parse_iso_day(iso)
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if day is not None and _WEEKDAYS[day.weekday()] == m.group("wd").lower() \
                and not re.search(r"\bfile\b", line, re.I):
            return iso
    return None


__all__ = ["Dateline", "caption_day", "find_dateline"]

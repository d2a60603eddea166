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

from sitrep.dates import parse_text_date

_UPPER = r"[A-Z][A-Z'’.-]+(?:[ /-][A-Z][A-Z'’.-]+){0,3}"
_TITLE = r"[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+){0,2}"
_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_UPPER}|{_TITLE})(?P<rest>(?:,[ \t]*[A-Za-z0-9][\w.'’ -]{{0,28}}?){{0,3}}"
    r"(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*\.?[ \t]*(?:\u2014|\u2013|-{1,2}|:|\.-)[ \t]+(?=\S)")
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
        if not capitals and len(place.split()) > 2:
            continue
        return Dateline(m.start("place"), m.end(), place, m.start("place"), m.end("place"),
                        parse_text_date(rest) if re.search(r"\b(?:19|20)\d\d\b", rest) else None)
    return None


__all__ = ["Dateline", "find_dateline"]

"""Document metadata from text: published dates in credit lines, outlets, bylines, datelines.

Nothing is guessed: a date is taken only from a line that says the article
appeared or was published on it, never from a bare date (a page's date widget
shows the day it was scraped), and a numeric date whose day and month order
cannot be told (3/4/2018) stays unknown.
"""

from __future__ import annotations

import re

from sitrep.dates import parse_text_date

_CREDIT_VERB = r"(?:appeared|was\s+(?:first\s+)?published|first\s+published|was\s+(?:first\s+)?posted|published|posted)"
CREDIT_LINE = re.compile(
    rf"\b{_CREDIT_VERB}\s+(?:(?:in|on|by)\s+(?:the\s+)?(?:print\s+edition\s+of\s+)?(?P<outlet>.+?)\s+)?"
    rf"on\s+(?P<date>.+?)(?:,|\.|\s+with\b|\s*$)",
    re.I,
)
PUBLISHED_LINE = re.compile(r"^\s*(?:published|posted|first published|date)\s*(?:on)?\s*[:\-]?\s*(?P<date>.+)$", re.I)
PUBLICATION = re.compile(
    r"Publication:\s*(?P<pub>.+?)\s+Volume:\s*\S+\s+Issue:\s*\S+\s*(?P<publisher>[A-Z][\w&.' -]{2,60})?\s*$", re.I
)
SOURCE_LINE = re.compile(r"^\s*Source\s*:\s*(?P<outlet>[A-Z][\w&.'/ -]{1,60}?)\s*\.?\s*$")
AGENCIES = {
    "REUTERS": "Reuters", "AFP": "AFP", "AP": "Associated Press", "ASSOCIATED PRESS": "Associated Press",
    "AGENCE FRANCE-PRESSE": "AFP", "XINHUA": "Xinhua", "DPA": "dpa", "EFE": "EFE", "ANADOLU": "Anadolu Agency",
    "ANADOLU AGENCY": "Anadolu Agency", "PTI": "PTI", "IANS": "IANS", "ANI": "ANI", "UPI": "UPI",
    "BERNAMA": "Bernama", "KYODO": "Kyodo", "TASS": "TASS", "APP": "APP", "PAJHWOK": "Pajhwok Afghan News",
}
NOT_OUTLETS = frozenset({"print", "print edition", "the print edition", "online", "the web", "web", "our website",
                         "this website", "this site"})
BYLINE = re.compile(r"^\s*(?:By|BY)\s+(?P<name>[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|and|&|de|van|al-?\w*)){0,6})\s*$")
REPORTING_BY = re.compile(r"^\((?:Reporting|Writing|Additional reporting)\s+by\s+(?P<name>[^;,)]+)[^)]*\)\s*$")
WROTE_THIS = re.compile(r"^(?P<name>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,4})\s+(?:wrote|reported|contributed)\b")
DATELINE = re.compile(
    r"^(?P<dl>(?:[A-Z][A-Z'./-]+(?:[ /][A-Z][A-Z'./-]+)*|[A-Z][a-z'-]+(?:[ /][A-Z][a-z'-]+)*)"
    r"(?:,\s*[A-Z][a-z]+)?(?:\s*\([A-Za-z .'-]{2,40}\))?)\s*(?:\u2014|\u2013|\u2022|-{1,2}|:)\s+(?=\S)"
)




def outlet_name(raw: str) -> str | None:
    """Clean an outlet phrase: 'Publication: Terrorism Monitor Volume: 16 Issue: 2 Jamestown Foundation'."""
    raw = " ".join(raw.split()).strip(" .,:;-")
    m = PUBLICATION.search(raw)
    if m:
        pub, publisher = m.group("pub").strip(" .,"), (m.group("publisher") or "").strip(" .,")
        return f"{pub} ({publisher})" if publisher else pub
    raw = re.sub(r"^(?:the\s+)?print\s+edition\s+of\s+", "", raw, flags=re.I)
    if not raw or len(raw.split()) > 8 or raw.lower() in NOT_OUTLETS:
        return None
    return raw


def credit(line: str) -> tuple[str | None, str | None] | None:
    """``(outlet, published)`` when ``line`` is a credit line saying where and when it appeared."""
    m = CREDIT_LINE.search(line)
    if m:
        date = parse_text_date(m.group("date"))
        if date is None:
            date = parse_text_date(line[m.start("date"):])
        outlet = outlet_name(m.group("outlet")) if m.group("outlet") else None
        if date or outlet or re.match(r"\d", m.group("date")):  # an ambiguous date is still a credit line
            return outlet, date
    m2 = PUBLISHED_LINE.match(line)
    if m2 and len(line.split()) <= 12:
        date = parse_text_date(m2.group("date"))
        if date:
            return None, date
    return None


COPYRIGHT_HOLDER = re.compile(
    r"^(?:\u00a9|copyright|\(c\))\s*(?:\d{4}\s*)?(?P<o>[A-Z][\w&.'/ -]{2,40}?)\s*(?:[-\u2013\u2014|.,]|all rights|$)",
    re.I)


def copyright_holder(line: str) -> str | None:
    """'Spin Ghar Dispatch' in '\u00a9 2019 Spin Ghar Dispatch - first published on ...'."""
    m = COPYRIGHT_HOLDER.match(line.strip())
    return outlet_name(m.group("o")) if m else None


def agency(line: str) -> str | None:
    """The wire agency named by an all-caps credit line such as 'REUTERS' or '(AFP)'."""
    key = line.strip().strip("()[]-–—. ").upper()
    return AGENCIES.get(key) if line.strip() == line.strip().upper() else None


def dateline(first_paragraph: str) -> str | None:
    """'JAWZJAN/KABUL (Afghanistan)' in 'JAWZJAN/KABUL (Afghanistan) – When ...'."""
    m = DATELINE.match(first_paragraph)
    if not m:
        return None
    dl = m.group("dl").strip()
    caps = dl.split("(")[0].strip()
    if "(" in dl or (caps.replace("/", "").replace(" ", "").isupper() and len(caps) >= 3):
        return dl
    return None

"""The insurgency ACLED names by country where a text does not name the group.

Fact of ACLED's coding: in some countries ACLED gives the insurgents a report calls only "Islamist militants" or
"insurgents" a name of their own for a span of years (Cabo Delgado's insurgents, 2017 to the Islamic State's
Mozambique Province of 2022: "Islamist Militia (Mozambique)"), not "Unidentified Armed Group". The table is
``data/acled/local_insurgents.yaml``: per row the country (ISO alpha-2), the span (``from`` included, ``to``
excluded, ISO dates or their prefix), ACLED's name and the words (a regular expression, matched whole and ignoring
case on the phrase and the word before it) by which a note speaks of them; ``family``: ``ethnic`` for armed men ACLED
counts as an identity militia (South Sudan's cattle raiders: "Unidentified Communal Militia (South Sudan)");
``regions``: the first-level divisions or provinces (as a text writes them) one of which the note must name, for an
insurgency of part of a country (the Mapuche conflict of southern Chile); ``claimed``: ``kept`` where ACLED keeps the
name when a transnational group claims the attack (the Islamic State's claims of Cabo Delgado's attacks), so that the
claimant does not stand for the insurgents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon import countries, yaml_data
from sitrep.records import EntityRef


@dataclass(frozen=True)
class LocalInsurgents:
    country: str
    start: str
    end: str | None
    name: str
    words: re.Pattern[str]
    family: str  # "rebels", or "ethnic" for an identity militia ("Unidentified Communal Militia (South Sudan)")
    regions: re.Pattern[str] | None = None  # the divisions (as a text writes them) the row is restricted to
    kept_when_claimed: bool = False  # ACLED keeps the name when another group claims the attack


def parse(text: str) -> tuple[LocalInsurgents, ...]:
    """The table's rows; a ValueError names a row that lacks a field or has a bad one."""
    data = yaml_data.load(text)
    rows = data.get("insurgents") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise ValueError("local_insurgents: a top-level 'insurgents' list is required")
    out = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not all(row.get(k) for k in ("country", "from", "name", "words")):
            raise ValueError(f"local_insurgents row {i}: country, from, name and words (text) are required")
        if countries.country(row["country"]) is None:
            raise ValueError(f"local_insurgents row {i}: unknown country {row['country']!r}")
        end = None if row.get("to") is None else str(row["to"])  # YAML reads a full date as a date
        start = str(row["from"])
        for d in (start, end):
            if d is not None and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", str(d)):
                raise ValueError(f"local_insurgents row {i}: bad date {d!r}")
        family = str(row.get("family", "rebels"))
        if family not in ("rebels", "ethnic"):
            raise ValueError(f"local_insurgents row {i}: family must be rebels or ethnic, got {family!r}")
        regions = row.get("regions")
        if regions is not None and not (isinstance(regions, list) and all(isinstance(r, str) and r for r in regions)):
            raise ValueError(f"local_insurgents row {i}: regions must be a list of names")
        claimed = row.get("claimed")
        if claimed not in (None, "kept"):
            raise ValueError(f"local_insurgents row {i}: claimed must be 'kept' when given, got {claimed!r}")
        where = re.compile(r"\b(?:" + "|".join(re.escape(r) for r in regions) + r")\b", re.I) if regions else None
        out.append(LocalInsurgents(str(row["country"]), start, end, str(row["name"]),
                                   re.compile(rf"(?:{row['words']})", re.I), family, where,
                                   claimed == "kept"))
    return tuple(out)


@lru_cache(maxsize=1)
def table() -> tuple[LocalInsurgents, ...]:
    return parse(resources.files("sitrep").joinpath("data", "acled", "local_insurgents.yaml")
                 .read_text(encoding="utf-8"))


_WORD_BEFORE = re.compile(r"[\w-]+\s+$")


def local_insurgents(text: str, a: int, b: int, country: str | None, date: str | None) -> EntityRef | None:
    """ACLED's name for the insurgents a phrase at ``a:b`` speaks of in ``country`` on ``date`` ("Islamic
    militants" in Cabo Delgado in 2020), or None."""
    found = local_armed_men(text, a, b, country, date)
    return found[0] if found else None


def local_armed_men(text: str, a: int, b: int, country: str | None, date: str | None) -> tuple[EntityRef, str] | None:
    """(ACLED's name, actor family) of the armed men a phrase at ``a:b`` speaks of in ``country`` on ``date``, or
    None."""
    if not country or not date:
        return None
    before = _WORD_BEFORE.search(text, max(0, a - 20), a)
    phrase = text[before.start() if before else a:b]
    for row in table():
        if row.country == country and row.start <= date[:len(row.start)] and (
                row.end is None or date[:len(row.end)] < row.end) and (
                row.words.fullmatch(phrase) or row.words.fullmatch(text[a:b])) and (
                row.regions is None or row.regions.search(text)):
            return EntityRef(key=_key(row.name), name=row.name, type="armed_group", country=country,
                             acled_name=row.name), row.family
    return None


def _key(name: str) -> str:
    return "acled:insurgents-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def kept_when_claimed(key: str) -> bool:
    """Whether the local insurgents of ``key`` keep ACLED's name when another group claims their attack."""
    return any(row.kept_when_claimed and _key(row.name) == key for row in table())


__all__ = ["LocalInsurgents", "kept_when_claimed", "local_armed_men", "local_insurgents", "parse", "table"]

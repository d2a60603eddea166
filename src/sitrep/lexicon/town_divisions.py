"""Towns the embedded gazetteer files in a division they no longer lie in (``data/gazetteer/town_divisions.tsv``):
its sources keep the division of before a boundary change (South Africa's cross-boundary municipalities, each
placed whole in one province in 2006: Hammanskraal in Gauteng, not North West). The gazetteer reads such a town's
row with the division and district of the table (``lexicon.gazetteer``), so a note's hierarchy
("Hammanskraal (City of Tshwane, Gauteng)") finds the town, and the event is written in its division."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.keys import light_key

_TOWNS = frozenset({"town", "city", "village"})


def parse(text: str, source: str = "town_divisions.tsv") -> dict[tuple[str, str], tuple[str, str]]:
    """(country, town's light key) -> (first-level division, district or ""); ValueError names a bad row (a
    missing column, a bad country code, a town listed twice)."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 4 or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1] or not parts[2]:
            raise ValueError(f"{source}:{n}: bad row {line!r} (country, town, division, district)")
        key = (parts[0], light_key(parts[1]))
        if key in out:
            raise ValueError(f"{source}:{n}: {parts[1]!r} listed twice")
        out[key] = (parts[2], parts[3])
    return out


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[str, str]]:
    return parse(resources.files("sitrep").joinpath("data", "gazetteer", "town_divisions.tsv").read_text(
        encoding="utf-8"))


def moved(fields: list[str]) -> list[str]:
    """A row of the embedded gazetteer's data file (id, name, feature, lat, lon, country, admin1, admin2, ...) with
    the division and district the table gives its town; the row itself when the table has nothing for it."""
    if len(fields) < 8 or fields[2] not in _TOWNS:
        return fields
    got = _table().get((fields[5], light_key(fields[1])))
    if got is None:
        return fields
    return [*fields[:6], got[0], got[1], *fields[8:]]


__all__ = ["moved", "parse"]

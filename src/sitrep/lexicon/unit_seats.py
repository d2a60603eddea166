"""Seats of the second-level units the embedded gazetteer lists without a position (``data/gazetteer/
unit_seats.tsv``): the Philippines' provinces at their capitals. A place of such a unit that no gazetteer knows is
placed at the unit's seat, as ACLED places it. The table names no unit of its own: the units are the gazetteer's, so
the place finder and the comma chains read them as before (``extra_districts`` is the table of the units the
gazetteer lacks)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.keys import light_key


@dataclass(frozen=True)
class UnitSeat:
    country: str
    unit: str  # as the embedded gazetteer names the second-level unit
    division: str  # its first-level division, as the embedded gazetteer names it
    seat: str  # the town of its seat of government, as the embedded gazetteer spells it


def parse(text: str, source: str = "unit_seats.tsv") -> tuple[UnitSeat, ...]:
    """The rows of the table; ValueError names a bad row (a missing column, a bad country code, a unit listed twice
    in one country)."""
    out: list[UnitSeat] = []
    seen: set[tuple[str, str]] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [x.strip() for x in line.split("\t")]
        if len(parts) != 4 or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not all(parts[1:]):
            raise ValueError(f"{source}:{n}: bad row {line!r} (country, unit, division, seat)")
        key = (parts[0], light_key(parts[1]))
        if key in seen:
            raise ValueError(f"{source}:{n}: {parts[1]!r} listed twice")
        seen.add(key)
        out.append(UnitSeat(*parts))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_key() -> dict[tuple[str, str], UnitSeat]:
    text = resources.files("sitrep").joinpath("data", "gazetteer", "unit_seats.tsv").read_text(encoding="utf-8")
    return {(r.country, light_key(r.unit)): r for r in parse(text)}


def unit_seat(country: str, unit: str, division: str) -> str | None:
    """The seat of the second-level unit ``unit`` of ``country`` (case, accents, spaces and hyphens aside) when the
    table files it in ``division``; None otherwise."""
    row = _by_key().get((country, light_key(unit)))
    return row.seat if row is not None and row.division == division else None


__all__ = ["UnitSeat", "parse", "unit_seat"]

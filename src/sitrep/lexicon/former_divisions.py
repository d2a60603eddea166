"""First-level divisions dissolved or divided whose names older reports still write
(``data/gazetteer/former_divisions.tsv``: Ghana's Brong-Ahafo, the DR Congo's Katanga and Orientale, Ethiopia's
Southern Nations region). Conflict data code such events in today's divisions; the former name tells the country
(``extract.place_votes``), not which successor. They carry no position."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon import countries
from sitrep.lexicon.keys import light_key


@dataclass(frozen=True)
class FormerDivision:
    country: str
    name: str
    spellings: tuple[str, ...]  # the name and its other spellings
    successors: tuple[str, ...]  # today's divisions (gazetteer names)
    dissolved: str  # ISO date


def parse(text: str, source: str = "former_divisions.tsv") -> tuple[FormerDivision, ...]:
    """The rows of the table; ValueError names a bad row."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 5 or not all(cells[i].strip() for i in (0, 1, 3, 4)):
            raise ValueError(f"{source}:{n}: country, name, successors and date are required")
        if countries.country(cells[0]) is None:
            raise ValueError(f"{source}:{n}: unknown country {cells[0]!r}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", cells[4]):
            raise ValueError(f"{source}:{n}: bad date {cells[4]!r}")
        spellings = (cells[1], *(s for s in cells[2].split("|") if s))
        out.append(FormerDivision(cells[0], cells[1], spellings, tuple(cells[3].split("|")), cells[4]))
    return tuple(out)


@lru_cache(maxsize=1)
def table() -> tuple[FormerDivision, ...]:
    return parse(resources.files("sitrep").joinpath("data", "gazetteer", "former_divisions.tsv")
                 .read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _by_key() -> dict[str, tuple[FormerDivision, ...]]:
    out: dict[str, list[FormerDivision]] = {}
    for row in table():
        for k in {light_key(s) for s in row.spellings}:
            out.setdefault(k, []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def former_named(name: str) -> tuple[FormerDivision, ...]:
    """The former divisions spelled ``name`` (case, accents, spaces and hyphens aside)."""
    return _by_key().get(light_key(name), ())


__all__ = ["FormerDivision", "former_named", "parse", "table"]

"""First-level divisions dissolved or divided whose names older reports still write
(``data/gazetteer/former_divisions.tsv``: Ghana's Brong-Ahafo, the DR Congo's Katanga and Orientale). Conflict data
code such events in today's divisions; the former name tells the country, not which successor."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon import countries


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
def _pattern() -> re.Pattern[str]:
    names = sorted({s for row in table() for s in row.spellings}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names or ["(?!)"]) + r")(?![\w-])")


def named(text: str) -> list[FormerDivision]:
    """The former divisions ``text`` names, in text order, written with their letter case."""
    by_spelling = {s: row for row in table() for s in row.spellings}
    return [by_spelling[m.group(1)] for m in _pattern().finditer(text)]


__all__ = ["FormerDivision", "named", "parse", "table"]

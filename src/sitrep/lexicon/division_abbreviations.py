"""Abbreviations of first-level divisions (``data/gazetteer/division_abbreviations.tsv``): "KPK" for Khyber
Pakhtunkhwa, "AJK" for Azad Jammu and Kashmir. The gazetteer gives them to the division as other names; the place
rules read them as the division ("(Hangu, KPK)")."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.keys import light_key


def parse(text: str, source: str = "division_abbreviations.tsv") -> tuple[tuple[str, str, str], ...]:
    """The rows of the table, (country, division, abbreviation); ValueError names a bad row (a missing column, a
    bad country code, an abbreviation not in capitals, one listed twice)."""
    out: list[tuple[str, str, str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 4 or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1] or not re.fullmatch(
                r"[A-Z][A-Z&]+", parts[2]):
            raise ValueError(f"{source}:{n}: bad row {line!r} (country, division, abbreviation, note)")
        if any(r[2] == parts[2] for r in out):
            raise ValueError(f"{source}:{n}: {parts[2]!r} listed twice")
        out.append((parts[0], parts[1], parts[2]))
    return tuple(out)


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, str], ...]:
    return parse(resources.files("sitrep").joinpath("data", "gazetteer", "division_abbreviations.tsv").read_text(
        encoding="utf-8"))


@lru_cache(maxsize=1)
def division_abbreviations() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, ``light_key`` of the division) -> its abbreviations."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for country, division, abbreviation in _rows():
        key = (country, light_key(division))
        out[key] = (*out.get(key, ()), abbreviation)
    return out


def division_names() -> dict[str, str]:
    """Abbreviation -> the division's name as the table writes it ("KPK": "Khyber Pakhtunkhwa")."""
    return {abbreviation: division for _, division, abbreviation in _rows()}


def is_division_abbreviation(name: str) -> bool:
    """Whether ``name`` is written as the table's abbreviation of a division."""
    return name in division_names()


__all__ = ["division_abbreviations", "division_names", "is_division_abbreviation", "parse"]

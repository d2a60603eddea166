"""The word each country calls its first-level divisions by (``data/countries/division_words.csv``: Venezuela's
and Mexico's states, Colombia's departments, Ecuador's provinces). A division's name shared by several countries
and written with that word ("Bolivar state") is the division of the countries whose divisions are so called: of
Venezuela, not of Colombia's Bolivar department or Ecuador's Bolivar province. General knowledge of the countries'
administrations."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Set
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.countries import countries


def parse(text: str, known: set[str]) -> dict[str, frozenset[str]]:
    """Country -> the words (lower case) of its first-level divisions; ValueError names a bad row."""
    out: dict[str, frozenset[str]] = {}
    for n, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        iso2, words = (row.get("country") or "").strip(), (row.get("words") or "").strip().lower()
        if iso2 not in known or not words or iso2 in out:
            raise ValueError(f"division_words.csv:{n}: a known country once and its words are needed, got {iso2!r}")
        out[iso2] = frozenset(w.strip() for w in words.split("|") if w.strip())
    return out


@lru_cache(maxsize=1)
def division_words() -> dict[str, frozenset[str]]:
    text = resources.files("sitrep").joinpath("data", "countries", "division_words.csv").read_text(encoding="utf-8")
    return parse(text, set(countries()))


@lru_cache(maxsize=1)
def _words_longest_first() -> tuple[str, ...]:
    return tuple(sorted({w for ws in division_words().values() for w in ws}, key=len, reverse=True))


def word_of(name: str) -> str | None:
    """The division word that ends ``name`` ("Bolivar state" -> "state"), among the table's; None without one."""
    low = re.sub(r"\s+", " ", name.strip().lower())
    return next((w for w in _words_longest_first() if low.endswith(" " + w)), None)


def called(found: Set[str], word: str | None) -> set[str]:
    """Of the countries ``found`` that have a division of a name, those whose first-level divisions are called
    ``word`` (and those the table does not know), when some are; else all of them."""
    table = division_words()
    if not word or len(found) < 2:
        return set(found)
    word = word.strip().lower()
    match = {c for c in found if word in table.get(c, frozenset())}
    return (match | {c for c in found if c not in table}) if match else set(found)


__all__ = ["called", "division_words", "parse", "word_of"]

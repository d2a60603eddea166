"""Tables of names that each lie in one country (``data/countries/landmarks.csv``, ``regions.csv``): rows of a name,
its country, other names and a note, read and checked in one way, and the names found in a text by one pattern.
A name two countries share is refused: it tells no one country."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from sitrep.lexicon.countries import countries


def name_key(name: str) -> str:
    """A name as the tables file it: lower case, single spaces."""
    return " ".join(name.lower().split())


def parse_country_names(text: str, known: set[str], source: str, column: str,
                        required: Sequence[str] = ()) -> dict[str, str]:
    """Each name of ``column`` and its ``other_names`` (``name_key``) -> its country; ValueError names a bad row of
    ``source`` (no name, an unknown country, an empty ``required`` column, a name given in two countries)."""
    out: dict[str, str] = {}
    for n, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        name, iso2 = ((row.get(k) or "").strip() for k in (column, "country"))
        missing = [k for k in required if not (row.get(k) or "").strip()]
        if not name or iso2 not in known or missing:
            needed = ", ".join([f"a {column}", "a known country", *(f"a {k}" for k in required)])
            raise ValueError(f"{source}:{n}: {needed} are needed, got {name!r}, {iso2!r}"
                             + "".join(f", {k} {(row.get(k) or '').strip()!r}" for k in required))
        for alias in [name, *(a.strip() for a in (row.get("other_names") or "").split("|") if a.strip())]:
            if out.setdefault(name_key(alias), iso2) != iso2:
                raise ValueError(f"{source}:{n}: {alias!r} is a {column} of two countries")
    return out


def alternation(names: Iterable[str]) -> str:
    """The names as a pattern's alternatives, longest first, any spaces between their words."""
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(names, key=len, reverse=True))


def names_pattern(home: dict[str, str]) -> re.Pattern[str]:
    """One pattern for every name of a table, longest first, any spaces between its words, not inside a word."""
    return re.compile(rf"(?<![\w-])(?:{alternation(home)})(?![\w-])", re.I)


@cache
def country_names(filename: str, column: str, required: tuple[str, ...] = ()) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of a shipped table's names (``data/countries/FILENAME``) and each name's country, read once."""
    text = resources.files("sitrep").joinpath("data", "countries", filename).read_text(encoding="utf-8")
    home = parse_country_names(text, set(countries()), filename, column, required)
    return names_pattern(home), home


__all__ = ["alternation", "country_names", "name_key", "names_pattern", "parse_country_names"]

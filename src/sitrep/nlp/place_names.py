"""Names of places that are not spelled out in prose: country abbreviations ("U.S."), and the document-local
key of a place name (spellings of one name share it; countries of similar names do not)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import light_key, place_key

__all__ = ["abbreviations", "local_key"]


@lru_cache(maxsize=1)
def _abbreviation_table() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """``place_abbreviations.yaml`` (abbreviation -> country name) and a pattern finding its abbreviations."""
    text = (resources.files("sitrep") / "data" / "dictionaries" / "place_abbreviations.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    table = data.get("abbreviations") if isinstance(data, dict) else None
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
        raise ValueError("place_abbreviations.yaml: 'abbreviations' must map each abbreviation (text) to a "
                         "country name (text)")
    if not table:
        return {}, None
    alts = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    # not before a hyphen or another word: "U.S. forces", "U.S.-led", "the U.S. AFRICOM command" use the country
    # as an adjective, and the events' places must not take it for where something happened
    return dict(table), re.compile(rf"(?<![\w.])(?:{alts})(?![\w]|\.\w|-\w|[ \t]+[A-Za-z])")


def abbreviations(text: str) -> list[tuple[int, int, str]]:
    """Country abbreviations ("U.S.", "UAE"): start, end and the name of the country they stand for."""
    table, pattern = _abbreviation_table()
    if pattern is None:
        return []
    return [(m.start(), m.end(), table[m.group()]) for m in pattern.finditer(text)]


def local_key(name: str) -> str:
    """The document-local key of a place name: its ``place_key``, so that spellings of one name join
    (Jawzjan, Jowzjan), except for a country whose ``place_key`` another country shares (Niger, Nigeria):
    there the light key, since neighbours of similar names are two places."""
    key = place_key(name)
    return light_key(name) if name in _clashing_countries() else key


@lru_cache(maxsize=1)
def _clashing_countries() -> frozenset[str]:
    """Names of countries whose ``place_key`` is also that of another country's name."""
    by_key: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for name, p in default_gazetteer().names():
        if p.feature == "country":
            by_key.setdefault(place_key(name), set()).add(p.id)
            names[name] = place_key(name)
    return frozenset(n for n, k in names.items() if len(by_key[k]) > 1)

"""Names the embedded gazetteer gives its places besides its sources' names: a town's name without the unit word its
country joins to it (``data/gazetteer/name_suffixes.tsv``: Korea's "-gun", "-si"; "Yeongwol" for Yeongwol-gun), and
the other names texts write a division by (``division_other_names.tsv``: "Yakutia" for the Republic of Sakha)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from sitrep.lexicon import extra_towns
from sitrep.lexicon.admin1_in_use import other_spellings
from sitrep.lexicon.division_abbreviations import division_abbreviations
from sitrep.lexicon.keys import light_key

MIN_BARE = 5  # letters of the bare name at least: shorter ones ("Jung", "Seo") are words of the compass


def parse(text: str, source: str = "name_suffixes.tsv") -> dict[str, tuple[str, ...]]:
    """country -> its suffixes; ValueError names a bad row (a missing column, a bad country code, an empty suffix)."""
    out: dict[str, list[str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 3 or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1].strip(" -"):
            raise ValueError(f"{source}:{n}: bad row {line!r} (country, suffix, note)")
        out.setdefault(parts[0], []).append(parts[1])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def name_suffixes() -> dict[str, tuple[str, ...]]:
    return parse(resources.files("sitrep").joinpath("data", "gazetteer", "name_suffixes.tsv").read_text(
        encoding="utf-8"))


def parse_divisions(text: str, source: str = "division_other_names.tsv") -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, ``light_key`` of the division's gazetteer name) -> its other names; ValueError names a bad row."""
    out: dict[tuple[str, str], list[str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 4 or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1] or not parts[2]:
            raise ValueError(f"{source}:{n}: bad row {line!r} (country, division, other name, note)")
        out.setdefault((parts[0], light_key(parts[1])), []).append(parts[2])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def division_other_names() -> dict[tuple[str, str], tuple[str, ...]]:
    return parse_divisions(resources.files("sitrep").joinpath("data", "gazetteer", "division_other_names.tsv")
                           .read_text(encoding="utf-8"))


def bare_names(names: tuple[str, ...], country: str | None) -> tuple[str, ...]:
    """The names of ``names`` without the unit word their country joins to them ("Yeongwol-gun" -> "Yeongwol"),
    at least ``MIN_BARE`` letters long and not among ``names`` already."""
    suffixes = name_suffixes().get(country or "", ())
    have = {n.lower() for n in names}
    out: list[str] = []
    for n in names:
        for s in suffixes:
            bare = n[:-len(s)].strip() if n.lower().endswith(s.lower()) else ""
            if len(re.sub(r"[^A-Za-z]", "", bare)) >= MIN_BARE and bare.lower() not in have:
                have.add(bare.lower())
                out.append(bare)
    return tuple(out)


def added_names(name: str, feature: str, names: tuple[str, ...], country: str | None) -> tuple[str, ...]:
    """The names sitrep's tables give a gazetteer place besides its sources' (``names``), that it lacks: a division's
    other spellings by conflict data (``admin1_in_use.other_spellings``), its abbreviations
    (``division_abbreviations``) and other names (``division_other_names``, a district's too); a town's other names
    (``extra_towns.other_names``); a town's, city's or district's name without its country's unit word."""
    key = (country or "", light_key(name))
    tables = (*other_spellings().get(key, ()), *division_abbreviations().get(key, ()),
              *division_other_names().get(key, ())) if feature == "admin1" else \
        division_other_names().get(key, ()) if feature == "admin2" else ()
    towns = extra_towns.other_names().get((country or "", name), ())
    bare = bare_names(names, country) if feature in ("city", "town", "admin2") else ()
    have = {light_key(n) for n in names}
    out: list[str] = []
    for n in (*tables, *towns, *bare):
        if light_key(n) not in have:
            have.add(light_key(n))
            out.append(n)
    return tuple(out)


__all__ = ["added_names", "bare_names", "division_other_names", "name_suffixes", "parse", "parse_divisions"]

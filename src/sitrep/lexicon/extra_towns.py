"""Towns the embedded gazetteer lacks (``data/gazetteer/towns.tsv``), where GeoNames' town lists are sparse for a
country (Lebanon's, Iraq's). Each row becomes a line of the embedded gazetteer's data file (a town without
population), read with the file's own rows (``lexicon.gazetteer``). ``data/gazetteer/town_names.tsv`` gives towns
the gazetteer lists other names conflict data write ("Nassriya" for Nasiriyah)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.keys import light_key


@dataclass(frozen=True)
class Town:
    country: str
    name: str
    division: str  # the first-level division, as the embedded gazetteer names it
    lat: float
    lon: float
    names: tuple[str, ...] = ()


def _number(text: str, limit: float) -> float | None:
    try:
        x = float(text)
    except ValueError:
        return None
    return x if -limit <= x <= limit else None


def parse(text: str, source: str = "towns.tsv") -> tuple[Town, ...]:
    """The rows of the table; ValueError names a bad row (a missing column, a bad country code or position, a
    town listed twice in one country)."""
    out: list[Town] = []
    seen: set[tuple[str, str]] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        lat = _number(parts[3], 90) if len(parts) == 6 else None
        lon = _number(parts[4], 180) if len(parts) == 6 else None
        if lat is None or lon is None or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1] or not parts[2]:
            raise ValueError(f"{source}:{n}: bad row {line!r} (country, town, division, lat, lon, other names)")
        names = tuple(x.strip() for x in parts[5].split("|") if x.strip())
        for k in {light_key(x) for x in (parts[1], *names)}:
            if (parts[0], k) in seen:
                raise ValueError(f"{source}:{n}: {parts[1]!r} listed twice")
            seen.add((parts[0], k))
        out.append(Town(parts[0], parts[1], parts[2], lat, lon, names))
    return tuple(out)


def extra_towns() -> tuple[Town, ...]:
    return parse(resources.files("sitrep").joinpath("data", "gazetteer", "towns.tsv").read_text(encoding="utf-8"))


def data_lines() -> list[str]:
    """The towns as lines of the embedded gazetteer's data file (id, name, feature, lat, lon, country, admin1,
    admin2, population, code, other names), without the keys column: the reader computes the keys."""
    return [f"towns.tsv:{t.country}:{i}\t{t.name}\ttown\t{t.lat}\t{t.lon}\t{t.country}\t{t.division}\t\t0\t\t"
            f"{'|'.join(t.names)}\n" for i, t in enumerate(extra_towns(), 1)]


def parse_names(text: str, source: str = "town_names.tsv") -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, town as the gazetteer names it) -> its other names; ValueError names a bad row."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        names = tuple(x.strip() for x in parts[2].split("|") if x.strip()) if len(parts) == 3 else ()
        if not names or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1] or (parts[0], parts[1]) in out:
            raise ValueError(f"{source}:{n}: bad row {line!r} (country, town, other names)")
        out[(parts[0], parts[1])] = names
    return out


@lru_cache(maxsize=1)
def other_names() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, town as the gazetteer names it) -> the other names ``town_names.tsv`` gives it."""
    return parse_names(resources.files("sitrep").joinpath("data", "gazetteer", "town_names.tsv").read_text(
        encoding="utf-8"))


__all__ = ["Town", "data_lines", "extra_towns", "other_names", "parse", "parse_names"]

"""Towns the embedded gazetteer lacks (``data/gazetteer/towns.tsv``), where GeoNames' town lists are sparse for a
country (the seats of many of Cameroon's arrondissements; Lebanon's, Iraq's and Bahrain's towns). Each row gives the
town's first-level division, its district where the table knows it, an approximate position and other names; the
embedded gazetteer reads them as rows of its own (``lexicon.gazetteer``), towns of 1,000 people (the least of the
gazetteer's towns). ``data/gazetteer/town_names.tsv`` gives towns the gazetteer lists other names conflict data
write ("Nassriya" for Nasiriyah)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.keys import light_key

POPULATION = 1_000  # the least population of the gazetteer's towns
_COLUMNS = "country, town, division, district, lat, lon, other names"


@dataclass(frozen=True)
class Town:
    country: str
    name: str
    division: str  # the first-level division, as the embedded gazetteer names it
    district: str  # the second-level division, "" where the table does not give it
    lat: float
    lon: float
    names: tuple[str, ...] = ()

    def row(self) -> str:
        """The town as a row of the embedded gazetteer's data file (without its keys column)."""
        return "\t".join([f"t:{self.country}:{self.name}", self.name, "town", f"{self.lat:.4f}", f"{self.lon:.4f}",
                          self.country, self.division, self.district, str(POPULATION), "", "|".join(self.names)])


def _position(v: str) -> float | None:
    try:
        return float(v)
    except ValueError:
        return None


def parse(text: str, source: str = "towns.tsv") -> tuple[Town, ...]:
    """The rows of the table; ValueError names a bad row (a missing column, a bad country code or position, a town
    listed twice in one country)."""
    out: list[Town] = []
    seen: set[tuple[str, str]] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        lat, lon = (_position(parts[4]), _position(parts[5])) if len(parts) == 7 else (None, None)
        if lat is None or lon is None or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not all(parts[1:3]) or not (
                -90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"{source}:{n}: bad row {line!r} ({_COLUMNS})")
        names = tuple(x.strip() for x in parts[6].split("|") if x.strip())
        for k in {light_key(x) for x in (parts[1], *names)}:
            if (parts[0], k) in seen:
                raise ValueError(f"{source}:{n}: {parts[1]!r} listed twice")
            seen.add((parts[0], k))
        out.append(Town(parts[0], parts[1], parts[2], parts[3], lat, lon, names))
    return tuple(out)


@lru_cache(maxsize=1)
def extra_towns() -> tuple[Town, ...]:
    return parse(resources.files("sitrep").joinpath("data", "gazetteer", "towns.tsv").read_text(encoding="utf-8"))


def data_lines() -> list[str]:
    """The table's towns as rows of the embedded gazetteer's data file, each ended by a newline."""
    return [t.row() + "\n" for t in extra_towns()]


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


__all__ = ["POPULATION", "Town", "data_lines", "extra_towns", "other_names", "parse", "parse_names"]

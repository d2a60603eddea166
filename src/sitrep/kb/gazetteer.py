"""The gazetteer: places, their names and administrative polygons.

Two stores answer the same questions. The user's gazetteer lives in the
knowledge base (tables of migration 0003, written by ``import_files`` from
GeoNames dumps, geoBoundaries GeoJSON and CSV lists); the embedded default
(``default_gazetteer``) ships with sitrep in ``sitrep/data/gazetteer`` and works
with no import. Both are looked up by ``place_key``, a transliteration key
under which Jawzjan, Jowzjan and "Joz jan" are one name.

With ``storage`` and ``queries``, this is the only module of sitrep that speaks SQL.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import hashlib
import io
import json
import math
import re
import sqlite3
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

FEATURES = ("country", "admin1", "admin2", "city", "town", "village", "place")
# ---------------------------------------------------------------- names

_QUOTES = re.compile(r"['’‘ʿʾ`´]")
_VOWELS = frozenset("aeiou")


def _ascii(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def light_key(name: str) -> str:
    """Letters and digits of a name, lower case, accents, spaces, hyphens and apostrophes gone."""
    s = _QUOTES.sub("", _ascii(name).lower())
    out = re.sub(r"[\W_]+", "", s)
    return out or " ".join(name.casefold().split())


def place_key(name: str) -> str:
    """The transliteration key of a place name: spelling variants of one name share it.

    Vowels fold away (an initial vowel becomes ``a``), ``y`` after the first
    letter and a ``w`` closing a diphthong (Jowzjan, Kowt) count as vowels,
    ``q`` is ``k``, ``v`` is ``w``, ``khw`` is ``kh``, doubled letters are one,
    and spaces, hyphens and connectors (Sar-i-Pul, Sar-e Pul) disappear. Names
    in other scripts keep their case-folded letters.
    """
    t = light_key(name)
    if not t.isascii():
        return t
    t = t.replace("q", "k").replace("v", "w").replace("ck", "k").replace("ph", "f")
    out: list[str] = []
    for i, ch in enumerate(t):
        if ch in _VOWELS:
            if i == 0:
                out.append("a")
            continue
        if ch == "y" and i > 0:
            continue
        if ch == "w" and i > 0:
            nxt = t[i + 1] if i + 1 < len(t) else ""
            if (t[i - 1] in _VOWELS and nxt not in _VOWELS) or t[max(0, i - 2):i] == "kh":
                continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out) or t


def similar_names(a: str, b: str) -> bool:
    """Whether two names sharing a ``place_key`` are plausibly spellings of one name, not a key collision."""
    la, lb = light_key(a), light_key(b)
    if la == lb:
        return True
    if len(place_key(a)) >= 5:
        return True
    return difflib.SequenceMatcher(None, la, lb).ratio() >= 0.7


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    id: str
    name: str
    feature: str  # one of FEATURES
    lat: float | None
    lon: float | None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    source: str = "default"
    names: tuple[str, ...] = ()
    feature_code: str | None = None
    admin1_code: str | None = None

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *[n for n in self.names if n != self.name])


@dataclass(frozen=True)
class Polygon:
    id: str
    name: str
    level: int
    country: str | None
    parent: str | None
    rings: tuple[tuple[tuple[tuple[float, float], ...], ...], ...]  # polygons -> rings -> (lon, lat)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs = [x for poly in self.rings for x, _ in poly[0]]
        ys = [y for poly in self.rings for _, y in poly[0]]
        return min(xs), min(ys), max(xs), max(ys)

    def contains(self, lon: float, lat: float) -> bool:
        return any(_in_ring(lon, lat, poly[0]) and not any(_in_ring(lon, lat, hole) for hole in poly[1:])
                   for poly in self.rings)

    def centroid(self) -> tuple[float, float]:
        """(lat, lon) of the area centroid of the largest outer ring."""
        ring = max((poly[0] for poly in self.rings), key=lambda r: abs(_area(r)))
        a = _area(ring)
        if abs(a) < 1e-12:
            return sum(y for _, y in ring) / len(ring), sum(x for x, _ in ring) / len(ring)
        cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            f = x0 * y1 - x1 * y0
            cx += (x0 + x1) * f
            cy += (y0 + y1) * f
        return cy / (6 * a), cx / (6 * a)


def _area(ring: tuple[tuple[float, float], ...]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def _in_ring(x: float, y: float, ring: tuple[tuple[float, float], ...]) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


# ---------------------------------------------------------------- import


class GazetteerError(Exception):
    """A gazetteer file that cannot be imported; the message says why."""


@dataclass(frozen=True)
class ImportOptions:
    """Column names and defaults for files whose headers are not recognized."""

    name_col: str | None = None
    lat_col: str | None = None
    lon_col: str | None = None
    alt_col: str | None = None
    admin1_col: str | None = None
    admin2_col: str | None = None
    country_col: str | None = None
    feature: str | None = None  # feature class of every row
    country: str | None = None  # country of every row (ISO alpha-2, alpha-3 or name)
    admin_level: int | None = None  # admin level of every polygon of a GeoJSON file


@dataclass
class ImportResult:
    path: str
    source: str
    kind: str = ""
    places: int = 0
    polygons: int = 0
    error: str | None = None


_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "village_name", "adm2_name", "adm1_name", "place_name", "placename", "shapename",
             "district_name", "province_name", "asciiname", "ascii_name", "location", "place", "city", "town",
             "village", "settlement", "name_en", "english_name"),
    "lat": ("lat", "latitude", "centroid_lat", "y", "lat_dd", "ycoord"),
    "lon": ("lon", "lng", "long", "longitude", "centroid_lon", "centroid_lng", "x", "lon_dd", "xcoord"),
    "alt": ("alternatenames", "alternate_names", "alt_names", "altnames", "aliases", "other_names", "variants"),
    "admin1": ("admin1", "province", "adm1_name", "adm1_name_pip", "admin1_name", "province_name", "state",
               "region", "province_territory", "adm1"),
    "admin2": ("admin2", "district", "adm2_name", "admin2_name", "district_name", "adm2"),
    "admin1_code": ("admin1code", "admin1_code"),
    "country": ("country", "countrycode", "country_code", "cc", "iso", "iso2", "iso_a2", "iso3", "country_name"),
    "population": ("population", "pop"),
    "id": ("geonameid", "id", "shapeid", "no", "fid", "objectid", "code"),
    "feature": ("level", "feature", "feature_class", "feature_code", "fcode", "type", "admin_level"),
}
_NAME_FEATURE = {"village_name": "village", "adm2_name": "admin2", "adm1_name": "admin1", "district_name": "admin2",
                 "province_name": "admin1", "village": "village", "town": "town", "city": "city"}
_FEATURE_WORDS = {
    "country": "country", "pcli": "country", "province": "admin1", "admin1": "admin1", "adm1": "admin1",
    "state": "admin1", "region": "admin1", "1": "admin1", "district": "admin2", "admin2": "admin2",
    "adm2": "admin2", "county": "admin2", "agency": "admin2", "2": "admin2", "city": "city", "town": "town",
    "village": "village", "settlement": "village", "hamlet": "village",
}


_NO_NAME = frozenset({"n/a", "na", "-", "unknown", "none", "null"})


def _norm_header(h: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", h.strip().lower().lstrip("\ufeff")).strip("_")


def _populated_feature(population: int) -> str:
    return "city" if population >= 100_000 else "town" if population >= 1_000 else "village"


def _float(v: str | None) -> float | None:
    try:
        f = float(v) if v not in (None, "") else None
    except ValueError:
        return None
    return f if f is not None and math.isfinite(f) else None


def _int(v: str | None) -> int:
    try:
        return int(float(v)) if v else 0
    except ValueError:
        return 0


def _split_names(v: str | None) -> list[str]:
    if not v:
        return []
    sep = "|" if "|" in v else ";" if ";" in v else ","
    return [n.strip() for n in v.split(sep) if n.strip()]


def _file_country(path: Path) -> str | None:
    """A country named by the file name: an upper-case ISO alpha-3 code, a leading one, or a country name."""
    stem = path.stem
    tokens = [t for t in re.split(r"[^A-Za-z]+", stem) if t]
    countries = default_gazetteer().countries
    found = set()
    for i, t in enumerate(tokens):
        if len(t) == 3 and (t.isupper() or i == 0) and t.upper() in countries.by_iso3:
            found.add(countries.by_iso3[t.upper()])
        elif len(t) > 3 and light_key(t) in countries.by_name:
            found.add(countries.by_name[light_key(t)])
    return found.pop() if len(found) == 1 else None


def _country_code(value: str | None) -> str | None:
    if not value:
        return None
    v = value.strip()
    c = default_gazetteer().countries
    if len(v) == 2 and v.isalpha():
        return v.upper()
    if len(v) == 3 and v.upper() in c.by_iso3:
        return c.by_iso3[v.upper()]
    return c.by_name.get(light_key(v))


def _open_text(path: Path) -> Iterator[IO[str]]:
    """The text of a file, or of the data member of a GeoNames zip."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as z:
            members = [n for n in z.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise GazetteerError("zip file without a GeoNames .txt member")
            with z.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
        return
    with open(path, encoding="utf-8-sig", newline="") as fh:
        yield fh


def detect_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".geojson",):
        return "geojson"
    if suffix == ".zip":
        return "geonames"
    try:
        with open(path, encoding="utf-8-sig") as fh:
            head = fh.read(4096)
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"not UTF-8 text ({exc.reason})") from None
    if not head.strip():
        raise GazetteerError("empty file")
    if head.lstrip().startswith("{"):
        return "geojson"
    first = head.splitlines()[0]
    cols = first.split("\t")
    if len(cols) >= 15 and cols[0].isdigit():
        return "geonames"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    raise GazetteerError(f"unrecognized gazetteer format {suffix or path.name!r}"
                         " (GeoNames .txt/.zip, GeoJSON, or CSV with a header)")


def read_geonames(path: Path, source: str) -> Iterator[Place]:
    """A GeoNames dump: tab-separated, no header (cities500.txt, allCountries.txt, XX.txt or XX.zip)."""
    code_names = default_gazetteer().admin1_names
    for fh in _open_text(path):
        for n, line in enumerate(fh, 1):
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 15:
                if not line.strip():
                    continue
                raise GazetteerError(f"line {n}: {len(cols)} tab-separated fields, a GeoNames row has 19")
            fclass, fcode, cc = cols[6], cols[7], cols[8]
            lat, lon = _float(cols[4]), _float(cols[5])
            if lat is None or lon is None:
                raise GazetteerError(f"line {n}: bad coordinates {cols[4]!r}, {cols[5]!r}")
            population = _int(cols[14])
            if fclass == "A" and fcode.startswith("PCL"):
                feature = "country"
            elif fclass == "A" and fcode == "ADM1":
                feature = "admin1"
            elif fclass == "A" and fcode == "ADM2":
                feature = "admin2"
            elif fclass == "P":
                feature = _populated_feature(population)
            else:
                feature = "place"
            admin1 = code_names.get(f"{cc}.{cols[10]}") if cols[10] else None
            if feature == "admin1":
                admin1 = cols[1]
            names = [cols[2], *cols[3].split(",")] if cols[3] else [cols[2]]
            yield Place(id=f"{source}:{cols[0]}", name=cols[1], feature=feature, lat=lat, lon=lon, country=cc or None,
                        admin1=admin1, admin2=cols[1] if feature == "admin2" else None, population=population,
                        source=source, names=tuple(dict.fromkeys(x for x in names if x)), feature_code=fcode,
                        admin1_code=cols[10] or None)


def read_csv(path: Path, source: str, opts: ImportOptions) -> Iterator[Place]:  # noqa: C901, PLR0915
    """A CSV (or tab-separated) list with a header; columns are recognized by name or given in ``opts``."""
    for fh in _open_text(path):
        sample = fh.read(8192)
        fh.seek(0)
        try:
            dialect: Any = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",\t;|")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(fh, dialect)
        header = next(reader, None)
        if not header:
            raise GazetteerError("empty file")
        norm = [_norm_header(h) for h in header]
        given = {"name": opts.name_col, "lat": opts.lat_col, "lon": opts.lon_col, "alt": opts.alt_col,
                 "admin1": opts.admin1_col, "admin2": opts.admin2_col, "country": opts.country_col}
        cols: dict[str, int] = {}
        for role, aliases in _HEADER_ALIASES.items():
            want = given.get(role)
            if want:
                if _norm_header(want) not in norm:
                    raise GazetteerError(f"no column {want!r} (columns: {', '.join(header)})")
                cols[role] = norm.index(_norm_header(want))
                continue
            for a in aliases:
                if a in norm and norm.index(a) not in cols.values():
                    cols[role] = norm.index(a)
                    break
        missing = [r for r in ("name", "lat", "lon") if r not in cols]
        if missing:
            raise GazetteerError(f"cannot tell the {'/'.join(missing)} column from the header "
                                 f"({', '.join(header)}); name it with --{missing[0]}-col")
        alt_cols = [i for i, h in enumerate(norm) if re.fullmatch(r"name_[a-z]{2,3}", h) and i != cols["name"]]
        if "alt" in cols:
            alt_cols.append(cols["alt"])
        name_header = norm[cols["name"]]
        default_feature = opts.feature or _NAME_FEATURE.get(name_header) or _feature_from_filename(path)
        default_country = _country_code(opts.country) if opts.country else _file_country(path)
        code_names = default_gazetteer().admin1_names
        seen_ids: set[str] = set()
        for n, row in enumerate(reader, 2):
            if not row or not any(c.strip() for c in row):
                continue
            if len(row) < len(header):
                row = row + [""] * (len(header) - len(row))

            def get(role: str, row: list[str] = row, cols: dict[str, int] = cols) -> str | None:
                i = cols.get(role)
                v = row[i].strip() if i is not None else ""
                return v or None

            name = get("name")
            if not name or name.rstrip(".").lower() in _NO_NAME or not (get("lat") and get("lon")):
                continue  # a row without a name or a position: nothing to place
            lat, lon = _float(get("lat")), _float(get("lon"))
            if lat == 0 and lon == 0:
                continue  # 0, 0 stands for "unknown" in many lists
            if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise GazetteerError(f"line {n}: bad coordinates {get('lat')!r}, {get('lon')!r}")
            population = _int(get("population"))
            word = (get("feature") or "").lower()
            feature = (_FEATURE_WORDS.get(word) or ("country" if word.startswith("pcl") else None)
                       or (_populated_feature(population) if word.startswith("ppl") else None)
                       or default_feature or (_populated_feature(population) if "population" in cols else "town"))
            country = _country_code(get("country")) or default_country
            admin1 = get("admin1")
            code = get("admin1_code")
            if admin1 is None and code and country:
                admin1 = code_names.get(f"{country}.{code}")
            admin2 = get("admin2")
            if feature == "admin1":
                admin1 = admin1 or name
            if feature == "admin2":
                admin2 = name
            alts = [a for i in alt_cols for a in _split_names(row[i])]
            local = get("id") or str(n)
            if local in seen_ids:  # ids unique only per level, or repeated: the row number tells them apart
                local = f"{local}@{n}"
            seen_ids.add(local)
            yield Place(id=f"{source}:{local}", name=name, feature=feature, lat=lat, lon=lon, country=country,
                        admin1=admin1, admin2=admin2, population=population, source=source,
                        names=tuple(dict.fromkeys(a for a in alts if a != name)), feature_code=word or None,
                        admin1_code=code)


def _feature_from_filename(path: Path) -> str | None:
    stem = path.stem.lower()
    if "village" in stem:
        return "village"
    if "district" in stem or "adm2" in stem:
        return "admin2"
    if "province" in stem or "prov" in stem or "adm1" in stem:
        return "admin1"
    return None


_GJ_NAME = ("shapeName", "shapename", "name", "NAME", "districts", "district", "district_agency", "adm2_name",
            "ADM2_EN", "NAME_2", "adm1_name", "ADM1_EN", "NAME_1", "province_territory", "province", "admin1Name")
_GJ_LEVEL2 = ("districts", "district", "district_agency", "adm2_name", "ADM2_EN", "NAME_2")
_GJ_PARENT = ("province_territory", "province", "adm1_name", "ADM1_EN", "NAME_1", "admin1Name")


def read_geojson(path: Path, source: str, opts: ImportOptions) -> Iterator[Polygon]:
    """Administrative polygons from GeoJSON (geoBoundaries and the like) with their admin level."""
    try:
        data = json.loads(path.read_text("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"malformed GeoJSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("features"), list):
        raise GazetteerError("not a GeoJSON FeatureCollection")
    default_country = _country_code(opts.country) if opts.country else _file_country(path)
    for n, ft in enumerate(data["features"]):
        props = ft.get("properties") or {}
        geom = ft.get("geometry") or {}
        level = opts.admin_level
        shape_type = str(props.get("shapeType") or "")
        if level is None and re.fullmatch(r"ADM\d", shape_type):
            level = int(shape_type[3])
        if level is None:
            level = 2 if any(props.get(k) for k in _GJ_LEVEL2) else None
        if level is None:
            m = re.search(r"adm(\d)", path.stem, re.I)
            level = int(m.group(1)) if m else 2 if _feature_from_filename(path) == "admin2" else 1
        name_keys = _GJ_LEVEL2 if level >= 2 else ()
        name = next((str(props[k]) for k in (*_GJ_NAME[:5], *name_keys, *_GJ_NAME) if props.get(k)), None)
        if not name:
            raise GazetteerError(f"feature {n}: no name property (looked for {', '.join(_GJ_NAME[:6])}, ...)")
        parent = next((str(props[k]) for k in _GJ_PARENT if props.get(k) and str(props[k]) != name), None)
        country = _country_code(str(props.get("shapeGroup") or "")) or default_country
        try:
            rings = _rings(geom)
        except (TypeError, ValueError, IndexError) as exc:
            raise GazetteerError(f"feature {n} ({name}): bad geometry ({exc})") from None
        if not rings:
            continue
        local = str(props.get("shapeID") or n)
        yield Polygon(id=f"{source}:{local}", name=name, level=level, country=country,
                      parent=parent if level >= 2 else None, rings=rings)


def _rings(geom: dict[str, Any]) -> tuple[tuple[tuple[tuple[float, float], ...], ...], ...]:
    kind, coords = geom.get("type"), geom.get("coordinates")
    polys: list[Any] = [coords] if kind == "Polygon" else list(coords or []) if kind == "MultiPolygon" else []
    out = []
    for poly in polys or []:
        rings = tuple(tuple((float(p[0]), float(p[1])) for p in ring) for ring in poly if len(ring) >= 3)
        if rings:
            out.append(rings)
    return tuple(out)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _place_rows(places: Iterable[Place], counter: list[int]) -> Iterator[tuple[Any, ...]]:
    for p in places:
        counter[0] += 1
        yield (p.id, p.name, _ascii(p.name), p.lat, p.lon, p.feature, p.feature_code, p.population, p.country,
               p.admin1, p.admin2, p.admin1_code, p.source)


def _name_rows(places: list[Place]) -> Iterator[tuple[str, str, str]]:
    for p in places:
        for n in p.all_names:
            yield p.id, n, place_key(n)


def import_file(conn: sqlite3.Connection, path: str | Path, opts: ImportOptions | None = None,
                utcnow: str = "") -> ImportResult:
    """Import one file in one transaction: its earlier rows are replaced, a broken file changes nothing."""
    opts = opts or ImportOptions()
    p = Path(path)
    source = p.name
    result = ImportResult(str(path), source)
    if not p.is_file():
        result.error = "no such file"
        return result
    conn.execute("BEGIN IMMEDIATE")
    try:
        result.kind = kind = detect_kind(p)
        conn.execute("DELETE FROM gazetteer_sources WHERE source = ?", (source,))
        conn.execute("INSERT INTO gazetteer_sources (source, path, kind, sha256, imported_at) VALUES (?, ?, ?, ?, ?)",
                     (source, str(p), kind, _sha256(p), utcnow))
        if kind == "geojson":
            polygons = list(read_geojson(p, source, opts))
            conn.executemany(
                "INSERT INTO gazetteer_polygons (id, name, level, country, parent, min_lon, min_lat, max_lon, max_lat,"
                " rings, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(g.id, g.name, g.level, g.country, g.parent, *g.bbox, json.dumps(g.rings, separators=(",", ":")),
                  source) for g in polygons])
            places = []
            for g in polygons:
                lat, lon = g.centroid()
                feature = "admin1" if g.level == 1 else "admin2" if g.level == 2 else "place"
                places.append(Place(id=g.id, name=g.name, feature=feature, lat=lat, lon=lon, country=g.country,
                                    admin1=g.name if g.level == 1 else g.parent,
                                    admin2=g.name if g.level == 2 else None, source=source,
                                    feature_code=f"ADM{g.level}"))
            _insert_places(conn, places)
            result.polygons, result.places = len(polygons), len(places)
        else:
            reader = read_geonames(p, source) if kind == "geonames" else read_csv(p, source, opts)
            batch: list[Place] = []
            for place in reader:
                batch.append(place)
                if len(batch) >= 5000:
                    result.places += _insert_places(conn, batch)
                    batch = []
            result.places += _insert_places(conn, batch)
        conn.execute("UPDATE gazetteer_sources SET places = ?, polygons = ? WHERE source = ?",
                     (result.places, result.polygons, source))
    except (GazetteerError, OSError, csv.Error, UnicodeDecodeError, zipfile.BadZipFile, sqlite3.IntegrityError) as exc:
        conn.execute("ROLLBACK")
        result.error = str(exc) if not isinstance(exc, UnicodeDecodeError) else f"not UTF-8 text ({exc.reason})"
        if isinstance(exc, sqlite3.IntegrityError):
            result.error = f"duplicate ids in the file ({exc})"
        return result
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return result


def _insert_places(conn: sqlite3.Connection, places: list[Place]) -> int:
    counter = [0]
    conn.executemany(
        "INSERT INTO gazetteer_places (id, name, ascii_name, lat, lon, feature_class, feature_code, population,"
        " country, admin1, admin2, admin1_code, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _place_rows(places, counter))
    conn.executemany("INSERT OR IGNORE INTO gazetteer_names (place_id, name, key) VALUES (?, ?, ?)",
                     _name_rows(places))
    return counter[0]


# ---------------------------------------------------------------- the user's gazetteer (reads)


class KBGazetteer:
    """The gazetteer the user imported into a knowledge base."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._empty: bool | None = None

    @property
    def empty(self) -> bool:
        if self._empty is None:
            self._empty = self.conn.execute("SELECT 1 FROM gazetteer_places LIMIT 1").fetchone() is None
        return self._empty

    def lookup(self, keys: Iterable[str]) -> list[Place]:
        """Places having a name under any of the transliteration ``keys``."""
        keys = list(dict.fromkeys(keys))
        if not keys or self.empty:
            return []
        marks = ", ".join("?" for _ in keys)
        rows = self.conn.execute(
            f"SELECT p.*, (SELECT json_group_array(n.name) FROM gazetteer_names n WHERE n.place_id = p.id) AS names"
            f" FROM gazetteer_places p WHERE p.id IN (SELECT place_id FROM gazetteer_names WHERE key IN ({marks}))",
            keys).fetchall()
        return [Place(id=r["id"], name=r["name"], feature=r["feature_class"], lat=r["lat"], lon=r["lon"],
                      country=r["country"], admin1=r["admin1"], admin2=r["admin2"], population=r["population"],
                      source=r["source"], names=tuple(json.loads(r["names"] or "[]")),
                      feature_code=r["feature_code"], admin1_code=r["admin1_code"]) for r in rows]

    def polygons_at(self, lat: float, lon: float) -> list[Polygon]:
        """Administrative polygons containing the point, lowest level first."""
        rows = self.conn.execute(
            "SELECT id, name, level, country, parent, rings FROM gazetteer_polygons WHERE min_lat <= ? AND"
            " max_lat >= ? AND min_lon <= ? AND max_lon >= ? ORDER BY level", (lat, lat, lon, lon)).fetchall()
        out = []
        for r in rows:
            g = _polygon(r["id"], r["name"], r["level"], r["country"], r["parent"], r["rings"])
            if g.contains(lon, lat):
                out.append(g)
        return out

    def stats(self) -> dict[str, Any]:
        one = self.conn.execute
        return {
            "places": one("SELECT count(*) FROM gazetteer_places").fetchone()[0],
            "names": one("SELECT count(*) FROM gazetteer_names").fetchone()[0],
            "polygons": one("SELECT count(*) FROM gazetteer_polygons").fetchone()[0],
            "by_feature": {r[0]: r[1] for r in one("SELECT feature_class, count(*) FROM gazetteer_places"
                                                   " GROUP BY feature_class ORDER BY 2 DESC")},
            "by_country": {str(r[0]): r[1] for r in one("SELECT country, count(*) FROM gazetteer_places"
                                                        " GROUP BY country ORDER BY 2 DESC LIMIT 20")},
            "sources": [dict(r) for r in one("SELECT source, kind, places, polygons, imported_at"
                                             " FROM gazetteer_sources ORDER BY source")],
        }


@lru_cache(maxsize=4096)
def _polygon(pid: str, name: str, level: int, country: str | None, parent: str | None, rings: str) -> Polygon:
    raw = json.loads(rings)
    return Polygon(pid, name, level, country, parent,
                   tuple(tuple(tuple((float(x), float(y)) for x, y in ring) for ring in poly) for poly in raw))


# ---------------------------------------------------------------- the embedded default


@dataclass
class Countries:
    by_iso3: dict[str, str] = field(default_factory=dict)  # ISO alpha-3 -> alpha-2
    by_key: dict[str, str] = field(default_factory=dict)  # place_key of a name -> alpha-2
    by_name: dict[str, str] = field(default_factory=dict)  # light_key of a name -> alpha-2
    names: dict[str, str] = field(default_factory=dict)  # alpha-2 -> name


class DefaultGazetteer:
    """The gazetteer shipped with sitrep: countries, provinces and major towns of the world."""

    def __init__(self, places: list[Place], codes: dict[str, str]) -> None:
        self.places = places
        self.admin1_names = codes  # "AF.01" (GeoNames country.admin1 code) -> admin1 name
        self.by_key: dict[str, list[Place]] = defaultdict(list)
        self.countries = Countries()
        for p in places:
            for n in p.all_names:
                k = place_key(n)
                if p not in self.by_key[k]:
                    self.by_key[k].append(p)
            if p.feature == "country" and p.country:
                self.countries.names[p.country] = p.name
                if p.feature_code:
                    self.countries.by_iso3[p.feature_code] = p.country
                for n in p.all_names:
                    self.countries.by_key.setdefault(place_key(n), p.country)
                    self.countries.by_name.setdefault(light_key(n), p.country)

    @property
    def empty(self) -> bool:
        return not self.places

    def lookup(self, keys: Iterable[str]) -> list[Place]:
        out: dict[str, Place] = {}
        for k in keys:
            for p in self.by_key.get(k, ()):
                out[p.id] = p
        return list(out.values())

    def polygons_at(self, lat: float, lon: float) -> list[Polygon]:
        return []

    def names(self) -> Iterator[tuple[str, Place]]:
        for p in self.places:
            for n in p.all_names:
                yield n, p


def _data_file(name: str) -> Any:
    return resources.files("sitrep") / "data" / "gazetteer" / name


@lru_cache(maxsize=1)
def default_gazetteer() -> DefaultGazetteer:
    """The embedded default gazetteer, loaded once per process (empty when the data file is missing)."""
    places: list[Place] = []
    codes: dict[str, str] = {}
    res = _data_file("places.tsv.gz")  # a Traversable
    if not res.is_file():
        return DefaultGazetteer([], {})
    with gzip.open(io.BytesIO(res.read_bytes()), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            (pid, name, feature, lat, lon, country, admin1, admin2, pop, code, names) = line.rstrip("\n").split("\t")
            if feature == "admin1" and code:
                codes[code] = name
            places.append(Place(id=f"default:{pid}", name=name, feature=feature, lat=_float(lat), lon=_float(lon),
                                country=country or None, admin1=admin1 or None, admin2=admin2 or None,
                                population=_int(pop), source="default",
                                names=tuple(n for n in names.split("|") if n), feature_code=code or None))
    return DefaultGazetteer(places, codes)


__all__ = ["DefaultGazetteer", "GazetteerError", "ImportOptions", "ImportResult", "KBGazetteer", "Place",
           "Polygon", "default_gazetteer", "distance_km", "import_file", "light_key", "place_key"]

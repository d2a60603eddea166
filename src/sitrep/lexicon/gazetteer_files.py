"""Gazetteer files: GeoNames dumps, CSV lists and GeoJSON boundaries read into places and polygons.

Pure file parsing (no SQL): ``detect_kind`` tells the format of a file, ``read_geonames``,
``read_csv`` and ``read_geojson`` yield its ``Place`` and ``Polygon`` records, and a file that
cannot be read raises ``GazetteerError`` with the reason. ``sitrep.kb.gazetteer.import_file``
writes what they yield into the knowledge base.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sitrep.lexicon.gazetteer import Place, Polygon, default_gazetteer, float_or_none, int_or_zero
from sitrep.lexicon.keys import light_key


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
            lat, lon = float_or_none(cols[4]), float_or_none(cols[5])
            if lat is None or lon is None:
                raise GazetteerError(f"line {n}: bad coordinates {cols[4]!r}, {cols[5]!r}")
            population = int_or_zero(cols[14])
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


@dataclass(frozen=True)
class _CsvLayout:
    """What the header of a CSV list says about its rows, and the defaults its file name and options give."""

    header: list[str]
    cols: dict[str, int]  # role -> column index
    alt_cols: list[int]
    default_feature: str | None
    default_country: str | None
    code_names: dict[str, str]  # "AF.01" -> admin1 name


def read_csv(path: Path, source: str, opts: ImportOptions) -> Iterator[Place]:
    """A CSV (or tab-separated) list with a header; columns are recognized by name or given in ``opts``."""
    for fh in _open_text(path):
        reader = csv.reader(fh, _sniff_dialect(fh))
        header = next(reader, None)
        if not header:
            raise GazetteerError("empty file")
        layout = _csv_layout(path, header, opts)
        seen_ids: set[str] = set()
        for n, row in enumerate(reader, 2):
            if not row or not any(c.strip() for c in row):
                continue
            if len(row) < len(header):
                row = row + [""] * (len(header) - len(row))
            place = _csv_place(layout, row, n, source, seen_ids)
            if place is not None:
                yield place


def _sniff_dialect(fh: IO[str]) -> Any:
    """The CSV dialect of the first line (Excel's when it cannot be told); ``fh`` is rewound."""
    sample = fh.read(8192)
    fh.seek(0)
    try:
        dialect: Any = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel
    return dialect


def _header_columns(header: list[str], norm: list[str], opts: ImportOptions) -> dict[str, int]:
    """The column of each role (name, lat, lon, ...): the one given in ``opts``, else the first recognized."""
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
    return cols


def _csv_layout(path: Path, header: list[str], opts: ImportOptions) -> _CsvLayout:
    norm = [_norm_header(h) for h in header]
    cols = _header_columns(header, norm, opts)
    alt_cols = [i for i, h in enumerate(norm) if re.fullmatch(r"name_[a-z]{2,3}", h) and i != cols["name"]]
    if "alt" in cols:
        alt_cols.append(cols["alt"])
    name_header = norm[cols["name"]]
    default_feature = opts.feature or _NAME_FEATURE.get(name_header) or _feature_from_filename(path)
    default_country = _country_code(opts.country) if opts.country else _file_country(path)
    code_names = default_gazetteer().admin1_names
    return _CsvLayout(header, cols, alt_cols, default_feature, default_country, code_names)


def _csv_feature(word: str, population: int, layout: _CsvLayout) -> str:
    """The feature class of a row from its feature word, else the list's default, else its population."""
    return (_FEATURE_WORDS.get(word) or ("country" if word.startswith("pcl") else None)
            or (_populated_feature(population) if word.startswith("ppl") else None)
            or layout.default_feature or (_populated_feature(population) if "population" in layout.cols else "town"))


def _csv_place(layout: _CsvLayout, row: list[str], n: int, source: str, seen_ids: set[str]) -> Place | None:
    """The place of row ``n`` (None for a row without a name or a position); ``seen_ids`` gains its id."""

    def get(role: str, row: list[str] = row, cols: dict[str, int] = layout.cols) -> str | None:
        i = cols.get(role)
        v = row[i].strip() if i is not None else ""
        return v or None

    name = get("name")
    if not name or name.rstrip(".").lower() in _NO_NAME or not (get("lat") and get("lon")):
        return None  # a row without a name or a position: nothing to place
    lat, lon = float_or_none(get("lat")), float_or_none(get("lon"))
    if lat == 0 and lon == 0:
        return None  # 0, 0 stands for "unknown" in many lists
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(f"line {n}: bad coordinates {get('lat')!r}, {get('lon')!r}")
    population = int_or_zero(get("population"))
    word = (get("feature") or "").lower()
    feature = _csv_feature(word, population, layout)
    country = _country_code(get("country")) or layout.default_country
    admin1 = get("admin1")
    code = get("admin1_code")
    if admin1 is None and code and country:
        admin1 = layout.code_names.get(f"{country}.{code}")
    admin2 = get("admin2")
    if feature == "admin1":
        admin1 = admin1 or name
    if feature == "admin2":
        admin2 = name
    alts = [a for i in layout.alt_cols for a in _split_names(row[i])]
    local = get("id") or str(n)
    if local in seen_ids:  # ids unique only per level, or repeated: the row number tells them apart
        local = f"{local}@{n}"
    seen_ids.add(local)
    return Place(id=f"{source}:{local}", name=name, feature=feature, lat=lat, lon=lon, country=country,
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


__all__ = ["GazetteerError", "ImportOptions", "detect_kind", "read_csv", "read_geojson", "read_geonames"]

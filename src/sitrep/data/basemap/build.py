"""Build sitrep's map base layer, ``countries.geojson.gz``, reproducibly, from Natural Earth.

    npm pack world-atlas@2.0.2          # Natural Earth 4.1.0 as TopoJSON (ISC; the data is public domain)
    pip install pyogrio shapely pycountry==26.2.16   # GDAL's TopoJSON reader; GEOS; ISO 3166 codes
    python src/sitrep/data/basemap/build.py world-atlas-2.0.2.tgz

Input: ``countries-50m.json`` of the npm package ``world-atlas`` 2.0.2, Natural Earth's Admin 0 countries at
1:50m, which that package converts to TopoJSON without changing them. Steps: read it with GDAL (pyogrio), make each
country valid, simplify all countries together as one coverage (``shapely.coverage_simplify``: shared borders stay
shared, no gaps or overlaps appear between neighbours), drop islands under 30 km² (a country keeps its largest
part), round coordinates to 0.01° (about 1 km) and write one GeoJSON feature per country (``name``, ``iso_n3``,
``iso_a2`` from pycountry, ``bbox``) gzipped without a timestamp: the same input gives the same file, byte for byte.
sitrep reads the result at run time with ``json`` and shapely; nothing is downloaded.
"""

from __future__ import annotations

import gzip
import importlib
import io
import json
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

SOURCE = "package/countries-50m.json"
TOLERANCE = 0.03  # degrees, about 3 km: a pixel or two at the regional scale the report draws
DIGITS = 2  # about 1 km
MIN_AREA = 0.003  # square degrees (about 30 km²): smaller islands are dropped, except a country's largest part
OUT = Path(__file__).resolve().parent / "countries.geojson.gz"


def _round(coords: Any) -> Any:
    if isinstance(coords, float | int):
        return round(float(coords), DIGITS)
    return [_round(c) for c in coords]


def read_countries(package: Path) -> list[tuple[str, str, Any]]:
    """(ISO numeric code, name, shapely geometry) of every country in the package's 1:50m file."""
    import shapely

    pyogrio = importlib.import_module("pyogrio")  # build-time only (the basemap-build extra)

    with tarfile.open(package) as tar:
        member = tar.extractfile(SOURCE)
        if member is None:
            raise SystemExit(f"{package} has no {SOURCE}")
        data = member.read()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "countries.json"
        path.write_bytes(data)
        meta, _, geoms, fields = pyogrio.raw.read(path, layer="countries")
    names = list(meta["fields"])
    ids, labels = fields[names.index("id")], fields[names.index("name")]
    out = []
    for code, name, wkb in zip(ids, labels, geoms, strict=True):
        if wkb is None:
            continue
        geom = shapely.make_valid(shapely.from_wkb(wkb))
        geom = shapely.union_all([g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")])
        out.append((str(code or ""), str(name), geom))
    return sorted(out, key=lambda c: (c[1], c[0]))


def iso_a2(numeric: str) -> str:
    """The ISO 3166 alpha-2 code of a numeric code ("" for the few places that have none, such as Kosovo)."""
    pycountry = importlib.import_module("pycountry")  # build-time only (the basemap-build extra)
    found = pycountry.countries.get(numeric=numeric) if numeric else None
    return found.alpha_2 if found else ""


def build(package: Path, out: Path = OUT) -> Path:
    import shapely

    countries = read_countries(package)
    simple = shapely.coverage_simplify([g for _, _, g in countries], TOLERANCE)
    features = []
    for (code, name, _), geom in zip(countries, simple, strict=True):
        parts = sorted(shapely.get_parts(shapely.make_valid(geom)), key=lambda g: -g.area)
        geom = shapely.union_all([g for i, g in enumerate(parts) if i == 0 or g.area >= MIN_AREA])
        if geom.is_empty:
            continue
        shape = shapely.geometry.mapping(geom)
        features.append({"type": "Feature", "properties": {"name": name, "iso_n3": code, "iso_a2": iso_a2(code)},
                         "bbox": _round(list(geom.bounds)),
                         "geometry": {"type": shape["type"], "coordinates": _round(shape["coordinates"])}})
    doc = {"type": "FeatureCollection",
           "source": "Natural Earth 4.1.0 Admin 0 countries, 1:50m (public domain), via world-atlas 2.0.2 (ISC); "
                     "alpha-2 codes from pycountry 26.2.16",
           "simplified": (f"shapely.coverage_simplify, tolerance {TOLERANCE} degrees; parts under {MIN_AREA} square "
                          f"degrees dropped; coordinates to {DIGITS} decimals"),
           "features": features}
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
        gz.write(json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
    out.write_bytes(buf.getvalue())
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(build(Path(sys.argv[1])))

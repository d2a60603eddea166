"""The user's gazetteer in the knowledge base: import of gazetteer files, reads, statistics.

``import_file`` writes what ``sitrep.lexicon.gazetteer_files`` reads from GeoNames dumps,
geoBoundaries GeoJSON and CSV lists into the tables of migration 0003; ``KBGazetteer`` answers
the ``sitrep.lexicon.gazetteer.Gazetteer`` protocol from them, like the embedded default
(``sitrep.lexicon.gazetteer.default_gazetteer``). Names are stored under ``place_key``.

It speaks SQL through a :class:`~sitrep.kb.db.Database`, like the other modules of ``kb/``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.kb.db import Database
from sitrep.lexicon.gazetteer import DefaultGazetteer, Gazetteer, Place, Polygon
from sitrep.lexicon.gazetteer_files import (
    GazetteerError,
    ImportOptions,
    detect_kind,
    read_csv,
    read_geojson,
    read_geonames,
)
from sitrep.lexicon.keys import ascii_fold, place_key


@dataclass
class ImportResult:
    path: str
    source: str
    kind: str = ""
    places: int = 0
    polygons: int = 0
    error: str | None = None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _place_rows(places: Iterable[Place], counter: list[int]) -> Iterator[tuple[Any, ...]]:
    for p in places:
        counter[0] += 1
        yield (p.id, p.name, ascii_fold(p.name), p.lat, p.lon, p.feature, p.feature_code, p.population, p.country,
               p.admin1, p.admin2, p.admin1_code, p.source)


def _name_rows(places: list[Place]) -> Iterator[tuple[str, str, str]]:
    for p in places:
        for n in p.all_names:
            yield p.id, n, place_key(n)


def import_file(db: Database, path: str | Path, opts: ImportOptions | None = None,
                utcnow: str = "") -> ImportResult:
    """Import one file in one transaction: its earlier rows are replaced, a broken file changes nothing."""
    opts = opts or ImportOptions()
    p = Path(path)
    result = ImportResult(str(path), p.name)
    if not p.is_file():
        result.error = "no such file"
        return result
    try:
        with db.transaction():
            _import(db, p, opts, utcnow, result)
    except (GazetteerError, OSError, csv.Error, UnicodeDecodeError, zipfile.BadZipFile, db.integrity_error) as exc:
        result.error = str(exc) if not isinstance(exc, UnicodeDecodeError) else f"not UTF-8 text ({exc.reason})"
        if isinstance(exc, db.integrity_error):
            result.error = f"duplicate ids in the file ({exc})"
    return result


def _import(db: Database, p: Path, opts: ImportOptions, utcnow: str, result: ImportResult) -> None:
    source = p.name
    result.kind = kind = detect_kind(p)
    db.execute("DELETE FROM gazetteer_sources WHERE source = ?", (source,))
    db.execute("INSERT INTO gazetteer_sources (source, path, kind, sha256, imported_at) VALUES (?, ?, ?, ?, ?)",
               (source, str(p), kind, _sha256(p), utcnow))
    if kind == "geojson":
        polygons = list(read_geojson(p, source, opts))
        db.executemany(
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
        _insert_places(db, places)
        result.polygons, result.places = len(polygons), len(places)
    else:
        reader = read_geonames(p, source) if kind == "geonames" else read_csv(p, source, opts)
        batch: list[Place] = []
        for place in reader:
            batch.append(place)
            if len(batch) >= 5000:
                result.places += _insert_places(db, batch)
                batch = []
        result.places += _insert_places(db, batch)
    db.execute("UPDATE gazetteer_sources SET places = ?, polygons = ? WHERE source = ?",
               (result.places, result.polygons, source))


def _insert_places(db: Database, places: list[Place]) -> int:
    counter = [0]
    db.executemany(
        "INSERT INTO gazetteer_places (id, name, ascii_name, lat, lon, feature_class, feature_code, population,"
        " country, admin1, admin2, admin1_code, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _place_rows(places, counter))
    db.executemany("INSERT OR IGNORE INTO gazetteer_names (place_id, name, key) VALUES (?, ?, ?)",
                     _name_rows(places))
    return counter[0]


# ---------------------------------------------------------------- the user's gazetteer (reads)


class KBGazetteer:
    """The gazetteer the user imported into a knowledge base."""

    def __init__(self, conn: Database | Any) -> None:
        self.conn = conn  # a Database, or anything with its ``execute`` (a sqlite3 connection)
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


if TYPE_CHECKING:  # both stores answer the Gazetteer protocol (checked by mypy)
    _STORES: tuple[type[Gazetteer], ...] = (KBGazetteer, DefaultGazetteer)


__all__ = ["ImportResult", "KBGazetteer", "import_file"]

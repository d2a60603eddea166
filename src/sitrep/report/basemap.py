"""The map's base layer: the countries of Natural Earth (1:50m, public domain), shipped simplified in
``sitrep/data/basemap/countries.geojson.gz`` (how it is built: ``data/basemap/README.md``). Read once, offline.
"""

from __future__ import annotations

import functools
import gzip
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

SOURCE = "Natural Earth"


@dataclass(frozen=True)
class Country:
    name: str
    iso_n3: str
    iso_a2: str
    bbox: tuple[float, float, float, float]  # west, south, east, north
    geometry: dict[str, Any]  # GeoJSON geometry

    def shape(self) -> BaseGeometry:
        geom = shapely.geometry.shape(self.geometry)
        return geom if geom.is_valid else shapely.make_valid(geom)


@functools.cache
def countries() -> tuple[Country, ...]:
    """Every country of the base layer."""
    raw = (resources.files("sitrep") / "data" / "basemap" / "countries.geojson.gz").read_bytes()
    doc = json.loads(gzip.decompress(raw))
    return tuple(Country(f["properties"]["name"], f["properties"]["iso_n3"], f["properties"]["iso_a2"],
                         tuple(f["bbox"]), f["geometry"]) for f in doc["features"])


def country(iso_a2: str | None) -> Country | None:
    """The country with this ISO alpha-2 code."""
    return next((c for c in countries() if iso_a2 and c.iso_a2 == iso_a2), None)


def countries_in(west: float, south: float, east: float, north: float) -> list[tuple[Country, BaseGeometry]]:
    """The countries that reach into the box, each with its geometry clipped to the box."""
    out = []
    for c in countries():
        w, s, e, n = c.bbox
        if w > east or e < west or s > north or n < south:
            continue
        clipped = shapely.clip_by_rect(c.shape(), west, south, east, north)
        if not clipped.is_empty and clipped.area > 0:
            out.append((c, clipped))
    return out

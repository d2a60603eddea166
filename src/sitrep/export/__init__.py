"""Export formats, one module per format, declared once here.

A text format's module has ``write(kb, out: IO[str]) -> int``; a ``path``
format (Parquet tables) has ``write(kb, path: Path) -> int`` and needs an
output path. Both return the number of records written.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Format:
    name: str
    module: str
    help: str
    to_path: bool = False  # writes files under a path instead of a text stream


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("jsonl", "sitrep.export.jsonl", "JSON Lines: documents, entities, timexes, events, relations (spec §2)"),
    Format("acled", "sitrep.export.acled", "ACLED CSV: one row per event, ACLED's columns plus document_ids (spec §3)"),
    Format("geojson", "sitrep.export.geojson", "GeoJSON FeatureCollection of events and places (QGIS, kepler.gl)"),
    Format("graphml", "sitrep.export.graphml", "GraphML actor network: relations and co-participation (Gephi)"),
    Format("stix", "sitrep.export.stix", "STIX 2.1 bundle: actors, places, relationships, reports (OpenCTI, MISP)"),
    Format("parquet", "sitrep.export.parquet", "Parquet tables in a folder (pandas, DuckDB)", to_path=True),
)}


def writer(fmt: str) -> Callable[..., int]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    module: Any = importlib.import_module(FORMATS[fmt].module)
    return module.write  # type: ignore[no-any-return]

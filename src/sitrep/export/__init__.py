"""Export formats, one module per format, declared once here.

A text format's module has ``write(kb, out: IO[str], sel: Selection, **options) -> int``; a ``path`` format
(Parquet tables) has ``write(kb, path: Path, sel: Selection) -> int`` and needs an output path. Both return the
number of records written. ``sel`` (``sitrep.kb.scope``) is what ``--since/--until/--area/--actor`` keep, the
same selection the situation report makes; ``options`` are the format's own (``Format.options``).
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
    options: tuple[str, ...] = ()  # keyword options its writer takes


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("jsonl", "sitrep.export.jsonl", "JSON Lines: documents, entities, timexes, events, relations (spec §2)"),
    Format("acled", "sitrep.export.acled", "ACLED CSV: one valid ACLED row per dated, placed event (spec §3)",
           options=("log",)),
    Format("geojson", "sitrep.export.geojson", "GeoJSON layer of events or places, flat properties (QGIS, kepler.gl)",
           options=("layer",)),
    Format("graphml", "sitrep.export.graphml", "GraphML actor network: relations and co-occurrence edges (Gephi)"),
    Format("gexf", "sitrep.export.gexf", "GEXF dynamic actor network: edges dated for Gephi's timeline"),
    Format("stix", "sitrep.export.stix", "STIX 2.1 bundle: actors, places, incidents, relationships, reports"),
    Format("parquet", "sitrep.export.parquet", "Parquet tables in a folder, typed dates (pandas, DuckDB)",
           to_path=True),
)}


def writer(fmt: str) -> Callable[..., int]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    module: Any = importlib.import_module(FORMATS[fmt].module)
    return module.write  # type: ignore[no-any-return]

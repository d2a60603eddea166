"""Parquet export: a folder of tables for pandas, DuckDB, Spark or R (``pyarrow`` writes them).

``documents``, ``entities`` (geo flattened into ``lat``, ``lon``, ``admin1``, ...; ``aliases`` a list),
``mentions``, ``events`` (actors and evidence in their own tables or as lists), ``event_actors``,
``event_sources`` (each source's own figure), ``relations`` and ``timexes``, one ``NAME.parquet`` file each,
with fixed column types so that an empty table still reads back with its columns.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitrep.kb import KnowledgeBase

S, N, F, L = "string", "int64", "float64", "list"
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (("id", S), ("source", S), ("url", S), ("format", S), ("title", S), ("outlet", S),
                  ("published", S), ("published_from", S), ("byline", S), ("dateline", S), ("lang", S),
                  ("duplicate_of", S), ("duplicates", L), ("sources", L), ("text", S), ("ingested_at", S)),
    "entities": (("id", S), ("type", S), ("name", S), ("country", S), ("aliases", L), ("lat", F), ("lon", F),
                 ("geo_country", S), ("admin1", S), ("admin2", S), ("feature", S), ("gazetteer_id", S),
                 ("attrs", S), ("mentions", N)),
    "mentions": (("doc_id", S), ("start", N), ("end", N), ("text", S), ("entity_id", S)),
    "events": (("id", S), ("type", S), ("sub_type", S), ("date_start", S), ("date_end", S),
               ("date_precision", S), ("date_text", S), ("location_id", S), ("fatalities", N),
               ("fatalities_qualifier", S), ("fatalities_text", S), ("confidence", F), ("certainty", S),
               ("attributed_to", S), ("docs", L), ("evidence", L), ("extractor", S), ("version", S)),
    "event_actors": (("event_id", S), ("entity_id", S), ("role", S)),
    "event_sources": (("event_id", S), ("doc_id", S), ("fatalities", N), ("fatalities_qualifier", S),
                      ("fatalities_text", S), ("date_start", S)),
    "relations": (("id", S), ("predicate", S), ("subject_id", S), ("object_id", S), ("role", S),
                  ("start_date", S), ("end_date", S), ("certainty", S), ("attributed_to", S),
                  ("superseded_by", S), ("doc_id", S), ("evidence", L), ("extractor", S), ("version", S)),
    "timexes": (("doc_id", S), ("start", N), ("end", N), ("text", S), ("value", S), ("precision", S)),
}


def rows(kb: KnowledgeBase) -> dict[str, list[dict[str, Any]]]:
    """Every table as a list of rows."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    out["documents"] = list(kb.iter_documents())
    for e in kb.iter_entities():
        geo = e["geo"] or {}
        out["entities"].append({**e, "lat": geo.get("lat"), "lon": geo.get("lon"), "geo_country": geo.get("country"),
                                "admin1": geo.get("admin1"), "admin2": geo.get("admin2"),
                                "feature": geo.get("feature"), "gazetteer_id": geo.get("gazetteer_id"),
                                "mentions": len(e["mentions"])})
        out["mentions"] += [{"doc_id": m["doc"], "start": m["start"], "end": m["end"], "text": m["text"],
                             "entity_id": e["id"]} for m in e["mentions"]]
    for ev in kb.iter_events():
        out["events"].append({**ev, "docs": [s["doc"] for s in ev["sources"]],
                              "evidence": [q["text"] for q in ev["evidence"]]})
        out["event_actors"] += [{"event_id": ev["id"], "entity_id": a["entity"], "role": a["role"]}
                                for a in ev["actors"]]
        out["event_sources"] += [{"event_id": ev["id"], "doc_id": s["doc"], "fatalities": s["fatalities"],
                                  "fatalities_qualifier": s["qualifier"], "fatalities_text": s["text"],
                                  "date_start": s["date"]} for s in ev["sources"]]
    out["relations"] = [{**r, "evidence": [q["text"] for q in r["evidence"]]} for r in kb.iter_relations()]
    out["timexes"] = [{**t, "start": t["start_char"], "end": t["end_char"]} for t in kb.iter_timexes()]
    return out


def write(kb: KnowledgeBase, path: Path) -> int:
    """Write one Parquet file per table into the folder ``path`` (created); return the number of rows."""
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    types = {S: pa.string(), N: pa.int64(), F: pa.float64(), L: pa.list_(pa.string())}
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, records in rows(kb).items():
        cols = TABLES[name]
        schema = pa.schema([(c, types[t]) for c, t in cols])
        data = {c: [_value(r.get(c), t) for r in records] for c, t in cols}
        pq.write_table(pa.table(data, schema=schema), path / f"{name}.parquet")
        n += len(records)
    return n


def _value(v: Any, kind: str) -> Any:
    if v is None:
        return None
    if kind == S and not isinstance(v, str):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    if kind == L:
        return [str(x) for x in v]
    return v

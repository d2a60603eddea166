"""Parquet export: a folder of typed tables for pandas, DuckDB, Spark or R (``pyarrow`` writes them).

``documents``, ``entities`` (geo flattened into ``lat``, ``lon``, ``admin1``, ...; ``aliases`` a list),
``mentions``, ``events``, ``event_actors``, ``event_sources`` (each source's own figure), ``relations``,
``timexes`` and ``evidence``, one ``NAME.parquet`` file each, with fixed column types so that an empty table
still reads back with its columns.

Dates are typed: ``date32`` days (``published``; an event's ``date_start``/``date_end``, the first and last day
of its date, with ``date_precision`` beside them; a relation's ``start_date``/``end_date`` the first day of its
start and the last day of its end, with the dates as stated in ``start_text``/``end_text``; a time expression's
``date_start``/``date_end`` for its ``value``), and ``ingested_at`` a UTC timestamp. Evidence keeps its document
and offsets: in the ``evidence`` table (``owner_kind``, ``owner_id``, ``doc_id``, ``start``, ``end``, ``text``) and
as a list of ``{doc_id, start, end, text}`` structs in ``events.evidence`` and ``relations.evidence``, so that
``documents.text[start:end] == text``.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sitrep.dates import period
from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Selection

S, N, F, L, D, T, E = "string", "int64", "float64", "list", "date32", "timestamp", "evidence"
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (("id", S), ("source", S), ("url", S), ("format", S), ("title", S), ("outlet", S),
                  ("published", D), ("published_from", S), ("byline", S), ("dateline", S), ("lang", S),
                  ("duplicate_of", S), ("duplicates", L), ("sources", L), ("text", S), ("ingested_at", T)),
    "entities": (("id", S), ("type", S), ("name", S), ("country", S), ("aliases", L), ("lat", F), ("lon", F),
                 ("geo_country", S), ("admin1", S), ("admin2", S), ("feature", S), ("gazetteer_id", S),
                 ("attrs", S), ("mentions", N)),
    "mentions": (("doc_id", S), ("start", N), ("end", N), ("text", S), ("entity_id", S)),
    "events": (("id", S), ("type", S), ("sub_type", S), ("date_start", D), ("date_end", D),
               ("date_precision", S), ("date_text", S), ("location_id", S), ("fatalities", N),
               ("fatalities_qualifier", S), ("fatalities_text", S), ("confidence", F), ("certainty", S),
               ("attributed_to", S), ("docs", L), ("evidence", E), ("extractor", S), ("version", S)),
    "event_actors": (("event_id", S), ("entity_id", S), ("role", S)),
    "event_sources": (("event_id", S), ("doc_id", S), ("fatalities", N), ("fatalities_qualifier", S),
                      ("fatalities_text", S), ("date_start", D)),
    "relations": (("id", S), ("predicate", S), ("subject_id", S), ("object_id", S), ("role", S),
                  ("start_date", D), ("end_date", D), ("start_text", S), ("end_text", S), ("certainty", S),
                  ("attributed_to", S), ("superseded_by", S), ("doc_id", S), ("evidence", E), ("extractor", S),
                  ("version", S)),
    "timexes": (("doc_id", S), ("start", N), ("end", N), ("text", S), ("value", S), ("precision", S),
                ("date_start", D), ("date_end", D)),
    "evidence": (("owner_kind", S), ("owner_id", S), ("doc_id", S), ("start", N), ("end", N), ("text", S)),
}


def _first(value: str | None) -> str | None:
    p = period(value)
    return p[0] if p else None


def _last(value: str | None) -> str | None:
    p = period(value)
    return p[1] if p else None


def _evidence(kind: str, owner: str, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"owner_kind": kind, "owner_id": owner, "doc_id": q["doc"], "start": q["start"], "end": q["end"],
             "text": q["text"]} for q in quotes]


def _event_rows(kb: KnowledgeBase, sel: Selection, out: dict[str, list[dict[str, Any]]]) -> None:
    for ev in kb.iter_events():
        if not sel.has_event(ev["id"]):
            continue
        quotes = _evidence("event", ev["id"], ev["evidence"])
        out["evidence"] += quotes
        out["events"].append({**ev, "docs": [s["doc"] for s in ev["sources"]], "evidence": quotes,
                              "date_start": _first(ev["date_start"]),
                              "date_end": _last(ev["date_end"] or ev["date_start"])})
        out["event_actors"] += [{"event_id": ev["id"], "entity_id": a["entity"], "role": a["role"]}
                                for a in ev["actors"]]
        out["event_sources"] += [{"event_id": ev["id"], "doc_id": s["doc"], "fatalities": s["fatalities"],
                                  "fatalities_qualifier": s["qualifier"], "fatalities_text": s["text"],
                                  "date_start": _first(s["date"])} for s in ev["sources"]]


def rows(kb: KnowledgeBase, sel: Selection | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every table (of the scope, everything by default) as a list of rows."""
    sel = sel or Selection.everything()
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    out["documents"] = [{**d, "published": _first(d["published"])} for d in kb.iter_documents()
                        if sel.has_doc(d["id"])]
    for e in kb.iter_entities():
        if not sel.has_entity(e["id"]):
            continue
        geo = e["geo"] or {}
        mentions = [m for m in e["mentions"] if sel.has_doc(m["doc"])]
        out["entities"].append({**e, "lat": geo.get("lat"), "lon": geo.get("lon"), "geo_country": geo.get("country"),
                                "admin1": geo.get("admin1"), "admin2": geo.get("admin2"),
                                "feature": geo.get("feature"), "gazetteer_id": geo.get("gazetteer_id"),
                                "mentions": len(mentions)})
        out["mentions"] += [{"doc_id": m["doc"], "start": m["start"], "end": m["end"], "text": m["text"],
                             "entity_id": e["id"]} for m in mentions]
    _event_rows(kb, sel, out)
    for r in kb.iter_relations():
        if sel.has_relation(r["id"]):
            quotes = _evidence("relation", r["id"], r["evidence"])
            out["evidence"] += quotes
            out["relations"].append({**r, "evidence": quotes, "start_date": _first(r["start_date"]),
                                     "end_date": _last(r["end_date"]), "start_text": r["start_date"],
                                     "end_text": r["end_date"]})
    out["timexes"] = [{**t, "start": t["start_char"], "end": t["end_char"], "date_start": _first(t["value"]),
                       "date_end": _last(t["value"])} for t in kb.iter_timexes() if sel.has_doc(t["doc_id"])]
    return out


def write(kb: KnowledgeBase, path: Path, sel: Selection | None = None) -> int:
    """Write one Parquet file per table into the folder ``path`` (created); return the number of rows."""
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    quote = pa.struct([("doc_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    types = {S: pa.string(), N: pa.int64(), F: pa.float64(), L: pa.list_(pa.string()), D: pa.date32(),
             T: pa.timestamp("s", tz="UTC"), E: pa.list_(quote)}
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, records in rows(kb, sel).items():
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
    if kind == D:
        return date.fromisoformat(v)
    if kind == T:
        t = datetime.fromisoformat(v)
        return t if t.tzinfo else t.replace(tzinfo=UTC)
    if kind == E:
        return [{k: q[k] for k in ("doc_id", "start", "end", "text")} for q in v]
    return v

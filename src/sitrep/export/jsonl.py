"""JSON Lines export (spec §2): one object per line, each with ``kind``, streamed."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import IO, Any

from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Selection

Row = dict[str, Any]
DOCUMENT_FIELDS = ("id", "source", "url", "title", "outlet", "published", "published_from", "byline", "dateline",
                   "format", "lang", "duplicate_of", "duplicates", "sources", "text")


def document_record(row: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "document", **{k: row.get(k) for k in DOCUMENT_FIELDS}}


def entity_record(row: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "entity", "id": row["id"], "type": row["type"], "name": row["name"],
            "aliases": row["aliases"], "mentions": row["mentions"], "geo": row["geo"]}


def timex_record(row: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "timex", "doc": row["doc_id"], "start": row["start_char"], "end": row["end_char"],
            "text": row["text"], "value": row["value"], "precision": row["precision"]}


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """An event (spec §2); ``sources`` keeps each document's own figure and date beside the event's."""
    return {
        "kind": "event", "id": row["id"], "type": row["type"], "sub_type": row["sub_type"],
        "date": {"start": row["date_start"], "end": row["date_end"], "precision": row["date_precision"],
                 "text": row["date_text"]},
        "location": row["location_id"], "actors": row["actors"],
        "fatalities": {"value": row["fatalities"], "qualifier": row["fatalities_qualifier"] or "unknown",
                       "text": row["fatalities_text"]},
        "docs": [s["doc"] for s in row["sources"]] + row.get("copies", []), "sources": row["sources"],
        "n_sources": len(row["sources"]),
        "evidence": row["evidence"], "confidence": row["confidence"], "certainty": row["certainty"],
        "attributed_to": row["attributed_to"], "extractor": row["extractor"], "version": row["version"],
        "salience": row.get("salience"),
        "civilian_targeting": None if row.get("civilian_targeting") is None else bool(row["civilian_targeting"]),
        "review": row.get("review"),  # an analyst's verdict: confirmed, rejected (kept with --with-rejected), null
    }


def relation_record(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "relation", "id": row["id"], "predicate": row["predicate"], "subject": row["subject_id"],
        "object": row["object_id"], "role": row["role"], "start": row["start_date"], "end": row["end_date"],
        "certainty": row["certainty"], "attributed_to": row["attributed_to"], "evidence": row["evidence"],
        "superseded_by": row["superseded_by"], "doc": row["doc_id"], "extractor": row["extractor"],
        "version": row["version"], "review": row.get("review"),
    }


def write(kb: KnowledgeBase, out: IO[str], sel: Selection | None = None) -> int:
    """Documents, entities with their mentions, time expressions, events, relations; one JSON object per line.
    With a scope (``sel``), only what it selects, and an entity's mentions in the selected documents only."""
    sel = sel or Selection.everything()
    n = 0
    streams: tuple[tuple[Iterator[Row], Callable[[Row], Row], Callable[[Row], bool]], ...] = (
        (kb.iter_documents(), document_record, lambda r: sel.has_doc(r["id"])),
        (kb.iter_entities(), entity_record, lambda r: sel.has_entity(r["id"])),
        (kb.iter_timexes(), timex_record, lambda r: sel.has_doc(r["doc_id"])),
        (kb.iter_events(), event_record, lambda r: sel.has_event(r["id"])),
        (kb.iter_relations(), relation_record, lambda r: sel.has_relation(r["id"])))
    for rows, to_record, keep in streams:
        for row in rows:
            if not keep(row):
                continue
            if sel.doc_ids is not None and "mentions" in row:
                row["mentions"] = [m for m in row["mentions"] if sel.has_doc(m["doc"])]
            out.write(json.dumps(to_record(row), ensure_ascii=False) + "\n")
            n += 1
    return n

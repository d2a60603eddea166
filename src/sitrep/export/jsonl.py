"""JSON Lines export (spec §2): one object per line, each with ``kind``, streamed."""

from __future__ import annotations

import json
from typing import IO, Any

from sitrep.kb.storage import KnowledgeBase

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


def write(kb: KnowledgeBase, out: IO[str]) -> int:
    """Documents, then entities with their mentions, then time expressions; one JSON object per line."""
    n = 0
    streams = ((kb.iter_documents(), document_record), (kb.iter_entities(), entity_record),
               (kb.iter_timexes(), timex_record))
    for rows, to_record in streams:
        for row in rows:
            out.write(json.dumps(to_record(row), ensure_ascii=False) + "\n")
            n += 1
    return n

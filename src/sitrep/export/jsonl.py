"""JSON Lines export (spec §2): one object per line, each with ``kind``, streamed."""

from __future__ import annotations

import json
from typing import IO, Any

from sitrep.kb.storage import KnowledgeBase

DOCUMENT_FIELDS = ("id", "source", "url", "title", "outlet", "published", "published_from", "byline", "dateline",
                   "format", "lang", "duplicate_of", "duplicates", "sources", "text")


def document_record(row: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "document", **{k: row.get(k) for k in DOCUMENT_FIELDS}}


def write(kb: KnowledgeBase, out: IO[str]) -> int:
    n = 0
    for row in kb.iter_documents():
        out.write(json.dumps(document_record(row), ensure_ascii=False) + "\n")
        n += 1
    return n

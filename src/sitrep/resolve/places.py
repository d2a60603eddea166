"""Geocoding of location entities (placeholder until the gazetteer lands)."""

from __future__ import annotations

from sitrep.kb.storage import KnowledgeBase, PreparedDocument
from sitrep.records import Resolution


def place_entities(kb: KnowledgeBase, prep: PreparedDocument, res: Resolution) -> None:
    """Give each new location entity of ``res`` its ``geo`` (spec §2), or leave it unplaced."""

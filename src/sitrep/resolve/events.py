"""Cross-document event coreference (placeholder until the event coder lands)."""

from __future__ import annotations

from sitrep.kb.storage import KnowledgeBase, PreparedDocument
from sitrep.records import Resolution


def same_events(kb: KnowledgeBase, prep: PreparedDocument, res: Resolution) -> dict[int, str]:
    """Events of ``prep`` that the base already holds: index in ``prep.extractions.events`` -> event id."""
    return {}

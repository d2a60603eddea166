"""Relations between actors over time (placeholder until the relation extractor lands)."""

from __future__ import annotations

from sitrep.records import Annotations, Document, Extractions

EXTRACTOR = "relation-rules"
VERSION = "relations-0.0"


def find_relations(doc: Document, ann: Annotations) -> Extractions:
    return Extractions()

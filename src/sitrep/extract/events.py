"""Events coded in ACLED's typology (placeholder until the event coder lands)."""

from __future__ import annotations

from sitrep.records import Annotations, Document, Extractions

EXTRACTOR = "acled-coder"
VERSION = "events-0.0"


def find_events(doc: Document, ann: Annotations) -> Extractions:
    return Extractions()

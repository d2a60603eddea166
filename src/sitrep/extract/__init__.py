"""The extraction stage as a plain function: ``(Document, Annotations) -> Extractions``.

Each extractor (events, relations, claims) reads the language layer's
annotations of one document and speaks of entities by their local keys; it
holds no state and never sees the knowledge base, so it runs the same in one
process, a pool or on Dask workers.
"""

from __future__ import annotations

from sitrep.extract import claims, events, relation_base, relation_syntax, relations
from sitrep.records import Annotations, Document, Extractions


def merge(*parts: Extractions) -> Extractions:
    return Extractions(
        events=tuple(e for p in parts for e in p.events),
        relations=tuple(r for p in parts for r in p.relations),
        claims=tuple(c for p in parts for c in p.claims),
        entities=tuple(dict.fromkeys(e for p in parts for e in p.entities)),
    )


def extract(doc: Document, ann: Annotations) -> Extractions:
    """Events, relations and claims of one annotated document; claims read the relations found."""
    found = relations.find_relations(doc, ann)
    stated = claims.find_claims(doc, ann, relations=list(found.relations))
    return merge(events.find_events(doc, ann), found, Extractions(claims=tuple(stated)))


def versions() -> dict[str, str]:
    return {events.EXTRACTOR: events.VERSION, relation_base.EXTRACTOR: relation_base.VERSION,
            relation_syntax.EXTRACTOR: relation_syntax.VERSION}

"""Resolution: one document's local entity keys become entities of the knowledge base.

This is the one stage (with storage) that sees the whole base. It runs inside
the transaction that stores the document: entities are matched or created
(``entities``), location entities are placed on the map (``places``), and the
document's events are matched to events the base already knows (``events``).
"""

from __future__ import annotations

from sitrep.kb.storage import KnowledgeBase, PreparedDocument
from sitrep.records import Resolution


def resolve(kb: KnowledgeBase, prep: PreparedDocument) -> Resolution:
    from sitrep.resolve import entities, events, places

    res = entities.resolve_entities(kb, prep)
    places.place_entities(kb, prep, res)
    res.same_event.update(events.same_events(kb, prep, res))
    return res

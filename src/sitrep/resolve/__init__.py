"""Resolution: one document's local entity keys become entities of the knowledge base.

This is the one stage that sees the whole base, through the reads of :class:`~sitrep.resolve.store.ResolutionStore`
(never storage itself). The orchestrator calls it inside the transaction that stores the document: entities are
matched or created (``entities``), location entities are placed on the map (``places``), generic actors take the
country of the event's placed location (``actor_country``), and the document's events are matched to events the
base already knows (``events``). Relation history (``relations.history``) is decided
again, by dates, for the neighbourhood of each relation as it is stored.
"""

from __future__ import annotations

from dataclasses import replace

from sitrep.records import PreparedDocument, Resolution, ResolvedEntity
from sitrep.resolve import actor_country, division_actors, entities, events, places
from sitrep.resolve.store import ResolutionStore


def resolve(kb: ResolutionStore, prep: PreparedDocument) -> Resolution:
    res = entities.resolve_entities(kb, prep)
    places.place_entities(kb, prep, res)
    actor_country.requalify_actors(prep, res)
    division_actors.name_division_people(prep, res)
    res.same_event.update(events.same_events(kb, prep, res))
    return res


def ahead(prep: PreparedDocument) -> PreparedDocument:
    """``prep`` with what resolution computes from the document alone (no base) computed now, by the worker that
    prepared it: the process that resolves and writes every document of a parallel run has that much less to do.
    The results are the same: resolution reads these instead of computing them."""
    return replace(prep, ahead={**prep.ahead, "places": places.document_places(prep)})


def dictionary_keys(kb: ResolutionStore, prep: PreparedDocument) -> Resolution:
    """A resolution that reads nothing: dictionary keys are entity ids; other mentions stay unlinked."""
    res = Resolution()
    for m in prep.annotations.mentions:
        if m.entity_key is not None and not m.entity_key.startswith("doc:"):
            res.keys[m.entity_key] = m.entity_key
            res.entities.append(ResolvedEntity(id=m.entity_key, type=m.type, name=m.name or m.text, new=True,
                                               aliases=(m.text,)))
    return res

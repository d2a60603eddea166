"""Geocoding of location entities: each gets its ``geo`` (spec §2, plus ACLED's ``precision``) or stays unplaced.

Runs inside the storage transaction (see ``sitrep.resolve``). The document's
place spans are read again with their relations ("X district, Y province"),
each location entity is placed from its mentions, the most specific first, and
an entity the base had already placed keeps its place.
"""

from __future__ import annotations

from dataclasses import replace

from sitrep.kb.gazetteer import KBGazetteer, default_gazetteer
from sitrep.kb.storage import KnowledgeBase, PreparedDocument
from sitrep.nlp.places import PlaceSpan, place_spans
from sitrep.records import Resolution
from sitrep.resolve.place_geocoder import Geocoder


def place_entities(kb: KnowledgeBase, prep: PreparedDocument, res: Resolution) -> None:
    """Give each location entity of ``res`` its ``geo`` (spec §2), or leave it unplaced."""
    todo = [i for i, e in enumerate(res.entities) if e.type == "location" and e.geo is None]
    if not todo:
        return
    text = prep.doc.text
    ann = prep.annotations
    actors = [m for m in ann.mentions if m.type != "location"]
    spans = place_spans(text, ann.sentences, actors)
    by_offsets = {(s.start, s.end): i for i, s in enumerate(spans)}
    geocoder = Geocoder(KBGazetteer(kb.conn), default_gazetteer())
    ctx = geocoder.document_context(spans, prep.doc.dateline)
    for i in todo:
        e = res.entities[i]
        keys = {k for k, v in res.keys.items() if v == e.id}
        mine: list[int] = []
        for m in ann.mentions:
            if m.entity_key in keys and m.type == "location":
                j = by_offsets.get((m.start, m.end))
                if j is None:  # a mention another extractor found: a span of its own, with no relations
                    spans.append(PlaceSpan(m.start, m.end, m.name or m.text, None))
                    j = len(spans) - 1
                mine.append(j)
        if not mine:
            spans.append(PlaceSpan(0, 0, e.name, None))
            mine = [len(spans) - 1]
        # the mention that says most: a parent given by the text, then the most specific kind
        mine.sort(key=lambda j: (spans[j].parent is None, spans[j].rank, spans[j].start))
        for j in mine:
            geo = geocoder.geo_of_span(j, spans, ctx)
            if geo is not None:
                res.entities[i] = replace(e, geo=geo, country=e.country or _str(geo.get("country")))
                break


def _str(v: object) -> str | None:
    return v if isinstance(v, str) else None

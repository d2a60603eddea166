"""A counter-demonstration by a crowd of another nationality than the first crowd's is the protest's actor2
(invented notes, run through the extraction)."""

from __future__ import annotations

from sitrep.extract import extract
from sitrep.ingest.document import to_document
from sitrep.nlp.annotate import annotate
from sitrep.records import RawItem


def _actors(text: str) -> list[tuple[str, str]]:
    doc = to_document(RawItem(doc_id="n1", source="n1.txt", format="text", content=text, published="2022-04-03"))
    ex = extract(doc, annotate(doc))
    names = {e.key: (e.acled_name or e.name) for e in ex.entities}
    event = ex.events[0]
    return [(a.role, names.get(a.key, a.key)) for a in event.actors if a.role in ("actor1", "actor2")]


def test_a_foreign_counter_crowd_is_actor2() -> None:
    got = _actors("On 3 April 2022, about 200 people rallied in Bratislava in support of the government. Several "
                  "Ukrainians gathered nearby for a counter-protest. [size=about 200]")
    assert got == [("actor1", "Protesters (Slovakia)"), ("actor2", "Protesters (Ukraine)")]


def test_a_local_counter_crowd_of_a_foreign_rally_is_actor2() -> None:
    got = _actors("On 3 April 2022, about 200 Ukrainians rallied in Limassol against the war. A small counter-protest "
                  "was held by local residents. [size=about 200]")
    assert got == [("actor1", "Protesters (Ukraine)"), ("actor2", "Protesters (Cyprus)")]


def test_a_counter_crowd_of_the_same_country_adds_no_actor() -> None:
    got = _actors("On 3 April 2022, about 300 people demonstrated in Bamberg against coronavirus-related measures. "
                  "Around 100 people gathered for a counter-demonstration. [size=about 300]")
    assert got == [("actor1", "Protesters (Germany)")]

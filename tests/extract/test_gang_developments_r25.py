"""A cartel's trademark ("narco-" blockades, banners) lays an unattributed armed act at gangs' door: in the Americas
its unnamed authors are "Unidentified Gang (X)" (invented notes, run through the extraction)."""

from __future__ import annotations

from sitrep.extract import extract
from sitrep.extract.criminal_actors import speaks_of_gangs
from sitrep.ingest.document import to_document
from sitrep.nlp.annotate import annotate
from sitrep.records import RawItem


def _actor1(text: str) -> str:
    doc = to_document(RawItem(doc_id="n1", source="n1.txt", format="text", content=text, published="2022-06-03"))
    ex = extract(doc, annotate(doc))
    names = {e.key: (e.acled_name or e.name) for e in ex.entities}
    return next(names.get(a.key, a.key) for a in ex.events[0].actors if a.role == "actor1")


def test_narco_words_are_gang_cues() -> None:
    assert speaks_of_gangs("trucks were set on fire as part of a narcoblock")
    assert speaks_of_gangs("a narco-banner was left next to the body")
    assert not speaks_of_gangs("the narrow road was blocked by farmers")


def test_a_narcoblock_is_a_gangs_development() -> None:
    note = ("Non-violent activity: On 3 June 2022, in Reynosa, Tamaulipas, armed individuals set fire to buses and "
            "tires as part of a narcoblock in several parts of the city.")
    assert _actor1(note) == "Unidentified Gang (Mexico)"

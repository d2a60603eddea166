"""Armed men the text says are of unknown nationality are ACLED's "Unidentified Armed Group (International)", not
the event country's (invented notes, run through the extraction)."""

from __future__ import annotations

from sitrep.extract import extract
from sitrep.ingest.document import to_document
from sitrep.nlp.annotate import annotate
from sitrep.records import RawItem


def _actors(text: str) -> list[tuple[str, str]]:
    doc = to_document(RawItem(doc_id="n1", source="n1.txt", format="text", content=text, published="2022-06-03"))
    ex = extract(doc, annotate(doc))
    names = {e.key: (e.acled_name or e.name) for e in ex.entities}
    return [(a.role, names.get(a.key, a.key)) for a in ex.events[0].actors if a.role in ("actor1", "actor2")]


def test_armed_men_of_unknown_nationality_are_international() -> None:
    got = _actors("On 3 June 2022, off the coast of Matanzas, Cuba, border guards clashed with armed men of unknown "
                  "nationality on a speedboat. One of the armed men was wounded.")
    assert ("actor2", "Unidentified Armed Group (International)") in got
    assert not any(name == "Unidentified Armed Group (Cuba)" for _, name in got)


def test_armed_men_of_no_said_nationality_are_the_countrys() -> None:
    got = _actors("On 3 June 2022, off the coast of Matanzas, Cuba, border guards clashed with armed men on a "
                  "speedboat. One of the armed men was wounded.")
    assert ("actor2", "Unidentified Armed Group (Cuba)") in got

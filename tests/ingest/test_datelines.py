"""Datelines: the filing place and, when dated with a year, the document's day."""

from __future__ import annotations

from sitrep.ingest.datelines import find_dateline
from sitrep.ingest.document import to_document
from sitrep.records import RawItem


def test_forms_of_datelines() -> None:
    for text, place in [("KORVAN, Freedonia (Agency) — Rebels attacked a base.", "KORVAN"),
                        ("DORVAN, May 4 (Agency) – A bomb went off.", "DORVAN"),
                        ("MOSUL (Agency) – Fighting resumed.", "MOSUL"),
                        ("Dorvan, 9 Jan (Agency).- A drone struck a car.", "Dorvan"),
                        ("Home | News\nKORVAN: Three police were killed.", "KORVAN")]:
        found = find_dateline(text)
        assert found is not None and found.place == place, text
        assert text[found.end:][0].isupper()


def test_a_sentence_is_not_a_dateline() -> None:
    assert find_dateline("The minister said: the talks will go on.") is None
    assert find_dateline("Police arrested three men - two of them brothers - on Monday.") is None


def test_a_dated_dateline_gives_the_document_day_when_nothing_else_does() -> None:
    item = RawItem(doc_id="d", source="d", format="text",
                   content="KORVAN, Freedonia (March 3, 2019) – Rebels attacked a base on Saturday, officials said.")
    doc = to_document(item)
    assert doc.published == "2019-03-03" and doc.published_from == "dateline"
    dated = RawItem(doc_id="d", source="d", format="text", published="2019-03-05",
                    content="KORVAN, Freedonia (March 3, 2019) – Rebels attacked a base on Saturday.")
    assert to_document(dated).published == "2019-03-05"

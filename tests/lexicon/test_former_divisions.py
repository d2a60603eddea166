"""Former first-level divisions (Congo's Katanga, Ghana's Brong-Ahafo) tell their country as a division of today
does, before a namesake town abroad."""

from __future__ import annotations

import pytest

from sitrep.extract.event_country import document_country
from sitrep.extract.place_votes import division_countries, place_votes
from sitrep.lexicon.former_divisions import former_named, parse
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def test_the_table_loads_and_finds_other_spellings() -> None:
    assert [d.country for d in former_named("Brong Ahafo")] == ["GH"]
    assert [d.country for d in former_named("SNNPR")] == ["ET"]
    assert former_named("Ashanti") == ()


def test_a_former_division_outweighs_a_village_abroad() -> None:
    assert place_votes("Katanga") == {"CD": 1.0}
    assert place_votes("Brong-Ahafo Region", admin1=True, units_only=True) == {"GH": 1.0}
    assert division_countries("Orientale Province") == {"CD"}


def test_a_note_naming_a_former_division_is_its_country() -> None:
    text = "On 4 March 2012, farmers and herders clashed near a village in the Brong-Ahafo Region over grazing land."
    doc = Document(id="d", source="d", text=text, format="text", published="2012-03-10")
    assert document_country(text, list(annotate(doc).mentions)) == "GH"


def test_a_bad_row_is_reported() -> None:
    with pytest.raises(ValueError):
        parse("GH\tBrong-Ahafo\t\t2019\tno month\n")

"""Regions no gazetteer places (continents, parts of the world, seas, lakes, islands, one country's named regions)
are location mentions, never an event's place (invented sentences)."""

from __future__ import annotations

import pytest

from sitrep.extract.events import find_events
from sitrep.lexicon.countries import countries
from sitrep.nlp import region_names
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _mentions(text: str) -> dict[str, tuple[str, str, str | None]]:
    ann = annotate(Document(id="d", source="d", text=text, format="text", published="2023-03-01"))
    return {m.text: (m.type, m.extractor, m.entity_key) for m in ann.mentions}


def test_parts_of_the_world_seas_lakes_and_islands_are_locations() -> None:
    found = _mentions("The group recruits across the Sahara and North Africa and sends fighters to Asia. Boats on "
                      "the Red Sea were seized. Farmers fled from the island of Mindanao.")
    for name in ("Sahara", "North Africa", "Asia", "Red Sea", "Mindanao"):
        assert found[name][:2] == ("location", region_names.EXTRACTOR), name


def test_a_place_inside_a_regions_name_is_none_and_other_names_join_the_region() -> None:
    found = _mentions("Fishermen crossed Lake Chad at dawn. The insurgents hold islands of the Lake Chad region.")
    assert "Chad" not in found  # not the country of that name
    assert found["Lake Chad"][1] == found["Lake Chad region"][1] == region_names.EXTRACTOR
    assert found["Lake Chad"][2] == found["Lake Chad region"][2]  # one entity


def test_a_region_inside_a_longer_name_or_in_small_letters_is_none() -> None:
    found = _mentions("The Development Bank of Central Africa lent money. Sahara Reporters published it. "
                      "He spoke of asia and the sahel.")
    assert not any(e == region_names.EXTRACTOR for _, e, _ in found.values())


def test_an_initial_of_an_abbreviation_opens_no_place_and_a_country_written_as_an_attribute_is_named() -> None:
    text = "A U.S. official said the Britain-based monitor counted the dead. The United States sent aid."
    ann = annotate(Document(id="d", source="d", text=text, format="text", published="2023-03-01"))
    found = {m.text: m for m in ann.mentions}
    assert "A U" not in found
    assert found["U.S."].type == found["Britain"].type == "location"
    assert found["U.S."].extractor == region_names.EXTRACTOR
    assert (found["U.S."].name, found["Britain"].name) == ("United States", "United Kingdom")
    assert found["U.S."].entity_key == found["United States"].entity_key  # one entity with the noun's mention


def test_an_event_is_never_placed_in_a_region() -> None:
    text = "On 3 March 2023, gunmen killed five traders on a road in the Sahel, officials said."
    doc = Document(id="d", source="d", text=text, format="text", published="2023-03-04")
    ann = annotate(doc)
    events = find_events(doc, ann).events
    assert events
    sahel = {m.entity_key for m in ann.mentions if m.text == "Sahel"}
    assert sahel and not any(e.location in sahel for e in events)


def test_the_table_is_checked() -> None:
    known = set(countries())
    head = "region,kind,countries,other_names,note\n"
    assert region_names.parse_world_regions(head + "Sahel,region,ML|NE,,\n", known) == {"sahel": "Sahel"}
    with pytest.raises(ValueError, match=r"world_regions\.csv:2"):
        region_names.parse_world_regions(head + "Sahel,plateau,ML,,\n", known)
    with pytest.raises(ValueError, match=r"world_regions\.csv:2"):
        region_names.parse_world_regions(head + "Sahel,region,XX,,\n", known)
    with pytest.raises(ValueError, match="two regions"):
        region_names.parse_world_regions(head + "Sahel,region,ML,,\nSahara,desert,ML,Sahel,\n", known)

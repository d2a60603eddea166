"""A site named after its town ("Addis Ababa Stadium") is placed at the town, in the document's country only."""

from __future__ import annotations

from sitrep.extract.site_names import site_heads
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.resolve.place_geocoder import Geocoder
from sitrep.resolve.site_towns import site_town_geo


def test_the_heads_of_a_site_s_name() -> None:
    assert site_heads("Addis Ababa Stadium") == ["Addis Ababa", "Addis"]
    assert site_heads("Djibouti International Airport") == ["Djibouti"]
    assert site_heads("Addis Ababa") == []  # no site


def test_a_site_is_placed_at_the_town_it_is_named_after() -> None:
    geocoder = Geocoder(None, default_gazetteer())
    geo = site_town_geo("Addis Ababa Stadium", geocoder, geocoder.document_context([], None, "ET"))
    assert geo is not None and (geo["country"], geo["admin1"]) == ("ET", "Addis Ababa")


def test_a_town_of_another_country_or_no_country_places_nothing() -> None:
    geocoder = Geocoder(None, default_gazetteer())
    assert site_town_geo("Zurich Airport", geocoder, geocoder.document_context([], None, "ET")) is None
    assert site_town_geo("Addis Ababa Stadium", geocoder, geocoder.document_context([], None, None)) is None

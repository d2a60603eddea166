"""A speaker's name, a country's name opening a place's, a local body named after its town (``place_hints``)."""

from __future__ import annotations

from sitrep.extract.event_country import document_country
from sitrep.extract.place_hints import body_town_votes, opens_place, speaker
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _country(text: str) -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published="2022-03-01")
    return document_country(text, sorted(annotate(doc).mentions, key=lambda m: m.start))


def test_a_name_before_said_after_a_comma_is_a_speaker() -> None:
    text = "Guards beat two traders at the market, Farah told a radio station."
    start = text.index("Farah")
    assert speaker(text, start, start + len("Farah"))
    other = "The convoy reached Farah said to be empty."
    start = other.index("Farah")
    assert not speaker(other, start, start + len("Farah"))


def test_a_speaker_s_name_does_not_move_the_event_abroad() -> None:
    assert _country("Guards beat two traders at the market of Ali Sabieh, Farah told a radio station.") == "DJ"


def test_a_country_s_name_opening_a_place_s_name_is_that_place() -> None:
    text = "Farmers blocked a road near Mali Idjos for an hour."
    start = text.index("Mali")
    assert opens_place(text, start, start + 4) == "Mali Idjos"
    other = "Farmers blocked a road near Mali for an hour."
    start = other.index("Mali")
    assert opens_place(other, start, start + 4) is None
    assert _country("Farmers blocked a road near Mali Idjos for an hour.") == "RS"


def test_a_country_s_name_before_city_is_its_capital() -> None:
    text = "Nurses marched in Kuwait City on Monday."
    start = text.index("Kuwait")
    assert opens_place(text, start, start + len("Kuwait")) is None


def test_a_local_body_named_after_its_town_places_the_event() -> None:
    assert body_town_votes("Lawyers of the Kisumu High Court walked out.") == {"KE": 1.0}
    assert body_town_votes("The Larissa Bar Association called a strike.") == {"GR": 1.0}
    assert body_town_votes("Dockers blocked the Port of Mombasa.") == {"KE": 1.0}
    assert body_town_votes("The Supreme Court ruled on the case.") == {}
    assert body_town_votes("Workers of the Port of Spain rallied.") == {}  # a country's name: no town
    assert _country("The Larissa Bar Association called a two-day strike over court fees.") == "GR"

"""Places named without a preposition: a camp or town by what it is, and the towns a road is named after."""

from __future__ import annotations

from sitrep.extract.event_country import document_country
from sitrep.extract.settlement_votes import settlement_votes
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _country(text: str) -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published="2022-03-01")
    return document_country(text, sorted(annotate(doc).mentions, key=lambda m: m.start))


def test_the_towns_a_road_is_named_after_are_places_of_its_country() -> None:
    firsts: list[tuple[int, dict[str, float]]] = []
    votes = settlement_votes("Traders blocked the Yaounde-Douala highway for an hour.", set(), [], firsts)
    assert set(votes) == {"CM"} and votes["CM"] > 2.0
    assert firsts == [(20, {"CM": 1.0})]
    assert _country("On Monday, angry traders blocked the Colombo-Kandy road with burning tyres.") == "LK"


def test_a_road_across_a_border_votes_for_both_countries() -> None:
    votes = settlement_votes("Lorry drivers blocked the Baalbek-Homs road.", set(), [], [])
    assert set(votes) == {"LB", "SY"} and votes["LB"] == votes["SY"]
    assert _country("Lorry drivers blocked the Baalbek-Homs road.") is None


def test_a_hyphenated_name_without_a_road_word_is_no_road() -> None:
    assert settlement_votes("The Yaounde-Douala rivalry flared again.", set(), [], []) == {}


def test_a_camp_or_a_town_named_by_what_it_is() -> None:
    votes = settlement_votes("Residents of Kakuma refugee camp marched.", set(), [], [])
    assert set(votes) == {"KE"}


def test_a_road_named_after_two_towns_is_no_town_division_notation() -> None:
    assert _country("Armed men blocked the Buea-Kumba road in a village on Friday.") == "CM"


def test_a_place_whose_residents_or_institutions_a_text_names() -> None:
    assert set(settlement_votes("Residents of Kisumu blocked a street on Monday.", set(), [], [])) == {"KE"}
    assert set(settlement_votes("Inmates rioted in the prison of Dunkerque.", set(), [], [])) == {"FR"}
    assert _country("The mayor of Tamale met angry traders on Friday.") == "GH"


def test_an_organisation_of_people_is_no_place() -> None:
    assert settlement_votes("The Union of Teachers and the Association of Nurses marched.", set(), [], []) == {}
    assert _country("Members of the Union of Teachers marched on Friday.") is None

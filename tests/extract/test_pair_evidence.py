"""A place written with its division after a comma, and a country's name written after its place."""

from __future__ import annotations

from sitrep.extract.event_country import document_country
from sitrep.extract.pair_evidence import _division_abroad, place_counted
from sitrep.extract.place_votes import place_votes
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _country(text: str) -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published="2022-03-01")
    return document_country(text, sorted(annotate(doc).mentions, key=lambda m: m.start))


def test_a_written_division_outweighs_a_namesake_abroad() -> None:
    # Shuili is spelled so only by places of other countries; written with Nantou, a county of Taiwan, it is Taiwan's
    assert "TW" not in place_votes("Shuili")
    assert _division_abroad("Shuili", "Nantou") == {"TW": 1.0}
    assert _division_abroad("Xinyi", "Nantou") == {}  # a town sure of its country stays there


def test_a_list_of_towns_of_one_country_stays_at_home() -> None:
    assert _country("On 3 March 2022, students marched in Tripoli, Benghazi and Misrata over unpaid grants.") == "LY"


def test_a_place_and_its_country_are_one_piece_of_evidence() -> None:
    assert place_counted("a bar in Oslo, ", "NO")
    assert not place_counted("a bar in Oslo, ", "SE")
    assert not place_counted("in Brest, ", "FR")  # a name two countries share: the country's name tells which
    assert _country("On 2 March 2022, dozens marched in Vasteras in solidarity with the victims of a shooting in "
                    "Oslo, Norway.") == "SE"
    assert _country("On 2 March 2022, dozens marched in Brest, France, against a pension reform.") == "FR"

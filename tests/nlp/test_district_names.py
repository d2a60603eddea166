"""Districts the gazetteer lacks (districts.tsv) found in prose without a unit word."""

from __future__ import annotations

from sitrep.nlp.district_names import district_spelled, multiword_districts
from sitrep.nlp.places import find_places


def names(text: str) -> list[str]:
    return [m.text for m in find_places(text)]


def test_spellings_of_the_table() -> None:
    assert district_spelled("Kaski") and district_spelled("Mayo-Sava") and district_spelled("Mayo Sava")
    assert district_spelled("Lekie")  # Lekié without its accent
    assert not district_spelled("KASKI") and not district_spelled("kaski")
    multi = multiword_districts()
    assert "East Wollega" in multi and "Bint Jbeil" in multi and "Logone et Chari" in multi
    assert "Kaski" not in multi


def test_a_district_after_a_preposition() -> None:
    assert names("Police dispersed a rally in Kaski on Sunday.") == ["Kaski"]
    assert "Mashegu" in names("Bandits raided a farm in Mashegu, Niger State.")


def test_a_zone_of_two_words_anywhere() -> None:
    assert names("Gunmen killed a trader in East Wollega on Monday.") == ["East Wollega"]
    assert names("Fighting spread across West Arsi and East Bale overnight.") == ["West Arsi", "East Bale"]
    assert "Mayo Sava" in names("Militants burned huts at Kordo, Mayo Sava, on Friday.")

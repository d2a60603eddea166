"""A district the gazetteer lacks in the province the text gives, at its seat of that very name; of namesake towns
of one province, the markedly bigger one (``resolve/place_seats.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import store_places
from sitrep.kb import KnowledgeBase


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "kb.db")


def store(kb: KnowledgeBase, doc_id: str, text: str) -> dict[str, dict[str, Any] | None]:
    return {name: geo for name, (_, geo) in store_places(kb, doc_id, text).items()}


def test_a_district_the_gazetteer_lacks_in_its_province_is_at_its_seat(kb: KnowledgeBase) -> None:
    # the gazetteer lists no Milas district; Mugla's town of Milas is the district's seat
    geo = store(kb, "s1", "Olive growers sat down on a highway crossing the Milas district of Mugla in 2021.")
    g = geo["Milas"]
    assert g is not None and (g["country"], g["admin1"], g["feature"]) == ("TR", "Mugla", "town")
    assert abs(float(g["lat"]) - 37.32) < 0.1 and abs(float(g["lon"]) - 27.78) < 0.1


def test_a_district_of_a_republic_written_by_its_usual_name_is_at_its_seat(kb: KnowledgeBase) -> None:
    geo = store(kb, "s2", "On 4 April 2021, dairy farmers poured milk onto a square in the Sharan district of "
                          "Bashkiria.")
    g = geo["Sharan"]
    assert g is not None and g["country"] == "RU" and g["feature"] == "town"
    assert abs(float(g["lon"]) - 53.99) < 0.2


def test_of_two_namesake_towns_of_the_province_the_markedly_bigger_one(kb: KnowledgeBase) -> None:
    # two towns called Estreito in Maranhao, of some 33,000 and 18,000 people: the first, not the state's capital
    geo = store(kb, "s3", "On 5 July 2021, fishermen protested against a dam in Estreito (Maranhao).")
    g = geo["Estreito"]
    assert g is not None and (g["country"], g["admin1"], g["feature"]) == ("BR", "Maranhao", "town")
    assert abs(float(g["lat"]) + 6.56) < 0.1


def test_a_quarter_the_gazetteer_lacks_is_in_the_city_its_first_word_names(kb: KnowledgeBase) -> None:
    # no gazetteer has "Balbala Hodan"; Balbala is a city of Djibouti, the country the note's police are of
    geo = store(kb, "s4", "On 2 May 2021, Djiboutian police chased off jobless youths camping in the "
                          "Balbala Hodan neighbourhood.")
    g = geo["Balbala Hodan"]
    assert g is not None and (g["country"], g["feature"], g["precision"]) == ("DJ", "city", 2)


def test_a_two_word_name_whose_first_word_is_no_city_stays_unplaced(kb: KnowledgeBase) -> None:
    geo = store(kb, "s5", "On 2 May 2021, Djiboutian police chased off jobless youths camping in the "
                          "Qorrax Hodan neighbourhood.")
    assert geo.get("Qorrax Hodan") is None


def test_two_districts_whose_names_share_only_their_consonants_are_two_districts(kb: KnowledgeBase) -> None:
    # Kech and Kachhi, districts of Balochistan 600 km apart, share the key of their consonants: not one unit
    geo = store(kb, "s6", "On 3 March 2021, gunmen shot a teacher in Turbat (Kech district, Balochistan).")
    g = geo["Turbat"]
    assert g is not None and (g["country"], g["feature"]) == ("PK", "town")
    assert abs(float(g["lon"]) - 63.05) < 0.2

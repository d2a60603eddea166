"""The Philippines' places as notes write them: a village of a province the gazetteer lists without a position is
placed at the province's capital (``unit_seats.tsv``), and a town written after a barangay ("in Barangay X, Town,
Province") is the place. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import geo_near as near
from helpers import stored_geos as store
from sitrep.kb import KnowledgeBase
from sitrep.nlp.places import place_spans


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "kb.db")


def test_a_village_of_a_province_without_a_position_is_at_its_capital(kb: KnowledgeBase) -> None:
    # Samar: Catbalogan, its capital, not the capital of the Eastern Visayas region
    geo = store(kb, "On 2 April 2022, soldiers and rebels exchanged fire in Barangay Lunok, Marabut, Samar.")
    place = geo.get("Marabut") or geo.get("Samar") or geo.get("Barangay Lunok")
    assert place is not None and place["admin1"] == "Eastern Visayas" and near(place, 11.78, 124.89)
    assert place["precision"] == 2


def test_a_town_after_a_barangay_no_gazetteer_knows_is_at_its_provinces_capital(kb: KnowledgeBase) -> None:
    # Tawi-Tawi: Bongao, its capital
    geo = store(kb, "On 2 April 2022, two gunmen were killed in a firefight in Barangay Taruk, Tandubas, Tawi-Tawi.")
    place = geo.get("Tandubas")
    assert place is not None and place["admin1"] == "Bangsamoro Autonomous Region in Muslim Mindanao"
    assert near(place, 5.03, 119.77) and place["precision"] == 2


def test_the_town_after_a_barangay_is_the_place() -> None:
    text = "On 2 April 2022, two gunmen were killed in a firefight in Barangay Taruk, Tandubas, Tawi-Tawi."
    assert [s.name for s in place_spans(text)] == ["Tandubas"]
    text = "On 2 April 2022, families fled in Barangays Lumot and Kilaba, Hinabangan, Samar after a clan feud."
    assert "Hinabangan" in [s.name for s in place_spans(text)]


def test_a_barangay_that_shares_a_towns_name_is_no_place(kb: KnowledgeBase) -> None:
    # Bunga is also a village of the region: the town written after the barangay is where the event is (Hinabangan,
    # a municipality of Samar, towns.tsv)
    geo = store(kb, "On 2 April 2022, gunmen shot a councilor in Barangay Bunga, Hinabangan, Samar.")
    assert "Bunga" not in geo and geo.get("Hinabangan") is not None
    assert geo["Hinabangan"]["admin1"] == "Eastern Visayas" and near(geo["Hinabangan"], 11.70, 125.07)


def test_a_town_after_a_barangay_known_only_by_a_like_spelling_is_left_out() -> None:
    # Kalibu: no town is so spelled; Kalibo, a like spelling, is a town of Aklan, not of Samar
    text = "On 2 April 2022, gunmen shot dead a village councilor in Barangay Lunok, Kalibu, Samar."
    assert "Kalibu" not in [s.name for s in place_spans(text)]

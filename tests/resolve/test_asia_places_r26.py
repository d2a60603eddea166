"""South and Southeast Asia's places as conflict data write them: Nepal's district headquarters the embedded
gazetteer lacks (towns.tsv, the seats in districts.tsv), India's towns by their usual spelling (town_names.tsv),
two districts whose names share a transliteration key are not one unit (Balochistan's Kech and Kachhi), and a town
whose name opens with a word of the non-names ("Lake Sebu") is found whole. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import geo_near as near
from helpers import stored_geos as store
from sitrep.kb import KnowledgeBase


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "kb.db")


def test_nepals_district_headquarters(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, bus owners halted their vehicles in Bidur municipality (Nuwakot district) "
                    "over a fuel price rise.")
    assert geo["Bidur"] is not None and geo["Bidur"]["admin1"] == "Bagmati"
    assert near(geo["Bidur"], 27.9, 85.15)
    geo = store(kb, "On 2 April 2022, porters held a march through Dunai (Dolpa district) about unpaid wages.")
    assert geo["Dunai"] is not None and geo["Dunai"]["country"] == "NP" and near(geo["Dunai"], 28.93, 82.92)


def test_a_village_of_a_district_is_placed_at_its_headquarters(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, villagers picketed the office of Turmakhad rural municipality (Achham "
                    "district) over a missing road.")
    place = geo.get("Turmakhad")
    assert place is not None and place["admin1"] == "Sudurpashchim" and near(place, 29.15, 81.28)


def test_dantewada_as_reports_spell_it(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, rebels set fire to two tractors near Dantewada (Chhattisgarh).")
    assert geo["Dantewada"] is not None and geo["Dantewada"]["feature"] == "town"
    assert near(geo["Dantewada"], 18.89, 81.35)


def test_kech_is_not_kachhi(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, a grenade damaged a grocery in Hoshab area (Kech district, Balochistan).")
    place = geo.get("Kech")
    assert place is not None and place["admin2"] == "Kech" and near(place, 26.0, 63.05, 40.0)


def test_lake_sebu_is_a_town(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, tribal farmers rallied outside a school of Lake Sebu, South Cotabato, for "
                    "land titles.")
    assert geo.get("Sebu") is None
    place = geo.get("Lake Sebu")
    assert place is not None and place["admin1"] == "Soccsksargen" and near(place, 6.22, 124.71)

"""South and Central America's and South and Southeast Asia's places as conflict data write them: towns and villages
the embedded gazetteer lacks (towns.tsv: the Chapare's road towns, greater Buenos Aires, Sindh, Maguindanao's newer
municipalities), Azad Kashmir's Haveli district at its headquarters (districts.tsv), a town known by its former name
(town_names.tsv), and a village written in a comma chain before its municipality and its province, placed at that
municipality (``chain_units.chain_town_geo``). Violence related to organised crime is an unidentified gang's.
Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import geo_near as near
from helpers import stored_geos as store
from sitrep.extract.criminal_actors import speaks_of_gangs
from sitrep.extract.unit_chains import chain_middle
from sitrep.kb import KnowledgeBase


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "kb.db")


def test_a_road_town_of_the_chapare(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, coca growers blocked the highway at Ivirgarzama (Cochabamba) over fuel.")
    place = geo["Ivirgarzama"]
    assert place is not None and place["country"] == "BO" and place["admin1"] == "Cochabamba"
    assert near(place, -17.03, -64.85)


def test_a_town_of_greater_buenos_aires(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, in Monte Grande (Buenos Aires), pensioners marched to the town hall.")
    place = geo["Monte Grande"]
    assert place is not None and place["country"] == "AR" and near(place, -34.82, -58.47)


def test_a_town_of_sindh(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, shopkeepers protested power cuts in Badah town (Larkana, Sindh).")
    place = geo["Badah"]
    assert place is not None and place["admin1"] == "Sindh" and near(place, 27.34, 68.03)


def test_a_place_of_haveli_district_lies_at_its_headquarters(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, troops traded fire across the LoC in Batal sector (Haveli district, AJK).")
    place = geo.get("Batal") or geo.get("Batal sector")
    assert place is not None and place["admin1"] == "Azad Jammu and Kashmir" and near(place, 33.87, 74.10)


def test_a_municipality_of_maguindanao_and_a_former_name(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, soldiers traded fire with gunmen in Datu Saudi-Ampatuan, Maguindanao.")
    place = geo["Datu Saudi-Ampatuan"]
    assert place is not None and place["country"] == "PH" and near(place, 6.95, 124.42)
    geo = store(kb, "On 2 April 2022, a councilor was shot dead in Shariff Aguak, Maguindanao.")
    place = geo["Shariff Aguak"]
    assert place is not None and near(place, 6.86, 124.44)


def test_the_names_between_a_place_and_its_unit() -> None:
    text = "On 2 April 2022, police raided a house in Barangay Kawit, Zaragoza, Nueva Ecija."
    start = text.index("Barangay Kawit")
    assert chain_middle(text, start, start + len("Barangay Kawit")) == ("Zaragoza",)
    # no unit ends the chain, or the place is its last name: nothing between
    assert chain_middle("Gunmen struck in Kawit, Zaragoza.", 17, 22) == ()


def test_a_village_of_a_comma_chain_lies_at_its_municipality(kb: KnowledgeBase) -> None:
    # Zaragoza, a town of Nueva Ecija (Central Luzon), not the province's own point
    geo = store(kb, "On 2 April 2022, police shot a suspect dead in Barangay Kawit, Zaragoza, Nueva Ecija.")
    place = geo["Barangay Kawit"]
    assert place is not None and place["admin1"] == "Central Luzon" and place["precision"] == 2
    assert near(place, 15.449, 120.796, km=5)


def test_violence_related_to_organised_crime_is_laid_at_gangs_door() -> None:
    assert speaks_of_gangs("Police said the shooting was related to organized crime.")
    assert speaks_of_gangs("The arson was linked to organised crime groups.")
    assert not speaks_of_gangs("The minister spoke at a conference on organized crime.")


def test_a_municipality_in_brackets_whose_towns_of_the_name_lie_abroad(kb: KnowledgeBase) -> None:
    # Paraguay's district of San Estanislao (San Pedro), not a Colombian town of the name nor the department's point
    geo = store(kb, "On 2 April 2022, farmers marched in San Estanislao (San Pedro) against land evictions.")
    place = geo["San Estanislao"]
    assert place is not None and place["country"] == "PY" and place["admin1"] == "San Pedro"
    assert place["feature"] == "admin2" and near(place, -24.70, -56.55, km=5)

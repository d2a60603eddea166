"""Places the user's gazetteer must not take over, and namesakes across documents (invented gazetteer rows).

A country or a well-known city keeps its place when an imported list holds a village or a district polygon of
the same name; an entity placed by one document is not moved by another document placing its name elsewhere;
a district is placed at the town it is named after; lists disagreeing on where a district lies are one district.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helpers import store_places
from sitrep.kb import KnowledgeBase
from sitrep.kb.gazetteer import import_file
from sitrep.resolve.places import same_place

# made-up rows: a village named like a country, namesake villages, a district listed twice far apart
VILLAGES = """name,lat,lon,province,district,country
Iran,31.83,65.07,Kandahar,Maywand,AF
Kalakot,34.50,69.10,Kabul,Paghman,AF
Kalakot,36.10,68.50,Baghlan,Nahrin,AF
Zarang Kalay,31.62,65.05,Kandahar,Maywand,AF
"""
DISTRICTS = """name,lat,lon,province,country,level
Maywand,31.60,65.00,Kandahar,AF,district
Tarnak,32.20,66.30,Zabul,AF,district
Tarnak,32.70,66.45,Zabul,AF,district
"""
TOWNS = """name,lat,lon,admin1,cc
Karachi,24.9056,67.0822,Sindh,PK
Tarnak,32.45,66.38,Zabul,AF
"""
KARACHI_EAST = [[[67.05, 24.85], [67.35, 24.85], [67.35, 25.30], [67.05, 25.30], [67.05, 24.85]]]


def _geojson(name: str, rings: list[list[list[float]]]) -> str:
    return json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"shapeName": name, "shapeType": "ADM2", "shapeGroup": "PAK"},
         "geometry": {"type": "Polygon", "coordinates": rings}}]})


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    k = KnowledgeBase(tmp_path / "kb.db")
    files = {"villages.csv": VILLAGES, "districts.csv": DISTRICTS, "towns.csv": TOWNS,
             "pak_districts.geojson": _geojson("Karachi", KARACHI_EAST)}
    for name, body in files.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
        assert import_file(k.db, tmp_path / name).error is None
    return k


def store(kb: KnowledgeBase, doc_id: str, text: str) -> dict[str, tuple[str, dict[str, Any] | None]]:
    """Mention text -> (entity id, geo) of the location entities of one stored document."""
    return store_places(kb, doc_id, text)


def test_a_country_does_not_become_a_village_of_its_name(kb: KnowledgeBase) -> None:
    got = store(kb, "d1", "Taliban fighters in Kandahar province receive weapons and support from Iran, "
                          "officials said.")
    geo = got["Iran"][1]
    assert geo is not None and (geo["feature"], geo["country"]) == ("country", "IR")


def test_the_text_can_make_it_the_village(kb: KnowledgeBase) -> None:
    got = store(kb, "d1", "Fighting was reported in the Iran village of Maywand district, Kandahar province.")
    geo = got["Iran"][1]
    assert geo is not None and (geo["feature"], geo["admin1"], geo["precision"]) == ("village", "Kandahar", 1)


def test_a_well_known_city_is_not_shadowed_by_a_district_polygon(kb: KnowledgeBase) -> None:
    got = store(kb, "d1", "Police arrested two suspected militants in Karachi on Sunday, officials said.")
    geo = got["Karachi"][1]
    assert geo is not None and geo["country"] == "PK" and geo["feature"] in ("city", "town")
    assert abs(float(geo["lat"]) - 24.88) < 0.1 and geo["precision"] == 1


def test_a_namesake_elsewhere_is_another_entity(kb: KnowledgeBase) -> None:
    first = store(kb, "d1", "Clashes erupted in Kalakot village, Kabul province, on Monday.")
    second = store(kb, "d2", "Clashes erupted in Kalakot village, Baghlan province, on Tuesday.")
    (id1, g1), (id2, g2) = first["Kalakot"], second["Kalakot"]
    assert id1 != id2
    assert g1 is not None and g1["admin1"] == "Kabul"
    assert g2 is not None and g2["admin1"] == "Baghlan"
    # a third document placing the name in Baghlan joins the Baghlan one; one in Kabul joins the first
    assert store(kb, "d3", "Elders met in Kalakot village, Baghlan province.")["Kalakot"][0] == id2
    assert store(kb, "d4", "Elders met in Kalakot village, Kabul province.")["Kalakot"][0] == id1


def test_the_same_place_named_again_stays_one_entity(kb: KnowledgeBase) -> None:
    a = store(kb, "d1", "Clashes erupted in Kalakot village, Kabul province, on Monday.")
    b = store(kb, "d2", "Two men were killed in Kalakot village of Kabul province.")
    assert a["Kalakot"][0] == b["Kalakot"][0]


def test_an_unknown_village_falls_back_along_the_stated_parents(kb: KnowledgeBase) -> None:
    got = store(kb, "d1", "Two soldiers were killed in the Sperwan area of Zarghun district of Kandahar province.")
    geo = got["Sperwan"][1]  # neither the area nor the district is known: the province, coarser
    assert geo is not None and (geo["admin1"], geo["precision"]) == ("Kandahar", 3)


def test_a_district_is_placed_at_the_town_of_its_name(kb: KnowledgeBase) -> None:
    got = store(kb, "d1", "Three soldiers were killed in the Tarnak district of Zabul province.")
    geo = got["Tarnak"][1]
    # the two district rows disagree by 50 km (one district, not namesakes); the town of its name is the point
    assert geo is not None and (geo["admin1"], geo["precision"]) == ("Zabul", 2)
    assert abs(float(geo["lat"]) - 32.45) < 0.01 and abs(float(geo["lon"]) - 66.38) < 0.01


def test_same_place() -> None:
    kabul = {"lat": 34.5, "lon": 69.1, "country": "AF", "admin1": "Kabul", "precision": 1}
    assert same_place(kabul, {**kabul, "lat": 34.6})
    assert not same_place(kabul, {**kabul, "admin1": "Baghlan"})
    assert not same_place(kabul, {**kabul, "country": "PK", "admin1": None})
    assert not same_place(kabul, {**kabul, "lat": 35.5})  # two villages 110 km apart
    assert same_place(kabul, {**kabul, "lat": 35.5, "precision": 3})  # the province, placed at its capital

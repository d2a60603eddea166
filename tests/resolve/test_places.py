"""Geocoding location entities inside the storage transaction: the document decides between namesakes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import store_places
from sitrep.kb import KnowledgeBase
from sitrep.kb.gazetteer import import_file

# an invented user gazetteer: namesakes in different provinces
VILLAGES = """name,lat,lon,province,district,country
Lalmi,35.97,65.36,Jowzjan,Darzab,AF
Lalmi,34.60,69.70,Kapisa,Nijrab,AF
Kata Kalay,35.93,65.42,Jowzjan,Darzab,AF
Kata Kalay,33.10,68.10,Ghazni,Andar,AF
Shadikhel,28.55,67.75,Balochistan,Gandava,PK
Shadikhel,31.30,73.10,Punjab,Faisalabad,PK
Kalakot,34.50,69.10,Kabul,Paghman,AF
Kalakot,36.10,68.50,Baghlan,Nahrin,AF
"""
DISTRICTS = """adm2_name,centroid_lat,centroid_lon,adm1_name_pip,country
Darzab,35.95,65.40,Jowzjan,AF
Gandava,28.40,67.60,Balochistan,PK
"""


def store(kb: KnowledgeBase, doc_id: str, text: str) -> dict[str, dict[str, Any] | None]:
    return {name: geo for name, (_, geo) in store_places(kb, doc_id, text).items()}


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    k = KnowledgeBase(tmp_path / "kb.db")
    (tmp_path / "villages.csv").write_text(VILLAGES, encoding="utf-8")
    (tmp_path / "districts.csv").write_text(DISTRICTS, encoding="utf-8")
    for f in ("villages.csv", "districts.csv"):
        assert import_file(k.db, tmp_path / f).error is None
    return k


def test_villages_of_a_named_district_are_not_their_namesakes(kb: KnowledgeBase) -> None:
    geo = store(kb, "d1", "Taliban fighters seized the villages of Lalmi and Kata Kalay in Darzab district of "
                          "Jowzjan province on Monday.")
    assert geo["Lalmi"] is not None and geo["Kata Kalay"] is not None
    for name in ("Lalmi", "Kata Kalay"):
        g = geo[name]
        assert (g["admin1"], g["country"], g["precision"], g["feature"]) == ("Jowzjan", "AF", 1, "village")
        assert abs(float(g["lat"]) - 35.95) < 0.1
    assert geo["Jowzjan"]["precision"] == 3 and geo["Jowzjan"]["admin1"] == "Jowzjan"
    assert geo["Darzab"]["precision"] == 2 and geo["Darzab"]["admin2"] == "Darzab"


def test_shadikhel_of_gandava_is_in_balochistan(kb: KnowledgeBase) -> None:
    geo = store(kb, "d2", "Gunmen shot two guards in the Shadikhel area of Gandava district, Balochistan, "
                          "on Friday.")
    g = geo["Shadikhel"]
    assert g is not None and g["admin1"] == "Balochistan" and g["country"] == "PK"
    assert abs(float(g["lat"]) - 28.55) < 0.01 and g["precision"] == 2  # an area around the village


def test_an_unknown_village_goes_to_its_district_coarser(kb: KnowledgeBase) -> None:
    geo = store(kb, "d3", "Fighting was reported in the Zarshakh village of Darzab district, Jowzjan province.")
    g = geo["Zarshakh"]
    assert g is not None and g["feature"] == "admin2" and g["precision"] == 2 and g["admin1"] == "Jowzjan"


def test_namesakes_without_context_stay_unplaced(kb: KnowledgeBase) -> None:
    geo = store(kb, "d4", "Elders met near Kalakot to discuss the harvest.")
    assert geo["Kalakot"] is None


def test_the_embedded_default_places_provinces_and_towns(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "empty.db") as kb:
        geo = store(kb, "d5", "A roadside bomb hit a minibus in Kandahar city and clashes spread in Jawzjan "
                              "province, Afghanistan.")
    assert (geo["Kandahar"]["feature"], geo["Kandahar"]["precision"], geo["Kandahar"]["admin1"]) == (
        "city", 1, "Kandahar")
    j = geo["Jawzjan"]
    assert (j["feature"], j["precision"], j["admin1"], j["country"]) == ("admin1", 3, "Jowzjan", "AF")
    assert abs(float(j["lat"]) - 36.67) < 0.2  # placed at its capital, Sheberghan
    assert geo["Afghanistan"]["feature"] == "country"


def test_afghan_and_baloch_districts_are_embedded(tmp_path: Path) -> None:
    """The embedded gazetteer knows the districts GeoNames' town lists leave out (curated.tsv)."""
    with KnowledgeBase(tmp_path / "empty.db") as kb:
        geo = store(kb, "d6", "Troops cleared the Nazyan and Kot districts of Nangarhar province, and fighting "
                              "went on in Qush Tepa district of Jowzjan. A bomb went off in the Fatehpur area of "
                              "Jhal Magsi district, Balochistan.")
    for name, admin1, lat in (("Nazyan", "Nangarhar", 34.05), ("Kot", "Nangarhar", 34.18),
                              ("Qush Tepa", "Jowzjan", 36.2), ("Jhal Magsi", "Balochistan", 28.6)):
        g = geo[name]
        assert g is not None and (g["feature"], g["admin1"], g["precision"]) == ("admin2", admin1, 2), name
        assert abs(float(g["lat"]) - lat) < 0.2, name
    # a village the gazetteer lacks goes to the district the text puts it in, not to the province
    f = geo["Fatehpur"]
    assert f is not None and f["admin2"] == "Jhal Magsi" and f["precision"] == 2


def test_a_town_known_only_abroad_stays_unplaced(tmp_path: Path) -> None:
    """A name whose every entry lies in a country the text neither is about nor names is no place there; a
    country, or a city of millions, still is."""
    with KnowledgeBase(tmp_path / "empty.db") as kb:
        geo = store(kb, "d7", "Insurgents attacked the town of Mocimboa da Praia in Cabo Delgado, Mozambique, on "
                              "Monday, months after an attack on the town of Marbella. Officials in Moscow and "
                              "Tanzania condemned it.")
    assert geo["Mocimboa da Praia"] is not None and geo["Mocimboa da Praia"]["country"] == "MZ"
    assert geo["Marbella"] is None  # not Spain's (Palma, Cabo Delgado's own town, is in the gazetteer)
    assert geo["Tanzania"] is not None and geo["Tanzania"]["country"] == "TZ"
    assert geo["Moscow"] is not None and geo["Moscow"]["country"] == "RU"


def test_a_city_abroad_under_another_of_its_names_stays_unplaced(tmp_path: Path) -> None:
    """In news of the Philippines, "Samar" (a province there; an old name of Russia's Samara) is not Samara."""
    with KnowledgeBase(tmp_path / "empty.db") as kb:
        geo = store(kb, "d9", "Philippine soldiers clashed with NPA rebels in Barangay Hinabangan, Samar, on Monday, "
                              "the army said.")
    assert geo["Samar"] is None or geo["Samar"]["country"] == "PH"


def test_a_province_key_shared_abroad_gives_no_country(tmp_path: Path) -> None:
    """"Mopti" and "Maputo" share a consonant key; only one is a spelling of the name."""
    with KnowledgeBase(tmp_path / "empty.db") as kb:
        geo = store(kb, "d8", "Gunmen killed 12 villagers in Mopti region, Mali. Residents fled to Gaza.")
    assert geo["Mopti"] is not None and geo["Mopti"]["country"] == "ML"
    assert geo.get("Gaza") is None  # neither Mozambique's province nor, unnamed, a city abroad


def test_a_village_no_gazetteer_knows_goes_to_the_unit_its_sentence_names(tmp_path: Path) -> None:
    """ACLED codes a village it cannot find to the district or province its note names: so does the geocoder,
    coarser, when every unit the sentence names lies in one province."""
    with KnowledgeBase(tmp_path / "empty.db") as kb:
        geo = store(kb, "d9", "Gunmen raided the village of Xqzorwal in Kolofata subdivision (Mayo-Sava, "
                              "Extreme-Nord) on Monday.")
        other = store(kb, "d10", "Elders of the village of Xqvandu met officials of Kandahar and Mopti provinces.")
        near = store(kb, "d11", "Air strikes hit a target near the town of Xqmuqdad, north of Baghdad.")
    g = geo["Xqzorwal"]
    assert g is not None and g["admin1"] == "Extreme-Nord" and g["country"] == "CM" and g["precision"] >= 2
    assert other["Xqvandu"] is None  # its sentence names provinces of two countries: no unit
    assert near["Xqmuqdad"] is None  # "north of Baghdad": a reference point, not its province


def test_a_quarter_named_like_a_town_abroad_goes_to_its_container(tmp_path: Path) -> None:
    """A quarter or site whose name the gazetteer knows only abroad is placed at the town or unit its sentence
    names, coarser; a place the text calls a village stays unplaced (it is no quarter of the town named)."""
    with KnowledgeBase(tmp_path / "empty.db") as kb:
        quarter = store(kb, "d12", "Hawkers fought council guards in the Heathrow and Gikomba areas (Starehe, "
                                   "Nairobi) at dawn.")
    with KnowledgeBase(tmp_path / "other.db") as kb:  # another base: the first placed an entity of that name
        village = store(kb, "d13", "Officials in Nairobi, Kenya, said gunmen raided the village of Heathrow.")
    g = quarter["Heathrow"]
    assert g is not None and g["country"] == "KE" and g["admin1"] == "Nairobi" and g["precision"] == 2
    assert village["Heathrow"] is None

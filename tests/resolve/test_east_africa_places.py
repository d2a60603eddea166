"""Eastern Africa's places as conflict data write them: towns the embedded gazetteer lacks (towns.tsv: Nairobi's
settlements, Kenya's border villages, Ethiopia's war towns), other names of towns and divisions ("Shire", "As Eyla",
"Ogaden"), Ethiopia's zones at their capitals, and the unit words of the region ("zone", "woreda", "kebele",
"payam") as place designators of their country; an event known only by its country, with a group whose insurgency
is confined to one division (the ONLF), placed in that division. Invented sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import ingested_event_geo, store_places
from sitrep.kb import KnowledgeBase
from sitrep.lexicon.actor_divisions import actor_division, parse
from sitrep.lexicon.extra_districts import districts_named
from sitrep.nlp.places import place_spans


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "kb.db")


def store(kb: KnowledgeBase, text: str, published: str = "2022-04-02") -> dict[str, dict[str, Any] | None]:
    return {name: geo for name, (_, geo) in store_places(kb, "d1", text, published).items()}


def where(geo: dict[str, Any] | None) -> tuple[Any, Any]:
    assert geo is not None
    return geo["country"], geo["admin1"]


def test_towns_the_gazetteer_lacks(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, Kenyan police fired tear gas at youths protesting in Mathare.")
    assert where(geo["Mathare"]) == ("KE", "Nairobi")
    geo = store(kb, "On 2 April 2022, a mob lynched a suspected thief in Kiritiri town.")
    assert where(geo["Kiritiri"]) == ("KE", "Embu")
    geo = store(kb, "On 2 April 2022, soldiers shelled Humera town, killing two.")
    assert where(geo["Humera"]) == ("ET", "Tigray")
    geo = store(kb, "On 2 April 2022, soldiers detained a dozen traders at the market of Kebribeyah, Ethiopia.")
    assert where(geo["Kebribeyah"]) == ("ET", "Somali")
    geo = store(kb, "On 2 April 2022, Oromo and Somali youths clashed in Moyale, in the Somali region of Ethiopia.")
    assert where(geo["Moyale"]) == ("ET", "Oromia")


def test_south_sudans_county_towns_the_gazetteer_lacks(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, gunmen raided a cattle camp outside Ayod town, killing four herders.")
    assert where(geo["Ayod"]) == ("SS", "Jonglei")
    assert geo["Ayod"] is not None and abs(geo["Ayod"]["lat"] - 8.12) < 0.2 and abs(geo["Ayod"]["lon"] - 31.42) < 0.2
    geo = store(kb, "On 2 April 2022, soldiers and rebels exchanged fire near Nasir (Upper Nile state).")
    assert where(geo["Nasir"]) == ("SS", "Upper Nile")
    geo = store(kb, "On 2 April 2022, traders protested new taxes at the market in Kajo-Keji.")
    assert where(geo["Kajo-Keji"]) == ("SS", "Central Equatoria")


def test_south_sudans_counties_at_their_headquarters(kb: KnowledgeBase) -> None:
    assert [d.seat for d in districts_named("Uror")] == ["Yuai"]
    geo = store(kb, "On 2 April 2022, raiders looted cattle at an unspecified place in Uror county (Jonglei state).")
    assert where(geo["Uror"]) == ("SS", "Jonglei")
    assert geo["Uror"] is not None and abs(geo["Uror"]["lat"] - 7.89) < 0.2
    # a county tells the country of a town several countries name: Kaka of Upper Nile, not of Turkmenistan
    geo = store(kb, "On 2 April 2022, rebels shelled an army barracks in Kaka (Manyo county), wounding five.")
    assert where(geo["Kaka"]) == ("SS", "Upper Nile")


def test_other_names_of_towns_and_divisions(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, displaced people protested at a camp in Shire town.")
    assert where(geo["Shire"]) == ("ET", "Tigray")
    geo = store(kb, "On 2 April 2022, the army detained dozens of youths in the Ogaden region.")
    assert where(geo["Ogaden"]) == ("ET", "Somali")


def test_a_zone_alone_is_placed_at_its_capital(kb: KnowledgeBase) -> None:
    assert [d.seat for d in districts_named("East Wollega")] == ["Nek’emtē"]
    geo = store(kb, "On 2 April 2022, rebels attacked a police station in East Wollega zone, killing two.")
    assert where(geo["East Wollega"]) == ("ET", "Oromia")
    assert geo["East Wollega"] is not None and abs(geo["East Wollega"]["lat"] - 9.08) < 0.1


def test_the_units_of_the_region_designate_places() -> None:
    spans = {s.name: s.kind for s in place_spans("On 2 April 2022, rebels attacked a police post in Metekel zone.")}
    assert spans == {"Metekel": "district"}
    spans = {s.name: s.kind for s in place_spans("In West Gondar zone, an armed group ambushed a bus.")}
    assert spans == {"West Gondar": "district"}
    spans = {s.name: s.kind for s in place_spans("Raiders attacked a cattle camp in Kongor payam, killing one.")}
    assert spans == {"Kongor": "area"}


def test_a_kebele_lies_in_the_woreda_zone_and_region_written_after_it(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2022, militias clashed with soldiers in Meka kebele in Metema woreda in West "
                    "Gondar zone in Amhara region, killing three.")
    assert where(geo["Metema"]) == ("ET", "Amhara")
    assert geo.get("Meka") is None or where(geo["Meka"])[1] == "Amhara"


def test_a_unit_word_of_one_country_names_no_place_abroad() -> None:
    spans = {s.name for s in place_spans("In Dire woreda, police arrested ten traders accused of smuggling.")}
    assert "Dire" not in spans  # no Ethiopian place of that name: not Mali's Dire either


def test_the_table_of_groups_confined_to_one_division() -> None:
    assert actor_division(["onlf"], "ET") == "Somali"
    assert actor_division(["ola", "olf"], "ET") == "Oromia"
    assert actor_division(["onlf", "olf"], "ET") is None  # two divisions: neither
    assert actor_division(["onlf"], "SO") is None
    assert actor_division(["frud"], "DJ") == "Tadjourah"  # Djibouti's Afar insurgents, in the north
    assert actor_division(["arduf"], "ET") == "Afar"  # Ethiopia's Afar insurgents
    assert actor_division(["sldf"], "KE") == "Bungoma"  # the Sabaot militia of Mount Elgon
    with pytest.raises(ValueError):
        parse("onlf\tEthiopia\tSomali\tnote\n")


def test_an_event_known_by_its_country_and_a_group_of_one_division(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "ONLF rebels ambushed an army convoy, killing three soldiers.", "2009-04-02")
    assert geo is not None and where(geo) == ("ET", "Somali")


def test_an_afar_insurgent_raid_known_by_its_country_is_placed_in_afar(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "ARDUF fighters raided an Ethiopian army post, wounding two soldiers.",
                             "2004-03-02")
    assert geo is not None and where(geo) == ("ET", "Afar")

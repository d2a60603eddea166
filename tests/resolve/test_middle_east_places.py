"""The Middle East's places as conflict data write them: Lebanon's towns the embedded gazetteer lacks (towns.tsv),
the Arabic article written in lower case before a town ("in el Mina"), a road named after the one town it runs
through ("the Jounieh highway"), Palestine's governorates (a place in one lies in the West Bank or the Gaza Strip),
a village written without the article the gazetteer gives it. Invented sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import store_places
from sitrep.kb import KnowledgeBase
from sitrep.lexicon.extra_districts import districts_named
from sitrep.lexicon.extra_towns import extra_towns, parse
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import light_key, place_key


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "kb.db")


def store(kb: KnowledgeBase, text: str, published: str = "2021-06-03") -> dict[str, dict[str, Any] | None]:
    return {name: geo for name, (_, geo) in store_places(kb, "d1", text, published).items()}


def where(geo: dict[str, Any] | None) -> tuple[Any, Any]:
    assert geo is not None
    return geo["country"], geo["admin1"]


def test_the_table_parses_and_names_gazetteer_divisions() -> None:
    towns = extra_towns()
    assert len(towns) > 50
    divisions = {(p.country, p.name) for p in default_gazetteer().of_feature("admin1")}
    assert all((t.country, t.division) in divisions for t in towns)
    with pytest.raises(ValueError):
        parse("LB\tSomewhere\tNorth\t\t95.0\t35.0\t\n")
    with pytest.raises(ValueError):
        parse("LB\tSomewhere\tNorth\t\t34.0\t35.0\tElsewhere\nLB\tElsewhere\tNorth\t\t34.1\t35.1\t\n")


def test_no_town_of_the_table_is_already_in_the_gazetteer() -> None:
    for t in extra_towns():
        for name in (t.name, *t.names):
            same = [p for p in default_gazetteer().lookup([place_key(name)]) if p.country == t.country
                    and not p.id.startswith("default:t:") and p.feature in ("city", "town", "village")
                    and light_key(name) in {light_key(n) for n in p.all_names}]
            assert not same, (t.name, name, [p.name for p in same])


def test_lebanons_towns_the_gazetteer_lacks(kb: KnowledgeBase) -> None:
    assert where(store(kb, "On 3 June 2021, drivers protested fuel shortages in Bohssas.")["Bohssas"]) == (
        "LB", "North")
    assert where(store(kb, "On 3 June 2021, farmers protested in Douris.")["Douris"]) == ("LB", "Baalbek-Hermel")


def test_a_lower_case_article_before_a_town(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 3 June 2021, fishermen gathered in el Mina to protest fuel prices.")
    assert where(geo["el Mina"]) == ("LB", "North")


def test_a_road_named_after_one_town(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 3 June 2021, drivers blocked the Taalabaya highway with burning tyres.")
    assert where(geo["Taalabaya"]) == ("LB", "Bekaa")


def test_palestines_governorates() -> None:
    assert [(d.country, d.division) for d in districts_named("Bethlehem")] == [("PS", "West Bank")]
    assert [(d.country, d.division) for d in districts_named("Deir El Balah")] == [("PS", "Gaza Strip")]
    assert not [d for d in districts_named("Jerusalem") if d.country == "PS"]


def test_a_village_in_a_palestinian_governorate(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 5 May 2021, a house was demolished in the Wadi Rahhal village in the Bethlehem district.")
    assert where(geo["Bethlehem"]) == ("PS", "West Bank")


def test_a_village_written_without_its_article(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 5 May 2021, settlers cut down olive trees in the West Bank, in the village of Sawiyah.")
    assert where(geo["Sawiyah"]) == ("PS", "West Bank")


def test_iraqs_towns_and_their_spellings(kb: KnowledgeBase) -> None:
    assert where(store(kb, "On 3 June 2021, gunmen attacked a checkpoint near Hawija.")["Hawija"]) == (
        "IQ", "Kirkuk")
    assert where(store(kb, "On 3 June 2021, farmers protested water shortages in Nassriya.")["Nassriya"]) == (
        "IQ", "Thi Qar")
    assert where(store(kb, "On 3 June 2021, teachers protested unpaid salaries in Makhmour.")["Makhmour"]) == (
        "IQ", "Erbil")


def test_other_names_parse() -> None:
    from sitrep.lexicon.extra_towns import other_names, parse_names

    assert other_names()[("IQ", "Nasiriyah")][0] == "Nassriya"
    with pytest.raises(ValueError):
        parse_names("IQ\tNasiriyah\t\n")
    assert all(any(p.name == town and p.country == cc for p in default_gazetteer().lookup([place_key(town)]))
               for cc, town in other_names())


def test_bahrains_villages_and_a_compass_word_before_a_town(kb: KnowledgeBase) -> None:
    assert where(store(kb, "On 2 June 2021, youths marched in Dumistan.")["Dumistan"]) == ("BH", "Northern")
    geo = store(kb, "On 2 June 2021, soldiers fired at farmers near the fence in southern Qalqiliyah.")
    assert where(geo["Qalqiliyah"]) == ("PS", "West Bank")


def test_iraqs_districts_place_a_village_at_their_seat(kb: KnowledgeBase) -> None:
    assert [(d.country, d.division) for d in districts_named("Al Amadiya")] == [("IQ", "Duhok")]
    geo = store(kb, "On 3 April 2022, drones struck a farm near the Kani Rash village in Al Amadiya district, Duhok.")
    assert geo["Kani Rash"] is not None and round(geo["Kani Rash"]["lat"], 1) == 37.1  # at Amadiya, not Duhok
    geo = store(kb, "On 3 April 2022, gunmen attacked a checkpoint in Tuz Khurma.")
    assert where(geo["Tuz Khurma"]) == ("IQ", "Salah al Din")


def test_the_desert_or_plains_around_a_town(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 5 May 2022, soldiers found an arms cache in the Rutba desert.")
    assert where(geo["Rutba"]) == ("IQ", "Al Anbar")

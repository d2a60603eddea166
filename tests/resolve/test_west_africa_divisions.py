"""Western Africa's second-level units as conflict data write them: Nigeria's local government areas (written
"Anka LGA (Zamfara)", or in a village's hierarchy) placed at their headquarters town, and Burkina Faso's provinces
that the gazetteer lists without a position placed at their capitals. Invented sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import store_places
from sitrep.kb import KnowledgeBase
from sitrep.lexicon.extra_districts import districts_named
from sitrep.nlp.place_notation import parenthesized


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "kb.db")


def store(kb: KnowledgeBase, text: str, published: str) -> dict[str, dict[str, Any] | None]:
    return {name: geo for name, (_, geo) in store_places(kb, "d1", text, published).items()}


def test_a_unit_word_in_capitals_is_no_part_of_the_place() -> None:
    text = "Hundreds of families fled Anka LGA (Zamfara) after raids."
    (group,) = list(parenthesized(text))
    assert text[slice(*group.place)] == "Anka" and group.kind == "district"
    text = "Traders protested in Ilocos Region (Philippines) on Monday."
    assert [text[slice(*g.place)] for g in parenthesized(text)] == ["Ilocos Region"]


def test_nigerias_lgas_have_their_state_and_headquarters() -> None:
    assert [(d.division, d.seat) for d in districts_named("Mobbar")] == [("Borno", "Damasak")]
    assert [(d.division, d.seat) for d in districts_named("Shiroro")] == [("Niger", "Kuta")]
    assert [d.seat for d in districts_named("Jemaa")] == ["Kafanchan"]


def test_a_village_of_an_lga_is_placed_at_its_headquarters(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 3 June 2021, gunmen killed two farmers in Ungwan Kuraye (Guma, Benue).", "2021-06-03")
    place = geo["Ungwan Kuraye"]
    assert place is not None and (place["admin1"], place["admin2"], place["precision"]) == ("Benue", "Guma", 2)
    assert abs(float(place["lat"]) - 7.82) < 0.1 and abs(float(place["lon"]) - 8.86) < 0.1  # Gbajimba


def test_an_lga_written_with_its_word_is_its_town(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 3 June 2021, bandits raided villages in Anka LGA (Zamfara).", "2021-06-03")
    place = geo["Anka"]
    assert place is not None and place["admin1"] == "Zamfara" and place["feature"] == "town"


def test_burkina_fasos_provinces_at_their_capitals(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 3 June 2021, militants burned a school in Tinadji (Koulbayel, Seno).", "2021-06-03")
    place = geo["Tinadji"]
    assert place is not None and (place["admin1"], place["precision"]) == ("Sahel", 2)
    assert abs(float(place["lat"]) - 14.03) < 0.1 and abs(float(place["lon"]) + 0.03) < 0.1  # Dori


def test_benins_communes_by_their_usual_spellings(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 3 June 2021, farmers attacked a herder in Tankouari (Kobli, Atacora).", "2021-06-03")
    place = geo["Tankouari"]
    assert place is not None and (place["admin1"], place["precision"]) == ("Atacora", 2)
    assert abs(float(place["lat"]) - 10.49) < 0.1 and abs(float(place["lon"]) - 1.0) < 0.1  # Cobly


def test_nigers_departments_seated_elsewhere() -> None:
    assert [(d.division, d.seat) for d in districts_named("Tagazar")] == [("Tillaberi", "Baleyara")]


def test_every_subject_of_a_list_acted() -> None:
    from helpers import main_actors
    from sitrep.extract.actor_roles import role

    text = "On 2 March 2023, Wagner mercenaries, FAMa soldiers and Dozo hunters raided a Fulani hamlet near Sofara."
    for name in ("Wagner", "FAMa", "Dozo"):
        at = text.index(name)
        assert role(text, at, at + len(name), 0) == "agent"
    _, actors = main_actors(text, "2023-03-02")
    assert actors["actor1"] == "Wagner Group"
    text = "On 2 March 2022, Ukrainian forces, including volunteers, clashed with Russian forces near Izium."
    at = text.index("volunteers")
    assert role(text, at, at + len("volunteers"), 0) == "neutral"  # an aside's end is no list
    text = "The people of two villages and herders fought each other near Kete."
    assert role(text, 4, 10, 0) == "neutral"
    text = "On 2 May 2022, in Kayes region, Kayes, gendarmes arrested four smugglers."
    assert role(text, text.index("Kayes"), text.index("Kayes") + 5, 0) == "neutral"  # a place, then the subject


def test_an_ethnic_groups_community_is_no_place() -> None:
    from sitrep.nlp.places import find_places

    text = ("On 2 March 2021, a militia abducted six men of the Dogon community near Tiguila (Bankass, Mopti) after "
            "talks with the Fulani community.")
    assert [m.name for m in find_places(text)] == ["Tiguila", "Bankass", "Mopti"]

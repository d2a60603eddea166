"""Round 26's new rules kept to what they were meant for (invented sentences): a people's "rebels" are not its
militia, a convoy's journey is no march, a surrender to the forces already made actor2 is not pushed down again, a
landmark named after a city is no quarter of it, a town written before another unit is not given that unit's
hierarchy, and the gazetteer's tables name each place once."""

from __future__ import annotations

import pytest

from helpers import acled_actors
from helpers import event_place_text as _where
from sitrep.extract.defection_sides import surrender_sides
from sitrep.extract.event_places import _TOWN_IN_UNIT
from sitrep.extract.site_names import quarter_head
from sitrep.lexicon.extra_districts import districts_named
from sitrep.lexicon.extra_towns import extra_towns
from sitrep.lexicon.feature_words import feature_words, parse
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import place_key


def test_a_peoples_rebels_are_not_its_ethnic_militia() -> None:
    for told in ("Oromo rebels ambushed a bus near Nekemte (East Wollega, Oromia), killing four passengers",
                 "Fulani rebels attacked a village near Djibo (Soum, Sahel), killing four civilians"):
        names = acled_actors(f"On 3 March 2022, {told}.", "2022-03-04")
        assert "Ethnic Militia" not in names.get("actor1", "")


def test_a_convoy_travelling_from_a_town_to_another_is_at_the_first() -> None:
    assert _where("On 4 May 2021, gunmen ambushed a military convoy travelling from Ulm to Augsburg, killing two "
                  "soldiers.") == "Ulm"
    assert _where("On 4 May 2021, bandits stopped a bus that drove from Ulm to Augsburg and robbed the "
                  "passengers.") == "Ulm"
    # a march is still at its destination
    assert _where("On 3 May 2021, some 200 farmers marched from Ulm to Augsburg to demand lower prices.") == "Augsburg"


def test_a_surrender_whose_force_became_actor2_keeps_it_there() -> None:
    roles = [("acled:group-a", "actor1", "rebels"), ("acled:group-b", "actor2", "rebels"),
             ("acled:military-cf", "assoc_actor_2", "military")]
    out = surrender_sides("Agreement", roles, "Fighters of A surrendered to army soldiers; B surrendered to the "
                          "governor.", "CF", "2021-05-01", {})
    assert out[:2] == [("acled:group-a", "actor1", "rebels"), ("acled:military-cf", "actor2", "military")]
    assert ("acled:group-b", "assoc_actor_1", "rebels") in out


def test_a_landmark_named_after_a_city_is_no_quarter_of_it() -> None:
    for name in ("Mosul Dam", "Kabul River", "Swat Valley", "Torkham Crossing", "Juba Bridge", "Bamako Airport"):
        assert quarter_head(name) is None, name
    assert quarter_head("Balbala Hayabley") == "Balbala"
    assert {"Dam", "River", "Mountains", "Hills", "Junction"} <= feature_words()
    assert parse("# note\nLake\tLakes\n") == {"Lake", "Lakes"}
    with pytest.raises(ValueError):
        parse("Lake\tLakes\nLake\n")


def test_a_town_before_another_unit_written_lowercase_is_not_in_that_unit() -> None:
    text = "in Kaya town, and the Pissila department (Sanmatenga, Centre-Nord)"
    assert _TOWN_IN_UNIT.match(text, text.index(" town")) is None
    text = "in Lunsar town, Marampa subdivision (Port Loko, North-West)"
    assert _TOWN_IN_UNIT.match(text, text.index(" town")) is not None
    text = "in Lunsar City, Marampa Chiefdom (Port Loko, North-West)"
    assert _TOWN_IN_UNIT.match(text, text.index(" City")) is not None


def test_a_town_the_gazetteer_has_is_found_by_its_other_name_not_listed_twice() -> None:
    assert not [t for t in extra_towns() if t.country == "BJ" and t.name == "Djakotomey"]
    found = [p for p in default_gazetteer().lookup([place_key("Djakotomey")]) if p.country == "BJ"]
    assert [(p.name, p.admin1) for p in found] == [("Djakotomé", "Couffo")]


def test_nigerias_kwara_is_no_ethiopian_woreda() -> None:
    assert not [d for d in districts_named("Kwara") if d.country == "ET"]
    assert [d.country for d in districts_named("Qwara")] == ["ET"]

"""Civilians as the victims of strategic developments and of riots that wrecked goods (round 22, invented
sentences)."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.extract import event_cues
from sitrep.extract.development_victims import development_victims
from sitrep.records import EntityRef


def _roles(family: str) -> list[tuple[str, str, str]]:
    return [("acled:group", "actor1", family)]


def test_hostages_an_armed_group_freed_are_civilians_of_their_own_country() -> None:
    refs: dict[str, EntityRef] = {}
    out = development_victims("Strategic developments", "Other", _roles("rebels"),
                              "The rebels freed four Kenyan hostages near the border.", "SO", "2022-05-01", refs)
    assert out[1][1:] == ("actor2", "civilians")
    assert refs[out[1][0]].name == "Civilians (Kenya)"


def test_cars_set_on_fire_or_vehicles_stopped_by_a_group_fall_on_the_event_countrys_civilians() -> None:
    for told in ("Gang members set fire to a bus on the main road.", "Militants stopped several vehicles at a "
                 "checkpoint and searched the passengers."):
        refs: dict[str, EntityRef] = {}
        out = development_victims("Strategic developments", "Other", _roles("gang"), told, "MX", "2022-05-01", refs)
        assert refs[out[1][0]].name == "Civilians (Mexico)"


def test_states_crowds_and_other_sub_types_keep_their_actors() -> None:
    told = "The group released three hostages."
    for type_, sub, family in (("Strategic developments", "Other", "government"),
                               ("Strategic developments", "Other", "military"),
                               ("Strategic developments", "Change to group/activity", "rebels"),
                               ("Battles", "Armed clash", "rebels")):
        assert development_victims(type_, sub, _roles(family), told, "NG", "2022-05-01", {}) == _roles(family)
    # nothing told of civilians held or struck
    assert development_victims("Strategic developments", "Other", _roles("rebels"), "The rebels held a meeting.",
                               "NG", "2022-05-01", {}) == _roles("rebels")
    # an actor2 already named stays
    two = [*_roles("rebels"), ("acled:x", "actor2", "military")]
    assert development_victims("Strategic developments", "Other", two, told, "NG", "2022-05-01", {}) == two


def test_a_crowd_that_wrecked_a_buildings_goods_struck_civilians() -> None:
    assert event_cues.crowd_struck("Rioters damaged the facade of a bank building in the town.")
    assert event_cues.crowd_struck("The crowd smashed the furniture, computers, and belongings of the staff.")
    assert not event_cues.crowd_struck("Demonstrators set fire to tires on the highway.")


def test_a_riot_that_wrecked_an_office_has_civilians_as_actor2() -> None:
    names = acled_actors("On 4 May 2022, in Ambato (Tungurahua), rioters entered a municipal office and smashed the "
                         "furniture, computers and windows of the building. [size=no report]", "2022-05-05")
    assert names.get("actor1") == "Rioters (Ecuador)"
    assert names.get("actor2") == "Civilians (Ecuador)"


def test_an_explosion_at_what_belongs_to_civilians_told_any_way_struck_civilians() -> None:
    from sitrep.extract import context_filters

    for told in ("The shop of a local trader and his brother, the village chief, was fired upon by gunmen.",
                 "A grenade was detonated at Lakeview hotel in the town.",
                 "An IED planted on the car of a teacher exploded in the market town.",
                 "Rebels blew up a railway track near the station."):
        assert context_filters.civilian_property_struck(told), told
    for told in ("An IED planted on the vehicle of the army commander exploded.",
                 "An IED exploded near a police patrol."):
        assert not context_filters.civilian_property_struck(told), told

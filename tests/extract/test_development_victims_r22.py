"""Civilians as the victims of strategic developments and explosions, and the unnamed authors of armed acts
(round 22, invented sentences)."""

from __future__ import annotations

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


def test_an_explosion_at_what_belongs_to_civilians_told_any_way_struck_civilians() -> None:
    from sitrep.extract import context_filters

    for told in ("The shop of a local trader and his brother, the village chief, was fired upon by gunmen.",
                 "An IED planted on the car of a teacher exploded in the market town.",
                 "Rebels blew up a railway track near the station."):
        assert context_filters.civilian_property_struck(told), told
    for told in ("An IED planted on the vehicle of the army commander exploded.",
                 "An IED exploded near a police patrol."):
        assert not context_filters.civilian_property_struck(told), told


def test_an_armed_act_told_with_no_author_is_an_unidentified_armed_groups() -> None:
    from sitrep.extract.development_victims import unnamed_authors

    refs: dict[str, EntityRef] = {}
    out = unnamed_authors("Strategic developments", "Other", [], "Shots were fired near the governor's house.",
                          "CF", "2022-05-01", refs)
    assert refs[out[0][0]].name == "Unidentified Armed Group (Central African Republic)" and out[0][1] == "actor1"
    # an author named, another sub-type, or no armed act told: nothing added
    named = [("acled:x", "actor1", "rebels")]
    assert unnamed_authors("Strategic developments", "Other", named, "Shots were fired.", "CF", None, {}) == named
    assert unnamed_authors("Strategic developments", "Agreement", [], "Shots were fired.", "CF", None, {}) == []
    assert unnamed_authors("Strategic developments", "Other", [], "A new road was opened.", "CF", None, {}) == []


def test_a_political_development_with_no_actor_names_the_government_it_tells_of() -> None:
    from sitrep.extract.development_victims import named_government

    refs: dict[str, EntityRef] = {}
    out = named_government("Strategic developments", "Other", [], "The Kenyan government dissolved the board.",
                           "UG", "2022-05-01", refs)
    assert refs[out[0][0]].name.startswith("Government of Kenya") and out[0][1] == "actor1"
    out = named_government("Strategic developments", "Other", [], "The prime minister resigned on Monday.", "ET",
                           "2022-05-01", refs)
    assert refs[out[0][0]].name.startswith("Government of Ethiopia")
    # an actor already found, another type, or an anti-government movement only: nothing added
    named = [("acled:x", "actor1", "rebels")]
    assert named_government("Strategic developments", "Other", named, "The government met.", "ET", None, {}) == named
    assert named_government("Battles", "Armed clash", [], "The government met.", "ET", None, {}) == []
    assert named_government("Strategic developments", "Other", [], "An anti-government group formed.", "ET", None,
                            {}) == []

"""Round 13: "law enforcement" names a country's police, the side that arrests, not a gang that is arrested."""

from __future__ import annotations

from helpers import main_actors


def test_law_enforcement_is_the_police_that_arrests() -> None:
    text = ("On 2 June 2021, in Tegucigalpa, law enforcement officers detained twelve suspected members of a gang "
            "accused of extortion.")
    ev, names = main_actors(text, "2021-06-02")
    assert ev.sub_type == "Arrests"
    assert names["actor1"].startswith("Police Forces of Honduras")


def test_party_supporters_who_beat_someone_are_a_mob() -> None:
    text = "On 9 March 2021, ruling party supporters beat two election observers at a polling station in Kasama."
    ev, names = main_actors(text, "2021-03-09")
    assert (ev.type, ev.sub_type) == ("Riots", "Mob violence")
    assert names["actor1"] == "Rioters (Zambia)"


def test_supporters_of_people_who_were_killed_are_not_their_killers() -> None:
    text = ("On 4 April 2022, relatives and supporters of two farmers who were killed last year held a vigil outside "
            "the court in Winnipeg, calling for justice.")
    ev, _ = main_actors(text, "2022-04-04")
    assert (ev.type, ev.sub_type) == ("Protests", "Peaceful protest")

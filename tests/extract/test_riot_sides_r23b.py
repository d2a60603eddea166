"""A riot's other side named by what the crowd did to it (round 23b, invented sentences)."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.extract import context_filters, crowd_actors, crowd_victims, event_cues


def test_a_force_car_damaged_in_the_passive_was_struck_by_the_crowd() -> None:
    assert context_filters.force_engaged_spans("During the rally the windows of a police van were smashed.")
    assert context_filters.force_engaged_spans("Two army trucks were set on fire near the square.")
    assert not context_filters.force_engaged_spans("The crowd gathered outside the police station.")


def test_a_force_named_only_by_the_post_the_crowd_struck_is_the_riots_other_side() -> None:
    named = crowd_actors.state_force_named("Marchers blocked a road. The tyres of a police car were slashed.")
    assert named is not None and named[0] == "police"
    # a post the crowd only gathered at, or whose arrests it protested, names no force
    assert crowd_actors.state_force_named("Youths burned tyres outside the police station.") is None


def test_a_doer_outranks_a_post() -> None:
    named = crowd_actors.state_force_named("A police car was burned. Soldiers dispersed the crowd.")
    assert named is not None and named[0] == "military"


def test_a_mob_that_hurt_no_one_fought_the_force_that_tear_gassed_it() -> None:
    engaged, acted, _ = crowd_victims.forces_or_victims(
        "Mob violence", "Pupils vandalised the school over a dispute. Police fired tear gas to disperse the group.")
    assert engaged and acted
    # a mob that beat a man first keeps him as its victim
    engaged, _, struck = crowd_victims.forces_or_victims(
        "Mob violence", "Villagers beat a man accused of theft. Police used tear gas to disperse them.")
    assert not engaged and struck


def test_inmates_who_rioted_in_their_prison_riot_against_its_guards() -> None:
    names = acled_actors("On 4 March 2021, inmates at Xam Central Prison in Durban (KwaZulu-Natal) set mattresses "
                         "alight and damaged the kitchen to demand visits. Guards fired rubber bullets.", "2021-03-05")
    assert names.get("actor1", "").startswith("Rioters")
    assert names.get("actor2", "").endswith("Prison Guards")


def test_relatives_demanding_the_release_of_prisoners_are_no_prison_riot() -> None:
    assert not event_cues.table().found("inmates_riot", "Relatives demanded the release of prisoners at the jail.")
    assert event_cues.table().found("inmates_riot", "Prisoners rioted in the jail and burned their cells.")

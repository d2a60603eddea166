"""Civilians as the other side of a crowd that damaged what people own and of an armed group's checkpoint
(round 27, invented sentences)."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.extract import event_cues
from sitrep.extract.development_victims import development_victims
from sitrep.records import EntityRef


def test_windows_broken_or_stones_thrown_at_what_people_own_struck_civilians() -> None:
    for told in ("About 200 people marched through the town and broke the windows of a hotel.",
                 "The demonstrators broke and sprayed the windows of the old church.",
                 "Rioters hurled bottles and stones at the facade of a private bank.",
                 "Youths threw rocks at the windows of several shops."):
        assert event_cues.crowd_struck(told), told
    for told in ("The demonstrators threw stones at police officers guarding the ministry.",
                 "The crowd broke through the police cordon.",
                 "Protesters held banners near the windows of the hotel.",
                 "Pensioners threw eggs and flour at the house of the minister."):
        assert not event_cues.crowd_struck(told), told


def test_a_violent_demonstration_that_damaged_a_restaurant_has_civilians_as_actor2() -> None:
    names = acled_actors("On 4 May 2022, about 300 people demonstrated in Lyon against the pension reform. They "
                         "broke the windows of a restaurant and set bins on fire. [size=about 300]", "2022-05-05")
    assert names.get("actor2") == "Civilians (France)"


def _roles(family: str) -> list[tuple[str, str, str]]:
    return [("acled:group", "actor1", family)]


def test_a_checkpoint_an_armed_group_ran_falls_on_civilians() -> None:
    for told in ("Suspected militants ran a checkpoint on the road between two villages.",
                 "Fighters set up a makeshift checkpoint and controlled road users near the market."):
        refs: dict[str, EntityRef] = {}
        out = development_victims("Strategic developments", "Other", _roles("rebels"), told, "BF", "2022-05-01", refs)
        assert refs[out[1][0]].name == "Civilians (Burkina Faso)", told
    # a state's checkpoint is a state's act, not one on civilians
    told = "Soldiers set up checkpoints around the town."
    assert development_victims("Strategic developments", "Other", _roles("military"), told, "BF", "2022-05-01",
                               {}) == _roles("military")


def test_a_demonym_after_unknown_names_the_armed_mens_country() -> None:
    from sitrep.extract.event_country import country_inside

    assert country_inside("unidentified Chadian gunmen") == "TD"
    assert country_inside("unknown Colombian armed groups") == "CO"
    assert country_inside("Kenyan soldiers") == "KE"
    assert country_inside("unidentified armed men") is None
    names = acled_actors("On 5 May 2022, in Guasdualito (Apure), soldiers clashed with unidentified Colombian armed "
                         "men near the river. Two of the men were killed.", "2022-05-06")
    assert names.get("actor2") == "Unidentified Armed Group (Colombia)"

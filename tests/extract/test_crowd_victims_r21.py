"""The victims of violent crowds as ACLED names them (round 21, invented sentences)."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.extract import context_filters, crowd_victims


def test_a_demonstration_that_assaulted_a_reporter_has_civilians_not_the_police_that_arrested_later() -> None:
    names = acled_actors("On 3 June 2022, supporters of a local party staged a demonstration and assaulted a reporter "
                         "at the counting centre in Itahari (Sunsari district). Police later arrested two men.",
                         "2022-06-04")
    assert names.get("actor2") == "Civilians (Nepal)"


def test_a_mob_that_beat_nurses_and_police_has_the_nurses_as_its_victims() -> None:
    engaged, _, struck = crowd_victims.forces_or_victims("Mob violence", "A mob attacked nurses and police in a town.")
    assert (engaged, struck) == (False, True)
    # the police struck first: the mob's opponent stays the force
    engaged, _, _ = crowd_victims.forces_or_victims("Mob violence", "A mob stoned police officers, then beat a man.")
    assert engaged


def test_harm_a_crowd_demonstrates_against_is_not_harm_it_did() -> None:
    assert not context_filters.crowd_hurt_people("Youths demonstrated in Xam town after a lorry killed two people.")
    assert context_filters.crowd_hurt_people("Residents blocked the road and killed a man accused of theft.")
    assert not context_filters.crowd_hurt_people("Police killed two protesters.")


def test_a_force_that_used_tear_gas_on_the_crowd_stays_its_opponent() -> None:
    _, acted, _ = crowd_victims.forces_or_victims(
        "Violent demonstration", "Demonstrators assaulted a journalist. Police used tear gas to disperse them.")
    assert acted
    assert not context_filters.crowd_control("Demonstrators assaulted a journalist. Police later arrested two.")

"""ACLED's codebook rules of round 27 (sentences written for these tests): the weapon that destroyed something
decides an explosion's sub-type; livestock killed is property destroyed, not a casualty; ground recovered is
ground regained, and ground retaken with no further fighting changed hands without a battle; people arrested for
holding a demonstration were stopped by a force (an intervention); a single clash after a force acted on a
demonstration makes it violent."""

from __future__ import annotations

import pytest

from helpers import coded

LOOTING = ("Strategic developments", "Looting/property destruction")


def test_a_depot_destroyed_with_artillery_is_shelling() -> None:
    # "with artillery" is the instrument, not a weapon destroyed ("destroyed twenty mortar rounds" stays seized)
    assert coded("On 4 June 2021, army units destroyed a rebel fuel depot with heavy artillery fire near Sirte. "
                 "No casualties were reported.") == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_a_truck_destroyed_with_a_bomb_is_a_remote_explosive() -> None:
    assert coded("On 5 June 2021, gunmen destroyed a logging truck with a bomb near Ukhrul. No one was hurt.") \
        == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    "Around 6 June 2021, soldiers and gendarmes killed 80 cattle belonging to a herder near Yendi.",
    "On 7 June 2021, unknown men poisoned dozens of goats in a village near Kaya.",
])
def test_livestock_killed_is_property_destruction(text: str) -> None:
    assert coded(text) == LOOTING


def test_a_cattle_trader_killed_is_a_person_killed() -> None:
    assert coded("On 8 June 2021, unknown gunmen killed a cattle trader near Kaya.") \
        == ("Violence against civilians", "Attack")


def test_ground_recovered_is_ground_regained() -> None:
    assert coded("On 9 June 2021, FARDC soldiers recovered territory after a clash with rebels near Kasindi.") \
        == ("Battles", "Government regains territory")


def test_ground_retaken_with_no_further_fighting_changed_hands_peacefully() -> None:
    assert coded("On 10 June 2021, the army retook control of Bama after insurgents had entered it that morning. "
                 "The insurgents withdrew when reinforcements came, and there was no further fighting.") \
        == ("Strategic developments", "Non-violent transfer of territory")


def test_people_arrested_for_holding_a_protest_were_stopped() -> None:
    assert coded("The leader of a small opposition party has been arrested together with 9 other people for "
                 "allegedly holding an unauthorised protest in Lome.") == ("Protests", "Protest with intervention")


def test_a_clash_that_ensued_makes_a_demonstration_violent() -> None:
    assert coded("On 11 June 2022, in Rosario, unemployed workers marched to demand jobs. At the river bridge, the "
                 "police used tear gas against the marchers, and a clash ensued.") \
        == ("Riots", "Violent demonstration")


def test_a_states_defence_forces_that_bombed_did_so_from_the_air() -> None:
    assert coded("On 12 June 2021, the Defence Forces of Zambia bombed rebel positions near Mpulungu. No fatalities "
                 "were reported.") == ("Explosions/Remote violence", "Air/drone strike")


def test_supporters_who_clash_in_a_headline_are_a_mob() -> None:
    assert coded("Supporters of two rival aspirants for the party ticket clash in Thika.") == ("Riots", "Mob violence")


def test_people_hurt_in_a_clash_between_armed_groups_are_no_mob() -> None:
    # the noun "clash" after an article is no crowd's deed
    assert coded("On 13 June 2021, two villagers were killed in a clash between the army and rebels near Beni.") \
        == ("Battles", "Armed clash")

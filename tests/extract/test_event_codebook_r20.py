"""ACLED's codebook rules of round 20 (sentences written for these tests): weapons found, seized or defused in a
raid or an operation with no one hurt and no fighting are disrupted weapons use, not a clash; an attack foiled or
thwarted did not take place; people who evacuated or were displaced because of something are displaced (a strategic
development, "Other"), as are arms and munitions delivered to a force."""

from __future__ import annotations

import pytest

from helpers import coded

DISRUPTED = ("Strategic developments", "Disrupted weapons use")
OTHER = ("Strategic developments", "Other")


@pytest.mark.parametrize("text", [
    "On 4 March 2021, police raided a warehouse in Tamale and recovered weapons and ammunition. Two men were "
    "arrested.",
    "On 9 June 2021, soldiers dug up and defused four IEDs near Kilo village during a search operation.",
    "On 2 July 2021, troops found and destroyed two landmines left by rebels who fled after a foiled attack.",
])
def test_weapons_taken_with_no_fight_are_disrupted(text: str) -> None:
    assert coded(text) == DISRUPTED


def test_weapons_seized_in_a_firefight_stay_a_clash() -> None:
    assert coded("On 4 March 2021, police raided a hideout in Tamale and exchanged fire with gunmen, killing one, "
                 "and recovered weapons.") == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "On 3 May 2021, about 300 households from two villages near Dalan, evacuated following the outbreak of hostilities "
    "between two clans in the preceding week.",
    "On 3 May 2021, the neighbours of the ministry (Kora district), in two wards, were displaced due to the flooding "
    "of the river.",
    "On 5 May 2021, in Kora, Ruritania has delivered its first batch of arms and munitions to the national army.",
])
def test_displacement_and_arms_deliveries_are_other(text: str) -> None:
    assert coded(text) == OTHER


OVERTAKE = ("Battles", "Non-state actor overtakes territory")
REGAIN = ("Battles", "Government regains territory")


@pytest.mark.parametrize(("text", "coding"), [
    # ground taken outranks the attack or the strikes that took it, told in the sentence before
    ("Rebels attacked the village of Kilo, forcing the army to withdraw. They also took the nearby army base.",
     OVERTAKE),
    ("On 3 May 2021, the army carried out drone strikes against rebel positions in the town of Kilo (Kora). The "
     "army subsequently entered and took control of the town.", REGAIN),
    # a place named, then taken told with a pronoun
    ("Rebels attacked the village of Kilo in Kora district and seized it after brief fighting with police.",
     OVERTAKE),
])
def test_ground_taken_outranks_the_fight(text: str, coding: tuple[str, str]) -> None:
    assert coded(text) == coding


def test_livestock_raided_with_no_one_hurt_is_looting() -> None:
    assert coded("On 2 May 2021, bandits raided cattle from herders in Kilo (Kora, North).") \
        == ("Strategic developments", "Looting/property destruction")


def test_attack_in_a_named_settlement_with_no_target_hits_civilians() -> None:
    assert coded("On 5 May 2021, militants claimed an attack in Kilo (Kora, North). Fatalities unreported.") \
        == ("Violence against civilians", "Attack")


TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


@pytest.mark.parametrize("text", [
    # forces that entered a place its holders had just left
    "Government troops moved into Kilo on Friday after the rebels completed a negotiated withdrawal from the town.",
    # ground taken told in quotes, with no fight told
    "Rebels set up a heavy presence in Kilo village, effectively 'taking over' the village.",
])
def test_ground_left_or_taken_with_no_fight_is_a_transfer(text: str) -> None:
    assert coded(text) == TRANSFER


def test_rockets_at_a_post_that_fired_back_are_a_clash() -> None:
    assert coded("On 6 January 2022, militants fired two rockets at a police post in Kilo town (Kora). Police officers "
                 "retaliated by exchanging fire. There were no fatalities.", "2022-01-10") == ("Battles", "Armed clash")


def test_inmates_recaptured_regain_no_ground() -> None:
    from sitrep.extract.event_cues import classify

    assert not [c for c in classify("Twelve escaped inmates have been recaptured.") if "territory" in c.sub_type]
    assert classify("The army recaptured the town of Kilo.")[0].sub_type \
        == "Government regains territory"


def test_suspect_killed_resisting_arrest_fought_the_police() -> None:
    assert coded("A member of a rebel group was killed while reportedly resisting arrest during a police raid in "
                 "Kilo on 11 April 2021.") == ("Battles", "Armed clash")


def test_property_burned_with_a_driver_hurt_is_an_attack() -> None:
    assert coded("On 3 May 2021, in Kilo (Kora), two trucks of a farm were set on fire by a group of armed men. One "
                 "of the drivers was injured in the leg.") == ("Violence against civilians", "Attack")

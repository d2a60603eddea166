"""ACLED's codebook rules of round 21 (sentences written for these tests): a hand-thrown explosive (an IED or another
explosive device thrown) is a grenade; fighters forced off their ground, or pushed back, lost it (territory
regained or overtaken)."""

from __future__ import annotations

import pytest

from helpers import coded

CLASH = ("Battles", "Armed clash")
GRENADE = ("Explosions/Remote violence", "Grenade")


@pytest.mark.parametrize("text", [
    "On 7 March 2021, militants threw an explosive device at a police patrol in Cizre. There were no casualties.",
    "On 8 March 2021, unknown men attacked soldiers with improvised explosive devices [presumably thrown] in Jenin.",
])
def test_a_thrown_explosive_is_a_grenade(text: str) -> None:
    assert coded(text) == GRENADE


def test_a_thrown_explosive_in_a_firefight_is_the_clash() -> None:
    assert coded("On 9 March 2021, militants exchanged fire with soldiers in Jenin and threw IEDs at them. There "
                 "were no casualties.") == CLASH


def test_a_planted_ied_stays_a_remote_explosive() -> None:
    assert coded("On 9 March 2021, an IED planted by militants exploded under a police truck near Cizre.") \
        == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize(("text", "coding"), [
    ("On 10 March 2021, soldiers raided a rebel camp near Garissa, killing three, and forced the other fighters to "
     "abandon it.", ("Battles", "Government regains territory")),
    ("On 11 March 2021, the army pushed back the insurgents from the hills above Tadjoura after a day of fighting.",
     ("Battles", "Government regains territory")),
    ("On 12 March 2021, rebels attacked an army post near Mora, forcing the soldiers to retreat.",
     ("Battles", "Non-state actor overtakes territory")),
])
def test_fighters_forced_off_their_ground_lost_it(text: str, coding: tuple[str, str]) -> None:
    # ground abandoned or pushed back in a fight changed hands: who took it decides the sub-event type
    assert coded(text) == coding


def test_civilians_forced_to_flee_change_no_ground() -> None:
    assert coded("On 13 March 2021, gunmen attacked a village near Mora, killing two residents and forcing the "
                 "others to flee.") == ("Violence against civilians", "Attack")

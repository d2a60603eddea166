"""ACLED's codebook rules of round 17: an armed clash told of one side only, whose victims were killed or hurt
with no exchange of fire and no armed men among them, is violence against civilians; armed victims or two sides
set against each other keep it a battle; youths or students who fought with no arms are rioters (mob violence),
not the communal militias they come from (sentences written for these tests)."""

from __future__ import annotations

import pytest

from helpers import coded

ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Eight killed by bandits - thought to be tied to ethnic violence.",
    "On 12 May 2023, an armoured vehicle crushed a car carrying a family near Kherson. All four of them died.",
])
def test_one_sided_killing_is_violence_against_civilians(text: str) -> None:
    assert coded(text) == ATTACK


@pytest.mark.parametrize("text", [
    "Eight fighters killed by raiders - thought to be tied to ethnic violence.",
    "Eight killed by raiders amid ethnic violence between rival clans.",
])
def test_armed_victims_or_two_sides_stay_a_battle(text: str) -> None:
    assert coded(text) == CLASH


MOB = ("Riots", "Mob violence")


def test_youths_who_fought_unarmed_are_rioters() -> None:
    assert coded("On or before 3 June. Youth from the Afar region clashed with Issa youths in Gewane.") == MOB


def test_youths_who_fought_with_guns_fought_a_battle() -> None:
    assert coded("On 3 June 2023, Konkomba and Nawuri youths clashed with guns in Kpandai over land.") == CLASH

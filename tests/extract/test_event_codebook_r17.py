"""ACLED's codebook rules of round 17: an armed clash told of one side only, whose victims were killed or hurt
with no exchange of fire and no armed men among them, is violence against civilians; armed victims or two sides
set against each other keep it a battle (sentences written for these tests)."""

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

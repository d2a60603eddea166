"""Strategic developments told with no violence (sentences written for these tests): forces that occupy a building
or turn a place into a base establish a base; forces that arrive or land somewhere move, and people who form a patrol
or an armed group take on a new activity (ACLED's change to group/activity)."""

from __future__ import annotations

import pytest

from helpers import coded

BASE = ("Strategic developments", "Headquarters or base established")
CHANGE = ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize("text", [
    "On 11 March 2021, foreign mercenaries occupied a primary school in Kora prefecture and installed their "
    "heavy weapons there.",
    "On 3 May 2021, soldiers moved into the Kilo health centre and turned it into a military base.",
])
def test_buildings_occupied_or_turned_into_bases_are_bases(text: str) -> None:
    assert coded(text) == BASE


@pytest.mark.parametrize("text", [
    "On 23 February 2020, members of a foreign private military company landed in Kora and moved to Lira to "
    "support the army.",
    "On 5 May 2021, in Kora, a group of eight foreign soldiers arrived in Kilo.",
    "On 5 May 2020, women armed with sticks formed a patrol in Kilo village to enforce the curfew.",
    "On 7 June 2021, farmers in Lira established a self-defence group to guard their fields.",
])
def test_forces_arriving_and_new_patrols_are_changes(text: str) -> None:
    assert coded(text) == CHANGE


def test_gunmen_who_arrive_and_kill_stay_an_attack() -> None:
    assert coded("On 5 May 2021, gunmen arrived in Kilo village on motorcycles and shot dead two farmers.")[0] == (
        "Violence against civilians")

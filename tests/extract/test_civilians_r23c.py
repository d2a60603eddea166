"""Round 23c (civilians): a town or village shelled or fired at as such is the civilians' (ACLED's actor2 of the
explosion), targets near it are not; people a state force caught with weapons are their owners, an unidentified
armed group, not civilians; people who fled a territory an armed group took are no side of the transfer."""

from __future__ import annotations

import pytest

from helpers import main_actors
from sitrep.extract import context_filters


@pytest.mark.parametrize(("text", "struck"), [
    ("Rebels fired mortars at Kolofata village overnight", True),
    ("The army has been shelling towns in the north", True),
    ("Militants bombed a village near the lake", True),
    ("Artillery shelled positions near the village", False),
    ("Gunboats fired at the outskirts of the town", False),
    ("Rebels fired at the village checkpoint", False),
])
def test_a_settlement_struck_as_such_is_civilian_property(text: str, struck: bool) -> None:
    assert context_filters.civilian_property_struck(text) is struck


def test_a_village_fired_at_with_no_armed_target_has_civilians_as_actor2() -> None:
    _, actors = main_actors("On 4 March 2021, Boko Haram fighters fired rockets at Kerawa village (Mayo-Tsanaga, "
                            "Extreme-Nord). No casualties were reported.", "2021-03-04")
    assert actors.get("actor2") == "Civilians (Cameroon)"


def test_people_caught_with_weapons_are_an_unidentified_armed_group_not_civilians() -> None:
    ev, actors = main_actors("Weapons seizure: On 9 June 2021, soldiers raided a warehouse in Tamale (Tamale, "
                             "Northern) and seized rifles and explosives. Four people were arrested.", "2021-06-09")
    assert ev.sub_type == "Disrupted weapons use"
    assert actors.get("actor2") == "Unidentified Armed Group (Ghana)"
    assert "Civilians (Ghana)" not in actors.values()


def test_villagers_who_fled_a_group_taking_their_village_are_no_side_of_the_transfer() -> None:
    ev, actors = main_actors("On 2 March 2021, Al Shabaab took over Hosingo village (Lamu, Kenya) without a fight, "
                             "causing villagers to flee.", "2021-03-02")
    assert ev.sub_type == "Non-violent transfer of territory"
    assert "actor2" not in actors

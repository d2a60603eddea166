"""A march "from A to B" happened where it went: B is the event's place, A only where it set out from."""

from __future__ import annotations

from helpers import event_place_text as _where


def test_a_march_from_one_town_to_another_is_at_its_destination() -> None:
    assert _where("On 3 May 2021, some 200 farmers marched from Ulm to Augsburg to demand lower fuel prices.") == (
        "Augsburg")


def test_a_motorcade_to_a_town_with_its_province_is_at_that_town() -> None:
    text = "On 9 April 2021, taxi drivers held a motorcade from Lecce to Brindisi (Brindisi, Puglia) over fuel costs."
    assert _where(text) == "Brindisi"


def test_people_who_fled_from_a_town_to_another_are_no_march() -> None:
    # no moving demonstration: the rule leaves the first place named
    text = "On 5 May 2021, gunmen burned houses in Ulm and families fled from Ulm to Augsburg."
    assert _where(text) == "Ulm"


def test_a_march_without_a_destination_stays_at_its_start() -> None:
    assert _where("On 6 June 2021, residents marched from Augsburg in silence after the killing.") == "Augsburg"

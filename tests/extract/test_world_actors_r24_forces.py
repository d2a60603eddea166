"""Round 24 (issue 16, state forces and governments): a security measure a note labels is a state's act, its
government's where the text names no armed side that took it; the people it falls on are no side. Invented
sentences."""

from __future__ import annotations

from helpers import acled_actors


def _roles(text: str, published: str = "2022-05-04") -> dict[str, str]:
    return acled_actors(text, published)


def test_a_lockdown_with_no_side_named_is_the_governments() -> None:
    text = ("Security measures: On 3 May 2022, Minhang district (Minhang, Shanghai) entered a new coronavirus "
            "lockdown. Residents must stay at home and all shops remained closed.")
    assert _roles(text) == {"actor1": "Government of China (2012-)"}


def test_a_curfew_declared_by_no_one_named_is_the_governments() -> None:
    text = "Security measures: On 3 May 2022, a curfew was declared in Kisumu (Kisumu) after clashes in the town."
    assert _roles(text)["actor1"].startswith("Government of Kenya")


def test_soldiers_who_set_up_checkpoints_stay_the_side() -> None:
    text = ("Security measures: On 3 May 2022, soldiers set up checkpoints around Maiduguri (Maiduguri, Borno) "
            "after threats by Boko Haram.")
    assert _roles(text)["actor1"].startswith("Military Forces of Nigeria")


def test_a_movement_of_people_keeps_its_civilians() -> None:
    text = "Movement of forces: On 3 May 2022, residents of Kisumu (Kisumu) fled their homes after clashes."
    assert _roles(text).get("actor1", "").startswith("Civilians (Kenya)")

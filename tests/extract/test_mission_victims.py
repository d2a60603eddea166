"""The civilians of a foreign mission are named by the mission's country (sentences written for these tests)."""

from __future__ import annotations

from helpers import main_actors


def test_an_attack_on_an_embassy_falls_on_civilians_of_its_country() -> None:
    _, names = main_actors("On 4 March 2022, unknown men set fire to a car of the Polish Embassy in Nairobi (Nairobi, "
                           "Nairobi).", "2022-03-04")
    assert names.get("actor2") == "Civilians (Poland)"
    _, names = main_actors("On 4 March 2022, unknown gunmen shot and injured a Polish diplomat in Nairobi (Nairobi, "
                           "Nairobi).", "2022-03-04")
    assert names.get("actor2") == "Civilians (Poland)"


def test_an_embassy_named_as_a_landmark_leaves_the_victims_the_country_s() -> None:
    _, names = main_actors("On 4 March 2022, unknown gunmen shot dead two residents near the Polish Embassy in "
                           "Nairobi (Nairobi, Nairobi).", "2022-03-04")
    assert names.get("actor2") == "Civilians (Kenya)"

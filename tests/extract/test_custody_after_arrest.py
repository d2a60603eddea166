"""Harm done to people held, told in the sentence after their arrest: the police who hold them are actor1, as when
one sentence tells both; people who strike a mine are its victims, and the group that laid it actor1 (ACLED's
codebook; sentences written for these tests)."""

from __future__ import annotations

from helpers import acled_actors


def test_beaten_while_held_after_an_arrest_told_before() -> None:
    names = acled_actors("On 4 March 2016, a teacher was arrested in Djibouti City. He was beaten while detained at "
                         "the central police station.", "2016-03-05")
    assert names["actor1"].startswith("Police Forces of Djibouti")
    assert names["actor2"].startswith("Civilians (Djibouti)")


def test_an_arrest_after_a_killing_leaves_the_killers_unnamed() -> None:
    names = acled_actors("On 4 March 2016, a trader was beaten to death in Nairobi. Police arrested two suspects.",
                         "2016-03-05")
    assert not names["actor1"].startswith("Police Forces")


def test_people_who_strike_a_mine_are_its_victims() -> None:
    from sitrep.extract.actor_roles import role
    for text in ("Refugees strike landmine planted by rebels", "A patrol hit an old anti-tank mine near the road.",
                 "Herders stepped on a landmine."):
        first = text.split()[0] if not text.startswith("A ") else "A patrol"
        assert role(text, 0, len(first), 0) == "patient"
    assert role("Militants hit the convoy with roadside bombs.", 0, len("Militants"), 0) == "agent"


def test_the_group_that_planted_the_mine_is_actor1() -> None:
    names = acled_actors("On 4 March 1996, refugees struck a landmine planted by FRUD near Obock.", "1996-03-05")
    assert names["actor1"].startswith("FRUD")
    assert names["actor2"].startswith("Civilians")

"""Round 30 (Eastern Africa): a sentence's opening "They" takes up the subject of the sentence before (police who
beat marchers and "also attacked reporters" are no violent crowd); a state force named generically with its unit in
a bracket after it ("police forces (prison guards)") is one actor, the unit; a gathering "calling for" something
presses a claim, and the claim names no side though a place's bracket stands before it; a force that only names
a weapon or a uniform ("army grenades", "police uniforms") is no side; a bombing a trial is for or a past year
names is no explosion of the text (invented sentences)."""

from __future__ import annotations

import pytest

from helpers import acled_actors, coded
from sitrep.extract.pronoun_subjects import force_pronouns_blanked


def test_they_after_a_force_subject_is_the_force() -> None:
    text = ("On 3 May 2017, police beat teachers protesting pay cuts with batons in Nakuru. They also attacked "
            "reporters covering the march.")
    assert coded(text, "2017-05-03") == ("Protests", "Protest with intervention")
    assert acled_actors(text, "2017-05-03")["actor1"] == "Protesters (Kenya)"


@pytest.mark.parametrize("text", [
    "On 3 May 2017, teachers protesting pay cuts gathered in Nakuru. They also attacked reporters covering the march.",
    "On 3 May 2017, protesters and police clashed in Nakuru. They also attacked reporters covering the march.",
])
def test_they_after_a_crowd_is_the_crowd(text: str) -> None:
    assert coded(text, "2017-05-03") == ("Riots", "Violent demonstration")


def test_only_a_force_subjects_they_is_blanked() -> None:
    assert force_pronouns_blanked("Later, anti-riot police fired tear gas. They beat two men.") \
        == "Later, anti-riot police fired tear gas.      beat two men."
    assert force_pronouns_blanked("Strikers marched to the port. They beat two men.") \
        == "Strikers marched to the port. They beat two men."
    text = "Soldiers came. They left. Marchers sang. They beat a man."
    assert force_pronouns_blanked(text, 9) == "came.      left. Marchers sang. They beat a man."


def test_a_unit_in_a_bracket_after_the_force_is_the_force() -> None:
    text = ("On 9 March 2021, police forces (prison guards) whipped an inmate in a prison in Kigali (Nyarugenge, "
            "Kigali City).")
    assert acled_actors(text, "2021-03-09") == {"actor1": "Police Forces of Rwanda Prison Guards",
                                                "actor2": "Civilians (Rwanda)"}


def test_a_gathering_calling_for_something_is_a_demonstration_and_its_claim_names_no_side() -> None:
    # (the place's bracket between the gathering and its claim does not part them)
    text = ("On 20 May 2023, about two hundred students gathered in the university campus (Antananarivo - "
            "Arrondissement 4, Antananarivo-Renivohitra, Analamanga) calling for the French army to leave "
            "Madagascar. Police arrested four of them.")
    assert coded(text, "2023-05-20") == ("Protests", "Protest with intervention")
    assert acled_actors(text, "2023-05-20") == {"actor1": "Protesters (Madagascar)",
                                                "actor2": "Police Forces of Madagascar"}


@pytest.mark.parametrize("text", [
    "Six people were injured when men tossed two stolen Kenyan Army grenades at a rally in Nairobi.",
    "Two men wearing police uniforms shot dead a trader in Kisumu.",
    "Gunmen armed with army rifles killed three herders in Marsabit.",
])
def test_a_force_that_only_names_a_weapon_or_a_uniform_is_no_side(text: str) -> None:
    assert acled_actors(text, "2021-03-01") == {"actor1": "Unidentified Armed Group (Kenya)",
                                                "actor2": "Civilians (Kenya)"}


def test_a_forces_depot_is_its_own() -> None:
    text = "On 3 March 2021, rebels shelled an army ammunition depot near Kismayo, wounding two soldiers."
    assert "Military Forces of Somalia" in acled_actors(text, "2021-03-03")["actor2"]


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at some 200 party supporters demonstrating at the courthouse in which three men stood "
    "trial for the 1998 embassy bombing in Nairobi. The demonstrators hurled stones back at the officers.",
    "Supporters of the jailed cleric threw stones at police outside the court in Mombasa on the anniversary of the "
    "2002 hotel bombing.",
])
def test_a_past_bombing_a_trial_or_a_year_names_is_not_the_event(text: str) -> None:
    assert coded(text, "2021-03-01")[0] == "Riots"


def test_the_mombasa_republican_councils_events_known_by_country_lie_in_mombasa() -> None:
    from sitrep.lexicon.actor_divisions import actor_division
    assert actor_division(["mombasa-republican-council"], "KE") == "Mombasa"

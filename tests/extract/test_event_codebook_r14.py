"""ACLED's codebook rules of round 14: migrants a state force rescued, held or intercepted are arrested; a quantity
of drugs seized is looting/property destruction however far the place is
told between; a riot "against" something presses a claim; a gang that hands out food changes its activity;
attacks "claimed to have" been launched are told; suicide bombers "kill" in a headline;
forced nudity (stripped of clothes, a body left naked) is sexual violence
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from helpers import coded
from sitrep.extract.event_cues import classify

ARRESTS = ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text", [
    "On 3 March 2021, near Tonala, soldiers of the National Guard rescued 45 migrants travelling in a lorry.",
    "On 4 March 2021, immigration officers and the state police held 80 migrants found in a warehouse in Puebla.",
    "On 5 March 2021, the coast guard intercepted dozens of migrants on a boat off the coast of Lampedusa.",
])
def test_migrants_taken_by_a_force_are_arrested(text: str) -> None:
    assert coded(text) == ARRESTS


def test_rescue_of_others_is_no_arrest() -> None:
    # only migrants held on their way are arrested: a rescue from a fire is no event ACLED codes
    cues = classify("On 6 March 2021, firefighters rescued two children from a burning house in Lyon.")
    assert all(c.sub_type != "Arrests" for c in cues)


def test_quantity_of_drugs_seized_is_looting() -> None:
    # a seizure by a force with the place told between the verb and the quantity: looting/property destruction
    text = ("On 8 May 2021, in Itaguai, the Federal Highway Police seized on the BR-101 highway (km 40) 2 tons of "
            "marijuana hidden in a truck.")
    assert coded(text) == ("Strategic developments", "Looting/property destruction")


def test_riot_against_a_project_is_a_violent_demonstration() -> None:
    # youths who riot against a plan press a claim: ACLED's violent demonstration, not mob violence
    text = ("On 12 March 2022, local youths rioted near Arad against the council's plan to fence their grazing land. "
            "The youths stoned passing cars.")
    assert coded(text) == ("Riots", "Violent demonstration")


def test_gang_handing_out_food_changes_its_activity() -> None:
    # a criminal group that delivers food to families takes on a new activity (ACLED's change to group/activity)
    text = ("As reported on 2 April 2021, in Tlaquepaque, Jalisco, members of the Norte Cartel delivered food "
            "packages to families during the lockdown.")
    assert coded(text) == ("Strategic developments", "Change to group/activity")


def test_relief_agency_handing_out_food_is_no_change() -> None:
    # a relief agency's or a state body's aid is no change of a group's activity
    for text in ("Members of the Red Cross distributed food to displaced families in Goma.",
                 "Members of the National Guard delivered food packages in Tijuana."):
        assert all(c.sub_type != "Change to group/activity" for c in classify(text))


def test_attacks_claimed_in_the_perfect_infinitive_are_told() -> None:
    # "claimed to have launched shelling attacks on positions in X": one claimed deed, not a record of many
    text = ("On 3 May 2021 (or around), ISWAP, via its media outlets, claimed to have launched shelling attacks on "
            "positions of the army in Damboa (Damboa LGA, Borno).")
    assert coded(text) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_suicide_bombers_in_a_headline_present() -> None:
    # a headline's present tense tells the suicide bombing as well as the past does
    assert coded("Two suicide bombers kill five and wound 30 civilians in Mora.") == (
        "Explosions/Remote violence", "Suicide bomb")


@pytest.mark.parametrize("text", [
    "On 2 March 2021, soldiers assaulted a couple in Tamale and stripped the woman of her clothing.",
    "On 3 March 2021, near Ocotlan, a woman was killed and her body was found semi-naked beside the road.",
])
def test_forced_nudity_is_sexual_violence(text: str) -> None:
    # ACLED's codebook counts forced nudity as sexual violence (stripped of clothes, a body left naked)
    assert coded(text) == ("Violence against civilians", "Sexual violence")


def test_stripped_of_belongings_is_no_sexual_violence() -> None:
    cues = classify("On 4 March 2021, gunmen stripped the traders of their phones and money near Dori.")
    assert all(c.sub_type != "Sexual violence" for c in cues)

"""ACLED's codebook rules of round 15: remote violence the target answers with fire is a clash; police who shot
and wounded demonstrators, shots at a crowd that hurt some of it, or a headline's count of protesters killed are
excessive force; fire from a side's positions and gunfire reported with no side named are clashes; a person whose
place carries a bracketed hierarchy, or who is "assaulting"/"beating" someone, is one-sided violence's victim
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from helpers import coded

CLASH = ("Battles", "Armed clash")
EXCESSIVE = ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize("text", [
    "On 4 June 2023, army jets bombed rebel positions near Kadugli while the rebels responded with anti-aircraft "
    "fire.",
    "On 5 June 2023, militants fired mortar shells at an army post near Tank and the soldiers returned fire.",
])
def test_remote_violence_answered_with_fire_is_a_clash(text: str) -> None:
    assert coded(text) == CLASH


def test_remote_violence_not_answered_stays_remote() -> None:
    assert coded("On 5 June 2023, militants fired mortar shells at an army post near Tank.") == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text", [
    "Police reportedly shot and wounded four traders as the traders were protesting against new market fees in "
    "Kisumu.",
    "On 2 May 2021, police shot at a group of people who staged a demonstration in Kandy against fuel shortages.",
    "Teachers protest unpaid wages in Mombasa. Police violently disperse them. Two protesters killed.",
    "On 8 May 2021, police fired shots to disperse a sit-down strike by dock workers in Takoradi. Some of the "
    "workers were injured.",
])
def test_force_that_hurts_protesters_is_excessive(text: str) -> None:
    assert coded(text) == EXCESSIVE


def test_shots_into_the_air_are_an_intervention() -> None:
    text = ("On 8 May 2021, dock workers went on strike in Takoradi. Police fired shots into the air to disperse them. "
            "Two officers were injured.")
    assert coded(text) != EXCESSIVE


@pytest.mark.parametrize("text", [
    "On 3 March 2022, the Ministry of Defence said that enemy forces fired from their positions in the Lachin "
    "district towards the positions of its army near Kalbajar.",
    "Around 6 May 2021, gunshots and explosions involving unknown actors were reported in Sheikh Zuweid (North "
    "Sinai).",
])
def test_fire_from_positions_or_gunfire_reported_is_a_clash(text: str) -> None:
    assert coded(text) == CLASH


@pytest.mark.parametrize("text", [
    "On 4 July 2021, an inmate at a state prison in Ocala (Marion, Florida) was beaten to death by a guard.",
    "On 9 May 2021, police in Polokwane (Capricorn, Limpopo) are accused of assaulting a bus driver for not "
    "wearing a mask.",
])
def test_one_sided_violence_against_a_person(text: str) -> None:
    assert coded(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    # people joined by "and" to the next verb are the first verb's object, not a crowd that hurt others
    "Soldiers reportedly killed three people and injured another five in Gambella.",
    # one person is no crowd: a size of one tells no demonstration
    "On 2 May 2021, a man severely beat a female activist in Saida. She was taken to hospital. [size=1]",
    "On 3 May 2021, in Celaya, a man threw stones at a female nurse, accusing her of spreading the virus.",
    # "another" person is a person
    "On 5 May 2021, jailed militiamen attacked and beat another prisoner in the prison of Muramvya.",
])
def test_one_person_or_a_force_hurting_people_is_one_sided_violence(text: str) -> None:
    assert coded(text) == ("Violence against civilians", "Attack")


def test_a_crowd_that_stones_a_person_is_still_mob_violence() -> None:
    assert coded("On 4 May 2021, a group of youths threw stones at a journalist in Conakry.") == (
        "Riots", "Mob violence")


def test_a_note_labelled_arrests_stays_an_arrest() -> None:
    # ACLED's own "Arrests:" tag: who was named first (the rebels) does not make the arrests an abduction
    text = ("Arrests: FRUD rebels burned two lorries of a road company near Obock. 15 people have been arrested in "
            "connection with the attack.")
    assert coded(text) == ("Strategic developments", "Arrests")


def test_a_force_attacked_in_a_village_is_a_battle() -> None:
    # the target named before "in the village" is who was attacked: volunteer fighters are an armed side
    text = ("On 3 February 2022, presumed JNIM militants attacked VDP in the village of Toeghin. The militants killed "
            "two volunteer fighters (VDP).")
    assert coded(text) == CLASH


def test_a_group_that_maintains_a_base_established_it() -> None:
    assert coded("The rebels maintain an office and a base in Gambella.") == (
        "Strategic developments", "Headquarters or base established")


def test_an_exchange_of_prisoners_is_an_agreement() -> None:
    text = ("On 2 May 2021, government and rebel forces exchanged prisoners near Sirte. The rebels released two "
            "soldiers in exchange for three captured fighters.")
    assert coded(text) == ("Strategic developments", "Agreement")


def test_fighters_who_took_a_military_base_overtook_it() -> None:
    assert coded("On 2 May 2021, after heavy fighting with the army, rebels took the military base of Kiwanja.") == (
        "Battles", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text", [
    "On 3 May 2021, 300 people protested in Gomel against a new tax. The crowd dispersed later in the evening.",
    "On 3 May 2021, 300 people marched in Gomel against a new tax. One man was arrested a day after the protest.",
    "On 3 May 2021, residents protested in Bilbao, demanding an end to the dispersing policy for prisoners.",
])
def test_no_intervention_in_a_crowd_that_left_by_itself(text: str) -> None:
    # a crowd that dispersed by itself, an arrest after the protest, a "dispersing policy": no force stepped in
    assert coded(text) == ("Protests", "Peaceful protest")


def test_police_who_dispersed_the_crowd_intervened() -> None:
    text = "On 3 May 2021, 300 people protested in Gomel against a new tax. Police dispersed the crowd."
    assert coded(text) == ("Protests", "Protest with intervention")


def test_people_robbed_of_their_goods_is_looting() -> None:
    text = ("On 6 May 2021, unknown gunmen stopped a bus near Djibo and stripped the passengers of their phones and "
            "money.")
    assert coded(text) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "On 9 January 2022, police officers tortured a union leader in custody in Shymkent in connection with mass "
    "protests days earlier.",
    "On 20 July 2020, two women were beaten by guards at a jail in Tampa after being arrested during a protest.",
])
def test_violence_told_with_a_past_protest_is_its_own_event(text: str) -> None:
    # the protest is the background: the event is what was done to the people held
    assert coded(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Around 3 June 2022, police arrested dozens of people in Sitra on the accusation of participating in protests "
    "held in April.",
    "On 6 February 2022, an opposition deputy was arrested by intelligence agents in Bukavu for supporting "
    "demonstrations against the curfew.",
])
def test_arrest_for_a_past_protest_is_an_arrest(text: str) -> None:
    assert coded(text) == ("Strategic developments", "Arrests")


def test_protest_for_those_arrested_for_protesting_is_a_protest() -> None:
    text = ("On 6 May 2020, about 30 people gathered in Grodno demanding the release of a blogger arrested for "
            "participating in a demonstration. [size=about 30]")
    assert coded(text) == ("Protests", "Peaceful protest")


def test_a_riot_over_a_public_service_failure_is_a_violent_demonstration() -> None:
    # a grievance at the authorities ("due to the continuous power cuts") makes the rioters demonstrators
    text = ("On 7 May 2020, in San Cristobal, a group of rioters burned tires in front of the town hall due to the "
            "continuous power cuts in the city. [size=no report]")
    assert coded(text) == ("Riots", "Violent demonstration")

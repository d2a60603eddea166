"""ACLED's codebook rules on who the victims are and on demonstrations, in the event coder (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from helpers import coded as _coded
from sitrep.extract import context_cues, event_cues


@pytest.mark.parametrize(("text", "coding"), [
    # ACLED records a crowd size for demonstrations only: a tagged fight between party supporters is a riot
    ("On 2 May 2021, supporters of two parties fought each other with sticks in Gitega. [size=no report]",
     ("Riots", "Mob violence")),
    ("On 3 May 2021, about 300 traders demonstrated outside the town hall in Bouake against new taxes. Clashes "
     "with the police broke out when officers tried to reopen the road. [size=about 300]",
     ("Riots", "Violent demonstration")),
    ("On 4 May 2021, residents gathered in Kisii to protest against the bombing of a bus. [size=dozens]",
     ("Protests", "Peaceful protest")),
    # "May" the month is no modal: the protest happened
    ("On 1 May 2021, thousands of workers staged a May Day protest in Colombo against rising prices. "
     "[size=thousands]", ("Protests", "Peaceful protest")),
    # what a claim says of a habit or a period belongs to the grievance, not to the gathering
    ("On 5 May 2021, hundreds of displaced people demonstrated in Kaya, denouncing a lack of food aid for months. "
     "[size=hundreds]", ("Protests", "Peaceful protest")),
    ("On 6 May 2021, activists rallied outside the embassy in Vilnius, protesting against the war and looting by "
     "the invading army. [size=no report]", ("Protests", "Peaceful protest")),
    # demonstrators who hurt people make the demonstration violent
    ("On 7 May 2021, dock workers demonstrated in Durres against unpaid wages. They beat up two drivers who tried "
     "to pass the picket. [size=no report]", ("Riots", "Violent demonstration")),
    # civilians abducted are violence against civilians, whoever else the sentence names
    ("On 8 May 2021, JNIM or ISGS militants abducted three traders near Djibo (Djibo, Soum).",
     ("Violence against civilians", "Abduction/forced disappearance")),
    # people named by their nationality are civilians
    ("On 9 May 2021, Israeli forces shot a Palestinian near Jenin (Jenin, West Bank).",
     ("Violence against civilians", "Attack")),
    # a demonstration ACLED recorded took place, whatever period its grievance names
    ("On 12 May 2021, nurses protested in Oviedo to denounce the pay cuts of the last three years. "
     "[size=no report]", ("Protests", "Peaceful protest")),
    # a crowd that hits a suspected thief: mob violence (not people "hit by" something)
    ("On 13 May 2021, residents hit a man suspected of stealing a goat in Lira. [size=no report]",
     ("Riots", "Mob violence")),
    # party supporters who assault others during a demonstration make it violent
    ("On 14 May 2021, ruling party supporters assaulted two opposition members during a demonstration in Blantyre. "
     "[size=no report]", ("Riots", "Violent demonstration")),
    # explosive verbs; shots in the air hurt no one; ground taken from another's control with no fight
    ("On 15 May 2021, suspected militants bombed a telecommunications mast in Mandera. No one was hurt.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("On 15 May 2021, the army bombed insurgent bases in the forest near Mbau. No fatalities were reported.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("On 16 May 2021, border guards fired warning shots in the air near a village in Batken.",
     ("Strategic developments", "Other")),
    ("On 17 May 2021, government troops seized two villages from rebel control near Beni; no clashes were reported.",
     ("Strategic developments", "Non-violent transfer of territory")),
    # ACLED's codebook: a seizure of weapons is disrupted weapons use
    ("On 10 May 2021, police seized 30 rifles and ammunition in Gambela town.",
     ("Strategic developments", "Disrupted weapons use")),
])
def test_codebook_codings(text: str, coding: tuple[str, str]) -> None:
    assert _coded(text) == coding


def test_soldiers_abducted_remain_a_battle() -> None:
    assert _coded("On 11 May 2021, Al Shabaab militants attacked an army post and abducted four soldiers near "
                  "Afgoye.")[0] == "Battles"


def test_nationals_with_an_armed_noun_are_no_civilians() -> None:
    assert not context_cues.one_sided("Russian forces shot two Ukrainian soldiers near Izium.")
    assert context_cues.one_sided("Russian forces shot two Ukrainians near Izium.")


def test_people_hit_by_something_are_no_mob() -> None:
    assert all(c.type != "Riots" for c in event_cues.classify("Villagers hit by stray bullets were taken to hospital."))


def test_crowd_size_tag() -> None:
    assert event_cues.sized("Police dispersed them. [size=around 50]")
    assert not event_cues.sized("Police dispersed about 50 people.")

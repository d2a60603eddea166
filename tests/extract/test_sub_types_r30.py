"""ACLED's sub-event types of round 30 (sentences written for these tests): an explosive a past war left that goes
off is a strategic development (other), its layer unidentified after a civil war; protesters beaten or dragged
away by a force met an intervention; a crowd a preposition governs is no subject of crowd violence; members of a
force are no crowd; a crowd that got into a scuffle with someone turned violent; an attacker told as a suicide
bomber makes a blast a suicide bomb; ground "taken control of" was taken; a person armed men ordered to come
with them was abducted; people the residents evicted were put out by no force."""

from __future__ import annotations

import pytest

from helpers import coded, main_actors
from sitrep.export.acled import acled_name

OTHER = ("Strategic developments", "Other")


def _names(text: str, published: str) -> set[str]:
    ev, names = main_actors(text, published)
    return {acled_name({"id": a.key, "name": names[a.role]}) for a in ev.actors if a.role in names}


@pytest.mark.parametrize("text", [
    "On 3 March 2021, two boys were wounded near Pailin by a mortar round, left over from the civil war, that "
    "they found in a field.",
    "On 4 March 2021, a herder was killed by a landmine from the Iran-Iraq war near Mehran.",
    "On 5 March 2021, a farmer stepped on a mine near Battambang. The mine was left over from the civil war.",
])
def test_an_explosive_a_past_war_left_is_a_strategic_development(text: str) -> None:
    assert coded(text) == OTHER


def test_a_mine_left_by_a_civil_war_has_the_unidentified_armed_group_as_its_layer() -> None:
    actors = _names("On 3 March 2021, two boys were wounded near Pailin, Cambodia, by a mortar round, left over "
                    "from the civil war, that they found in a field.", "2021-03-03")
    assert "Unidentified Armed Group (Cambodia)" in actors


def test_a_mine_planted_now_stays_a_remote_explosive() -> None:
    assert coded("On 6 March 2021, a landmine planted by militants killed two soldiers near Kidal.") \
        == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_protesters_beaten_by_police_met_an_intervention() -> None:
    assert coded("On 7 March 2021, marching teachers were beaten up and dragged into vans by scores of police in "
                 "Durres during their protest over pay. [size=no report]") \
        == ("Protests", "Protest with intervention")


def test_a_crowd_after_against_is_the_object_of_the_force() -> None:
    assert coded("On 8 March 2021, about 300 nurses protested in Cebu over unpaid allowances. Officers fired tear "
                 "gas towards the protesters and hit several nurses with batons. [size=about 300]") \
        == ("Protests", "Protest with intervention")


def test_members_of_a_guard_who_clash_fight_a_battle() -> None:
    assert coded("On 9 March 2021, members of the Republican Guard clashed with gendarmes in Bangui. Three "
                 "soldiers were killed.")[1] == "Armed clash"


def test_demonstrators_who_got_into_a_scuffle_turned_violent() -> None:
    assert coded("On 10 March 2021, relatives staged a demonstration outside a clinic in Rohtak against a "
                 "patient's death. The demonstrators got into a scuffle with the clinic's guards.") \
        == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 11 March 2021, a blast killed four people at a bus stop in Mombasa. The attackers were suicide bombers.",
    "On 12 March 2021, three people were killed in a bomb blast at a market in Garissa. Possible suicide bomber.",
])
def test_a_blast_by_a_suicide_bomber_is_a_suicide_bomb(text: str) -> None:
    assert coded(text) == ("Explosions/Remote violence", "Suicide bomb")


def test_a_suicide_bomber_arrested_is_no_suicide_bomb() -> None:
    assert coded("On 13 March 2021, police arrested a suspected suicide bomber in Mombasa.")[1] != "Suicide bomb"


def test_ground_rebels_had_taken_control_of_was_taken() -> None:
    assert coded("On 14 March 2021, rebels clashed with soldiers near Humera. The rebels claimed to have taken "
                 "control of Adiremets.")[1] == "Non-state actor overtakes territory"


def test_a_man_armed_men_ordered_to_come_with_them_was_abducted() -> None:
    assert coded("On 15 March 2021, in Arima, four gunmen walked up to a fisherman at the jetty and ordered him to "
                 "come with them. He has not been seen since.") \
        == ("Violence against civilians", "Abduction/forced disappearance")


def test_people_the_residents_evicted_were_put_out_by_no_force() -> None:
    assert coded("On 16 March 2021, villagers marched in Montero against a man accused of theft. His relatives were "
                 "evicted from their home by the villagers earlier that morning. [size=no report]") \
        == ("Protests", "Peaceful protest")

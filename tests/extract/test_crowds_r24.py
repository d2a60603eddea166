"""Round 24 (crowds): demonstrators who try to force their way through or who fire their own guns riot; a second
crowd that attacked or chased away demonstrators is the demonstration's other side, "Rioters (X)"; a list of things
a crowd smashed ends with what people own (invented sentences)."""

from __future__ import annotations

from helpers import main_actors
from sitrep.extract import context_cues, event_cues


def _sub_types(sentence: str) -> list[str]:
    return [c.sub_type for c in event_cues.classify(sentence)]


def test_demonstrators_who_tried_to_force_their_way_through_rioted() -> None:
    assert "Violent demonstration" in _sub_types(
        "On 3 June 2021, demonstrators tried to cross the bridge forcibly, demanding the border reopen.")
    assert "Violent demonstration" not in _sub_types(
        "On 3 June 2021, the protesters marched to the town hall in Tamale, demanding jobs.")


def test_demonstrators_who_fired_their_own_guns_rioted() -> None:
    assert "Violent demonstration" in _sub_types(
        "On 8 June 2021, policemen demonstrated in their barracks in Bouar by firing shots into the air to demand "
        "their unpaid bonuses.")
    # the force that fired to disperse a demonstration is not its crowd
    assert "Violent demonstration" not in _sub_types(
        "On 8 June 2021, gendarmes dispersed the protesters in Bouar by firing shots into the air.")


def test_a_second_crowd_that_attacked_demonstrators_intervened() -> None:
    text = ("On 9 April 2021, residents demonstrated against the new landfill in Rustavi. Supporters of the mayor "
            "attacked the demonstrators and police arrested three people. [size=no report]")
    _, names = main_actors(text, "2021-04-09")
    assert names.get("actor1") == "Protesters (Georgia)", names
    assert names.get("actor2") == "Rioters (Georgia)", names


def test_a_force_that_attacked_demonstrators_stays_their_other_side() -> None:
    text = ("On 9 April 2021, residents demonstrated against the new landfill in Rustavi. Police beat the "
            "demonstrators and arrested three people. [size=no report]")
    _, names = main_actors(text, "2021-04-09")
    assert (names.get("actor2") or "").startswith("Police Forces of Georgia"), names


def test_the_last_of_a_list_of_things_smashed_is_what_people_own() -> None:
    assert context_cues.crowd_struck(
        "The rioters smashed the desks, printers, and personal belongings of the clinic staff.")


def test_a_sized_crowd_that_dragged_a_man_from_his_car_is_a_mob() -> None:
    text = ("On 4 March 2021, party youths dragged a rival councillor out of his car in Gweru and tore his shirt. "
            "[size=no report]")
    coding = event_cues.demonstration(text)
    assert coding == ("Riots", "Mob violence"), coding


def test_a_sized_crowd_that_threatened_police_with_machetes_fought_them() -> None:
    text = ("On 4 March 2021, four men with machetes and sticks threatened two police officers enforcing the curfew "
            "in Brasov. [size=4]")
    assert event_cues.demonstration(text) == ("Riots", "Mob violence")
    assert context_cues.force_engaged(text)
    assert not context_cues.force_engaged("Residents threatened to attack the police station if he was not freed.")

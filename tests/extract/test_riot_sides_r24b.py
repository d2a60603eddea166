"""A riot's second side: a force the crowd pushed, kicked or spat at, and inmates who hurt one another (round 24b,
invented sentences)."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.extract import context_cues, context_filters, event_cues


def test_a_force_pushed_kicked_or_spat_at_was_fought_by_the_crowd() -> None:
    assert context_cues.force_engaged("A man in the crowd pushed a police officer to the ground.")
    assert context_cues.force_engaged("The youths kicked and spat at the soldiers at the gate.")
    assert context_cues.force_engaged("Two gendarmes were punched during the scuffle.")
    assert context_filters.force_engaged_at("Fans shoved the officers back.") is not None


def test_a_crowd_that_pushed_its_way_towards_a_force_or_an_event_kicked_off_near_it_fought_none() -> None:
    assert not context_cues.force_engaged("The marchers pushed towards the police station.")
    assert not context_cues.force_engaged("The crowd pushed its way past police lines.")
    assert not context_cues.force_engaged("The festival kicked off near the police headquarters.")


def test_inmates_hurt_by_other_inmates_are_not_hurt_by_those_who_hold_them() -> None:
    table = event_cues.table()
    assert table.found("inmates_hurt", "During the riot an inmate was stabbed with a blade.")
    assert table.found("inmates_hurt", "A brawl between rival inmates broke out in the yard.")
    assert table.found("inmates_hurt", "One prisoner killed a fellow inmate.")
    assert not table.found("inmates_hurt", "Two prisoners were wounded by prison guards.")
    assert not table.found("inmates_hurt", "A fight between inmates and guards broke out.")


def test_inmates_who_hurt_one_another_in_their_riot_are_rioters_on_both_sides() -> None:
    names = acled_actors("On 3 June 2021, a prison riot broke out at Xam Central Prison in Qorla (Zenta), in "
                         "which an inmate was stabbed to death and two others were injured.", "2021-06-04")
    assert names.get("actor1", "").startswith("Rioters")
    assert names.get("actor2", "").startswith("Rioters")
    # guards who fired on the rioting inmates are the riot's other side
    names = acled_actors("On 3 June 2021, inmates rioted at Xam Central Prison in Qorla (Zenta) and burned "
                         "mattresses. Guards fired rubber bullets.", "2021-06-04")
    assert not names.get("actor2", "").startswith("Rioters")


def test_a_mob_that_pushed_a_police_officer_has_the_police_as_its_other_side() -> None:
    names = acled_actors("On 5 May 2021, in Qorla (Zenta), a group of traders punched and pushed police officers "
                         "who asked them to close their stalls.", "2021-05-06")
    assert names.get("actor1", "").startswith("Rioters")
    assert names.get("actor2", "").startswith("Police Forces")

"""Middle Africa's sides as ACLED codes them (round 25, invented sentences): a private military company fights
beside the state's forces, but the forces it struck (looted, arrested, beat) are the other side."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.extract.actor_sides import assign_roles, struck_by_backers
from sitrep.extract.event_actors import Occurrence


def test_the_state_s_soldiers_a_company_arrested_are_its_other_side() -> None:
    names = acled_actors("On 3 March 2022, Wagner mercenaries arrested two FACA soldiers at a checkpoint in Bossangoa "
                         "(Bossangoa, Ouham).", "2022-03-04")
    assert names.get("actor1") == "Wagner Group"
    assert names.get("actor2") == "Military Forces of the Central African Republic (2016-)"


def test_the_state_s_soldiers_beside_the_company_stay_its_partner() -> None:
    names = acled_actors("On 3 March 2022, FACA soldiers supported by Wagner mercenaries attacked CPC rebels near "
                         "Bossangoa (Bossangoa, Ouham).", "2022-03-04")
    assert names.get("actor1") == "Military Forces of the Central African Republic (2016-)"
    assert names.get("actor2") == "CPC: Coalition of Patriots for Change"


def test_struck_forces_need_the_company_to_act() -> None:
    wagner = Occurrence(0, 6, "wagner-group", "external", "agent")
    faca = Occurrence(20, 24, "acled:military-cf-2016-", "military", "patient")
    assert struck_by_backers([wagner, faca]) == frozenset({"acled:military-cf-2016-"})
    hit_together = Occurrence(0, 6, "wagner-group", "external", "patient")
    assert struck_by_backers([hit_together, faca]) == frozenset()
    named_first = Occurrence(0, 4, "acled:military-cf-2016-", "military", "patient")  # "a FACA and Wagner patrol"
    assert struck_by_backers([named_first, Occurrence(9, 15, "wagner-group", "external", "agent")]) == frozenset()
    roles = assign_roles([wagner, faca])
    assert ("acled:military-cf-2016-", "actor2", "military") in roles

"""Round 23 (the Americas): an armed clash whose only named side is the country's own state force is fought
against unnamed armed men, in Brazil ACLED's "Unidentified Gang and/or Police Militia"."""

from __future__ import annotations

import pytest

from sitrep.extract.criminal_actors import lone_force_foe, parse_lone_foe
from sitrep.extract.event_actors import generic_entity
from sitrep.records import EntityRef


def _foe(text: str, country: str, type_: str = "Battles", sub: str = "Armed clash",
         family: str = "police") -> list[tuple[str, str]]:
    force = generic_entity(family, country, "2022-03-01")
    refs: dict[str, EntityRef] = {force.key: force}
    roles = lone_force_foe(type_, sub, [(force.key, "actor1", family)], text, country, "2022-03-01", refs)
    return [(refs[k].name, r) for k, r, _ in roles]


def test_a_lone_state_force_in_a_clash_fights_unnamed_armed_men() -> None:
    said = "Officers on patrol came under fire from suspects and returned fire."
    assert _foe(said, "MX")[1] == ("Unidentified Armed Group (Mexico)", "actor2")
    assert _foe(said, "BR", family="military")[1] == ("Unidentified Gang and/or Police Militia", "actor2")
    gangs = "Officers exchanged fire with men believed to be gang members."
    assert _foe(gangs, "HN")[1] == ("Unidentified Gang (Honduras)", "actor2")


def test_only_armed_clashes_of_the_listed_regions_get_a_foe() -> None:
    said = "Officers came under fire and returned fire."
    assert len(_foe(said, "UA")) == 1  # outside the regions listed
    assert len(_foe(said, "MX", type_="Violence against civilians", sub="Attack")) == 1
    assert len(_foe(said, "MX", sub="Government regains territory")) == 1
    assert len(_foe(said, "MX", family="civilians")) == 1  # no state force


def test_the_lone_foe_table_is_checked() -> None:
    families = {"gang": {}, "unidentified": {}}
    assert parse_lone_foe({"regions": ["Caribbean"], "countries": {"BR": "gang"}}, families) == (
        frozenset({"Caribbean"}), {"BR": "gang"})
    with pytest.raises(ValueError):
        parse_lone_foe({"countries": {"BR": "gang"}}, families)
    with pytest.raises(ValueError):
        parse_lone_foe({"regions": ["Caribbean"], "countries": {"BR": "cartel"}}, families)


def test_brazil_s_unidentified_bombers_are_a_gang() -> None:
    from sitrep.extract.criminal_actors import unidentified_gang
    unknown = generic_entity("unidentified", "BR", "2022-03-01")
    refs: dict[str, EntityRef] = {unknown.key: unknown}
    roles = [(unknown.key, "actor1", "rebels")]
    said = "Unknown men detonated explosives at a cash machine."
    got = unidentified_gang("Explosions/Remote violence", roles, said, "BR", "2022-03-01", refs)
    assert [refs[k].name for k, _, _ in got] == ["Unidentified Gang (Brazil)"]
    # elsewhere the unidentified armed group stays
    other = generic_entity("unidentified", "CO", "2022-03-01")
    refs[other.key] = other
    kept = unidentified_gang("Explosions/Remote violence", [(other.key, "actor1", "rebels")], said, "CO",
                             "2022-03-01", refs)
    assert [refs[k].name for k, _, _ in kept] == ["Unidentified Armed Group (Colombia)"]


def test_an_attack_on_hired_guards_is_an_armed_clash() -> None:
    from sitrep.extract.armed_targets import armed_target, parse_targets
    assert armed_target("Violence against civilians", "Attack", "unidentified", "private")
    # civilians attacked, a crowd's violence, an abduction: no battle
    assert not armed_target("Violence against civilians", "Attack", "unidentified", "civilians")
    assert not armed_target("Violence against civilians", "Attack", "rioters", "private")
    assert not armed_target("Violence against civilians", "Abduction/forced disappearance", "gang", "private")
    assert parse_targets(["private"], {"private": {}}) == frozenset({"private"})
    with pytest.raises(ValueError):
        parse_targets(["guards"], {"private": {}})

"""The side a surrender (ACLED's agreement) is made to (round 22b, invented sentences)."""

from __future__ import annotations

from sitrep.extract.defection_sides import surrender_sides
from sitrep.records import EntityRef


def test_a_surrender_before_a_government_head_gives_the_government_as_actor2() -> None:
    refs: dict[str, EntityRef] = {}
    roles = [("acled:unidentified-in", "actor1", "unidentified"), ("acled:group", "actor2", "rebels")]
    out = surrender_sides("Agreement", roles, "Forty cadres of the group surrendered before the state chief "
                          "minister in the capital.", "IN", "2022-05-01", refs)
    assert out[0] == ("acled:group", "actor1", "rebels")  # the named group before the unnamed one
    assert out[1][1:] == ("actor2", "government")
    assert refs[out[1][0]].name.startswith("Government of India")
    assert ("acled:unidentified-in", "assoc_actor_1", "unidentified") in out


def test_the_country_named_before_the_head_owns_the_government() -> None:
    refs: dict[str, EntityRef] = {}
    out = surrender_sides("Agreement", [("acled:group", "actor1", "rebels")], "Twelve fighters surrendered to the "
                          "Ugandan president at the border.", "CD", "2022-05-01", refs)
    assert refs[out[1][0]].name.startswith("Government of Uganda")


def test_a_surrender_to_officials_or_an_office_gives_the_states_forces() -> None:
    for told in ("Nine rebels surrendered to local authorities near the lake.",
                 "A commander surrendered at the district police office on Monday."):
        refs: dict[str, EntityRef] = {}
        out = surrender_sides("Agreement", [("acled:group", "actor1", "rebels")], told, "KE", "2022-05-01", refs)
        assert out[1][1:] == ("actor2", "police")
        assert refs[out[1][0]].name.startswith("Police Forces of Kenya")


def test_a_state_side_already_found_or_another_sub_type_is_left_alone() -> None:
    roles = [("acled:group", "actor1", "rebels"), ("acled:military-ke", "actor2", "military")]
    told = "Nine rebels surrendered to the governor."
    assert surrender_sides("Agreement", roles, told, "KE", "2022-05-01", {}) == roles
    assert surrender_sides("Change to group/activity", roles[:1], told, "KE", "2022-05-01", {}) == roles[:1]
    # no side surrendered to named
    assert surrender_sides("Agreement", roles[:1], "Nine rebels surrendered.", "KE", "2022-05-01", {}) == roles[:1]

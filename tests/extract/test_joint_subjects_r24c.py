"""Members of one subject phrase are one side; a reciprocal verb keeps its members two sides (invented sentences)."""

from __future__ import annotations

from helpers import main_actors


def _roles(text: str) -> dict[str, str]:
    return main_actors(text, "2022-01-10", roles=None)[1]


def test_second_member_of_a_subject_is_the_first_ones_associate() -> None:
    roles = _roles("On 8 January 2022, Oromia special police and Oromo militias burned the houses of four "
                   "civilians in Wabe (North Shewa, Oromia).")
    assert "Oromo Regional Special Forces" in roles["actor1"]
    assert roles["actor2"].startswith("Civilians")
    assert "Oromo Ethnic Militia" in roles["assoc_actor_1"]


def test_members_of_a_reciprocal_verb_stay_two_sides() -> None:
    roles = _roles("On 3 March 2021, Fulani and Bachama militias clashed in Numan (Adamawa).")
    assert {roles["actor1"], roles["actor2"]} == {"Fulani Ethnic Militia (Nigeria)",
                                                  "Bachama Ethnic Militia (Nigeria)"}


def test_joined_needs_someone_else_acted_on() -> None:
    from sitrep.extract.event_actors import Occurrence
    from sitrep.extract.joint_subjects import joined

    text = "Gunmen and bandits attacked herders."
    gunmen = Occurrence(0, 6, "acled:unidentified-a", "unidentified", "agent")
    bandits = Occurrence(11, 18, "acled:unidentified-b", "unidentified", "agent")
    herders = Occurrence(28, 35, "acled:civilians-x", "civilians", "patient")
    assert joined(text, [gunmen, bandits, herders]) == frozenset({"acled:unidentified-b"})
    assert joined(text, [gunmen, bandits]) == frozenset()
    clash = "Gunmen and bandits clashed near herders."
    assert joined(clash, [gunmen, bandits, Occurrence(32, 39, "acled:civilians-x", "civilians", "patient")]) \
        == frozenset()

"""Middle Africa, round 26 (invented sentences): a surrender made to a state's forces has them as actor2; a named
group and a people written as one militia with a slash are the named group; Chad's Nomad and National Guard and
Tanganyika's Hapa na Pale by ACLED's names."""

from __future__ import annotations

from helpers import acled_actors, dictionary_roles
from sitrep.extract.defection_sides import surrender_sides
from sitrep.extract.event_actors import Occurrence
from sitrep.extract.slashed_names import named_before_slash


def test_a_surrender_to_the_forces_left_associated_makes_them_actor2() -> None:
    roles = [("acled:group-a", "actor1", "rebels"), ("acled:group-b", "actor2", "rebels"),
             ("acled:military-cf", "assoc_actor_2", "military")]
    out = surrender_sides("Agreement", roles, "Thirty fighters of A and B surrendered to the army's troops in a "
                          "village.", "CF", "2021-05-01", {})
    assert out[:2] == [("acled:group-a", "actor1", "rebels"), ("acled:military-cf", "actor2", "military")]
    assert ("acled:group-b", "assoc_actor_1", "rebels") in out


def test_a_surrender_to_no_force_or_with_the_force_a_side_is_left_alone() -> None:
    roles = [("acled:group-a", "actor1", "rebels"), ("acled:group-b", "actor2", "rebels"),
             ("acled:military-cf", "assoc_actor_2", "military")]
    # the forces are not the side surrendered to
    told = "Fighters of A surrendered their weapons while B clashed with soldiers."
    assert surrender_sides("Agreement", roles, told, "CF", "2021-05-01", {}) == roles
    done = [("acled:group-a", "actor1", "rebels"), ("acled:military-cf", "actor2", "military")]
    assert surrender_sides("Agreement", done, "A surrendered to the troops.", "CF", "2021-05-01", {}) == done


def test_a_people_after_a_named_group_and_a_slash_is_that_group() -> None:
    text = "the Raia Mutomboki/Twa militiamen attacked"
    group = Occurrence(4, 18, "raia-mutomboki", "rebels", "neutral")
    kin = Occurrence(19, 34, "acled:ethnic-batwa-cd", "ethnic", "agent")
    out = named_before_slash([group, kin], text)
    assert {o.key for o in out} == {"raia-mutomboki"}
    assert {o.role for o in out} == {"agent"}
    # a people named apart from the group ("and") stays its own militia
    apart = "the Raia Mutomboki and Twa militiamen attacked"
    kin2 = Occurrence(23, 38, "acled:ethnic-batwa-cd", "ethnic", "agent")
    assert named_before_slash([group, kin2], apart)[1].key == "acled:ethnic-batwa-cd"


def test_the_slashed_group_is_the_event_s_actor() -> None:
    roles = dictionary_roles("On 3 March 2022, fighters of Hapa na Pale/Twa raided a fishing camp on a river bank "
                             "near Nyunzu (Nyunzu, Tanganyika) and stole nets.", "2022-03-04")
    assert roles["actor1"] == ["Mayi Mayi Militia (Hapa na pale)"]


def test_chad_s_nomad_guard_by_acled_s_name() -> None:
    roles = dictionary_roles("On 3 March 2021, men of the nomad guard shot and wounded two herders in Abeche "
                             "(Ouara, Ouaddai).", "2021-03-04")
    assert roles.get("actor1") == ["GNNT: Nomad and National Guard of Chad"]


def test_a_country_that_delivers_arms_acts_through_its_military() -> None:
    names = acled_actors("On 4 May 2021, officials said Russia delivered a batch of weapons to the Chadian army in "
                         "N'Djamena.", "2021-05-05")
    assert set(names.values()) == {"Military Forces of Russia (2000-)", "Military Forces of Chad (2021-)"}


def test_men_in_military_clothes_are_not_the_military() -> None:
    for told in ("armed men in military uniforms", "gunmen, some in military and civilian clothes,"):
        names = acled_actors(f"On 4 May 2020, {told} killed three civilians in Uvira (Uvira, Sud-Kivu).", "2020-05-05")
        assert names.get("actor1") == "Unidentified Armed Group (Democratic Republic of Congo)", told
    names = acled_actors("On 4 May 2020, soldiers in military uniforms killed three civilians in Uvira (Uvira, "
                         "Sud-Kivu).", "2020-05-05")
    assert names.get("actor1") == "Military Forces of the Democratic Republic of Congo (2019-)"

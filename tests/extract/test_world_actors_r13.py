"""Round 13 (actors outside Africa): two crowds that fought each other are rioters on both sides, whoever came to
stop them; the Houthis' forces under the name ACLED gives them after they formed a government in Sanaa."""

from __future__ import annotations

from helpers import main_actors
from sitrep.extract.context_cues import two_crowds
from sitrep.extract.crowd_actors import demonstration_roles
from sitrep.extract.event_actors import generic_entity
from sitrep.records import EntityRef


def test_two_crowds_are_told_by_the_groups_that_fought_each_other() -> None:
    assert two_crowds("A brawl broke out between two rival groups of fishermen at the harbour.")
    assert two_crowds("Supporters of the mayor and his rival threw stones at each other.")
    assert two_crowds("Fights erupted between members of the Green Party and supporters of the Blue Union.")
    assert two_crowds("A clash between APC and PDP supporters left three hurt.")
    assert not two_crowds("A mob clashed with police outside the station.")
    assert not two_crowds("Villagers beat a suspected thief to death.")


def _mob(crowds: bool, engaged: bool = False) -> list[tuple[str, str]]:
    police = generic_entity("police", "NP", "2022-05-13")
    refs: dict[str, EntityRef] = {police.key: police}
    roles = [(police.key, "actor2", "police")]
    out = demonstration_roles("Riots", "Mob violence", roles, "NP", "2022-05-13", refs, two_sided=True,
                              force_engaged=engaged, two_crowds=crowds)
    return [(refs[k].name, r) for k, r, _ in out]


def test_two_crowds_that_fought_are_rioters_on_both_sides_not_the_police_who_came() -> None:
    assert _mob(crowds=True) == [("Rioters (Nepal)", "actor1"), ("Rioters (Nepal)", "actor2")]
    # a crowd that clashed with the police keeps them as its opponent
    assert "Police" in _mob(crowds=False)[1][0]
    assert "Police" in _mob(crowds=True, engaged=True)[1][0]


def test_a_street_fight_between_two_groups_is_rioters_on_both_sides() -> None:
    text = ("On 3 June 2021, in Valparaiso, a fight broke out between two groups of neighbours over a parking "
            "space; they hit each other with sticks and one man was injured. Police later restored order.")
    _, names = main_actors(text, "2021-06-03")
    assert names == {"actor1": "Rioters (Chile)", "actor2": "Rioters (Chile)"}


def test_houthi_forces_are_the_supreme_political_council_s_after_2016() -> None:
    text = "On 4 March 2022, Houthi forces attacked a Saudi border post in Jizan, killing two guards."
    _, names = main_actors(text, "2022-03-04")
    assert "Military Forces of Yemen (2016-) Supreme Political Council" in names.values()
    earlier = "On 2 March 2015, Houthi fighters attacked a Saudi border post in Jizan, killing two guards."
    _, before = main_actors(earlier, "2015-03-02")
    assert before["actor1"].lower() == "houthi movement"


def test_an_attack_on_named_forces_is_a_battle_with_them() -> None:
    text = "On 9 May 2021, IS militants attacked Peshmerga forces near a village in Kirkuk province, Iraq."
    ev, names = main_actors(text, "2021-05-09")
    assert ev.sub_type == "Armed clash"
    assert "Peshmerga" in names["actor2"]


def test_a_government_that_began_enforcing_a_curfew_decides_it() -> None:
    text = "Security measures: On 9 May 2021, the Turkish Government began enforcing a weekend curfew in Ankara."
    _, names = main_actors(text, "2021-05-09")
    assert names.get("actor1") == "Government of Turkey (2016-)"


def test_greece_s_coast_guard_is_a_police_unit() -> None:
    greek = ("Non-violent activity: On 23 May 2022, the Coast Guard of Greece stopped 90 migrants on board two "
             "dinghies from entering Greek waters off Lesvos.")
    _, names = main_actors(greek, "2022-05-23")
    assert names["actor1"] == "Police Forces of Greece (2019-) Coast Guard"

"""Armed men a bracket after them says are of a people, a clan or a clan's section are that group's identity militia,
named as ACLED names them (invented sentences)."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.extract.kin_brackets import bracketed_kin


def test_a_section_of_a_clan_is_a_sub_clan_militia() -> None:
    text = ("On 3 March 2021, cattle raiders attacked herders (presumed to be of the Abiem section of the Rek "
            "Dinka) near Kuajok (Gogrial West county, Warrap state), killing two.")
    (found,) = bracketed_kin(text, 0, len(text), "SS")
    assert found[2:] == ("Abiem-Rek", "sub_clan")
    assert text[found[0]:found[1]].startswith("herders (")


def test_a_clan_of_a_people_is_named_before_the_people() -> None:
    text = "Armed youth from the Wau area (presumed members of the Ngor clan of the Jur) burned a village."
    assert [f[2:] for f in bracketed_kin(text, 0, len(text), "SS")] == [("Ngor Clan Jur", "ethnic")]


def test_a_people_of_the_table_keeps_its_acled_name() -> None:
    text = "Armed youth (likely Agar Dinka) shot two traders near Rumbek (Lakes state)."
    assert [f[2:] for f in bracketed_kin(text, 0, len(text), "SS")] == [("Agar Clan Dinka", "ethnic")]


def test_a_bracket_naming_a_place_or_nobody_names_no_militia() -> None:
    text = "Gunmen (Jonglei state) killed one. Raiders (unknown) stole cattle."
    assert bracketed_kin(text, 0, len(text), "SS") == []
    assert bracketed_kin(text, 0, len(text), None) == []


def test_the_bracketed_people_is_the_actor_not_the_place_the_men_came_from() -> None:
    actors = acled_actors("On 12 June 2021, militia from the Tonj area of Warrap state (presumed members of the Ngor "
                          "clan of the Jur) attacked a cattle camp near Wau town (Wau county, Western Bahr el Ghazal "
                          "state), killing four.", "2021-06-12")
    assert actors["actor1"] == "Ngor Clan Jur Ethnic Militia (South Sudan)"


def test_a_sub_clan_militia_fights_the_men_before_the_bracket() -> None:
    actors = acled_actors("On 9 March 2022, suspected Murle raiders clashed with cattle guards (presumed to be of the "
                          "Jikany section of the Lou Nuer) in Uror county (Jonglei state). Three were killed.",
                          "2022-03-09")
    assert sorted(actors.values()) == ["Jikany-Lou Sub-Clan Militia (South Sudan)",
                                       "Murle Ethnic Militia (South Sudan)"]

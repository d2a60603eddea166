"""Round 15 (actors outside Africa): named groups under the names ACLED gives them — the FARC dissident fronts it
names apart, the Gandapur faction of the Pakistani Taliban, the Baloch Liberation Army; the other side of a war
between two states in a transfer of territory; a crowd that confronted a force or held its men hostage fought it;
a strike on civilians' property falls on civilians; a mine a past war left was laid by unidentified military forces."""

from __future__ import annotations

import pytest

from helpers import main_actors
from sitrep.export.acled import acled_name
from sitrep.extract.context_cues import force_engaged
from sitrep.extract.context_filters import civilian_property_struck, war_remnant
from sitrep.extract.war_sides import enemy, parse_wars
from sitrep.lexicon.dictionaries import load_actors

_DISSIDENT = "Revolutionary Armed Forces of Colombia Dissident Faction"


def _names(text: str, published: str) -> set[str]:
    """ACLED's names of the actor1 and actor2 of the most confident event of ``text``."""
    ev, names = main_actors(text, published)
    return {acled_name({"id": a.key, "name": names[a.role]}) for a in ev.actors if a.role in names}


def test_a_farc_dissident_front_the_note_names_is_acleds_front_actor() -> None:
    actors = _names("On 4 March 2022, in the rural area of Suarez municipality (Cauca), members of the Jaime "
                            "Martinez Front ambushed a police patrol. Two officers were wounded.", "2022-03-04")
    assert f"FARC Dissident - Jaime Martinez: {_DISSIDENT} (Jaime Martinez)" in actors
    actors = _names("On 9 May 2022, in Puerto Guzman (Putumayo), soldiers clashed with members of the 48th "
                            "FARC dissident faction. One rebel was killed.", "2022-05-09")
    assert f"FARC Dissident - 48th Front: {_DISSIDENT} (48th Front - Pedro Martinez)" in actors


def test_dissidents_of_no_named_front_keep_the_dissident_name() -> None:
    actors = _names("On 9 May 2022, in Puerto Guzman (Putumayo), soldiers clashed with FARC dissidents. One "
                            "rebel was killed.", "2022-05-09")
    assert f"FARC Dissident: {_DISSIDENT}" in actors


def test_pakistani_groups_under_acleds_names() -> None:
    actors = _names("On 2 May 2022, soldiers exchanged fire with the TTP Gandapur faction in Kulachi tehsil "
                            "(Dera Ismail Khan district, KP). Two militants were killed.", "2022-05-02")
    assert "TTP-G: Tehreek-i-Taliban Pakistan-Gandapur" in actors
    actors = _names("On 6 May 2022, BLA militants attacked a checkpost in Turbat (Kech, Balochistan). Three "
                            "soldiers were killed.", "2022-05-06")
    assert "BLA: Baloch Liberation Army" in actors


def test_ground_retaken_in_a_war_between_states_was_lost_by_the_other_state() -> None:
    actors = _names("On 2 April 2022, Ukrainian forces retook Lukashivka, Chernihiv. No information on whether "
                    "fighting took place.", "2022-04-02")
    assert "Military Forces of Russia (2000-)" in actors
    # before the war, or where no war between states is known, no side is supplied
    assert enemy("UA", "UA", "2021-05-01") is None
    assert enemy("UA", "UA", "2022-05-01") == "RU"
    assert enemy("CO", "CO", "2022-05-01") is None


def test_state_wars_table_is_validated() -> None:
    assert parse_wars([{"sides": ["UA", "RU"], "from": "2022-02-24"}])[0][0] == frozenset({"UA", "RU"})
    for bad in ([{"sides": ["UA"], "from": "2022-02-24"}], [{"sides": ["UA", "RU"]}],
                [{"sides": ["UA", "RU"], "from": "24 Feb 2022"}], {"UA": "RU"}):
        with pytest.raises(ValueError):
            parse_wars(bad)


def test_a_crowd_that_confronted_a_force_or_held_its_men_hostage_engaged_it() -> None:
    assert force_engaged("Villagers confronted a large police force guarding the bulldozers.")
    assert force_engaged("Angry residents held two policemen hostage for several hours.")
    assert force_engaged("Three prison guards were held hostage by the inmates.")
    assert force_engaged("About 300 youths targeted police officers with stones.")
    assert not force_engaged("Protesters held a rally outside the police station.")
    assert not force_engaged("The army confronted the rebels in the hills.")
    _, actors = main_actors("On 3 May 2022, in Kisumu, residents confronted a police patrol that came to arrest a "
                            "suspect, pelting the officers with stones. [size=no report]", "2022-05-03")
    assert actors.get("actor2", "").startswith("Police Forces of Kenya")


def test_a_strike_on_civilians_property_has_civilians_as_its_target() -> None:
    assert civilian_property_struck("Warplanes struck a house in the north of the town.")
    assert civilian_property_struck("Artillery shelled a residential area of the city overnight.")
    assert civilian_property_struck("Militants carried out bomb attacks targeting commercial buildings.")
    assert not civilian_property_struck("Warplanes struck militant positions near the border.")
    assert not civilian_property_struck("Militants targeted an army vehicle with a roadside bomb.")
    _, actors = main_actors("On 4 June 2022, Syrian regime warplanes struck a house in Kafr Nabl (Maarrat An Numan, "
                            "Idleb). Casualties unknown.", "2022-06-04")
    assert actors.get("actor2", "").startswith("Civilians (Syria)")


def test_a_mine_a_past_war_left_was_laid_by_unidentified_military_forces() -> None:
    assert war_remnant("A shepherd was injured by a landmine laid during the 1980s war near the border.")
    assert war_remnant("Explosive remnants of war: a boy was killed by a shell left over from the civil war.")
    assert not war_remnant("Militants planted a mine on the road to the base.")
    actors = _names("Explosive remnants of war: On 5 May 2022, a farmer was wounded by a landmine from the Iran-Iraq "
                    "war in Penjwen district, Sulaymaniyah.", "2022-05-05")
    assert "Unidentified Military Forces" in actors
    actors = _names("On 4 May 2022, a farmer was killed when a rocket left over from the civil war exploded in "
                    "Kandal village (Bavel, Battambang).", "2022-05-04")
    assert "Unidentified Military Forces" not in actors


def test_named_groups_outside_africa_are_in_the_dictionary() -> None:
    actors = load_actors()
    for alias, key in [("Tulkarm Brigade", "katibat-tulkarm"), ("Jinen Tirejen Roje", "jinen-tirejen-roje"),
                       ("Wolverine Watchmen", "wolverine-watchmen"), ("Los Boshes", "los-boshes"),
                       ("TTP Gandapur", "ttp-gandapur"), ("Grupo Sombra", "grupo-sombra")]:
        assert [e.id for e in actors.lookup(alias)] == [key], alias


def test_a_governors_office_named_after_its_division_tells_the_country() -> None:
    actors = _names("Security measures: On 3 May 2022, Hakkari Governor's Office issued a ban on all marches and "
                    "sit-ins in the province for 15 days.", "2022-05-03")
    assert "Government of Turkey (2016-)" in actors


def test_a_group_named_in_apposition_is_the_group_of_the_phrase_before_it() -> None:
    # "members of a local militia, the X," : the name says which militia, and the arrest falls on it
    for text in ("On 8 October 2021, police arrested six members of a local militia, Boogaloo Bois, in Lansing "
                 "(Michigan).", "On 8 October 2021, the FBI arrested six members of a local militia, Wolverine "
                                "Watchmen, in Lansing (Michigan)."):
        actors = _names(text, "2021-10-08")
        # the FBI is ACLED's unit of the country's police (round 16)
        assert any(a.startswith("Police Forces of the United States (2021-2025)") for a in actors)
        assert not any(a.startswith("Unidentified") or a.startswith("Civilians") for a in actors)

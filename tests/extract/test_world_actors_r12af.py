"""Round 12 (actors of Africa and the Middle East): a militia the text calls communal names its place; a bracket
after armed men names them; a clan written before its people; Iraq's Popular Mobilization Forces as a unit of its
military; armed groups of Mali, Chad, the DRC, Kenya, Ethiopia and Iraq the dictionary knows."""

from __future__ import annotations

import pytest

from helpers import main_actors
from sitrep.nlp.matcher import default_matcher


def test_armed_men_a_bracket_calls_a_communal_militia_are_that_militia() -> None:
    _, names = main_actors("On 3 March 2022, four gunmen (believed to be Kordofan communal militia) attacked a village "
                           "near El Obeid, Sudan, and killed two farmers.", "2022-03-03")
    assert names["actor1"] == "Kordofan Communal Militia (Sudan)"
    assert names.get("actor2") == "Civilians (Sudan)"


def test_a_clan_before_its_people_names_the_clan_s_militia() -> None:
    _, names = main_actors("On 2 June 2022, Twic Dinka militia attacked a cattle camp in Warrap state, "
                           "South Sudan, killing two herders.", "2022-06-02")
    assert names["actor1"] == "Twic Clan Militia (South Sudan)"


def test_iraq_s_popular_mobilization_forces_are_a_unit_of_its_military() -> None:
    _, names = main_actors("On 5 May 2021, Islamic State militants attacked a Popular Mobilization Forces "
                           "checkpoint in Diyala province, Iraq, killing two fighters.", "2021-05-05")
    assert names["actor2"].startswith("Military Forces of Iraq")
    assert names["actor2"].endswith("Popular Mobilization Forces")


@pytest.mark.parametrize(("alias", "acled"), [
    ("FRPI", "FRPI: Front for Patriotic Resistance of Ituri"),
    ("Ganda Izo", "Ganda Izo"),
    ("CSP", "CSP: Permanent Strategic Framework"),
    ("UFDD", "UFDD: Union of Forces for Democracy and Development"),
    ("MDJT", "MDJT: Movement for Democracy and Justice in Chad"),
    ("Mombasa Republican Council", "MRC: Mombasa Republican Council"),
    ("Ginbot 7", "AGUDM: Patriotic Ginbot 7 for Unity and Democratic Movement"),
    ("YBS", "YBS: Sinjar Resistance Units"),
])
def test_armed_groups_of_africa_and_iraq_have_acled_s_names(alias: str, acled: str) -> None:
    entries = default_matcher().actors.lookup(alias)
    assert acled in {e.acled_name for e in entries}


def test_shepherds_and_hostages_are_civilians() -> None:
    _, names = main_actors("On 4 April 2022, soldiers fired at shepherds near Bayt Hanun, Gaza Strip.", "2022-04-04")
    assert names.get("actor2") == "Civilians (Palestine)"


def test_a_comma_after_the_bracket_keeps_the_men_its_agents() -> None:
    _, names = main_actors("On 8 May 2022, armed men (presumed Kordofan communal militia), attacked a village near "
                           "El Obeid, Sudan, and killed two farmers.", "2022-05-08")
    assert names["actor1"] == "Kordofan Communal Militia (Sudan)"


def test_a_group_a_text_spells_otherwise_takes_acled_s_name() -> None:
    _, names = main_actors("On 6 June 2022, Peul herders attacked farmers near Mopti, Mali, and killed three "
                           "villagers.", "2022-06-06")
    assert names["actor1"] == "Fulani Ethnic Militia (Mali)"


def test_people_from_a_place_the_text_places_itself_are_its_communal_militia() -> None:
    _, names = main_actors("On 9 May 2021, youths from Zabonga (Bawku West, Upper East) burnt down houses of "
                           "Fulani herders in Ghana.", "2021-05-09")
    assert names["actor1"] == "Zabonga Communal Militia (Ghana)"


def test_a_bracketed_aside_leaves_the_phrase_its_verb() -> None:
    from sitrep.extract.actor_roles import role
    text = "Soldiers (two platoons) attacked the village."
    assert role(text, 0, len("Soldiers"), 0) == "agent"


def test_property_a_demonym_owns_is_that_country_s_civilians() -> None:
    _, names = main_actors("On 3 June 2021, Israeli settlers set fire to 40 Palestinian-owned olive trees near "
                           "Nablus, West Bank.", "2021-06-03")
    assert names.get("actor2") == "Civilians (Palestine)"


def test_state_owned_property_names_no_civilians() -> None:
    from sitrep.extract.event_actors import _generic_family
    text = "Gunmen burned a state-owned depot."
    a = text.index("state-owned")
    assert _generic_family("civilians", text, a, a + len("state-owned"), "patient") is None


def test_a_bracket_a_few_words_after_armed_men_still_names_them() -> None:
    _, names = main_actors("On 2 May 2022, gunmen riding four motorbikes (assumed Kordofan communal militia) "
                           "attacked a village near El Obeid, Sudan, and killed two farmers.", "2022-05-02")
    assert names["actor1"] == "Kordofan Communal Militia (Sudan)"


@pytest.mark.parametrize(("text", "name"), [
    ("On 4 May 2021, LDU personnel beat a trader in Gulu town, Uganda.",
     "Local Defense Unit"),
    ("On 4 May 2021, the NSCDC arrested six suspects in Kano, Nigeria.",
     "NSCDC: Nigeria Security and Civil Defence Corps"),
    ("On 4 May 2021, Saudi border guards shot and killed two migrants in Jizan, Saudi Arabia.",
     "Border Guard"),
])
def test_state_units_of_africa_and_the_middle_east(text: str, name: str) -> None:
    _, names = main_actors(text, "2021-05-04")
    assert name in names["actor1"]


def test_a_headline_s_present_tense_makes_its_subject_the_agent() -> None:
    _, names = main_actors("Kenyan soldiers rape two women in Mandera, Kenya.", "2012-05-04")
    assert names["actor1"].startswith("Military Forces of Kenya")
    assert names["actor2"] == "Civilians (Kenya)"


@pytest.mark.parametrize(("iso2", "date", "period"), [
    ("ML", "2022-03-01", "2021-"), ("ML", "2019-03-01", "2013-2020"), ("CF", "2021-07-31", "2016-"),
    ("CF", "2013-06-01", "2013-2014"), ("IQ", "2021-01-01", "2020-2022"), ("CM", "2020-01-01", "1982-"),
])
def test_governments_of_africa_and_the_middle_east_have_their_periods(iso2: str, date: str, period: str) -> None:
    from sitrep.lexicon.countries import period as period_on
    assert period_on(iso2, date) == period


def test_the_first_of_two_subjects_of_one_verb_is_an_agent() -> None:
    from sitrep.extract.actor_roles import role
    text = "On 6 May 2021, the PMF and police forces shelled hideouts near Tikrit."
    a = text.index("PMF")
    assert role(text, a, a + 3, 0) == "agent"
    text = "Police arrested the PMF and police forces."
    a = text.index("PMF")
    assert role(text, a, a + 3, 0) == "patient"


def test_a_group_whose_chief_or_members_act_plays_their_part() -> None:
    from sitrep.extract.actor_roles import role
    text = "On 2 May 2022, the chief of the SNR in Ngozi town abducted a trader."
    a = text.index("SNR")
    assert role(text, a, a + 3, 0) != "patient"
    text = "Soldiers killed two members of the ADF near Beni."
    a = text.index("ADF")
    assert role(text, a, a + 3, 0) == "patient"


def test_unknown_tribal_or_clan_gunmen_are_an_unidentified_identity_militia() -> None:
    _, names = main_actors("On 4 March 2022, an unknown tribal gunman opened fire at a house in Ramadi, Iraq, "
                           "killing a civilian.", "2022-03-04")
    assert names["actor1"] == "Unidentified Tribal Militia (Iraq)"


def test_residents_of_a_town_who_riot_are_its_crowd_not_its_militia() -> None:
    _, names = main_actors("On 3 May 2021, dozens of residents of Kassala (Kassala state) burned tires on the main "
                           "road in Sudan to protest water cuts.", "2021-05-03")
    assert "Communal Militia" not in names["actor1"]


def test_who_is_among_a_crowd_in_a_bracket_does_not_make_it_the_agent() -> None:
    from sitrep.extract.actor_roles import role
    text = "Officers leading 70 people (including some gang members) kidnapped two men."
    a = text.index("people")
    assert role(text, a, a + len("people"), 0) != "agent"

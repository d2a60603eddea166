"""ACLED's worldwide actors, round 11 (Africa and the Middle East): a private military company and the army it
fights beside (the one named first is the primary actor), insurgents ACLED names by country and period, named
armed groups of Africa, Israel/Palestine and Turkey."""

from __future__ import annotations

import pytest

from helpers import dictionary_roles
from sitrep.extract.local_insurgents import local_insurgents, parse


def _roles(text: str, published: str = "2022-05-10") -> dict[str, list[str]]:
    return dictionary_roles(text, published)


def test_mercenaries_named_before_the_army_are_the_primary_actor() -> None:
    roles = _roles("On 9 June 2023, Wagner mercenaries and FAMa soldiers arrested eight persons including the village "
                   "chief in Nara (Nara, Koulikoro).", "2023-06-09")
    assert roles["actor1"] == ["Wagner Group"]
    assert [n.split(" (")[0] for n in roles["assoc_actor_1"]] == ["Military Forces of Mali"]


def test_the_army_named_before_the_mercenaries_stays_primary_as_the_side_hit() -> None:
    roles = _roles("On 27 February 2023, CPC fighters clashed with FACA and Wagner mercenaries near Gallo (Baboua, "
                   "Nana-Mambere).", "2023-02-27")
    assert roles["actor1"] == ["CPC: Coalition of Patriots for Change"]
    assert [n.split(" (")[0] for n in roles["actor2"]] == ["Military Forces of the Central African Republic"]
    assert "Wagner Group" in roles["assoc_actor_2"]


def test_cabo_delgado_s_islamist_militants_before_2022_are_acled_s_islamist_militia() -> None:
    roles = _roles("On 1 May 2020, suspected Islamic militants attacked Natugo village (Quissanga, Cabo Delgado) and "
                   "killed 14 villagers.", "2020-05-01")
    assert roles["actor1"] == ["Islamist Militia (Mozambique)"]
    assert roles["actor2"] == ["Civilians (Mozambique)"]


def test_local_insurgents_keep_to_their_country_and_years() -> None:
    text = "Islamic militants attacked the village."
    a, b = text.index("militants"), text.index("militants") + len("militants")
    assert local_insurgents(text, a, b, "MZ", "2020-05-01") is not None
    assert local_insurgents(text, a, b, "MZ", "2023-05-01") is None  # the Islamic State's province by then
    assert local_insurgents(text, a, b, "KE", "2020-05-01") is None


def test_the_local_insurgents_table_is_validated() -> None:
    with pytest.raises(ValueError, match="unknown country"):
        parse("insurgents:\n  - {country: XX, from: '2017', name: N, words: w}\n")
    with pytest.raises(ValueError, match="bad date"):
        parse("insurgents:\n  - {country: MZ, from: 'soon', name: N, words: w}\n")
    with pytest.raises(ValueError, match="required"):
        parse("insurgents:\n  - {country: MZ, name: N, words: w}\n")


@pytest.mark.parametrize(("text", "published", "actor"), [
    ("On 5 May 2020, Israeli settlers shot and wounded a Palestinian farmer near Sawiyah (Nablus, "
     "West Bank).", "2020-05-05", "Settlers (Israel)"),
    ("On 1 December 2023, AAMB militants threw an explosive device at Israeli army vehicles in Al Yamun town (Jenin, "
     "West Bank).", "2023-12-01", "Al Aqsa Martyrs Brigade"),
    ("On 23 February 2022, OLF Shane rebels clashed with ENDF soldiers in Leka Dulecha woreda (East Wollega, "
     "Oromia).", "2022-02-23", "OLF: Oromo Liberation Front (Shane Splinter Faction)"),
    ("On 5 May 2020, the Patriotic and Integrationist Force of Congo (FPIC) clashed with FARDC at a military camp in "
     "Marabo (Irumu, Ituri).", "2020-05-05", "FPIC: Patriotic and Integrationist Force of Congo"),
])
def test_named_armed_groups_take_acled_s_names(text: str, published: str, actor: str) -> None:
    roles = _roles(text, published)
    assert actor in roles.get("actor1", []) + roles.get("actor2", [])


def test_south_sudan_s_unknown_cattle_raiders_are_an_unidentified_communal_militia() -> None:
    roles = _roles("On 6 May 2020, unknown raiders attacked a cattle camp near Wanglei in Kongor payam (Jonglei "
                   "state), killing 1 pastoralist.", "2020-05-06")
    assert roles["actor1"] == ["Unidentified Communal Militia (South Sudan)"]


def test_a_people_s_cattle_raiders_are_its_ethnic_militia() -> None:
    roles = _roles("On 7 February 2022, suspected Murle cattle raiders attacked a cattle camp in Uror county (Jonglei "
                   "state), killing two herders.", "2022-02-07")
    assert roles["actor1"] == ["Murle Ethnic Militia (South Sudan)"]


@pytest.mark.parametrize(("text", "actor"), [
    ("On 19 January 2022, ten armed Acholi attacked Madi farmers in Ngoro village (Adjumani, Northern), killing two "
     "farmers.", "Acholi Ethnic Militia (Uganda)"),
    ("On 3 March 2021, a Nkonya militia killed a farmer at Alavanyo-Kpeme (Hohoe, Volta).",
     "Nkonya Ethnic Militia (Ghana)"),
])
def test_more_peoples_armed_men_are_their_ethnic_militias(text: str, actor: str) -> None:
    assert _roles(text, "2022-01-19")["actor1"] == [actor]


def test_the_hands_of_an_army_are_its_deeds() -> None:
    roles = _roles("On 4 April 2015, villagers reported torture and rape at the hands of Ethiopian soldiers in Ambo "
                   "(West Shewa, Oromia).", "2015-04-04")
    assert [n.split(" (")[0] for n in roles["actor1"]] == ["Military Forces of Ethiopia"]


def test_clan_militias_no_one_names_are_acled_s_unidentified_clan_militias() -> None:
    roles = _roles("On 23 March 2022, two unspecified clan militias clashed in El Birma area in Aroma (Reifi Aroma "
                   "locality, Kassala state). Two people were killed.", "2022-03-23")
    assert roles["actor1"] == ["Unidentified Clan Militia (Sudan)"]
    assert roles["actor2"] == ["Unidentified Clan Militia (Sudan)"]


def test_private_security_guards_are_acled_s_private_security_forces() -> None:
    roles = _roles("On 28 April 2020, private security guards assigned to the House of Representatives beat up a "
                   "contractor in Monrovia city (Greater Monrovia, Montserrado).", "2020-04-28")
    assert roles["actor1"] == ["Private Security Forces (Liberia)"]
    assert roles["actor2"] == ["Civilians (Liberia)"]


def test_the_word_return_names_no_armed_group() -> None:
    roles = _roles("On 28 April 2020, Dan Na Ambassagou abducted nine people on their return home near Amba "
                   "(Bandiagara, Mopti).", "2020-04-28")
    assert not any(n.startswith("3R") for names in roles.values() for n in names)


def test_cabo_delgado_s_insurgents_are_the_group_a_report_names() -> None:
    roles = _roles("On 12 June 2020, Islamic State insurgents attacked Macomia (Macomia, Cabo Delgado), burning "
                   "houses and killing 5 civilians.", "2020-06-12")
    assert "Islamist Militia (Mozambique)" not in roles.get("actor1", [])

"""Western and Middle Africa, round 28 (invented sentences and village names): a village's people who act in their
village are its communal militia; a state's force that arrests or robs an allied force's men acts on them."""

from __future__ import annotations

from helpers import dictionary_roles


def _sides(text: str, published: str) -> list[str]:
    roles = dictionary_roles(text, published)
    return sorted(roles.get("actor1", []) + roles.get("actor2", []))


def test_farmers_who_kill_in_their_village_are_its_communal_militia() -> None:
    roles = dictionary_roles("On 2 March 2021, farmers killed a herder and his cattle in the village of Tandokro "
                             "(Nikki, Borgou).", "2021-03-02")
    assert roles["actor1"] == ["Tandokro Communal Militia (Benin)"]


def test_youths_who_abduct_in_a_village_near_a_town_are_its_communal_militia() -> None:
    roles = dictionary_roles("On 6 May 2021, youths abducted a local official in Gbessakro, near Savalou (Savalou, "
                             "Collines).", "2021-05-06")
    assert roles["actor1"] == ["Gbessakro Communal Militia (Benin)"]


def test_two_families_who_clash_in_a_village_are_its_militia_on_both_sides() -> None:
    sides = _sides("On 9 June 2020, two families fought with machetes over a field in Wonsakro village (Nikki, "
                   "Borgou), leaving three wounded.", "2020-06-09")
    assert sides and all(n == "Wonsakro Communal Militia (Benin)" for n in sides)


def test_armed_farmers_are_no_village_militia() -> None:
    sides = _sides("On 2 March 2021, armed farmers raided some herders in Tandokro village (Nikki, Borgou).",
                   "2021-03-02")
    assert not any("Communal Militia" in n for n in sides)


def test_farmers_in_the_area_of_a_town_name_no_village() -> None:
    sides = _sides("On 2 March 2021, farmers killed a herder in the area of Nikki (Nikki, Borgou).", "2021-03-02")
    assert "Nikki Communal Militia (Benin)" not in sides


def test_an_allied_force_arrested_is_the_other_side() -> None:
    roles = dictionary_roles("On 3 March 2023, Wagner mercenaries arrested a FACA lieutenant at a camp in Bouar "
                             "(Bouar, Nana-Mambere).", "2023-03-03")
    assert roles["actor1"] == ["Wagner Group"]
    assert roles["actor2"] == ["Military Forces of the Central African Republic (2016-)"]


def test_police_who_arrest_soldiers_face_them() -> None:
    roles = dictionary_roles("On 4 April 2022, police arrested two soldiers accused of theft in Bouar (Bouar, "
                             "Nana-Mambere).", "2022-04-04")
    assert roles["actor2"] == ["Military Forces of the Central African Republic (2016-)"]


def test_allies_who_patrol_together_stay_one_side() -> None:
    roles = dictionary_roles("On 27 February 2023, FACA troops on patrol with Wagner men struck a mine near "
                             "Bouar (Bouar, Nana-Mambere). One soldier was killed.", "2023-02-27")
    assert "Wagner Group" not in roles.get("actor2", [])


def test_the_mnla_named_is_the_mnla_not_its_coalition() -> None:
    roles = dictionary_roles("On 2 May 2023, FAMa soldiers arrested five MNLA (CMA) fighters near Anefis (Tin-Essako, "
                             "Kidal).", "2023-05-02")
    assert roles["actor2"] == ["MNLA: National Movement for the Liberation of Azawad"]
    roles = dictionary_roles("On 2 May 2023, CMA fighters clashed with the army near Anefis (Tin-Essako, Kidal).",
                             "2023-05-02")
    assert roles["actor1"] == ["CMA: Coordination of Movements of the Azawad"]


def test_ghana_groups_acled_names_apart() -> None:
    roles = dictionary_roles("On 4 June 2020, members of the Invisible Forces attacked a reporter in Tamale (Tamale, "
                             "Northern).", "2020-06-04")
    assert roles["actor1"] == ["Invisible Forces Militia"]
    roles = dictionary_roles("On 4 June 2020, galamsey miners attacked a forest guard in Obuasi (Obuasi, Ashanti).",
                             "2020-06-04")
    assert roles["actor1"] == ["Galamseyers"]


def test_raia_mutomboki_spelt_raiya() -> None:
    roles = dictionary_roles("On 4 June 2020, Raiya Mutomboki militiamen looted houses in Shabunda (Shabunda, "
                             "Sud-Kivu).", "2020-06-04")
    assert roles["actor1"] == ["Mayi Mayi Militia (Raia Mutomboki)"]


def test_vdp_in_acleds_spelling() -> None:
    roles = dictionary_roles("On 4 June 2022, VDP members clashed with JNIM militants in Djibo (Djibo, Soum).",
                             "2022-06-04")
    assert "VDP: Volunteer for Defense of Homeland" in roles["actor1"] + roles.get("actor2", [])


def test_either_group_takes_acleds_order_of_the_pair() -> None:
    roles = dictionary_roles("On 9 August 2022, presumed IS Sahel or JNIM militants killed two herders near Karimama "
                             "(Karimama, Alibori).", "2022-08-09")
    assert roles["actor1"] == ["JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"]


def test_dozo_hunters_are_a_communal_militia() -> None:
    roles = dictionary_roles("On 25 January 2023, JNIM militants clashed with Dozo militiamen near Niono (Niono, "
                             "Segou).", "2023-01-25")
    assert "Dozo Communal Militia (Mali)" in roles["actor1"] + roles["actor2"]


def test_villages_of_cameroons_conflict_areas_place_the_event() -> None:
    roles = dictionary_roles("On 25 October 2019, troops shot dead two residents in Bamali.", "2019-10-25")
    assert roles["actor1"] == ["Military Forces of Cameroon (1982-)"]
    roles = dictionary_roles("On 1 March 2016, Boko Haram militants attacked soldiers in Keraoua.", "2016-03-01")
    assert roles["actor2"] == ["Military Forces of Cameroon (1982-)"]


def test_an_unnamed_mayi_mayi_group_takes_acleds_name() -> None:
    roles = dictionary_roles("On 5 May 2022, Mai-Mai militiamen clashed with FARDC soldiers near Kibirizi (Rutshuru, "
                             "Nord-Kivu).", "2022-05-05")
    assert "Mayi Mayi Militia" in roles["actor1"] + roles.get("actor2", [])

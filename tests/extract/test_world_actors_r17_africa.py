"""ACLED's actors in Africa, round 17 (issue 16): the sides of a fight between two peoples; Ambazonian fighters,
Burkina Faso's Koglweogo, Kenya's Mungiki and the DRC's NDC-R under ACLED's names."""

from __future__ import annotations

import pytest

from helpers import acled_actors


def _roles(text: str, published: str) -> dict[str, str]:
    return acled_actors(text, published)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On 3 June 2019, armed clashes broke out in Dikhil (Dikhil) between Afar and Issa groups. One person was injured.",
     "Afar Ethnic Militia (Djibouti)", "Issa Clan Militia (Djibouti)"),
    ("On 4 May 2021, the Konkomba and Bimoba fought each other over a land dispute in Tamale (Tamale, Northern), "
     "Ghana.", "Konkomba Ethnic Militia (Ghana)", "Bimoba Ethnic Militia (Ghana)"),
    ("On 9 April 2021, clashes between Fulani herders and Konkombas were reported at Yendi (Yendi, Northern), Ghana. "
     "One person was injured.", "Fulani Ethnic Militia (Ghana)", "Konkomba Ethnic Militia (Ghana)"),
])
def test_two_peoples_set_against_each_other_are_their_ethnic_militias(text: str, actor1: str, actor2: str) -> None:
    roles = _roles(text, "2021-04-09")
    assert roles == {"actor1": actor1, "actor2": actor2}


@pytest.mark.parametrize(("text", "published", "actor1"), [
    ("On 5 March 2021, Ambazonian fighters attacked a gendarmerie post in Bali (Mezam, North-West), killing two "
     "gendarmes.", "2021-03-05", "Ambazonian Separatists (Cameroon)"),
    ("On 12 May 2021, Koglweogo militiamen abducted two herders in Kaya (Sanmatenga, Centre-Nord).", "2021-05-12",
     "Koglweogo Militia"),
    ("On 3 June 2008, Mungiki members killed two people in Karatina (Nyeri), Kenya.", "2008-06-03", "Mungiki Militia"),
    ("On 2 March 2007, SLDF gunmen shot dead a village elder near Kopsiro (Bungoma), Kenya.", "2007-03-02",
     "SLDF: Sabaot Land Defence Force"),
    ("On 8 October 2016, EPPF rebels attacked an army camp near Metema, Ethiopia.", "2016-10-08",
     "EPPF: Ethiopian Peoples Patriotic Front"),
    ("On 8 October 2003, fighters of the Afar Revolutionary Democratic Unity Front ambushed a convoy near Awash, "
     "Ethiopia.", "2003-10-08", "ARDUF: Afar Revolutionary Democratic Unity Front"),
])
def test_more_named_armed_groups_of_africa_under_acled_s_names(text: str, published: str, actor1: str) -> None:
    assert _roles(text, published)["actor1"] == actor1


def test_a_dinka_section_fighting_its_own_is_acled_s_clan_dinka_militia() -> None:
    roles = _roles("Around 3 May 2021, three people were killed in revenge killings between rival Agar Dinka sections "
                   "near Rumbek (Lakes state).", "2021-05-03")
    assert roles["actor1"] == "Agar Clan Dinka Ethnic Militia (South Sudan)"


def test_nduma_defence_of_congo_renove_by_its_acronym() -> None:
    roles = _roles("On 4 March 2021, NDC-R/Guidon fighters clashed with Mai-Mai militiamen near Pinga (Walikale, "
                   "Nord-Kivu). Two were killed.", "2021-03-04")
    assert roles["actor1"] == "NDC-R: Nduma Defence of Congo-Renove"

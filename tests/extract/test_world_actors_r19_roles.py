"""Round 19 (issue 16, actors' roles in every country): a state force's own unit named first, or introduced by a
generic word ("police SNR"), is the primary actor; victims of a stated foreign nationality are actor2 before the
event country's civilians a generic word named; the presidential guards of the Central African Republic and
Djibouti are their armed forces' Presidential Security Unit. Invented sentences."""

from __future__ import annotations

import pytest

from helpers import acled_actors
from sitrep.extract.event_actors import Occurrence
from sitrep.extract.event_victims import foreign_victims
from sitrep.extract.unit_sides import drop_unit_words, is_unit_of


def _roles(text: str, published: str = "2022-03-04") -> dict[str, str]:
    return acled_actors(text, published)


@pytest.mark.parametrize(("text", "role", "name"), [
    ("On 2 March 2022, police SNR beat and killed a shopkeeper in Kinama (Ntahangwa, Bujumbura Mairie).",
     "actor1", "Police Forces of Burundi (2005-) National Intelligence Service"),
    ("On 2 March 2022, a military CAFGU auxiliary was shot dead by suspected NPA rebels in Barangay Libertad, "
     "Butuan City (Agusan del Norte, Caraga).",
     "actor2", "Military Forces of the Philippines (2016-2022) Citizen Armed Force Geographical Unit"),
    ("On 2 March 2022, the Cameroonian army's rapid intervention battalion set up a new base in Tolkomari village "
     "(Mayo-Sava, Extreme-Nord).", "actor1", "Military Forces of Cameroon (1982-) Rapid Intervention Battalion"),
    ("On 2 March 2022, two Bomb Disposal Squad personnel were hurt by a blast while defusing a bomb in Pen village "
     "(Raigad, Maharashtra). The bomb had been found by the local police station last year.",
     "actor1", "Police Forces of India (2014-) Bomb Disposal Squad"),
])
def test_a_unit_named_first_or_introduced_by_a_generic_word_is_the_actor(text: str, role: str, name: str) -> None:
    assert _roles(text)[role] == name


def test_a_force_named_before_its_unit_stays_the_actor() -> None:
    text = ("On 2 March 2022, police and a CRPF team recovered and defused two cane bombs from a cave near Bhabua "
            "(Kaimur, Bihar), suspected to be planted by Maoists.")
    assert _roles(text)["actor1"] == "Police Forces of India (2014-)"


@pytest.mark.parametrize(("text", "actor2"), [
    ("On 2 March 2022, bandits raided a refugee camp near Lodwar (Turkana), demanding money from refugees. Two "
     "Ethiopian refugees were killed.", "Civilians (Ethiopia)"),
    ("On 2 March 2022, Saudi border guards fired at a civilian car in Samtah (Jizan), killing three Yemeni "
     "nationals.", "Civilians (Yemen)"),
])
def test_victims_of_a_foreign_nationality_are_actor2(text: str, actor2: str) -> None:
    assert _roles(text)["actor2"] == actor2


@pytest.mark.parametrize(("text", "published", "name"), [
    ("On 2 March 2022, the presidential guard abducted three traders in Bossangoa (Bossangoa, Ouham).", "2022-03-02",
     "Military Forces of the Central African Republic (2016-) Presidential Security Unit"),
    ("On 2 March 2019, FRUD rebels attacked a post near Obock (Obock), wounding two presidential guards.",
     "2019-03-02", "Military Forces of Djibouti (1999-) Presidential Security Unit"),
])
def test_a_presidential_guard_is_the_presidential_security_unit(text: str, published: str, name: str) -> None:
    assert name in _roles(text, published).values()


def _occ(start: int, end: int, key: str, family: str = "police") -> Occurrence:
    return Occurrence(start, end, key, family, "agent")


def test_drop_unit_words_keeps_a_force_named_apart() -> None:
    force, unit = "acled:police-xx-2010-", "acled:police-xx-2010--special-unit"
    assert is_unit_of(_occ(0, 1, unit), _occ(0, 1, force))
    assert not is_unit_of(_occ(0, 1, force), _occ(0, 1, unit))
    text = "police SU men and police and SU men"
    occs = [_occ(0, 6, force), _occ(7, 9, unit), _occ(18, 24, force), _occ(29, 31, unit)]
    assert drop_unit_words(occs, text) == occs[1:]


def test_foreign_victims_swaps_only_the_event_countrys_civilians() -> None:
    roles = [("g", "actor1", "unidentified"), ("acled:civilians-ke", "actor2", "civilians"),
             ("acled:civilians-so", "assoc_actor_2", "civilians")]
    assert foreign_victims(roles, "KE") == [("g", "actor1", "unidentified"),
                                            ("acled:civilians-so", "actor2", "civilians"),
                                            ("acled:civilians-ke", "assoc_actor_2", "civilians")]
    assert foreign_victims(roles, "SO") == roles
    assert foreign_victims(roles[:2], "KE") == roles[:2]


def test_a_police_station_one_is_taken_to_is_no_actor() -> None:
    text = ("On 2 March 2022, Papua New Guinea soldiers broke into a house in Honiara (Guadalcanal), beat a man "
            "and took him to Rove police station.")
    assert _roles(text) == {"actor1": "Military Forces of Papua New Guinea", "actor2": "Civilians (Solomon Islands)"}


def test_private_military_contractors_are_no_states_military() -> None:
    text = "Movement of forces: On 2 March 2022, about 300 private military contractors arrived in Bangui (Bangui)."
    assert "Military Forces" not in " ".join(_roles(text).values())


def test_mexicos_state_investigative_police_is_its_state_police() -> None:
    text = "On 2 March 2022, near Guadalupe y Calvo, Chihuahua, state investigative police destroyed a poppy field."
    assert _roles(text)["actor1"] == "Police Forces of Mexico (2018-2024) State Police"


def test_a_police_station_attacked_is_the_polices() -> None:
    text = ("On 2 March 2022, in Ponce, two men on a motorcycle opened fire at the police station in the Playa "
            "neighbourhood. An officer returned fire. No fatalities reported.")
    assert _roles(text)["actor2"].startswith("Police Forces of Puerto Rico")


def test_unidentified_gunmen_of_a_people_are_an_unidentified_armed_group() -> None:
    text = ("On 2 March 2022, an unidentified Palestinian armed group opened fire towards Israeli forces during a raid "
            "in Tubas (Tubas, West Bank). Casualties unknown.")
    assert _roles(text)["actor1"] == "Unidentified Armed Group (Palestine)"


def test_urban_management_officers_are_the_police() -> None:
    text = "On 2 March 2022, a fruit seller was beaten by four urban management officers in Zhangshu (Yichun, Jiangxi)."
    assert _roles(text)["actor1"] == "Police Forces of China (2012-)"


@pytest.mark.parametrize(("text", "actor2"), [
    ("On 2 March 2022, soldiers clashed with armed drug traffickers near Ban Pa Kluai, Mae Sai district of Chiang "
     "Rai, Thailand. One suspect was injured.", "Unidentified Armed Group (Thailand)"),
    ("On 2 March 2022, in Navolato, Sinaloa, police clashed with drug traffickers. One suspect was injured.",
     "Unidentified Gang (Mexico)"),
])
def test_acled_codes_unidentified_gangs_in_the_americas_only(text: str, actor2: str) -> None:
    assert actor2 in _roles(text).values()


def test_a_republican_guard_is_its_countrys_military() -> None:
    text = "On 2 March 2019, the Republican Guard opened fire at the port of Djibouti City, wounding three dockers."
    assert _roles(text, "2019-03-02")["actor1"] == "Military Forces of Djibouti (1999-)"

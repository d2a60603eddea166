"""Round 17 (actors absent from the coded event): a country's forces named by its demonym are its military; the
people an explosion hurt are its civilians; a force that acted on a violent demonstration is its actor2; people
harmed while held are the police's victims; looters named again unnamed are no victims of their own looting."""

from __future__ import annotations

import pytest

from helpers import main_actors
from sitrep.export.acled import acled_name


def _roles(text: str, published: str = "2021-03-04") -> dict[str, str]:
    """ACLED's names of actor1 and actor2 of the most confident event of ``text``."""
    ev, names = main_actors(text, published)
    return {a.role: acled_name({"id": a.key, "name": names[a.role]}) for a in ev.actors if a.role in names}


def test_a_demonyms_forces_are_that_states_military() -> None:
    roles = _roles("On 4 March 2021, Eritrean forces shelled Zalambessa (Tigray).")
    assert roles["actor1"].startswith("Military Forces of Eritrea")


@pytest.mark.parametrize("text", [
    "On 4 March 2021, Ukrainian separatist forces shelled Avdiivka (Donetsk).",
    "On 4 March 2021, Gaddafi forces shelled the centre of Zlitan (Misrata).",
])
def test_forces_no_demonym_stands_right_before_are_no_states(text: str) -> None:
    assert not _roles(text).get("actor1", "").startswith("Military Forces")


@pytest.mark.parametrize("text", [
    "On 4 March 2021, an unidentified group detonated a bomb in a village of Rolpa district (Karnali). Four persons "
    "were killed in the incident.",
    "On 4 March 2021, suspected Boko Haram gunmen launched rockets at two trucks near Dabanga (Logone-Et-Chari, "
    "Extreme-Nord), injuring at least one.",
    "Grenade attack blamed on Al Shabaab in Mandera injures three",
])
def test_people_an_explosion_hurt_are_its_civilians(text: str) -> None:
    assert _roles(text)["actor2"].startswith("Civilians")


def test_soldiers_an_explosion_hurt_are_no_civilians() -> None:
    roles = _roles("On 4 March 2021, an IED hit an army patrol near Tral (Pulwama, Jammu and Kashmir), injuring two "
                   "soldiers.")
    assert not roles.get("actor2", "").startswith("Civilians")


def test_a_force_that_dispersed_a_violent_demonstration_is_its_actor2() -> None:
    roles = _roles("On 4 March 2021, in Temuco (Araucania), a group of neighbours set fire to barricades across the "
                   "avenue. The reasons for the demonstration were not given. Police officers dispersed the group.")
    assert roles["actor1"] == "Rioters (Chile)"
    assert roles["actor2"].startswith("Police Forces of Chile")


def test_a_police_station_is_no_force_that_acted() -> None:
    roles = _roles("On 4 March 2021, youths blocked a road in Parakou (Borgou) to protest against the arrest of a "
                   "local chief. Tires were burnt and a police station was set on fire.")
    assert roles["actor1"] == "Rioters (Benin)"
    assert "actor2" not in roles


@pytest.mark.parametrize("text", [
    "On 4 March 2021, a woman prisoner was raped and beaten in her cell in Nakuru (Nakuru).",
    "On 4 March 2021, a journalist was arrested and beaten in Djibouti City (Djibouti).",
])
def test_people_harmed_while_held_are_the_polices_victims(text: str) -> None:
    roles = _roles(text)
    assert roles["actor1"].startswith("Police Forces of")
    assert roles["actor2"].startswith("Civilians")


def test_suspects_arrested_after_an_attack_make_no_police_attacker() -> None:
    roles = _roles("On 4 March 2021, a man was stabbed and beaten in Lagos (Lagos). The suspects were arrested.")
    assert not roles["actor1"].startswith("Police Forces")


def test_looters_named_again_unnamed_are_no_victims() -> None:
    roles = _roles("Property destruction: On 10 June 2022, Zamfara militiamen on motorcycles set houses and shops "
                   "ablaze in Garkar Hakimi village (Bukkuyum, Zamfara). The assailants also rustled goats.",
                   "2022-06-10")
    assert roles["actor1"] == "Zamfara Communal Militia (Nigeria)"
    assert roles["actor2"] == "Civilians (Nigeria)"


def test_a_force_a_mob_fought_in_a_later_sentence_is_its_actor2() -> None:
    roles = _roles("On 9 May 2021, about 200 people gathered in Eldoret (Uasin Gishu) after a mugging. Officers who "
                   "came to investigate were attacked with stones. Riot police reinforcements responded with tear "
                   "gas. [size=about 200]", "2021-05-09")
    assert roles["actor1"] == "Rioters (Kenya)"
    assert roles["actor2"].startswith("Police Forces of Kenya")


def test_another_countrys_force_a_mob_fought_keeps_its_country() -> None:
    roles = _roles("On 15 April 2022, Palestinian youths clashed with Israeli military forces in Abu Dis (Al Quds, "
                   "West Bank). Soldiers fired live bullets and injured a young man. [size=no report]", "2022-04-15")
    assert roles["actor2"].startswith("Military Forces of Israel")


@pytest.mark.parametrize(("text", "civilians"), [
    ("Displacement: On 30 November 2023, 300 farmers were displaced due to clashes between the Gulf Clan and FARC "
     "dissidents in rural Segovia (Antioquia).", "Civilians (Colombia)"),
    ("Displacement: On 5 March 2022, more than 2,000 Ukrainian refugees arrived in Przemysl (Podkarpackie).",
     "Civilians (Ukraine)"),
])
def test_a_displacements_only_actor_is_the_people_displaced(text: str, civilians: str) -> None:
    assert _roles(text, "2023-11-30") == {"actor1": civilians}


def test_an_elections_only_actor_is_the_government() -> None:
    roles = _roles("Elections/referendum: On 12 June 2022, Portugal held legislative elections [coded to Lisbon]. The "
                   "Socialist Party won 120 seats.", "2022-06-12")
    assert roles == {"actor1": "Government of Portugal"}


@pytest.mark.parametrize(("text", "actor"), [
    ("Movement of forces: On 1 December 2023, RSF deployed troops in Hattab (Sharg An Neel, Khartoum), in "
     "preparation for an attack on an SAF base there.", "RSF: Rapid Support Forces"),
    ("Movement of forces: On 1 December 2023, residents of Boiffo (Malanville, Alibori) reported movements of armed "
     "men near the village.", "Unidentified Armed Group (Benin)"),
    ("Detonation: On 1 December 2023, a grenade exploded in a flour mill in Genda Wuha (Amhara), causing a fire that "
     "destroyed the mill.", "Unidentified Armed Group (Ethiopia)"),
])
def test_a_movement_of_forces_or_detonation_has_one_side(text: str, actor: str) -> None:
    assert _roles(text, "2023-12-01") == {"actor1": actor}

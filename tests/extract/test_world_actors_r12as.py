"""Round 12 (actors of South Asia, the Americas, Asia and Europe): a violent demonstration's state force is one that
fought or acted on the crowd; a mob's victims, not the police who came afterwards; the Donbas republics' "people's
militias"; generic actors placed through a district the text writes."""

from __future__ import annotations

from pathlib import Path

from helpers import main_actors, stored_actor_names
from sitrep.extract.crowd_actors import demonstration_roles
from sitrep.extract.event_actors import generic_entity
from sitrep.records import EntityRef


def _demo(sub: str, acted: bool, engaged: bool = False) -> list[tuple[str, str]]:
    police = generic_entity("police", "BR", "2022-05-01")
    refs: dict[str, EntityRef] = {police.key: police}
    roles = [(police.key, "actor2", "police")]
    out = demonstration_roles("Riots", sub, roles, "BR", "2022-05-01", refs, force_engaged=engaged, force_acted=acted)
    return [(refs[k].name, r) for k, r, _ in out]


def test_a_violent_demonstration_has_the_state_force_only_when_it_acted_on_the_crowd() -> None:
    assert _demo("Violent demonstration", acted=False) == [("Rioters (Brazil)", "actor1")]
    assert [r for _, r in _demo("Violent demonstration", acted=True)] == ["actor1", "actor2"]


def test_a_mob_that_did_not_fight_the_police_has_its_victims_as_actor2() -> None:
    police = generic_entity("police", "MX", "2022-03-14")
    victims = generic_entity("civilians", "MX", "2022-03-14")
    refs: dict[str, EntityRef] = {police.key: police, victims.key: victims}
    roles = [(police.key, "actor2", "police"), (victims.key, "assoc_actor_2", "civilians")]
    out = demonstration_roles("Riots", "Mob violence", roles, "MX", "2022-03-14", refs, force_engaged=False)
    assert [(refs[k].name, r) for k, r, _ in out][1] == ("Civilians (Mexico)", "actor2")


def test_the_police_blamed_by_rioters_are_not_their_opponent() -> None:
    text = ("On 3 March 2022, in Campinas (Sao Paulo), residents blocked an avenue and burned tyres to protest the "
            "death of a boy shot by the military police last week.")
    _, names = main_actors(text, "2022-03-03")
    assert names == {"actor1": "Rioters (Brazil)"}


def test_police_who_dispersed_or_clashed_with_rioters_stay_their_opponent() -> None:
    text = ("On 3 March 2022, in Arequipa (Arequipa), farmers burned tyres and blocked the highway to demand lower "
            "fertilizer prices. The police dispersed them with tear gas.")
    _, names = main_actors(text, "2022-03-03")
    assert names["actor2"].startswith("Police Forces of Peru")
    text = ("On 3 March 2022, a clash broke out between the demonstrating traders and the police in Janakpur "
            "(Dhanusha district) as the traders burned tyres against a new tax.")
    _, names = main_actors(text, "2022-03-03")
    assert names.get("actor2", "").startswith("Police Forces of Nepal")


def test_the_donbas_peoples_militias_are_acleds_naf() -> None:
    text = "On 5 March 2022, Ukrainian forces fired mortars at positions of the Luhansk People's Militia near Zolote."
    _, names = main_actors(text, "2022-03-05")
    assert names["actor2"] == "Donetsk and Luhansk People's Republic forces"  # ACLED's NAF


def test_actors_take_the_country_of_a_district_the_text_writes(tmp_path: Path) -> None:
    # the town is unknown to the gazetteer; the event is placed in the province of the district the text writes
    text = "On 5 June 2022, locals staged a sit-in at Qwertipur bazaar (Tanahu district) demanding fertilizers."
    assert stored_actor_names(tmp_path / "kb.db", text, "2022-06-05") == ["Protesters (Nepal)"]


def test_rioters_who_assaulted_a_journalist_have_civilians_as_actor2() -> None:
    text = ("On 3 March 2022, in Rosario (Santa Fe), dockers demonstrated against layoffs, blocked the port with "
            "burning tyres and assaulted a journalist who filmed the march.")
    _, names = main_actors(text, "2022-03-03")
    assert names == {"actor1": "Rioters (Argentina)", "actor2": "Civilians (Argentina)"}


def test_drug_traffickers_are_an_unidentified_gang() -> None:
    text = "On 3 March 2022, in Londrina (Parana), rival drug trafficking groups exchanged fire in a neighborhood."
    _, names = main_actors(text, "2022-03-03")
    assert names == {"actor1": "Unidentified Gang (Brazil)", "actor2": "Unidentified Gang (Brazil)"}
    text = "On 3 March 2022, in Londrina (Parana), Red Command drug traffickers shot at a rival's house."
    _, names = main_actors(text, "2022-03-03")
    assert names["actor1"] == "Comando Vermelho"  # ACLED: CV: Red Command


def test_insurgents_of_india_and_papua_by_name() -> None:
    text = "On 3 March 2022, an armed clash broke out between the TPNPB and Indonesian soldiers in Intan Jaya regency."
    _, names = main_actors(text, "2022-03-03")
    assert names["actor1"] == "West Papua National Liberation Army"
    text = "On 3 March 2022, Assam Rifles recovered weapons belonging to the NSCN-KYA in Tirap district."
    _, names = main_actors(text, "2022-03-03", roles=None)
    assert "National Socialist Council of Nagaland-Khaplang-Yung Aung" in names.values()


def test_an_armed_clash_whose_sides_no_one_names_is_between_unidentified_armed_groups() -> None:
    text = "On 3 March 2022, in Niteroi (Rio de Janeiro), a shoot-out took place in the Fonseca neighborhood."
    _, names = main_actors(text, "2022-03-03")
    assert names == {"actor1": "Unidentified Armed Group (Brazil)", "actor2": "Unidentified Armed Group (Brazil)"}


def test_a_measure_a_mayor_or_president_decides_is_the_governments() -> None:
    text = "Security measures: On 3 March 2022, the Mayor of Asheville imposed a curfew in Asheville (North Carolina)."
    _, names = main_actors(text, "2022-03-03")
    assert names["actor1"].startswith("Government of the United States")
    text = "Security measures: On 3 March 2022, the President of Peru declared a state of emergency in Lima (Lima)."
    _, names = main_actors(text, "2022-03-03")
    assert names["actor1"].startswith("Government of Peru")


def test_a_police_station_that_only_places_the_event_is_no_actor() -> None:
    text = ("On 3 March 2022, Maoist cadres set ablaze three trucks of a road contractor at Tumudibandha village under "
            "Belghar police station limits (Kandhamal, Odisha).")
    _, names = main_actors(text, "2022-03-03", roles=None)
    assert not any(n.startswith("Police Forces") for n in names.values())


def test_southern_chiles_unidentified_arsonists_are_acleds_indigenous_militia() -> None:
    text = ("On 3 March 2022, in the rural area of Ercilla, Araucania, a tractor of a farming company was set on fire "
            "by four armed men.")
    _, names = main_actors(text, "2022-03-03")
    assert names["actor1"] == "Indigenous Militia (Chile)"
    # elsewhere in Chile armed men stay unidentified
    text = "On 3 March 2022, in Antofagasta (Antofagasta), a tractor of a mining company was set on fire by armed men."
    _, names = main_actors(text, "2022-03-03")
    assert names["actor1"] == "Unidentified Armed Group (Chile)"


def test_the_police_who_dispersed_rioters_in_a_later_sentence_stay_their_opponent() -> None:
    text = ("Curfew was imposed in two districts on Saturday after protesters went on a rampage in the valley. The "
            "violence followed reports that six villagers had been killed. The protesters attacked houses of several "
            "ministers in Imphal. The police fired tear gas shells to disperse the protesters outside the residence "
            "of the Chief Minister.")
    _, names = main_actors(text, "2024-11-16")
    assert names.get("actor2", "").startswith("Police Forces of India")


def test_hong_kongs_generic_actors_are_chinas() -> None:
    assert generic_entity("protesters", "HK", "2022-05-08").name == "Protesters (China)"
    assert generic_entity("police", "MO", "2022-05-08").name.startswith("Police Forces of China")


def test_brazils_military_and_civil_police_are_its_military_police_and_civil_police() -> None:
    text = ("On 4 February 2022, in Maraba (Para), a drug trafficker exchanged fire with military and civil police "
            "forces during an arrest operation.")
    _, names = main_actors(text, "2022-02-04", roles=None)
    assert any(n.endswith("Military Police") for n in names.values()), names


def test_a_drug_lab_or_poppy_field_destroyed_is_an_action_against_an_unidentified_gang() -> None:
    text = ("Property destruction: On 3 March 2022, in Badiraguato, Sinaloa, military forces located and destroyed a "
            "laboratory for the production of synthetic drugs.")
    _, names = main_actors(text, "2022-03-03")
    assert names.get("actor2") == "Unidentified Gang (Mexico)"


def test_police_who_had_to_intervene_in_a_riot_are_its_opponent() -> None:
    text = ("On 2 May 2022, in Londrina (Parana), supporters of two candidates clashed during a demonstration and "
            "burned tyres. A journalist was beaten up and military police forces had to intervene.")
    _, names = main_actors(text, "2022-05-02")
    assert names.get("actor2", "").endswith("Military Police")

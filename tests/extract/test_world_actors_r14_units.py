"""Round 14 (actor names): "the police" of a note that named a police unit before is that unit; a country's and a
named group's forces joined in one phrase ("Malian and Wagner forces") are two actors, the state's first."""

from __future__ import annotations

from helpers import main_actors


def test_the_police_after_a_named_police_unit_is_that_unit() -> None:
    text = ("On 9 August 2021, in Niteroi, Rio de Janeiro, Military Police officers entered a hillside community to "
            "stop a drug sale. An exchange of fire broke out and a suspect was wounded. The police seized a pistol.")
    _, names = main_actors(text, "2021-08-09")
    assert names["actor1"] == "Military Forces of Brazil (2019-2022) Military Police"


def test_the_police_stays_the_country_police_when_two_units_were_named() -> None:
    from sitrep.extract.events import find_events
    from sitrep.nlp.annotate import annotate
    from sitrep.records import Document

    text = ("On 9 August 2021, in Niteroi, Rio de Janeiro, civil police and military police officers raided a "
            "warehouse. The police then exchanged fire with armed suspects.")
    doc = Document(id="d", source="d", text=text, format="text", published="2021-08-09")
    ext = find_events(doc, annotate(doc))
    names = {r.key: r.name for r in ext.entities}
    ev = max(ext.events, key=lambda e: e.confidence)
    assert "Police Forces of Brazil (2019-2022)" in {names[a.key] for a in ev.actors}


def test_the_police_without_a_unit_named_is_the_country_police() -> None:
    text = ("On 9 August 2021, in Niteroi, Rio de Janeiro, an exchange of fire broke out between police and armed "
            "suspects and a suspect was wounded.")
    _, names = main_actors(text, "2021-08-09", roles=None)
    assert "Police Forces of Brazil (2019-2022)" in names.values()


def test_a_country_and_a_group_forces_joined_are_two_actors_the_state_first() -> None:
    text = "On 3 March 2023, Malian and Wagner forces killed nine civilians in the village of Sokoura (Mopti)."
    _, names = main_actors(text, "2023-03-03", roles=None)
    assert names["actor1"] == "Military Forces of Mali (2021-)"
    assert names["assoc_actor_1"] == "Wagner Group"
    assert names["actor2"] == "Civilians (Mali)"


def test_a_group_forces_alone_stay_the_group() -> None:
    text = "On 3 March 2023, Wagner forces killed nine civilians in the village of Sokoura (Mopti)."
    _, names = main_actors(text, "2023-03-03")
    assert names["actor1"] == "Wagner Group"


def test_venezuela_national_guard_is_the_gnb_unit_of_its_military() -> None:
    text = ("On 12 April 2021, in San Antonio del Tachira, Tachira state, National Guard officers fired tear gas at "
            "residents protesting water shortages.")
    _, names = main_actors(text, "2021-04-12")
    assert names["actor2"] == "Military Forces of Venezuela (1999-) GNB: Venezuelan National Guard"


def test_government_periods_name_the_state_forces_of_the_event_date() -> None:
    from sitrep.extract.event_actors import generic_entity

    assert generic_entity("police", "CO", "2021-05-01").name == "Police Forces of Colombia (2018-2022)"
    assert generic_entity("police", "CO", "2023-05-01").name == "Police Forces of Colombia (2022-)"
    assert generic_entity("military", "PK", "2020-05-01").name == "Military Forces of Pakistan (2018-2022)"
    assert generic_entity("military", "AZ", "2020-09-30").name == "Military Forces of Azerbaijan (2003-)"


def test_a_faction_of_a_divided_state_keeps_its_own_period() -> None:
    text = "On 16 May 2020, LNA forces shelled positions of GNA forces near Tarhuna, Libya."
    _, names = main_actors(text, "2020-05-16")
    assert set(names.values()) == {"Military Forces of Libya (2014-) Haftar Faction",
                                   "Military Forces of Libya (2016-2021) Government of National Accord"}


def test_a_police_officer_after_riot_police_units_is_that_unit() -> None:
    text = ("On 4 March 2022, unknown assailants threw stones and clashed with riot police units stationed near a "
            "square in Thessaloniki. One police officer was slightly injured.")
    _, names = main_actors(text, "2022-03-04", roles=None)
    assert names["actor2"] == "Police Forces of Greece (2019-) Units for the Reinstatement of Order"
    assert "Police Forces of Greece (2019-)" not in names.values()  # the injured officer is one of the unit's


def test_local_police_is_not_taken_for_the_unit_named_before() -> None:
    from sitrep.extract.event_actors import Occurrence, generic_entity
    from sitrep.extract.unit_anaphora import taken_up

    text = "CRPF personnel and local police arrested two suspects in Sukma."
    police = generic_entity("police", "IN", "2022-03-04")
    occ = Occurrence(text.index("local"), text.index(" arrested"), police.key, "police", "agent")
    assert taken_up([occ], text, "IN", "2022-03-04", {}) == [occ]


def test_two_groups_offered_as_alternatives_are_one_actor_a_and_or_b() -> None:
    text = "On 9 May 2020, presumed JNIM or ISGS militants burned a school in Kompienga."
    _, names = main_actors(text, "2020-05-09")
    assert names["actor1"] == "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"


def test_two_groups_joined_by_and_stay_two() -> None:
    text = "On 9 May 2020, JNIM and ISGS militants clashed near Kompienga."
    _, names = main_actors(text, "2020-05-09")
    assert "and/or" not in " ".join(names.values())

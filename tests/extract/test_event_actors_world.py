"""ACLED's worldwide actor names: the country of the event (or of a demonym) in every generic actor, state forces
with their government's period, demonstrations with the crowd as actor1, and no Afghan default elsewhere."""

from __future__ import annotations

from helpers import main_actors
from sitrep.extract.crowd_actors import demonstration_roles
from sitrep.extract.event_actors import generic_entity
from sitrep.extract.event_victims import victim_roles
from sitrep.records import EntityRef, EventRecord


def _main(text: str, published: str = "2019-05-10") -> tuple[EventRecord, dict[str, str]]:
    return main_actors(text, published)


def test_generic_names_carry_the_country_and_the_period() -> None:
    assert generic_entity("military", "KE", "2019-05-10").name == "Military Forces of Kenya (2013-2022)"
    assert generic_entity("police", "PH", "2020-02-01").name == "Police Forces of the Philippines (2016-2022)"
    assert generic_entity("police", "IS", "2020-02-01").name == "Police Forces of Iceland"  # period unknown
    assert generic_entity("protesters", "PH", None).name == "Protesters (Philippines)"
    assert generic_entity("gang", "HN", None).name == "Unidentified Gang (Honduras)"
    assert generic_entity("civilians", None, None).name == "Civilians"
    assert generic_entity("military", None, None).name == "Military Forces"
    # the period's own spelling of the country after "of" (no article before 2019)
    assert generic_entity("police", "CD", "2016-03-01").name == \
        "Police Forces of Democratic Republic of Congo (2001-2019)"
    assert generic_entity("military", "CD", "2020-03-01").name == \
        "Military Forces of the Democratic Republic of Congo (2019-)"
    assert generic_entity("protesters", "CD", "2016-03-01").name == "Protesters (Democratic Republic of Congo)"


def test_afghanistan_keeps_its_state_entries() -> None:
    assert generic_entity("military", "AF", "2019-05-10").key == "afghan-military-2014-2021"
    assert generic_entity("police", "AF", "2022-01-01").key == "afghan-police-2021"


def test_peaceful_protest_has_the_crowd_and_no_second_actor() -> None:
    ev, actors = _main("On 9 May 2019, hundreds of teachers protested in Nairobi to demand higher salaries.")
    assert ev.type == "Protests"
    assert actors == {"actor1": "Protesters (Kenya)"}


def test_a_protest_is_never_civilians_against_civilians() -> None:
    ev, actors = _main("On 9 May 2019, residents and students demonstrated in Lagos against power cuts.")
    assert ev.type == "Protests"
    assert "Civilians (Nigeria)" not in actors.values()
    assert actors["actor1"] == "Protesters (Nigeria)"


def test_demonstration_roles_follow_the_sub_type() -> None:
    refs: dict[str, EntityRef] = {}
    crowd_only = demonstration_roles("Protests", "Peaceful protest", [("acled:civilians-ke", "actor1", "civilians")],
                                     "KE", "2019-05-10", refs)
    assert [(refs[k].name, r) for k, r, _ in crowd_only] == [("Protesters (Kenya)", "actor1")]
    stopped = demonstration_roles("Protests", "Protest with intervention", [], "KE", "2019-05-10", refs)
    assert [(refs[k].name, r) for k, r, _ in stopped] == [("Protesters (Kenya)", "actor1"),
                                                           ("Police Forces of Kenya (2013-2022)", "actor2")]
    mob = demonstration_roles("Riots", "Mob violence", [], "UG", None, refs)
    assert [(refs[k].name, r) for k, r, _ in mob] == [("Rioters (Uganda)", "actor1"), ("Civilians (Uganda)", "actor2")]
    battle = [("x", "actor1", "military")]
    assert demonstration_roles("Battles", "Armed clash", battle, "UG", None, refs) == battle


def test_a_demonym_gives_a_foreign_force_its_own_country() -> None:
    _ev, actors = _main("On 9 May 2019, Israeli warplanes struck a house in Khan Yunis, killing two civilians.")
    assert actors.get("actor1", "").startswith("Military Forces of Israel")
    assert "Afghan" not in " ".join(actors.values())


def test_no_afghan_default_outside_afghanistan() -> None:
    _ev, actors = _main("On 9 May 2019, gunmen shot dead two farmers in Zamfara (Maru, Zamfara), police said.")
    assert actors == {"actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)"}


def test_the_police_who_report_an_attack_are_not_its_actor() -> None:
    _ev, actors = _main("On 9 May 2019, gang members shot and wounded a shopkeeper in Tegucigalpa, according to "
                        "police.")
    assert actors == {"actor1": "Unidentified Gang (Honduras)", "actor2": "Civilians (Honduras)"}


def test_a_military_operation_is_not_an_actor() -> None:
    _ev, actors = _main("On 9 May 2019, Kenyan soldiers killed three militants near Mandera during a military "
                        "operation.")
    assert actors.get("actor1", "").startswith("Military Forces of Kenya")
    assert list(actors.values()).count(actors.get("actor1")) == 1


def test_forces_of_two_countries_are_two_actors() -> None:
    _ev, actors = _main("On 9 May 2019, military forces of India and Pakistan exchanged fire across the border "
                        "near Poonch (Poonch, Jammu and Kashmir).")
    assert sorted(actors.values()) == ["Military Forces of India (2014-)", "Military Forces of Pakistan (2018-2022)"]


def test_violence_against_civilians_falls_on_civilians() -> None:
    refs: dict[str, EntityRef] = {}
    alone = victim_roles("Violence against civilians", "Attack", [("g", "actor1", "unidentified")], "KE", None, refs)
    assert [(refs[k].name if k in refs else k, r) for k, r, _ in alone] == [("g", "actor1"),
                                                                             ("Civilians (Kenya)", "actor2")]
    # an off-duty soldier shot at home is one of the civilians hit
    soldier = victim_roles("Violence against civilians", "Attack", [("g", "actor1", "unidentified"),
                                                                    ("s", "actor2", "military")], "KE", None, refs)
    assert [(k, r) for k, r, _ in soldier] == [("g", "actor1"), ("acled:civilians-ke", "actor2")]
    # an arrest of a named rebel keeps its actor2; one of no one named falls on civilians
    rebels = [("p", "actor1", "police"), ("r", "actor2", "rebels")]
    assert victim_roles("Strategic developments", "Arrests", rebels, "KE", None, refs) == rebels
    arrest = victim_roles("Strategic developments", "Arrests", [("p", "actor1", "police")], "KE", None, refs)
    assert [r for _, r, _ in arrest] == ["actor1", "actor2"]
    battle = [("x", "actor1", "military")]
    assert victim_roles("Battles", "Armed clash", battle, "KE", None, refs) == battle


def test_a_man_shot_dead_by_gunmen_is_a_civilian() -> None:
    ev, actors = _main("On 3 May 2019, gunmen shot dead a shopkeeper in Kisumu town.")
    assert ev.type == "Violence against civilians"
    assert actors["actor2"] == "Civilians (Kenya)"


def test_people_from_a_country_are_its_civilians() -> None:
    _, actors = _main("On 3 May 2022, police arrested 40 migrants from Ethiopia in Arusha town.", "2022-05-03")
    assert actors["actor2"] == "Civilians (Ethiopia)"
    assert actors["actor1"].startswith("Police Forces of Tanzania")


def test_prison_guards_are_police() -> None:
    _, actors = _main("On 3 May 2022, prison guards beat an inmate at the central prison in Kampala.", "2022-05-03")
    assert actors["actor1"].startswith("Police Forces of Uganda")


def test_an_unknown_acronym_before_rebels_names_the_group() -> None:
    _, actors = _main("On 3 May 2022, QRZ rebels attacked an army post near Kidal town.", "2022-05-03")
    assert actors["actor1"] == "QRZ"
    assert actors["actor2"].startswith("Military Forces of Mali")


def test_a_clash_between_two_crowds_has_rioters_on_both_sides() -> None:
    refs: dict[str, EntityRef] = {}
    mob = demonstration_roles("Riots", "Mob violence", [], "LB", None, refs, two_sided=True)
    assert [(refs[k].name, r) for k, r, _ in mob] == [("Rioters (Lebanon)", "actor1"), ("Rioters (Lebanon)", "actor2")]


def test_civilians_are_no_side_of_a_battle() -> None:
    _ev, actors = _main("On 27 January 2022, in San Pedro Ayampuc, Guatemala, there was an armed clash between gang "
                        "members in colonia Leyenda. One man was shot and injured.")
    assert not actors.get("actor2", "").startswith("Civilians")


def test_two_countries_forces_are_two_sides() -> None:
    _ev, actors = _main("On 28 April 2020, military forces of Artsakh fired with unspecified weapons on the positions "
                        "of the military forces of Azerbaijan located near Shikharkh, Tartar.")
    assert actors.get("actor1") == "Artsakh Defence Army"  # ACLED: "Military Forces of Artsakh"
    assert actors.get("actor2", "").startswith("Military Forces of Azerbaijan")

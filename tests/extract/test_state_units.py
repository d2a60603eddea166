"""State forces' units as ACLED names them (the force, its period, the unit), factions of a divided state's
forces, and foreign forces fighting beside a country's army."""

from __future__ import annotations

import pytest

from helpers import main_actors
from sitrep.extract.event_actors import generic_entity
from sitrep.extract.state_units import entry_unit, parse_units, state_units, with_unit
from sitrep.records import EventRecord


def _main(text: str, published: str) -> tuple[EventRecord, dict[str, str]]:
    return main_actors(text, published, roles=None)


def test_the_shipped_table_loads_and_every_unit_names_a_family() -> None:
    units = state_units()
    assert {u.family for u in units} == {"military", "police"}
    gendarmerie = [u for u in units if u.unit == "Gendarmerie"]
    assert {u.family for u in gendarmerie if u.exists_in("TR")} == {"military"}
    assert {u.family for u in gendarmerie if u.exists_in("BF")} == {"police"}


@pytest.mark.parametrize("data", [
    {"version": 1, "units": [{"unit": "X", "family": "navy", "pattern": "x"}]},
    {"version": 1, "units": [{"unit": "X", "family": "police", "pattern": "("}]},
    {"version": 1, "units": [{"unit": "X", "family": "police", "pattern": "x", "countries": ["Kenya"]}]},
    {"version": 1, "units": [{"unit": "X", "family": "police", "pattern": "x", "colour": "red"}]},
    {"units": []},
])
def test_a_bad_table_is_refused_with_the_entry_named(data: object) -> None:
    with pytest.raises(ValueError, match=r"state_units\.yaml"):
        parse_units(data)


def test_a_unit_follows_the_force_and_its_period() -> None:
    ref = with_unit(generic_entity("police", "BR", "2020-05-01"), "Federal Police")
    assert ref.name == "Police Forces of Brazil (2019-2022) Federal Police"
    assert ref.key == "acled:police-br-2019-2022-federal-police"
    assert with_unit(generic_entity("police", "BR", "2020-05-01"), None).name == "Police Forces of Brazil (2019-2022)"


def test_a_dictionary_force_named_after_the_period_is_that_unit() -> None:
    assert entry_unit("peshmerga") == "Peshmerga"
    assert entry_unit("libyan-national-army") == "Haftar Faction"
    assert entry_unit("israel-military") is None


def test_gendarmes_are_the_military_s_gendarmerie() -> None:
    _, actors = _main("On 3 May 2022, gendarmes arrested 12 smugglers in Ipsala district of Edirne.", "2022-05-03")
    assert actors["actor1"] == "Military Forces of Turkey (2016-) Gendarmerie"


def test_brazil_s_military_police_is_a_unit_of_its_military() -> None:
    _, actors = _main("On 19 May 2022, in Salvador (Bahia), military police officers exchanged fire with drug "
                      "traffickers in the Valeria neighborhood.", "2022-05-19")
    assert "Military Forces of Brazil (2019-2022) Military Police" in actors.values()


def test_libya_s_two_factions_are_two_sides() -> None:
    _, actors = _main("On 5 May 2020, LNA forces repelled an attack by GNA forces at Al Watiyah airbase. Forty GNA "
                      "soldiers and eight LNA soldiers were killed.", "2020-05-05")
    assert {actors["actor1"], actors["actor2"]} == {
        "Military Forces of Libya (2014-) Haftar Faction",
        "Military Forces of Libya (2016-2021) Government of National Accord"}


def test_mercenaries_beside_an_army_are_its_associated_actor() -> None:
    _, actors = _main("On 13 August 2023, FAMa and Wagner forces clashed with JNIM militants near Ber "
                      "(Tombouctou, Tombouctou).", "2023-08-13")
    assert actors["actor1"].startswith("Military Forces of Mali")
    assert actors["assoc_actor_1"] == "Wagner Group"


def test_an_actor_acled_names_by_period_takes_the_name_of_the_event_s_date() -> None:
    from sitrep.extract.actor_locale import name_on
    from sitrep.nlp.matcher import default_matcher

    boko = default_matcher().actors.get("boko-haram")
    assert boko is not None
    assert boko.acled_name_on("2014-06-01") == "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    assert boko.acled_name_on("2015-09-01") == "Islamic State (West Africa)"
    assert boko.acled_name_on("2020-01-01").startswith("Islamic State (West Africa) and/or Boko Haram")
    assert name_on("boko-haram", "2014-06-01") is None  # its usual name: nothing to replace
    dated = name_on("boko-haram", "2020-01-01")
    assert dated is not None and dated.name.startswith("Islamic State (West Africa) and/or")
    assert name_on("boko-haram-jas", "2020-01-01") is None  # the faction named as such keeps its name


def test_a_bad_acled_names_span_is_refused() -> None:
    from sitrep.lexicon.dictionary_schema import _acled_names

    problems: list[str] = []
    assert _acled_names([{"name": "X", "from": "2016-08-03"}], "w", problems) == (("2016-08-03", "", "X"),)
    assert _acled_names([{"name": "X", "from": "August 2016"}, {"label": "Y"}], "w", problems) == ()
    assert len(problems) == 2


def test_weapons_a_state_force_seized_belong_to_an_unidentified_armed_group() -> None:
    ev, actors = _main("Weapons seizure: On 14 August 2022, government forces seized 425 explosive devices under a "
                       "bridge in Mekele (Mekele, Tigray).", "2022-08-14")
    assert ev.sub_type == "Disrupted weapons use"
    assert actors["actor1"].startswith("Military Forces of Ethiopia")
    assert actors["actor2"] == "Unidentified Armed Group (Ethiopia)"


def test_attackers_the_lead_calls_unidentified_are_not_a_group_named_as_context() -> None:
    _, actors = _main("On 5 May 2020, in Arauca, Arauca department, an oil pipeline was attacked by unidentified "
                      "armed individuals. The attack occurred in a region where the National Liberation Army (ELN) "
                      "is present.", "2020-05-05")
    assert actors["actor1"] == "Unidentified Armed Group (Colombia)"
    assert "ELN: National Liberation Army" not in actors.values()


def test_naxalites_are_acled_s_naxal_maoist_rebels() -> None:
    _, actors = _main("On 3 May 2020, police defused three IEDs in a forest of Gaya district (Gaya, Bihar), "
                      "suspected to be planted by Naxalites.", "2020-05-03")
    assert "Naxal-Maoist Rebels (India)" in actors.values()

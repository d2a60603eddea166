"""ACLED's worldwide actors: crowds of foreign nationals, people of several countries, communal and unnamed
militias, governments that decide, coordinated state forces."""

from __future__ import annotations

from helpers import main_actors
from sitrep.extract.communal_militias import communal_militias
from sitrep.extract.crowd_actors import crowd_nationality
from sitrep.extract.event_actors import INTERNATIONAL, communal_ref, generic_entity
from sitrep.records import EntityRef, EventRecord


def _main(text: str, published: str = "2022-03-10") -> tuple[EventRecord, dict[str, str]]:
    return main_actors(text, published)


def test_foreign_nationals_demonstrating_abroad_are_their_countrys_crowd() -> None:
    assert crowd_nationality("On 3 March 2022, about 150 Ukrainians rallied in front of the town hall", "PT") == "UA"
    assert crowd_nationality("On 3 March 2022, a group of Peruvian citizens protested in Santiago", "CL") == "PE"
    assert crowd_nationality("Several nationals from Sudan gathered outside the embassy", "EG") == "SD"
    assert crowd_nationality("Members of the Ukrainian community demonstrated in Rabat", "MA") == "UA"


def test_a_mixed_or_local_crowd_stays_the_event_countrys() -> None:
    assert crowd_nationality("Hundreds of people, including Ukrainians, marched in Porto", "PT") is None
    assert crowd_nationality("Ukrainians and their supporters gathered in Leeds", "GB") is None
    assert crowd_nationality("Kenyan teachers protested in Nairobi", "KE") is None
    assert crowd_nationality("Residents protested against the Russian invasion of Ukraine", "FI") is None
    assert crowd_nationality("People marched to the Russian embassy holding Ukrainian flags", "FI") is None


def test_a_crowd_of_foreign_nationals_is_actor1() -> None:
    ev, actors = _main("On 3 March 2022, around 200 Ukrainian nationals demonstrated in Nairobi against the war.")
    assert ev.type == "Protests"
    assert actors["actor1"] == "Protesters (Ukraine)"


def test_people_of_several_countries_are_international() -> None:
    assert generic_entity("civilians", INTERNATIONAL, None).name == "Civilians (International)"
    # many countries (round 16: of up to three, ACLED's actor2 is the first named's civilians)
    _, actors = _main("On 3 March 2022, police arrested 40 migrants from Guatemala, Honduras, Haiti, Venezuela and "
                      "Cuba in Tapachula, Chiapas, Mexico.")
    assert actors.get("actor2") == "Civilians (International)"


def test_a_militia_named_after_its_place() -> None:
    text = "Kaduna militiamen attacked a village in Nigeria."
    assert [p for _, _, p in communal_militias(text, 0, len(text), "NG", lambda a, b: True)] == ["Kaduna"]
    text = "Armed militiamen from Ugwaka attacked farmers in Nigeria."
    assert [p for _, _, p in communal_militias(text, 0, len(text), "NG", lambda a, b: True)] == ["Ugwaka"]
    assert communal_militias(text, 0, len(text), "AF", lambda a, b: True) == []  # Afghan militias differ
    refs: dict[str, EntityRef] = {}
    assert refs[communal_ref("Kaduna", "NG", refs)].name == "Kaduna Communal Militia (Nigeria)"
    text = "More than 10 fighters of Brig. Gen. Tareq Saleh's forces were killed in Yemen."
    assert communal_militias(text, 0, len(text), "YE", lambda a, b: True) == []  # a leader's men, not a place's


def test_a_bare_militia_is_not_pro_government_outside_afghanistan_and_pakistan() -> None:
    _, actors = _main("On 3 March 2022, militiamen killed two farmers in Kalehe, South Kivu, DR Congo.")
    assert actors["actor1"] == "Unidentified Militia (Democratic Republic of Congo)"
    _, actors = _main("On 3 March 2022, communal militias killed two farmers in Kalehe, South Kivu, DR Congo.")
    assert actors["actor1"] == "Unidentified Communal Militia (Democratic Republic of Congo)"


def test_a_government_that_decides_a_security_measure_is_actor1() -> None:
    ev, actors = _main("Security measures: On 3 March 2022, the government imposed a curfew in Nakuru, Kenya, after "
                       "clashes.")
    assert (ev.type, ev.sub_type) == ("Strategic developments", "Change to group/activity")
    assert actors["actor1"].startswith("Government of Kenya")


def test_coordinated_demonyms_name_two_state_forces() -> None:
    _, actors = _main("On 3 March 2022, clashes occurred between Russian and Ukrainian military forces in Izium, "
                      "Kharkiv, Ukraine.")
    assert {actors.get("actor1", ""), actors.get("actor2", "")} == {"Military Forces of Russia (2000-)",
                                                                    "Military Forces of Ukraine (2019-)"}


def test_weapons_intercepted_by_no_one_named_were_stopped_by_the_countrys_military() -> None:
    ev, actors = _main("Interception: On 3 March 2022, Hezbollah fired two rockets toward Metula, Israel. Both rockets "
                       "were intercepted.")
    assert ev.sub_type == "Disrupted weapons use"
    assert actors["actor1"].startswith("Military Forces of Israel")
    assert actors["actor2"] == "Hezbollah"

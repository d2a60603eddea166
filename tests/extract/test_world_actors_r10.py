"""ACLED's worldwide actors, round 10: named units of India's, Pakistan's, Kenya's, Ukraine's and Nigeria's state
forces, a state's forces acting together as one side, gangs of the drug trade, communities' militias as two
sides."""

from __future__ import annotations

import pytest

from sitrep.extract.criminal_actors import parse_trade, speaks_of_drug_trade
from sitrep.extract.events import find_events
from sitrep.extract.state_units import entry_unit
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _roles(text: str, published: str = "2022-05-10") -> dict[str, list[str]]:
    doc = Document(id="d", source="d", text=text, format="text", published=published)
    ann = annotate(doc)
    ext = find_events(doc, ann)
    names = {m.entity_key or "": m.name or m.text for m in ann.mentions} | {r.key: r.name for r in ext.entities}
    ev = max(ext.events, key=lambda e: e.confidence)
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(names[a.key])
    return out


def test_india_s_central_police_forces_are_named_units_of_its_police() -> None:
    roles = _roles("On 4 May 2022, suspected militants threw a grenade at a CRPF camp in Sopore (Baramulla, Jammu "
                   "and Kashmir), injuring two CRPF personnel.")
    assert roles["actor2"] == ["Police Forces of India (2014-) Central Reserve Police Force"]
    assert "Police Forces of India (2014-)" not in [n for ns in roles.values() for n in ns]  # the unit alone


def test_a_dictionary_force_named_without_a_period_gives_its_unit() -> None:
    assert entry_unit("frontier-corps") == "Frontier Corps"
    assert entry_unit("pakistan-ctd") == "Counter Terrorism Department"
    assert entry_unit("pakistan-police") is None
    assert entry_unit("pakistan-military") is None


def test_kenya_s_general_service_unit_is_a_unit_of_its_police() -> None:
    roles = _roles("On 2 March 2022, GSU officers shot dead two suspected cattle rustlers in Kapedo (Tiaty, "
                   "Baringo).")
    assert roles["actor1"] == ["Police Forces of Kenya (2013-2022) General Service Unit"]


def test_a_country_s_army_and_police_acting_together_are_one_side() -> None:
    roles = _roles("On 12 March 2022, army personnel and Assam police recovered a cache of rifles from a hideout "
                   "near Margherita (Tinsukia, Assam).")
    actors = {*roles.get("actor1", []), *roles.get("actor2", [])}
    assert not {"Military Forces of India (2014-)", "Police Forces of India (2014-)"} <= actors
    assert roles.get("assoc_actor_1")


def test_mercenaries_beside_an_army_are_not_its_enemy() -> None:
    roles = _roles("On 9 June 2023, FAMa and Wagner forces arrested eight persons including the village chief in "
                   "Nara (Nara, Koulikoro).", "2023-06-09")
    assert roles["actor2"] == ["Civilians (Mali)"]
    assert roles["assoc_actor_1"] == ["Wagner Group"]


def test_the_state_s_side_in_the_drug_trade_is_a_gang() -> None:
    roles = _roles("On 7 May 2022, in Dourados, Mato Grosso do Sul, federal police forces seized two tons of "
                   "marijuana hidden in a truck. Two people were arrested.")
    assert roles["actor2"] == ["Unidentified Gang (Brazil)"]


def test_drug_words_are_the_trade_s() -> None:
    assert speaks_of_drug_trade("the seizure of 40 kg of cocaine")
    assert speaks_of_drug_trade("a drug-trafficking ring")
    assert not speaks_of_drug_trade("a shortage of drugs for patients at the hospital")
    with pytest.raises(ValueError, match="criminal_trade"):
        parse_trade(["("])
    with pytest.raises(ValueError, match="criminal_trade"):
        parse_trade("cocaine")


def test_two_communities_militias_are_the_two_sides() -> None:
    roles = _roles("On 5 May 2022, Fellata and Rizeigat communal militias clashed near Buram (South Darfur), "
                   "killing 12. The army deployed troops to separate them.")
    assert {*roles["actor1"], *roles["actor2"]} == {"Fellata Ethnic Militia (Sudan)", "Rizeigat Ethnic Militia (Sudan)"}


def test_property_destroyed_by_people_no_one_names_is_an_unidentified_armed_group_s_act() -> None:
    roles = _roles("Property destruction: On 12 March 2022, unidentified suspects broke the windows of a museum in "
                   "Larnaca.")
    assert roles["actor1"] == ["Unidentified Armed Group (Cyprus)"]
    assert roles["actor2"] == ["Civilians (Cyprus)"]


def test_a_fight_over_the_drug_trade_keeps_an_unnamed_enemy_unidentified() -> None:
    roles = _roles("On 7 May 2022, in Culiacan, Sinaloa, soldiers clashed with gunmen of a drug cartel. Three "
                   "gunmen were killed.")
    assert "Unidentified Gang (Mexico)" not in [n for names in roles.values() for n in names]


def test_russia_s_and_ukraine_s_air_forces_are_units_of_their_militaries() -> None:
    roles = _roles("On 3 April 2022, Russian warplanes struck a school in Kharkiv (Kharkiv, Kharkiv).")
    assert roles["actor1"] == ["Military Forces of Russia (2000-) Air Force"]
    roles = _roles("On 3 April 2022, Israeli warplanes struck a house in Jabalya (North Gaza, Gaza Strip).")
    assert roles["actor1"][0].startswith("Military Forces of Israel") and "Air Force" not in roles["actor1"][0]


def test_a_gang_the_text_names_is_acled_s_named_gang() -> None:
    roles = _roles("On 14 June 2022, in May Pen, Clarendon, members of the Red Rock gang shot and killed a man on "
                   "Main Street.")
    assert roles["actor1"] == ["Red Rock Gang"]
    roles = _roles("On 2 June 2022, near Old Harbour, Saint Catherine, police shot dead a gangster of the Red Rock "
                   "Gang during a clash.")
    assert roles["actor2"] == ["Red Rock Gang"]
    roles = _roles("On 3 May 2022, in San Salvador, police arrested two members of a local gang.")
    assert roles["actor2"] == ["Unidentified Gang (El Salvador)"]


def test_people_who_riot_are_the_crowd_not_its_victims() -> None:
    roles = _roles("On 9 May 2022, in Cienaga, Magdalena, residents blocked a road with burning tires to reject the "
                   "electricity cuts. [size=no report]")
    assert roles["actor1"] == ["Rioters (Colombia)"]
    assert "actor2" not in roles


def test_a_mob_s_victims_are_actor2_not_the_police_who_rescued_them() -> None:
    roles = _roles("On 2 May 2022, a lynch mob attacked a suspected thief in Kakiri (Wakiso district), beating him. "
                   "Police intervened to rescue the victim.")
    assert roles["actor2"] == ["Civilians (Uganda)"]
    roles = _roles("On 3 May 2022, a mob attacked the police station in Kakiri (Wakiso) after a suspect died in "
                   "custody.")
    assert roles["actor2"][0].startswith("Police Forces of Uganda")


def test_two_foreign_armies_are_two_sides() -> None:
    roles = _roles("On 1 May 2020, military forces of Armenia fired on the positions of the military forces of "
                   "Azerbaijan located at Goyali, Gadabay.", "2020-05-01")
    assert {*roles["actor1"], *roles["actor2"]} == {"Military Forces of Armenia (2018-)",
                                                      "Military Forces of Azerbaijan (2003-)"}


def test_a_country_s_positions_are_its_military() -> None:
    roles = _roles("On 8 March 2022, Russian forces fired at Ukrainian positions near Kramatorsk, Donetsk.")
    assert roles["actor2"] == ["Military Forces of Ukraine (2019-)"]


def test_the_war_a_protest_is_about_does_not_give_the_crowd_its_country() -> None:
    roles = _roles("On 27 March 2022, people protested in Kherson against the Russian occupation of the city and the "
                   "Russian military aggression in Ukraine. Russian forces dispersed them with smoke bombs.")
    assert roles["actor1"] == ["Protesters (Ukraine)"]
    roles = _roles("On 5 March 2022, a few hundred people demonstrated in Tampere against the Russian invasion of "
                   "Ukraine. [size=a few hundred]")
    assert roles["actor1"][0] not in ("Protesters (Ukraine)", "Protesters (Russia)")

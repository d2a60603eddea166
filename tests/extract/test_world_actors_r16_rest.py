"""Round 16 (actor names outside Africa): more countries' state units under ACLED's names, and crowds of migrants
whose country no one says are ACLED's "(International)" crowd."""

from __future__ import annotations

import pytest

from helpers import main_actors
from sitrep.extract.crowd_actors import crowd_nationality


@pytest.mark.parametrize(("text", "date", "want"), [
    ("On 4 May 2021, Federal Security Service officers killed two armed men in a shootout in Nalchik, Russia.",
     "2021-05-04", "Police Forces of Russia (2000-) Federal Security Service"),
    ("On 7 May 2021, about 40 people protested in Gomel, Belarus, and 20 were detained by OMON officers.",
     "2021-05-07", "Police Forces of Belarus (1994-) Belarus Special Purpose Police"),
    ("On 9 May 2021, a District Reserve Guard team exchanged fire with armed men in Narayanpur, Chhattisgarh.",
     "2021-05-09", "Police Forces of India (2014-) District Reserve Group"),
    ("On 4 May 2021, intelligence officers abducted a party member in Van, Turkey.",
     "2021-05-04", "Police Forces of Turkey (2016-) National Intelligence Organization"),
])
def test_a_unit_the_text_names_is_the_force_s_unit(text: str, date: str, want: str) -> None:
    _, names = main_actors(text, date, roles=None)
    assert want in names.values()


def test_border_guards_of_two_countries_are_each_country_s_unit() -> None:
    text = "On 3 May 2021, Kyrgyz border guards exchanged fire with Tajik border guards near Batken, Kyrgyzstan."
    _, names = main_actors(text, "2021-05-03", roles=None)
    assert "Police Forces of Kyrgyzstan Kyrgyz Frontier Force" in names.values()
    assert "Military Forces of Tajikistan Border Service" in names.values()


def test_a_unit_of_another_country_s_table_entry_is_not_used_elsewhere() -> None:
    text = "On 7 May 2021, about 40 people protested in Lyon, France, and 20 were detained by riot police officers."
    _, names = main_actors(text, "2021-05-07", roles=None)
    assert not any("Special Purpose" in n for n in names.values())


def test_migrants_no_country_is_said_of_are_an_international_crowd() -> None:
    assert crowd_nationality("On 3 June 2022, a dozen migrants rallied outside the town hall in Bari.", "IT") \
        == "international"
    assert crowd_nationality("On 3 June 2022, irregular asylum seekers staged a sit-in in Samos.", "GR") \
        == "international"
    _, names = main_actors("On 3 June 2022, a dozen migrants staged a demonstration outside the town hall in Bari "
                           "(Bari, Apulia) to demand residence permits. [size=a dozen]", "2022-06-03")
    assert names["actor1"] == "Protesters (International)"


def test_migrant_workers_and_crowds_against_migrants_stay_the_country_s() -> None:
    assert crowd_nationality("On 3 June 2022, migrant workers blocked a road in Surat demanding to go home.",
                             "IN") is None
    assert crowd_nationality("On 3 June 2022, residents rallied against the arrival of migrants in Kos.", "GR") \
        is None


def test_a_country_s_name_before_refugees_is_their_nationality() -> None:
    assert crowd_nationality("On 3 June 2022, a group of Afghanistan refugees held a sit-in in Jakarta.", "ID") == "AF"
    # a community named after a country is not said to be the crowd
    assert crowd_nationality("On 3 June 2022, men assaulted Ukraine community members in Calgary.", "CA") is None


def test_settlers_who_riot_are_the_rioters_of_their_country_and_their_associated_actor() -> None:
    text = ("On 8 April 2022, Israeli settlers hurled stones at Palestinian cars near Huwara (Nablus, West Bank), "
            "damaging three cars. [size=no report]")
    ev, names = main_actors(text, "2022-04-08", roles=None)
    assert (ev.type, names["actor1"], names["actor2"]) == ("Riots", "Rioters (Israel)", "Civilians (Palestine)")
    assert "assoc_actor_1" in names


def test_settlers_a_mob_attacks_are_civilians_of_their_country() -> None:
    text = ("On 8 April 2022, Palestinian rioters threw stones at an Israeli settler's car near Huwara (Nablus, West "
            "Bank). There were no injuries.")
    _, names = main_actors(text, "2022-04-08", roles=None)
    assert (names["actor1"], names["actor2"]) == ("Rioters (Palestine)", "Civilians (Israel)")
    assert "assoc_actor_2" in names


def test_settlers_who_destroy_property_outside_a_demonstration_stay_an_actor() -> None:
    text = ("Property destruction: On 8 April 2022, Israeli settlers uprooted 40 Palestinian-owned olive trees in "
            "Burin (Nablus, West Bank).")
    ev, names = main_actors(text, "2022-04-08")
    assert ev.type == "Strategic developments"
    assert names["actor2"] == "Civilians (Palestine)"
    assert "Civilians (Israel)" not in names.values() and not names["actor1"].startswith("Rioters")


def test_the_crowd_identities_table_names_dictionary_entries() -> None:
    from sitrep.extract.crowd_actors import identity_groups
    from sitrep.nlp.matcher import default_matcher

    ids = identity_groups()
    assert "israeli-settlers" in ids
    assert all(default_matcher().actors.get(i) is not None for i in ids)


@pytest.mark.parametrize(("text", "want"), [
    # origin told in a later sentence: the first country named
    ("On 2 May 2022, gendarmerie forces detained 40 migrants who entered Turkey illegally in Edirne. The migrants "
     "were from Syria and Iraq.", "Civilians (Syria)"),
    # no origin told
    ("On 2 May 2022, gendarmerie forces detained 40 migrants who entered Turkey illegally in Edirne.",
     "Civilians (International)"),
    # a few countries named inline: the first; many: International
    ("On 2 May 2022, in Tapachula, Chiapas, police detained 40 migrants from Cuba and Honduras.", "Civilians (Cuba)"),
    ("On 2 May 2022, in Tapachula, Chiapas, police detained 40 migrants from Cuba, Honduras, Haiti, Venezuela and "
     "Nicaragua.", "Civilians (International)"),
])
def test_migrants_of_a_few_countries_are_the_first_s_civilians(text: str, want: str) -> None:
    _, names = main_actors(text, "2022-05-02")
    assert names["actor2"] == want


def test_a_strike_on_a_named_house_of_worship_or_targets_and_a_house_falls_on_civilians() -> None:
    for text in ("On 4 May 2022, Israeli warplanes struck the Al Huda mosque in Khan Younis (Khan Younis, Gaza Strip). "
                 "Casualties unknown.",
                 "On 4 May 2022, Israeli warplanes struck targets and a house in Beit Lahia (North Gaza, Gaza Strip)."):
        _, names = main_actors(text, "2022-05-04")
        assert names["actor2"] == "Civilians (Palestine)"


def test_people_named_by_nationality_as_targets_are_that_country_s_civilians() -> None:
    from sitrep.extract.demonym_people import demonym_people

    text = "Soldiers fired tear gas at Palestinians near Sudanese traders and Ukrainians soldiers."
    assert [(text[a:b], iso) for a, b, iso in demonym_people(text, 0, len(text))] == [("Palestinians", "PS")]
    _, names = main_actors("On 4 May 2022, Israeli forces raided the town of Beit Ummar and fired tear gas at "
                           "Palestinians. A reason for the raid was not provided.", "2022-05-04")
    assert names["actor2"] == "Civilians (Palestine)"


def test_people_named_by_nationality_who_act_are_not_targets() -> None:
    _, names = main_actors("On 4 May 2022, Palestinians clashed with Israeli forces in Beit Ummar (Hebron, West "
                           "Bank). [size=no report]", "2022-05-04", roles=None)
    assert "Civilians (Palestine)" not in names.values()


def test_the_yja_star_units_are_acled_s_pkk_yja_star() -> None:
    from sitrep.nlp.matcher import default_matcher

    entry = default_matcher().actors.get("pkk-yja-star")
    assert entry is not None and entry.acled_name == "PKK-YJA STAR: Kurdistan Workers Party-YJA STAR"
    assert entry.parent == "pkk"


def test_a_gang_named_with_a_particle_keeps_its_whole_name() -> None:
    text = ("On 3 May 2021, in Caracas - Libertador (Distrito Capital), suspected members of the Pedro del Monte Gang "
            "shot and killed a man in the Coche parish.")
    _, names = main_actors(text, "2021-05-03")
    assert names["actor1"] == "Pedro del Monte Gang"


def test_rosgvardia_is_russia_s_national_guard_in_ukraine_too() -> None:
    _, names = main_actors("On 6 March 2022, Rosgvardia troops arrested around 40 people in Nova Kakhovka, Kherson.",
                           "2022-03-06", roles=None)
    assert names["actor1"] == "Military Forces of Russia (2000-) National Guard"
    _, names = main_actors("On 6 March 2022, National Guard troops clashed with Russian forces near Kharkiv, Ukraine.",
                           "2022-03-06", roles=None)
    assert "Military Forces of Ukraine (2019-) National Guard" in names.values()


def test_a_unit_s_owner_must_be_a_country_code() -> None:
    from sitrep.extract.state_units import parse_units

    bad = {"version": 1, "units": [{"unit": "X", "family": "police", "pattern": "x", "owner": "Russia"}]}
    with pytest.raises(ValueError, match="owner"):
        parse_units(bad)
    good = {"version": 1, "units": [{"unit": "X", "family": "police", "pattern": "x", "owner": "RU"}]}
    assert parse_units(good)[0].owner == "RU"

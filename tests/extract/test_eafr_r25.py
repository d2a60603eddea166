"""Round 25 (Eastern Africa): a clan's men named by "clansmen" are its clan militia, a people's name a text uses
for its men keeps that sense in all its bare mentions, a quarter the gazetteer lacks votes, weakly, for the country
of the city its first word names, and Ethiopia's regional special forces named by their region ("Somali special police",
"Afar special forces") are its regions' police, two sides when two regions' fight (invented sentences)."""

from __future__ import annotations

from helpers import main_actors
from sitrep.extract.actor_sides import assign_roles
from sitrep.extract.communal_militias import kin_militias
from sitrep.extract.event_actors import Occurrence
from sitrep.extract.place_votes import place_votes
from sitrep.extract.state_units import regional_unit
from sitrep.nlp.kin_names import people_names
from sitrep.nlp.places import find_places


def _always(a: int, b: int) -> bool:
    return True


def test_clansmen_of_a_named_clan_are_its_clan_militia() -> None:
    text = "Lukwor clansmen raided a homestead."
    assert [(g, k) for _, _, g, k in kin_militias(text, 0, len(text), _always)] == [("Lukwor", "clan")]
    text = "Hundreds of Bari tribesmen blocked the road."
    assert [(g, k) for _, _, g, k in kin_militias(text, 0, len(text), _always)] == [("Bari", "tribal")]
    _, roles = main_actors("On 5 June 2019, Lukwor clansmen attacked a homestead in Binya parish (Omoro district), "
                           "injuring three.", "2019-06-05")
    assert roles["actor1"] == "Lukwor Clan Militia (Uganda)"


def test_one_clansman_is_no_militia() -> None:
    text = "A man from the Lukwor clansmen was found dead."
    assert kin_militias(text, 0, len(text), _always) == []


def test_a_people_named_for_its_men_is_no_place_in_its_other_mentions() -> None:
    text = ("On 2 March 2009, Masai youths gathered near the forest to evict settlers. The Masai say the forest is "
            "theirs.")
    assert people_names(text, [(text.index("Masai"), text.index("Masai") + 5, "Masai")]) == {"Masai"}
    assert [m.name for m in find_places(text)] == []
    # where no mention is written with its men, a bare name is left to the place rules
    assert people_names("Shots were fired in Masai.", [(20, 25, "Masai")]) == frozenset()
    # ... and so is a bare mention without the article, as a division in a bracket
    text = "On 3 May 2021, Afar youths clashed with Issa youths near Gewane (Zone 3, Afar). Afar elders said so."
    assert [m.name for m in find_places(text)] == ["Gewane", "Afar"]


def test_a_quarter_the_gazetteer_lacks_votes_weakly_for_its_towns_country() -> None:
    assert place_votes("Balbala Hayabley") == {"DJ": 0.5}
    assert place_votes("Balbala Hayabley", units_only=True) == {}  # a quarter is no division
    assert place_votes("Sidi Bouafif") == {}  # a first word only a near spelling's ("Sidhi"), or no city's
    _, roles = main_actors("Shopkeepers marched through Balbala Hayabley against a new market levy, and police "
                           "detained a dozen of them.", "2015-12-01")
    assert roles["actor1"] == "Protesters (Djibouti)"


def test_ethiopias_somali_and_afar_special_forces_are_its_regions_police() -> None:
    _, roles = main_actors("On 8 August 2019, Somali special police killed two Oromo civilians in Chinaksen (East "
                           "Hararge, Oromia).", "2019-08-08")
    assert roles["actor1"] == "Police Forces of Ethiopia (2018-) Liyu Police"
    _, roles = main_actors("On 3 March 2021, Somali regional special forces clashed with Afar regional special forces "
                           "near Adayitu (Zone 1, Afar). Eight people were killed.", "2021-03-03")
    assert roles == {"actor1": "Police Forces of Ethiopia (2018-) Liyu Police",
                     "actor2": "Police Forces of Ethiopia (2018-) Afar Regional Special Forces"}


def test_one_regions_force_and_the_army_are_one_side() -> None:
    afar = "acled:police-et-2018-afar-regional-special-forces"
    liyu = "acled:police-et-2018-liyu-police"
    assert regional_unit(afar) == "Afar Regional Special Forces"
    assert regional_unit("acled:military-et-2018") is None
    army = Occurrence(0, 4, "acled:military-et-2018", "military", "agent")
    roles = assign_roles([army, Occurrence(9, 20, afar, "police", "agent"),
                          Occurrence(40, 50, "acled:unidentified-et", "unidentified", "patient")])
    assert [r for _, r, _ in roles] == ["actor1", "actor2", "assoc_actor_1"]
    roles = assign_roles([Occurrence(0, 9, afar, "police", "agent"), Occurrence(20, 30, liyu, "police", "patient")])
    assert [(k, r) for k, r, _ in roles] == [(afar, "actor1"), (liyu, "actor2")]


def test_a_somali_special_force_in_somalia_is_no_ethiopian_unit() -> None:
    _, roles = main_actors("On 15 January 2020, Somali special forces raided an Al Shabaab hideout near Afgoye "
                           "(Afgooye, Lower Shabelle), killing four militants.", "2020-01-15")
    assert "Ethiopia" not in " ".join(roles.values())


def test_ground_regained_after_it_was_taken_is_the_regaining() -> None:
    ev, roles = main_actors("Around 5 May 2020, the army re-captured Ancuabe (Ancuabe, Cabo Delgado) after it was "
                            "taken over by insurgents. No fatalities were reported.", "2020-05-05")
    assert (ev.type, ev.sub_type) == ("Battles", "Government regains territory")
    assert roles["actor1"] == "Military Forces of Mozambique (1990-)"
    ev, _ = main_actors("On 5 May 2020, rebels retook the town of Kitchanga (Masisi, North Kivu) after heavy fighting "
                        "with FARDC.", "2020-05-05")
    assert ev.sub_type == "Non-state actor overtakes territory"  # who regained it decides


def test_a_grenade_people_came_across_that_went_off_is_a_remote_explosive() -> None:
    ev, _ = main_actors("On 3 March 2014, a boy was killed and two others injured when they came across a hand "
                        "grenade while herding goats in Wajir (Wajir East, Wajir).", "2014-03-03")
    assert ev.sub_type == "Remote explosive/landmine/IED"
    ev, _ = main_actors("On 3 March 2014, police threw a grenade at protesters in Wajir (Wajir East, Wajir), "
                        "injuring two.", "2014-03-03")
    assert ev.sub_type == "Grenade"
    ev, _ = main_actors("On 3 March 2014, police found a grenade in a house in Wajir (Wajir East, Wajir) and defused "
                        "it.", "2014-03-03")
    assert ev.type != "Explosions/Remote violence"  # nothing went off

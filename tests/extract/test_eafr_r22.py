"""Round 22 (Eastern Africa): an ethnic group's men named by a people noun are no place, Kenya's Administration
Police is its plain police, a division the gazetteer lacks votes for no look-alike abroad, armed men the definite
article takes up are the identity militia named before, "security services" are a state's police and
activists a force hurts are civilians."""

from __future__ import annotations

from helpers import main_actors
from sitrep.extract.actor_sides import follow_identity
from sitrep.extract.event_actors import Occurrence
from sitrep.extract.place_votes import place_votes
from sitrep.extract.state_units import state_units
from sitrep.lexicon.countries import ethnic_groups
from sitrep.nlp.places import find_places


def _occ(text: str, words: str, key: str, family: str, role: str = "agent") -> Occurrence:
    start = text.index(words)
    return Occurrence(start, start + len(words), key, family, role)


def test_an_ethnic_groups_youths_or_warriors_are_no_place() -> None:
    assert ethnic_groups()["Masai"].acled == "Maasai"  # a spelling of the same people
    text = "On 3 May 2010, Masai warriors fought Kisii youths near Keroka, where two men were wounded."
    assert [m.name for m in find_places(text)] == ["Keroka"]


def test_kenyas_administration_police_is_no_unit_of_its_own() -> None:
    assert not [u for u in state_units() if u.unit == "Administration Police"]
    _, roles = main_actors("On 4 June 2011, Administration Police officers shot dead two robbers in Wajir town.",
                           "2011-06-04")
    assert roles["actor1"] == "Police Forces of Kenya (2002-2013)"


def test_a_division_the_gazetteer_lacks_votes_for_no_near_spelling_abroad() -> None:
    assert place_votes("Quarra District", admin1=True, units_only=True) == {}
    assert place_votes("Kisii County", admin1=True, units_only=True) == {"KE": 1.0}


def test_armed_men_told_again_with_the_article_are_the_militia_named_before() -> None:
    text = ("Armed men (assumed Kordofan communal militia) shot a farmer in Abu Zabad. The armed men looted his "
            "cattle.")
    named = _occ(text, "Armed men (assumed Kordofan communal militia)", "acled:communal-kordofan-sd", "militia")
    again = _occ(text, "armed men looted", "acled:unidentified-sd", "unidentified")
    again = Occurrence(again.start, again.start + len("armed men"), again.key, again.family, again.role)
    assert [o.key for o in follow_identity([named, again], text)] == ["acled:communal-kordofan-sd"] * 2
    other = "Armed men (assumed Kordofan communal militia) shot a farmer in Abu Zabad. Other armed men fled."
    named = _occ(other, "Armed men (assumed Kordofan communal militia)", "acled:communal-kordofan-sd", "militia")
    more = _occ(other, "armed men fled", "acled:unidentified-sd", "unidentified")
    more = Occurrence(more.start, more.start + len("armed men"), more.key, more.family, more.role)
    assert follow_identity([named, more], other)[1].key == "acled:unidentified-sd"  # no article: other men


def test_security_services_are_a_states_police_and_activists_they_hurt_civilians() -> None:
    _, roles = main_actors("On 5 May 2016, the security services arrested ten students in Nairobi.", "2016-05-05")
    assert roles["actor1"] == "Police Forces of Kenya (2013-2022)"
    ev, roles = main_actors("On 5 May 2016, ten opposition activists were arrested in Nairobi by the police; some of "
                            "those arrested were injured.", "2016-05-05")
    assert (roles["actor1"], roles["actor2"]) == ("Police Forces of Kenya (2013-2022)", "Civilians (Kenya)")
    assert ev.type == "Violence against civilians"


def test_the_rsf_is_a_unit_of_sudans_military_until_its_war_with_the_army() -> None:
    from sitrep.nlp.matcher import default_matcher

    rsf = default_matcher().actors.get("rsf")
    assert rsf is not None
    assert rsf.acled_name_on("2016-05-01") == "Military Forces of Sudan (1989-2019) Rapid Support Forces"
    assert rsf.acled_name_on("2021-05-01") == "Military Forces of Sudan (2019-) Rapid Support Forces"
    assert rsf.acled_name_on("2023-06-01") == "RSF: Rapid Support Forces"

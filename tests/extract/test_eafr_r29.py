"""Round 29 (Eastern Africa): a bearing from a town locates by it, the Liyu Police are Ethiopia's, a riot over a
contested election presses a claim, landmarks of the table are places whole (universities, prisons), a road's
first town places an event on it when nothing else does, Ethiopia's former provinces name Amhara and Kenya's
sub-counties their county (invented sentences)."""

from __future__ import annotations

from helpers import main_actors
from sitrep.extract.event_country import document_country
from sitrep.extract.landmark_votes import landmark_town
from sitrep.nlp.annotate import annotate
from sitrep.nlp.places import find_places
from sitrep.records import Document


def _country(text: str) -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published="2021-03-01")
    return document_country(text, annotate(doc).mentions)


def test_a_bearing_from_a_town_names_the_town() -> None:
    assert [p.name for p in find_places("Shelling was heard north of Bentiu on Friday.")] == ["Bentiu"]
    assert [p.name for p in find_places("Troops clashed 12 km south-east of Bentiu.")] == ["Bentiu"]


def test_the_liyu_police_are_ethiopias_whatever_place_the_text_names() -> None:
    _, roles = main_actors("On 3 March 2021, the liyu police shot dead two herders in Qoranle village.",
                           "2021-03-03")
    assert roles["actor1"] == "Police Forces of Ethiopia (2018-) Liyu Police"
    assert roles["actor2"] == "Civilians (Ethiopia)"


def test_a_riot_over_a_contested_election_is_a_violent_demonstration() -> None:
    ev, _ = main_actors("Backers of the defeated candidate rioted in Kisumu and fought the police.", "2008-01-02")
    assert (ev.type, ev.sub_type) == ("Riots", "Violent demonstration")
    ev, _ = main_actors("Riots erupted in Kisumu after the disputed tally of the presidential vote.", "2008-01-02")
    assert (ev.type, ev.sub_type) == ("Riots", "Violent demonstration")
    # a crowd's riot about no outcome stays mob violence
    ev, _ = main_actors("Youths rioted in Kisumu after a football match, burning stalls.", "2008-01-02")
    assert (ev.type, ev.sub_type) == ("Riots", "Mob violence")


def test_east_african_universities_and_prisons_are_places_of_their_country() -> None:
    assert landmark_town("Egerton University") == ("KE", "Njoro")
    assert landmark_town("Gabode prison") == ("DJ", "Djibouti")
    assert [p.name for p in find_places("Lecturers marched at Moi University on Tuesday.")] == ["Moi University"]
    assert _country("Lecturers marched at Egerton University on Tuesday.") == "KE"
    assert _country("Guards beat a detainee held at Luzira prison.") == "UG"


def test_a_road_named_after_two_towns_places_its_event_at_the_first_when_nothing_else_does() -> None:
    assert [p.name for p in find_places("Traders blocked the Narok-Bomet road with stones.")] == ["Narok"]
    # the other end a village the gazetteer lacks: the known town
    assert [p.name for p in find_places("Traders blocked the Narok-Oltepesi road with stones.")] == ["Narok"]
    # another place named: the road's towns are left out
    assert [p.name for p in find_places("Traders blocked the Narok-Bomet road near Kericho.")] == ["Kericho"]


def test_former_provinces_and_sub_counties_name_their_divisions() -> None:
    assert _country("Gunmen killed two traders in Wollo.") == "ET"
    assert _country("Gunmen killed two traders in Tiaty.") == "KE"
    assert _country("Gunmen killed two traders in Mt Elgon District.") == "KE"

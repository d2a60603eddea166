"""Round 18 (actors and crowds worldwide): ACLED's "Civilians (International)" for foreigners from outside the
event's region in its older data, bracketed abbreviations that name no place, and demonstrations the text says
stayed calm."""

from __future__ import annotations

from sitrep.extract import event_cues
from sitrep.extract.abbreviations import abbreviates
from sitrep.extract.actor_sides import follow_identity
from sitrep.extract.crowd_actors import unarmed_identities
from sitrep.extract.event_actors import Occurrence
from sitrep.extract.foreign_people import INTERNATIONAL, nationality


def test_foreign_civilians_from_another_region_are_international_before_2019() -> None:
    text = "A Russian tourist was stabbed in Hurghada."
    assert nationality("civilians", "RU", "EG", "2016-05-01", text) == INTERNATIONAL
    assert nationality("civilians", "RU", "EG", "2021-05-01", text) == "RU"  # later data name their country


def test_neighbours_civilians_and_other_families_keep_their_country() -> None:
    text = "Somali refugees were attacked near Dadaab."
    assert nationality("civilians", "SO", "KE", "2016-05-01", text) == "SO"  # the same region
    assert nationality("protesters", "RU", "EG", "2016-05-01", text) == "RU"  # civilians only
    assert nationality("civilians", None, "EG", "2016-05-01", text) is None  # nothing invented


def test_a_country_the_text_names_by_name_is_no_foreign_nationality() -> None:
    text = "Men stormed the office of the Russia Friendship Society and beat a Russian visitor."
    assert nationality("civilians", "RU", "EG", "2016-05-01", text) == "RU"


def test_bracketed_initials_abbreviate_the_words_before_them() -> None:
    assert abbreviates("supporters of the Cameroon People Party", "Cpp")
    assert abbreviates("fighters of the Front for the Restoration of Unity and Democracy", "FRUD")
    assert not abbreviates("protesters gathered in the centre of Douala", "Cpp")
    assert not abbreviates("the Cameroon People Party", "C")  # one letter abbreviates nothing


def test_a_demonstration_the_text_says_stayed_calm_is_a_peaceful_protest() -> None:
    cue = event_cues.Cue(event_cues.RIOTS, "Violent demonstration", 0.8, (0, 0))
    calm = "Residents blocked the road with stones to protest against power cuts. No violence was reported."
    assert event_cues.escalated(cue, calm) == ("Protests", "Peaceful protest")
    rioted = "Rioters blocked the road with stones and burned tyres. No violence was reported."
    assert event_cues.escalated(cue, rioted) != ("Protests", "Peaceful protest")  # a riot the text calls one


def _occ(text: str, words: str, key: str, family: str, role: str = "agent") -> Occurrence:
    start = text.index(words)
    return Occurrence(start, start + len(words), key, family, role)


def test_unnamed_militiamen_after_one_identity_militia_are_that_militia() -> None:
    text = "Tiv militiamen raided a farm in Agatu; the militiamen killed two herders."
    named = _occ(text, "Tiv militiamen", "acled:ethnic-tiv-ng", "ethnic")
    again = _occ(text, "the militiamen", "acled:unnamed_militia-ng", "militia")
    out = follow_identity([named, again], text)
    assert [o.key for o in out] == ["acled:ethnic-tiv-ng", "acled:ethnic-tiv-ng"]


def test_a_militia_brought_in_as_another_group_or_two_identities_stay_apart() -> None:
    text = "Tiv militiamen raided a farm in Agatu before a rival militia attacked them."
    named = _occ(text, "Tiv militiamen", "acled:ethnic-tiv-ng", "ethnic")
    rival = _occ(text, "militia attacked", "acled:unnamed_militia-ng", "militia")
    assert follow_identity([named, rival], text)[1].key == "acled:unnamed_militia-ng"
    text = "Tiv and Jukun militiamen clashed in Wukari; the militiamen burned houses."
    two = [_occ(text, "Tiv", "acled:ethnic-tiv-ng", "ethnic"),
           _occ(text, "Jukun militiamen", "acled:ethnic-jukun-ng", "ethnic"),
           _occ(text, "the militiamen", "acled:unnamed_militia-ng", "militia")]
    assert follow_identity(two, text)[2].key == "acled:unnamed_militia-ng"  # whose men is not told


def test_a_people_named_only_by_its_crowd_is_unarmed_in_a_demonstration() -> None:
    role = [("acled:ethnic-oromo-et", "actor1", "ethnic")]
    youths = "Oromo youths blocked the road in Ambo and burned tyres."
    assert unarmed_identities(role, youths, [(0, len(youths))], "ET") == {"acled:ethnic-oromo-et"}
    armed = "Oromo militiamen blocked the road in Ambo and burned tyres."
    assert unarmed_identities(role, armed, [(0, len(armed))], "ET") == set()

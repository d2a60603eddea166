"""Round 18 (actors and crowds worldwide): ACLED's "Civilians (International)" for foreigners from outside the
event's region in its older data, bracketed abbreviations that name no place, and demonstrations the text says
stayed calm."""

from __future__ import annotations

from sitrep.extract import event_cues
from sitrep.extract.abbreviations import abbreviates
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

"""Which place mention an event takes (``extract.events._location``), so that the event is placed as its
document says: the most specific place of its sentences, a list member by the designator after the list, and
the nearest earlier sentence's place when its own sentences name none."""

from __future__ import annotations

from sitrep.extract.events import _location
from sitrep.nlp import matcher
from sitrep.nlp.places import find_places
from sitrep.nlp.sentences import split_sentences
from sitrep.records import Mention


def mentions(text: str) -> tuple[list[Mention], list[tuple[int, int]]]:
    sents = split_sentences(text)
    ms = matcher.default_matcher().find(text)
    return ms + find_places(text, sents, actors=ms), sents


def test_the_first_village_of_a_list_before_its_district() -> None:
    text = "Airstrikes hit Taliban in Ziwaj and Qalaghaj-e Sufla villages, Ghazni district, Ghazni province."
    ms, sents = mentions(text)
    assert _location(text, ms, sents) == next(m.entity_key for m in ms if m.text == "Ziwaj")


def test_a_sentence_naming_no_place_takes_the_one_before() -> None:
    text = ("On the night of April 13, forces targeted militants in Chardara district, Kunduz province. "
            "40 militants were killed and 12 were injured.")
    ms, sents = mentions(text)
    assert len(sents) == 2
    assert _location(text, ms, sents[1:]) == next(m.entity_key for m in ms if m.text == "Chardara")
    assert _location(text, [m for m in ms if m.type != "location"], sents[1:]) is None

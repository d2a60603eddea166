"""Which place mention an event takes (``extract.events._location``), so that the event is placed as its
document says: the most specific place of its sentences, a list member by the designator after the list, and
the nearest earlier sentence's place when its own sentences name none."""

from __future__ import annotations

from sitrep.extract.event_places import location as _location
from sitrep.nlp import matcher
from sitrep.nlp.places import find_places
from sitrep.nlp.sentences import split_sentences
from sitrep.records import Mention
from sitrep.spans import Ordered


def mentions(text: str) -> tuple[list[Mention], list[tuple[int, int]]]:
    sents = split_sentences(text)
    ms = matcher.default_matcher().find(text)
    return ms + find_places(text, sents, actors=ms), sents


def test_the_first_village_of_a_list_before_its_district() -> None:
    text = "Drones struck Taliban in Kharbin and Shah Kalay-e Ulya villages, Andar district, Ghazni province."
    ms, sents = mentions(text)
    assert _location(text, _places(ms), sents) == next(m.entity_key for m in ms if m.text == "Kharbin")


def test_a_sentence_naming_no_place_takes_the_one_before() -> None:
    text = ("Late on Sunday, commandos raided a hideout in Imam Sahib district, Kunduz province. "
            "30 militants were killed and 9 were captured.")
    ms, sents = mentions(text)
    assert len(sents) == 2
    assert _location(text, _places(ms), sents[1:]) == next(m.entity_key for m in ms if m.text == "Imam Sahib")
    assert _location(text, _places([m for m in ms if m.type != "location"]), sents[1:]) is None


def _places(mentions: list[Mention]) -> Ordered[Mention]:
    """The document's location mentions with a key, in text order, as ``find_events`` hands them over."""
    return Ordered(m for m in sorted(mentions, key=lambda m: m.start) if m.type == "location" and m.entity_key)

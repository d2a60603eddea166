"""A part of a town named after the town it lies in (``extract.town_part_place``): a namesake of the part in
another first-level division, or a part the gazetteer does not know, gives way to the town."""

from __future__ import annotations

import pytest

from sitrep.extract.event_places import location
from sitrep.extract.town_part_place import town_part
from sitrep.lexicon.town_parts import parse, town_part_words
from sitrep.nlp import matcher
from sitrep.nlp.places import find_places
from sitrep.nlp.sentences import split_sentences
from sitrep.records import Mention
from sitrep.spans import Ordered


def _located(text: str) -> str | None:
    sents = split_sentences(text)
    ms = matcher.default_matcher().find(text)
    ms = ms + find_places(text, sents, actors=ms)
    places = Ordered(m for m in sorted(ms, key=lambda m: m.start) if m.type == "location" and m.entity_key)
    key = location(text, places, sents)
    return next((m.text for m in places.items if m.entity_key == key), None)


def test_a_neighbourhood_named_like_a_place_of_another_state_gives_way_to_the_town() -> None:
    text = "On 3 March 2021, in Manaus, Amazonas, residents beat a thief in the Cidade Nova neighborhood."
    assert _located(text) == "Manaus"


def test_a_neighbourhood_the_gazetteer_puts_in_the_town_is_kept() -> None:
    # Kibera is a neighbourhood of Nairobi: the part is where the event was
    text = "On 3 March 2021, in Nairobi, police dispersed a crowd in Kibera neighbourhood."
    assert _located(text) == "Kibera"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("shots were fired on Brieves Road in the morning", "Brieves", True),
    ("a man was found in Colonia Los Pinos", "Los Pinos", True),
    ("gunmen attacked a bar in Morelia", "Morelia", False),
])
def test_a_part_of_a_town_is_told_by_its_word(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    m = Mention(start=start, end=start + len(name), text=name, type="location", extractor="test", version="1")
    assert town_part(text, m) is expected


def test_the_table_parses_and_rejects_a_word_listed_twice() -> None:
    assert ("neighborhood", "neighborhoods") in town_part_words()
    with pytest.raises(ValueError):
        parse("road\troads\t\nroad\troads\t\n")

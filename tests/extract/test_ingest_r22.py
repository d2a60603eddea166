"""Round 22's ingest work (issue 21) only stops reading one text twice: what is kept per text answers as reading
it again, each caller gets a list of its own, and ``similar_names`` with difflib's cheap bounds first answers as the
ratio alone."""

from __future__ import annotations

import random
import re

import pytest

from sitrep.extract import place_votes, relation_forces, unit_chains
from sitrep.lexicon.gazetteer import similar_names
from sitrep.lexicon.keys import light_key, place_key, spelling_ratio
from sitrep.nlp import place_notation
from sitrep.records import Mention

TEXTS = [
    "Gunmen attacked Magdawat, Pinabacdao, Samar, on Monday; police said two were killed.",
    "Farmers protested in Castilla, Piura, against the price of water.",
    "Fighting went on in the Sidakan area in Soran district of Erbil and near Tudun Wada in Kano state.",
    "Troops raided Marabo (Irumu, Ituri) and a camp (Mambasa, Ituri) at dawn.",
    "Red Square in Moscow was closed; (Kerry, Tralee) was not.",
    "Nothing here names a place at all.",
    "",
]


def _chains_read_again(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(1), m.group(1).rsplit(",", 1)[1].strip()) for m in place_votes._CHAIN.finditer(text)
            if not text[max(0, m.start(1) - 3):m.start(1)].rstrip().endswith("(")]


@pytest.mark.parametrize("text", TEXTS)
def test_kept_answers_are_those_of_reading_the_text_again(text: str) -> None:
    assert list(place_votes.comma_chains(text)) == _chains_read_again(text)
    assert place_votes.written_spans(text) == (place_votes.hierarchy_countries(text)
                                               + list(place_votes._comma_hierarchies.__wrapped__(text))
                                               + list(place_votes._of_hierarchies.__wrapped__(text))
                                               + place_votes.inside_places(text))
    assert list(place_notation.parenthesized(text)) == list(place_notation._parenthesized(text))


@pytest.mark.parametrize("text", TEXTS)
def test_each_caller_gets_a_list_of_its_own(text: str) -> None:
    for ask in (place_votes.written_spans, place_votes.comma_hierarchies, place_votes.of_hierarchies):
        first = ask(text)
        first.append((0, 0, frozenset({"XX"})))
        assert (0, 0, frozenset({"XX"})) not in ask(text)


@pytest.mark.parametrize("text", TEXTS)
def test_chain_unit_answers_as_a_scan_of_the_chains(text: str) -> None:
    for m in re.finditer(r"[A-Z]\w+", text):
        expected = next((last if unit_chains.second_level_countries(last) else None
                         for a, b, last in _chains_read_again(text) if a <= m.start() and m.end() <= b), None)
        assert unit_chains.chain_unit(text, m.start(), m.end()) == expected


def test_document_country_of_the_forces_answers_again_the_same() -> None:
    text = "Police in Nairobi and Mombasa arrested protesters."
    mentions = [Mention(10, 17, "Nairobi", "location", "test", "1"),
                Mention(22, 29, "Mombasa", "location", "test", "1")]
    first = relation_forces.document_country(mentions)
    assert relation_forces.document_country(list(mentions)) == first
    assert first == relation_forces.places_country(["Nairobi", "Mombasa"], relation_forces.default_gazetteer())
    assert text[10:17] == "Nairobi"


def _similar_by_ratio(a: str, b: str) -> bool:
    la, lb = light_key(a), light_key(b)
    if la == lb or len(place_key(a)) >= 5:
        return True
    return 2.0 * min(len(la), len(lb)) / (len(la) + len(lb)) >= 0.7 and spelling_ratio(la, lb) >= 0.7


def test_similar_names_answers_as_the_ratio_alone() -> None:
    rng = random.Random(22)
    letters = "abdeiklmnorstu"
    names = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 6))).title() for _ in range(400)]
    names += ["Gao", "Goa", "Ghao", "Kidal", "Kida", "Bor", "Boor", "Al Bab", "El Bab", "Ende", "Edne"]
    for _ in range(20_000):
        a, b = rng.choice(names), rng.choice(names)
        assert similar_names(a, b) == _similar_by_ratio(a, b), (a, b)

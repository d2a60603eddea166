"""``keys.spelling_ratio`` is difflib's ``SequenceMatcher(None, a, b).ratio()`` to the last bit, and
``DefaultGazetteer.names_under`` gives the names of ``lookup([key])``'s entries whose ``place_key`` is the key, as
folding them again did (round 19, issue 21)."""

from __future__ import annotations

import difflib
import random

import pytest

from sitrep.lexicon.gazetteer import DefaultGazetteer, Place, default_gazetteer
from sitrep.lexicon.keys import place_key, spelling_ratio


def _difflib(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def test_spelling_ratio_is_difflibs() -> None:
    rnd = random.Random(19)
    letters = "aabbeiklmnorstuzéçß'- ЖЯ"
    pairs = [("".join(rnd.choice(letters) for _ in range(rnd.randint(0, 30))),
              "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 30)))) for _ in range(5000)]
    pairs += [("nangarhar", "nangrahar"), ("dhalkebar", "dehalakkebir"), ("", ""), ("a", ""), ("", "b"),
              ("abab" * 30, "baba" * 60)]  # the last: difflib's automatic junk (200 characters or more)
    for a, b in pairs:
        assert spelling_ratio(a, b) == _difflib(a, b), (a, b)


def _reference(g: DefaultGazetteer, key: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.id, tuple(n for n in p.all_names if place_key(n) == key)) for p in g.lookup([key])]


@pytest.mark.skipif(default_gazetteer().empty, reason="no embedded gazetteer")
def test_names_under_the_embedded_rows() -> None:
    g = default_gazetteer()
    for name in ["Kabul", "Herat", "Maan", "Sar-e Pul", "Gao", "Goma", "Tripoli", "San Jose", "Springfield"]:
        key = place_key(name)
        assert [(p.id, names) for p, names in g.names_under(key)] == _reference(g, key)


def test_names_under_records() -> None:
    places = [Place("a", "Qala", "village", 1.0, 2.0, "AF", names=("Kala", "Qal'a", "Fort")),
              Place("b", "Kalah", "town", 3.0, 4.0, "IQ"),
              Place("c", "Fort", "village", 5.0, 6.0, "NE", names=("Qala",))]
    g = DefaultGazetteer(places, {})
    for name in ["Qala", "Fort", "Kalah", "Nowhere"]:
        key = place_key(name)
        assert [(p.id, names) for p, names in g.names_under(key)] == _reference(g, key)

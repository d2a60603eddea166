"""``place_votes.places_named`` answers as the plain comparison of every name of every entry did: the per-entry
spelling filter and the length bound of loose matches only skip work (round 17b, issue 21)."""

from __future__ import annotations

import difflib
import re

import pytest

from sitrep.extract import place_votes
from sitrep.lexicon.gazetteer import default_gazetteer, similar_names
from sitrep.lexicon.keys import ascii_fold, light_key, place_key


def _plain(name: str) -> str:
    return re.sub(r"['’ʿʾ`]", "", ascii_fold(name).lower())


def _near(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, light_key(a), light_key(b)).ratio() >= 0.8


def _reference(name: str, loose: bool) -> tuple[str, ...]:
    """The comparison as it was written before: every name of every entry under the key folded."""
    written = _plain(name)
    return tuple(p.id for p in default_gazetteer().lookup([place_key(name)])
                 if p.country and (written in {_plain(n) for n in p.all_names}
                                   or (loose and any(similar_names(name, n) and _near(name, n)
                                                     for n in p.all_names))))


NAMES = ["Kabul", "Maan", "Ma'an", "Hérat", "Nangrahar", "Chahar Mahall and Bakhtiari", "Jalalabad", "Kandahar",
         "Gao", "Al", "Sar-e Pul", "Dehalak' Kebir", "Ouagadougou", "Bamenda", "Goma", "São Paulo", "İzmir"]


@pytest.mark.skipif(default_gazetteer().empty, reason="no embedded gazetteer")
@pytest.mark.parametrize("loose", [False, True])
def test_places_named_as_the_plain_comparison(loose: bool) -> None:
    for name in NAMES:
        assert tuple(p.id for p in place_votes.places_named(name, loose)) == _reference(name, loose), name


def test_near_lengths_never_refuses_a_near_spelling() -> None:
    words = ["Nangrahar", "Nangarhar", "Dhalkebar", "Dehalak' Kebir", "Ma'an", "Maan", "Goma", "Gomaa", "", "'",
             "Chaharmahal and Bakhtiari", "Chahar Mahall and Bakhtiari", "Al", "Alabama"]
    for a in words:
        for b in words:
            if _near(a, b):
                assert place_votes._near_lengths(a, b), (a, b)
            assert place_votes._near_letters(a, b) == _near(a, b), (a, b)
    assert not place_votes._near_lengths("Al", "Alabama")


def test_light_key_of_ascii_as_the_regular_expressions_made_it() -> None:
    def reference(name: str) -> str:
        plain = re.sub(r"['’‘ʿʾ`´]", "", ascii_fold(name).lower())
        return re.sub(r"[\W_]+", "", plain) or " ".join(name.casefold().split())

    for name in ["Sar-e Pul", "Ma'an", "Kowt_District", "  - ", "St. John's", "A`la", "Hérat", "Tab\tuk", "X-2 (B)"]:
        assert light_key.__wrapped__(name) == reference(name), name
    assert light_key("Sar-e Pul") == "sarepul" and light_key(" - ") == "-"

"""Round 21's first-pass cuts (issue 16; i21c-speed) answer as the work they replace: the second-level divisions'
name keys read from one table, and an agreement's coordinated subject searched only behind its gate."""

from __future__ import annotations

import pytest

from sitrep.extract import place_votes, state_actors
from sitrep.lexicon.gazetteer import default_gazetteer


def _keys_of_places(country: str) -> frozenset[tuple[str, str]]:
    key = place_votes._bare_key
    return frozenset((key(str(p.admin1)), key(n)) for p in default_gazetteer().of_feature("admin2")
                     if p.country == country and p.admin1 for n in p.all_names)


@pytest.mark.parametrize("country", ["NG", "AF", "MX", "CD", "IN", "XX"])
def test_the_admin2_keys_are_those_of_the_places(country: str) -> None:
    assert place_votes._admin2_keys(country) == _keys_of_places(country)


SENTENCES = [
    "Kenya and Ethiopia signed a border agreement in Nairobi.",
    "Russia, Iran and Turkey have agreed on a ceasefire.",
    "Sudan and\nSouth Sudan reached a deal on oil transit.",
    "The truce agreed by Russia, Iran and Turkey held for a week.",
    "Mali and Niger struck an accord; Chad signed later.",
    "Police and protesters clashed after talks stalled.",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_gate_lets_every_subject_run_through(sentence: str) -> None:
    if state_actors._subject_run().search(sentence) is not None:
        assert state_actors._SUBJECT_RUN_GATE.search(sentence) is not None


def test_a_coordinated_subject_still_names_the_parties() -> None:
    assert state_actors._parties(SENTENCES[0]) == ["KE", "ET"]
    assert state_actors._parties(SENTENCES[2]) == ["SD", "SS"]

"""Round 21's speed work (issue 16) only skips work: gated searches answer as the searches they skip, and the
look-ups that pass over entries first answer as folding every name of every entry did."""

from __future__ import annotations

import pytest

from sitrep.extract import event_cues, event_places, incident_furniture
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import ascii_fold, place_key

SENTENCES = [
    "Protesters stoned police, who fired tear gas to disperse them.",
    "Police dispersed the march and arrested 20 demonstrators.",
    "Villagers held a peaceful sit-in in front of the district office.",
    "Rioters looted shops and assaulted a journalist before police arrived.",
    "Two civilians were injured when a shell hit a house in the village.",
    "Gunmen abducted three traders on the road and held them hostage for a week.",
    "Soldiers clashed with rebels near the border, killing at least 4 fighters.",
    "A landmine laid during the war exploded under a passing bus, wounding several passengers.",
    "Unknown men beat a detainee in a police cell; he was later released.",
    "Security forces had to intervene after two groups of youths fought with machetes.",
    "Crowds threw stones at the army checkpoint and set fire to a police vehicle.",
    "The KELVIN test: \u212aILLED and \u017fhot words fold otherwise under re.IGNORECASE.",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_gated_filter_answers_as_its_search(sentence: str) -> None:
    table = event_cues.table()
    for name, pattern in table.filters.items():
        assert table.found(name, sentence) == (pattern.search(sentence) is not None), name


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_gated_cue_search_answers_as_the_search(sentence: str) -> None:
    for cue, pattern in event_cues.table().cues.items():  # the plain search (``gated=False`` before round 26)
        gated, plain = event_cues._search(cue, sentence), pattern.search(sentence)
        assert (gated and gated.span()) == (plain and plain.span()), cue


def _named_by_folding(name: str) -> tuple[str, ...]:
    """``event_places._named`` as it was written before: every name of every entry under the key folded."""
    written = ascii_fold(name).lower()
    return tuple(p.id for p in default_gazetteer().lookup([place_key(name)])
                 if written in {ascii_fold(n).lower() for n in p.all_names})


@pytest.mark.skipif(default_gazetteer().empty, reason="no embedded gazetteer")
@pytest.mark.parametrize("name", ["Turkey", "Georgia", "Kabul", "Hérat", "Ma'an", "Maan", "São Paulo", "İzmir",
                                  "Sar-e Pul", "Syria", "Niger", "Congo", "Côte d'Ivoire", "Al", "--", "Gao"])
def test_named_as_folding_every_name(name: str) -> None:
    assert tuple(p.id for p in event_places._named(name)) == _named_by_folding(name)


def test_a_credit_holds_a_slash() -> None:
    with_credit = "Police at the scene in the capital. REUTERS/Jane Doe"
    assert incident_furniture.caption(with_credit, 0, len(with_credit))
    without = "Police at the scene in the capital. Reuters Jane Doe"
    assert not incident_furniture.caption(without, 0, len(without))

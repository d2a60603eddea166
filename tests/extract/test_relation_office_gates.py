"""The national and provincial office patterns are searched only in sentences that hold their words (round 27):
a sentence the gate refuses is one the pattern does not match."""

from __future__ import annotations

from sitrep.extract import relation_context as rc
from sitrep.lexicon.regex_literals import folded

# invented masked sentences (each name a numbered ⟦i⟧)
_MASKED = [
    "Kenyan President ⟦0⟧ met the envoy in ⟦1⟧.",
    "the Ghanaian defence minister ⟦0⟧ said on Monday",
    "Provincial police chief ⟦0⟧ said two officers were hurt.",
    "the provincial governor, ⟦0⟧, toured ⟦1⟧",
    "⟦0⟧ fighters attacked a checkpoint near ⟦1⟧ at dawn.",
    "Residents said the market in ⟦0⟧ reopened.",
    "Nigerian army chief ⟦0⟧ visited troops",
]


def test_gates_refuse_only_sentences_the_patterns_do_not_match() -> None:
    national, provincial, _ = rc._office_gates()
    refused = 0
    for text in _MASKED:
        for g, rx in ((national, rc._national_office()), (provincial, rc._PROVINCIAL)):
            if not g.may_match(folded(text)):
                refused += 1
                assert rx.search(text) is None, text
    assert refused >= 5  # most sentences name no office
    assert rc._national_office().search(_MASKED[0]) is not None and national.may_match(folded(_MASKED[0]))
    assert rc._PROVINCIAL.search(_MASKED[2]) is not None and provincial.may_match(folded(_MASKED[2]))


def test_control_patterns_are_skipped_only_where_they_cannot_match() -> None:
    texts = [
        "⟦0⟧ fighters captured the district after a day of fighting",
        "troops ceded control of the town to ⟦0⟧ on Sunday",
        "the village was retaken by ⟦0⟧",
        "a base was set up in two districts of ⟦0⟧",
        "⟦0⟧ said the market reopened",
        "⟦0⟧ shelled ⟦1⟧ overnight",
    ]
    gated = [*rc._control_patterns(), (rc._COUNTED, rc._office_gates()[2])]
    for text in texts:
        for rx, g in gated:
            if not g.may_match(folded(text)):
                assert rx.search(text) is None, text
    assert all(any(rx.search(t) and g.may_match(folded(t)) for rx, g in gated) for t in texts[:4])
    assert not any(g.may_match(folded(t)) for _, g in gated for t in texts[4:])

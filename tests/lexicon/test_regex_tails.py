"""The tail of a pattern from its first literal on: never absent from a text the whole pattern matches."""

from __future__ import annotations

import re

import pytest

from sitrep.extract import relations
from sitrep.extract.relation_patterns import patterns
from sitrep.lexicon.regex_tails import tail

# invented sentences, masked as the relation extractor masks them (each name a numbered ⟦i⟧)
_MASKED = [
    "the veteran field commander of ⟦0⟧, ⟦1⟧, said the convoy was hit.",
    "the veteran field commander of ⟦0⟧ ⟦1⟧ said the convoy was hit.",
    "A spokesman for ⟦0⟧ forces, ⟦1⟧, told reporters on Friday.",
    "⟦0⟧ and ⟦1⟧ signed a truce in ⟦2⟧ after weeks of fighting between ⟦0⟧ and ⟦3⟧.",
    "Fighting between ⟦0⟧ and ⟦1⟧ broke out near ⟦2⟧.",
    "Deputy leader of the ⟦0⟧ group, ⟦1⟧, was arrested.",
    "no names at all in this sentence, only words, of and for.",
    "⟦0⟧ captured the district of ⟦1⟧, whose governor fled to ⟦2⟧.",
]


def test_tail_opens_at_the_first_literal_after_the_head() -> None:
    rx = re.compile(r"(?:the\s+)?(?:senior|deputy)\s+(?:chief|head)\s+of\s+⟦(?P<o>\d+)⟧,\s+⟦(?P<s>\d+)⟧", re.I)
    rest = tail(rx)
    assert rest is not None
    assert rest.search("chief of ⟦0⟧ ⟦1⟧") is None  # no comma between the names: the tail is absent
    assert rx.search("the senior chief of ⟦0⟧ ⟦1⟧") is None
    assert rest.search("lies of ⟦3⟧, ⟦4⟧") is not None  # found alone, whatever precedes it
    assert rest.flags & re.I and set(rest.groupindex) == {"o", "s"}


@pytest.mark.parametrize("pattern", [
    r"⟦(?P<s>\d+)⟧\s+led\s+⟦(?P<o>\d+)⟧",  # opens with its literal: its search scans for it already
    r"(?P<w>\w+)\s+⟦\d+⟧\s+(?P=w)",  # a backreference: what the tail matches depends on the head
    r"(?:a|b)\s+(?(1)x|y)",  # (an invalid conditional is no pattern at all; see below)
    r"\w+\s+\w+",  # no literal
    r"killed|⟦0⟧ wounded",  # alternatives at the top: no element every match holds
])
def test_no_tail(pattern: str) -> None:
    try:
        rx = re.compile(pattern)
    except re.error:
        return
    assert tail(rx) is None


def test_a_conditional_gets_no_tail() -> None:
    assert tail(re.compile(r"(?P<q>\()?\w+\s+⟦\d+⟧(?(q)\))")) is None


def test_relation_patterns_never_match_where_their_tail_is_absent() -> None:
    tails = [(p.regex, tail(p.regex)) for p in patterns()]
    assert sum(t is not None for _, t in tails) >= 5  # the patterns that open with words have one
    for text in _MASKED:
        for rx, rest in tails:
            if rest is not None and rest.search(text) is None:
                assert rx.search(text) is None, (rx.pattern[:80], text)
            if rest is not None and rx.search(text) is not None:
                assert rest.search(text) is not None


def test_relations_keep_a_tail_for_each_pattern() -> None:
    table, _, tails = relations._gated()
    assert len(tails) == len(table)
    assert all((t is None) == (tail(p.regex) is None) for p, t in zip(table, tails, strict=True))

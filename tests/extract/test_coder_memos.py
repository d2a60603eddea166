"""The coder's answers memoized per text (round 26): each memo gives the answer of the plain search it stands for,
whether asked once or again, in any order, and it keeps no answer of one text for another."""

from __future__ import annotations

import re

import pytest

from sitrep.extract import event_cues, incident_furniture
from sitrep.extract.cue_table import load_table

# invented sentences and contexts: crowds, clashes, strikes, arrests, nothing at all
_TEXTS = [
    "Protesters stoned police, who answered with tear gas and batons.",
    "Police dispersed the march and arrested 20 demonstrators.",
    "Villagers sat quietly outside the district office all day to demand clean water.",
    "Rioters looted shops and assaulted a journalist before police arrived.",
    "Gunmen ambushed an army patrol near the river crossing, killing three soldiers.",
    "An air strike hit a fuel depot outside the town; no casualties were reported.",
    "Traders gathered at the market to protest over a shopkeeper whom soldiers had killed.",
    "Militants abducted two teachers from a village school on Monday.",
    "The council met to discuss the budget.",
    "A roadside bomb exploded as a convoy passed, wounding four police officers.",
    "Students marched to the ministry demanding the release of detained classmates; police used water cannon.",
    "[size=no report] Residents blocked the highway with burning tyres over power cuts.",
    "A crowd set fire to a police post after a man died in custody, and officers fired live rounds.",
    "Soldiers seized weapons and explosives from a hideout.",
    "No violence was reported during the rally in the capital.",
    "",
    "Kelvin \u212a and a long \u017f: odd folds.",
]


def _fresh() -> None:
    event_cues._search.cache_clear()
    event_cues.claimless.cache_clear()
    incident_furniture.head_end.cache_clear()
    event_cues.table()._found.cache_clear()


@pytest.mark.parametrize("order", [1, -1])
def test_cue_searches_answer_as_the_cue_pattern(order: int) -> None:
    _fresh()
    cues = event_cues.table().cues
    for _ in range(2):  # the second round is answered by the memo
        for text in _TEXTS[::order]:
            for name, pattern in cues.items():
                got, want = event_cues._search(name, text), pattern.search(text)
                assert (got and (got.span(), got.group())) == (want and (want.span(), want.group())), (name, text)


@pytest.mark.parametrize("order", [1, -1])
def test_table_filters_answer_as_their_pattern(order: int) -> None:
    _fresh()
    t = load_table()
    for _ in range(2):
        for text in _TEXTS[::order]:
            for name, pattern in t.filters.items():
                assert t.found(name, text) == (pattern.search(text) is not None), (name, text)


def test_claimless_answers_as_unmemoized() -> None:
    _fresh()
    for _ in range(2):
        for text in _TEXTS:
            assert event_cues.claimless(text) == event_cues.claimless.__wrapped__(text)
    # a claim is blanked out to its clause's end, the same length kept
    text = "Traders gathered at the market to protest over a shopkeeper whom soldiers had killed."
    assert len(event_cues.claimless(text)) == len(text)


def test_head_end_answers_as_the_body_line_pattern() -> None:
    _fresh()
    head = "Heavy fighting in the north\nBy a staff writer\n"
    body = "Gunmen ambushed an army patrol near the river crossing on Monday, killing three soldiers.\n"
    # lines that end otherwise than a sentence (a note's closing tag), or with spaces and a quote after the stop
    tagged = "Armed men raided a checkpoint on the northern road and seized two rifles [size=no report]"
    texts = [head + body, head, body, "", head + "Too short.\n" + body, tagged, tagged + "\n" + body,
             head + "They said the camp was quiet all week long and would stay so.”\t \nMore", body.strip() + "  "]
    for _ in range(2):
        for text in texts:
            m = re.compile(r"(?m)^[ \t]*(?:\S+[ \t]+){7,}[^\n]*[.!?\"”’)][ \t]*$").search(text)
            assert incident_furniture.head_end(text) == (m.start() if m else len(text))
    assert incident_furniture.head_end(head + body) == len(head)


def test_memos_are_bounded() -> None:
    for memo in (event_cues._search, event_cues.claimless, incident_furniture.head_end, event_cues.table()._found):
        assert memo.cache_info().maxsize is not None and memo.cache_info().maxsize <= 1024

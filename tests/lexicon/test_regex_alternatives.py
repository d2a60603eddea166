"""A list of alternatives searched through those a text may match: always the whole pattern's match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.bench.corpus import write_corpus
from sitrep.extract import event_cues
from sitrep.lexicon.regex_alternatives import Alternatives, alternatives

SOURCES = [r"\b(?:shot|killed)\s+(?:a|two)\s+\w+", r"\bkilled\s+two\b", r"(?<!\bformer\s)\bsoldiers\b[^.]{0,30}\bfled",
           r"\bdispers(?:ed|ing)\b", r"\btear\s*-?gas\b"]


def _pattern(sources: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(sources), re.I)


@pytest.mark.parametrize("text", [
    "Gunmen killed two farmers near the market.",  # two alternatives start at "killed": the first in the list wins
    "Police used TEAR-GAS and dispersed the crowd.",  # the leftmost match, though a later alternative
    "Former soldiers fled; soldiers then fled the post.",  # a lookbehind reads the text before the match
    "Villagers gathered peacefully.",  # none
    "Police dispersed the \u0130stanbul march.",  # a character the gates cannot fold: the whole pattern
    "",
])
def test_the_match_is_the_whole_patterns(text: str) -> None:
    whole = _pattern(SOURCES)
    got, want = Alternatives(whole, SOURCES).search(text), whole.search(text)
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert (got.span(), got.group()) == (want.span(), want.group())


def test_only_the_alternatives_a_text_may_match_are_searched() -> None:
    searcher = Alternatives(_pattern(SOURCES), SOURCES)
    assert searcher.search("Gunmen killed two farmers.") is not None
    assert searcher._compiled[0] is not None and all(c is None for c in searcher._compiled[2:])


def test_a_pattern_with_groups_or_other_sources_is_searched_whole() -> None:
    grouped = [r"\b(shot)\s+dead\b", r"\bkilled\b"]
    searcher = Alternatives(_pattern(grouped), grouped)
    assert searcher._gates is None and searcher.search("he was shot dead").group(1) == "shot"  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        Alternatives(_pattern(SOURCES), SOURCES[:-1])


def test_gates_are_kept_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    pairs = [(_pattern(SOURCES), SOURCES)]
    first = alternatives("probe", pairs)[0]
    assert len(list(tmp_path.glob("regex-alternatives-probe-*.pickle"))) == 1
    again = alternatives("probe", pairs)[0]
    assert first._gates is not None and again._gates is not None
    assert [g.words for g in first._gates] == [g.words for g in again._gates]


def test_the_long_cues_find_what_their_whole_patterns_find(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    write_corpus(path, 80, "notes")
    texts = [
        *path.read_text(encoding="utf-8").splitlines(),
        "Police fired tear gas and rubber bullets to disperse protesters who had blocked the main road.",
        "Rioters torched two shops and stoned a police vehicle; officers arrested 12 demonstrators.",
        "Soldiers opened fire on the crowd, killing three marchers and wounding dozens of others.",
        "Unidentified gunmen shot and killed a teacher in front of his house on Monday.",
    ]
    assert len(event_cues._ALTERNATIVES) >= 5
    found = 0
    for name, searcher in event_cues._ALTERNATIVES.items():
        whole = event_cues._TABLE.cues[name]
        for text in texts:
            got, want = searcher.search(text), whole.search(text)
            assert (got and got.span()) == (want and want.span()), (name, text)
            found += want is not None
    assert found > 20

"""Words a pattern cannot match without: derived from the pattern, never wrong about a text the pattern matches."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from sitrep import api
from sitrep.bench.corpus import write_corpus
from sitrep.extract import event_actors, event_cues, incidents, relation_patterns, state_units
from sitrep.extract.cue_table import load_table
from sitrep.lexicon import regex_literals
from sitrep.lexicon.regex_literals import Gate, Gated, GateSet, clauses, folded, gates, required
from sitrep.lexicon.regex_literals import gate as gate_of


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\bkill(?:ed|ing)\b", {"kill"}),
    (r"\b(?:shot|gunned)\s+dead\b|\bexecuted\b", {"dead", "executed"}),
    (r"neighbou?rs", {"neighbo"}),  # the longest run that must be there
    (r"(?:bomb|blast)s?\s+(?:went\s+off|exploded)", {"went", "exploded"}),
    (r"ab(?:duct|ducted)", {"abduct"}),  # the parser takes the alternatives' common start out
    (r"ab(?:ed|ing)", None),  # too short to be worth a test
    (r"\w+\s+attack|raid", {"attack", "raid"}),
    (r"(?:attack|)ed", None),  # an empty alternative requires nothing
    (r"(?:clash){0,2}es", None),  # a part that may be absent is never required
    (r"(?<=armed\s)men", {"men"}),  # a lookbehind's words are not taken
    (r"[Kk]illed", {"illed"}),  # a class is no literal
    (r"(?-i:Taliban)", {"taliban"}),
    (r"évacu(?:é|ated)", {"vacu"}),  # non-ASCII letters are never taken
])
def test_required_words(pattern: str, words: set[str] | None) -> None:
    got = required(re.compile(pattern, re.I))
    assert got == (frozenset(words) if words is not None else None)
    if got is not None:  # the pattern's match, wherever it is, holds one of the words
        assert all(w == w.lower() and w.isascii() for w in got)


def test_odd_folds_are_every_character_re_ignorecase_folds_otherwise_than_lower() -> None:
    ascii_ = re.compile(r"[\x00-\x7f]", re.I)
    odd = {c for c in map(chr, range(128, sys.maxunicode + 1)) if ascii_.fullmatch(c)
           and not (len(c.lower()) == 1 and c.lower().isascii() and re.fullmatch(re.escape(c.lower()), c, re.I))}
    assert odd == set(regex_literals.ODD_FOLDS)
    assert folded("Kunduz \u0130stanbul") is None and folded("KUNDUZ \u2019s") == "kunduz \u2019s"


def test_gate_tests_the_shortest_words_and_never_refuses_an_unfolded_text() -> None:
    gate = Gate({"bomb", "bombing", "blast", "blasts"})
    assert gate.words == ("blast", "bomb")
    assert gate.may_match("a bombing") and not gate.may_match("a raid")
    assert gate.may_match(None) and Gate(None).may_match("anything")


def test_gates_are_kept_on_disk_and_rederived_for_other_patterns(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    patterns = [re.compile(r"\bkilled\b", re.I), re.compile(r"x?", re.I)]
    assert [g.words for g in gates("probe", patterns)] == [("killed",), None]
    assert len(list(tmp_path.glob("regex-gates-probe-*.pickle"))) == 1
    assert [g.words for g in gates("probe", patterns)] == [("killed",), None]
    assert [g.words for g in gates("probe", [*patterns[:1], re.compile("raid", re.I)])] == [("killed",), ("raid",)]


def _texts(tmp_path: Path) -> list[str]:
    out: list[str] = []
    for kind, n in (("news", 6), ("notes", 60)):
        path = tmp_path / f"{kind}.jsonl"
        write_corpus(path, n, kind)
        out += [line for line in path.read_text(encoding="utf-8").splitlines()]
    out += [p.read_text(encoding="utf-8") for p in sorted(api.sample_corpus().glob("*.txt"))]
    sentences = [s for t in out for s in re.split(r"(?<=[.!?])\s+|\\n", t) if s.strip()]
    odd = ["Gunmen KILLED two; \u0130nsurgents ambushed a convoy", "A \u017fuicide bomber struck", "ATTACK ON POLICE"]
    return sentences + odd


def test_no_gate_refuses_a_text_its_pattern_matches(tmp_path: Path) -> None:
    table = load_table()
    patterns = [*table.cues.values(), *table.triggers.values(), *table.filters.values(),
                *(p.regex for p in relation_patterns.patterns()), *(u.pattern for u in state_units.state_units()),
                *(rx for _, rx in event_actors._GENERIC), *incidents._NOT_AN_INCIDENT, *incidents._TALKS]
    checked = [(p, gate_of(p)) for p in patterns]
    assert sum(g.words is not None for _, g in checked) > len(checked) * 3 // 4  # most patterns get a gate
    matched = 0
    for text in _texts(tmp_path):
        low = folded(text)
        for p, gate in checked:
            if p.search(text):
                matched += 1
                assert gate.may_match(low), (p.pattern[:80], text)
    assert matched > 200
    assert sum(g.clauses is not None for _, g in checked) > len(checked) // 2


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"\bbl(?:ew|own)\s+up\b", (({"blew"}, {"up"}), ({"blown"}, {"up"}))),  # "up" is too short: dropped below
    (r"\bblock(?:ed|ing)\s+(?:\w+\s+){0,3}with\s+(?:stones|rocks)", (({"blocked", "blocking"}, {"with"},
                                                                      {"stones", "rocks"}),)),
    (r"\b(?:threw\s+stones|burn(?:ed|t)\s+tyres)\b", (({"threw"}, {"stones"}), ({"burned", "burnt"}, {"tyres"}))),
    (r"\bieds?\b|\bexploded\b", (({"ied"},), ({"exploded"},))),
    (r"\bieds?\b|\bup\b", None),  # an alternative with no string of three letters: no clauses
    (r"[ck]ar\s+bombs?", (({"car", "kar"}, {"bomb"}),)),
])
def test_clauses(pattern: str, needs: tuple[tuple[set[str], ...], ...] | None) -> None:
    got = clauses(re.compile(pattern, re.I))
    want = None if needs is None else tuple(tuple(frozenset(w for w in ws if len(w) >= 3) for ws in c
                                                  if min(map(len, ws)) >= 3) for c in needs)
    assert got == want


def test_a_gate_with_clauses_needs_every_set_of_one_alternative() -> None:
    g = gate_of(re.compile(r"\bblock(?:ed|ing)\s+(?:\w+\s+){0,3}with\s+(?:stones|rocks)|\bston(?:ed|ing)\b", re.I))
    assert g.may_match("they blocked the road with rocks") and g.may_match("youths were stoning cars")
    assert not g.may_match("they blocked the road")  # "with" and the stones are missing
    assert not g.may_match("police with batons")


def test_classify_is_the_same_with_and_without_gates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(tmp_path)
    gated = [event_cues.classify(t) for t in texts]
    assert sum(bool(c) for c in gated) > 50
    for gate in (*event_cues._GATES.values(), *event_cues._TRIGGER_GATES.values()):
        monkeypatch.setattr(gate, "words", None)
        monkeypatch.setattr(gate, "clauses", None)
    monkeypatch.setattr(event_cues, "_GATE_SET", GateSet(event_cues._GATES))
    event_cues._hits.cache_clear()
    assert [event_cues.classify(t) for t in texts] == gated
    event_cues._hits.cache_clear()


def test_a_gate_set_answers_as_its_gates(tmp_path: Path) -> None:
    table = [p.regex for p in relation_patterns.patterns()]
    one = dict(enumerate(gates("relations", table)))
    one[len(one)] = Gate(["ok"])  # a word shorter than MIN_LENGTH: asked of its gate itself
    one[len(one)] = Gate(None)  # no gate: always possible
    many = GateSet(one)
    texts = [*_texts(tmp_path), "The militants killed two soldiers.", "Nothing happened here, ok.", ""]
    for text in texts:
        low = folded(text)
        assert many.possible(low) == {k for k, g in one.items() if g.may_match(low)}, text
    assert many.possible(None) == set(one)
    assert many.possible("the rebels attacked") != set(one)  # it does rule some out


def test_gated_patterns_answer_as_a_search_of_each() -> None:
    patterns = [re.compile(r"\btalks\s+with\b", re.I), re.compile(r"\b(?:daily|frequent)\s+attacks\b", re.I)]
    gated = Gated(patterns)
    for text in ("Talks with the rebels", "frequent attacks on the road", "an attack", "\u0130nsurgents' TALKS WITH"):
        assert gated.any_search(text) == any(p.search(text) for p in patterns), text

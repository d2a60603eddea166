"""A gate's written-out test (``regex_literals._test``) answers as the loops it replaces, for every shipped gate;
the government periods read by country as the whole table (round 22's speed work)."""

from __future__ import annotations

import random

from sitrep.extract import event_cues, relation_patterns, state_units
from sitrep.extract.cue_table import load_table
from sitrep.lexicon.regex_literals import Gate, GateSet, folded, gate


def _loops(g: Gate, t: str) -> bool:
    """The answer as ``Gate.may_match`` read it before round 22."""
    if g.words is None:
        return True
    if not any(w in t for w in g.words):
        return False
    return g.clauses is None or any(all(any(w in t for w in ws) for ws in c) for c in g.clauses)


def _texts(gates: list[Gate]) -> list[str]:
    """Invented sentences, and texts made of the gates' own strings (so that most alternatives are met)."""
    rng = random.Random(22)
    strings = sorted({w for g in gates for w in g.all_words()})
    made = [" ".join(rng.sample(strings, k)) for k in (1, 2, 3, 5, 8, 13) for _ in range(40)]
    return ["police fired tear gas to disperse the crowd of protesters", "gunmen killed two villagers on monday",
            "the army shelled rebel positions near the town", "", "nothing to see", *made]


def test_the_written_test_answers_as_the_loops() -> None:
    table = load_table()
    patterns = [*table.cues.values(), *table.triggers.values(), *table.filters.values(),
                *(p.regex for p in relation_patterns.patterns()), *(u.pattern for u in state_units.state_units())]
    gates = [gate(p) for p in patterns]
    assert sum(g.clauses is not None for g in gates) > 100
    texts = _texts(gates)
    for g in gates:
        for t in texts:
            assert g.may_match(t) == _loops(g, t), (g.words, t)


def test_strings_that_need_quoting_and_empty_sets() -> None:
    g = Gate(["it's", 'say "no"', "back\\slash"], ((frozenset({"it's"}), frozenset({'"no"'})), (frozenset(),)))
    assert g.may_match('it\'s what they say "no"')
    assert not g.may_match("it's what they say")  # neither alternative met: the empty set is never met
    assert g.may_match("a back\\slash") is False  # a word, but no alternative met
    assert Gate(["kill"], ()).may_match("killed") is False  # no alternative at all: as an empty ``any``
    assert not Gate([]).may_match("anything")


def test_a_changed_gate_is_asked_as_changed() -> None:
    g = Gate(["kill"])
    assert not g.may_match("a quiet day")
    g.words = g.clauses = None  # as event_cues does to gates of strings with spaces
    assert g.may_match("a quiet day")


def test_the_cue_gate_set_answers_as_its_gates() -> None:
    gates = event_cues._GATES
    many = GateSet(gates)
    for t in _texts(list(gates.values())):
        low = folded(t)
        assert many.possible(low) == {k for k, g in gates.items() if _loops(g, low or "")}


def test_period_reads_the_country_s_own_rows_as_the_whole_table() -> None:
    from sitrep.lexicon import countries

    def scan(iso2: str, date: str) -> str | None:  # the whole table in order, as before round 22
        return next((g.period for g in countries.governments() if g.iso2 == iso2 and g.start <= date[:10]
                     and (g.end is None or date[:10] < g.end)), None)

    dates = [f"{y}-{m:02d}-15" for y in range(1990, 2027) for m in (1, 6, 11)] + ["2019-04-01T00:00:00"]
    for iso2 in {g.iso2 for g in countries.governments()} | {"ZZ"}:
        for date in dates:
            assert countries.period(iso2, date) == scan(iso2, date)
    assert countries.period(None, "2020-01-01") is None and countries.period("KE", None) is None

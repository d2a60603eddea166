"""Round 23: a gate set files each alternative once, under one of the sets it needs, and answers as its gates."""

from __future__ import annotations

import itertools

from sitrep.lexicon.regex_literals import Gate, GateSet, folded


def _gates() -> dict[int, Gate]:
    """Invented gates: words, alternatives of several sets that share strings, an alternative repeated, an
    empty set (never answered), strings that hold one another."""
    sets = [frozenset({"attack", "raid"}), frozenset({"village", "town"}), frozenset({"killed", "wounded"}),
            frozenset({"police", "army"}), frozenset(), frozenset({"attacked", "raided"})]
    out: dict[int, Gate] = {}
    for n, (a, b) in enumerate(itertools.combinations(range(len(sets)), 2)):
        out[n] = Gate(["attack", "raid", "police"], ((sets[a], sets[b]), (sets[b],), (sets[a], sets[b])))
    out[len(out)] = Gate(["village"], ((sets[1], sets[2], sets[3]),))
    out[len(out)] = Gate(["ok"])  # a string shorter than MIN_LENGTH: asked of its gate itself
    return out


def test_a_gate_set_answers_as_its_gates_on_invented_texts() -> None:
    gates = _gates()
    many = GateSet(gates)
    words = ["attack", "raided", "village", "town", "killed", "police", "army", "the", "ok", "calm"]
    for n in range(4):
        for combo in itertools.combinations(words, n):
            low = folded("Reports: " + " ".join(combo) + ".")
            assert many.possible(low) == {k for k, g in gates.items() if g.may_match(low)}, combo


def test_each_alternative_is_filed_once() -> None:
    many = GateSet(_gates())
    filed = [pair for pairs in many._pairs.values() for pair in pairs]
    assert len(filed) == len(set(filed)) == len(set(zip(many._key, many._needs, strict=True)))

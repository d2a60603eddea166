"""The relation pattern table (``data/relations/patterns.yaml``) is checked when it is read."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from sitrep.extract.relation_patterns import AGENTS, ARMED, _checked, patterns

_parser: Any = importlib.import_module("re._parser")  # the regex parser (private): to read a pattern's structure
_c: Any = importlib.import_module("re._constants")


def _entry(**kw: object) -> dict[str, object]:
    return {"name": "p", "predicate": "supports", "subject": ["AGENTS"], "object": ["ARMED", "government"],
            "regex": "{SUBJ}\\s+backs\n\\s+{OBJ}", **kw}


def test_a_checked_entry_joins_its_regex_lines_and_its_type_sets() -> None:
    row = _checked(_entry(), {"SUBJ", "OBJ"})
    assert row["regex"] == "{SUBJ}\\s+backs\\s+{OBJ}"
    assert row["subject"] == AGENTS and row["object"] == ARMED | {"government"}


@pytest.mark.parametrize("bad", [
    {"regex": "{SUBJ} {NOPE} {OBJ}"},  # an unknown piece
    {"colour": "red"},  # an unknown field
    {"inception": "yes"},  # a field of the wrong type
    {"subject": ["FIGHTERS"]},  # an unknown set of types
])
def test_a_bad_entry_is_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        _checked(_entry(**bad), {"SUBJ", "OBJ"})


def test_the_shipped_table_compiles_with_unique_names() -> None:
    pats = patterns()
    assert len({p.name for p in pats}) == len(pats) > 50


def _groups(items: Any, in_lookaround: bool, out: dict[int, bool]) -> None:
    """The groups of a parsed regex (``re._parser``), each with whether it lies inside a lookaround."""
    for op, av in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            _groups(av[1], True, out)
        elif op is _c.SUBPATTERN:
            if av[0] is not None:
                out[av[0]] = out.get(av[0], False) or in_lookaround
            _groups(av[3], in_lookaround, out)
        elif op is _c.BRANCH:
            for branch in av[1]:
                _groups(branch, in_lookaround, out)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            _groups(av[2], in_lookaround, out)
        elif op is _c.ATOMIC_GROUP:
            _groups(av, in_lookaround, out)
        elif op is _c.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch:
                    _groups(branch, in_lookaround, out)


def test_every_pattern_needs_two_tokens() -> None:
    """The relation extractor skips the patterns in a sentence of fewer than two mention tokens: every pattern's
    subject and object slots are ``⟦n⟧`` tokens that a match consumes (not inside a lookaround)."""
    for p in patterns():
        assert {"s", "o"} <= set(p.regex.groupindex), p.name
        assert "⟦(?P<s>\\d+)⟧" in p.regex.pattern and "⟦(?P<o>\\d+)⟧" in p.regex.pattern, p.name
        inside: dict[int, bool] = {}
        _groups(_parser.parse(p.regex.pattern, p.regex.flags), False, inside)
        assert not inside[p.regex.groupindex["s"]] and not inside[p.regex.groupindex["o"]], p.name

"""The relation pattern table (``data/relations/patterns.yaml``) is checked when it is read."""

from __future__ import annotations

import pytest

from sitrep.extract.relation_patterns import AGENTS, ARMED, _checked, patterns


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

"""Regular expressions kept on disk: the very programs ``re.compile`` makes, read back; a bad table never kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.extract import relation_patterns
from sitrep.extract.cue_table import load_table
from sitrep.lexicon import regex_cache

SPECS = [(r"(?P<who>\w+)\s+(?:killed|attacked)\s+(?P<whom>\w+)", int(re.I)), (r"[àé]+\b", 0),
         (r"(?<=x)y{2,5}?|(a)(?(1)b|c)", int(re.M | re.S)), (r"\d+(?:\.\d+)?\s*km", int(re.I | re.X))]


def test_patterns_are_re_compiles_own_cold_and_warm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    cold = regex_cache.compile_all("probe", SPECS)
    assert len(list(tmp_path.glob("regex-probe-*.pickle"))) == 1
    warm = regex_cache.compile_all("probe", SPECS)
    for (p, f), a, b in zip(SPECS, cold, warm, strict=True):
        assert a == re.compile(p, f) and b == re.compile(p, f)  # pattern, flags and compiled code
        assert b.groupindex == re.compile(p, f).groupindex and b.groups == re.compile(p, f).groups
    assert warm[0].search("Then X attacked Y").group("whom") == "Y"  # type: ignore[union-attr]
    # other patterns under the same name and code version: compiled as re does, not read from the file
    assert regex_cache.compile_all("probe", SPECS[:1]) == [re.compile(*SPECS[0])]


def test_a_bad_pattern_or_a_refused_table_raises_and_is_not_kept(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    with pytest.raises(re.error):
        regex_cache.compile_all("bad", [("(unclosed", 0)])

    def refuse() -> None:
        raise ValueError("refused")

    with pytest.raises(ValueError, match="refused"):
        regex_cache.compile_all("refused", SPECS, check=refuse)
    assert not list(tmp_path.glob("regex-*.pickle"))


def test_the_shipped_tables_compile_as_re_does() -> None:
    table = load_table()
    for pattern in [*table.filters.values(), *table.cues.values(), *table.triggers.values()]:
        assert pattern == re.compile(pattern.pattern, pattern.flags)
    for p in relation_patterns.patterns():
        assert p.regex == re.compile(p.regex.pattern, p.regex.flags)

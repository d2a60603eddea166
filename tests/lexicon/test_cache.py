"""The start-up cache: built once, read back, keyed by the code's version, never in the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.lexicon import cache
from sitrep.lexicon.gazetteer import GazetteerRows, default_gazetteer
from sitrep.lexicon.keys import place_key


def test_a_value_is_built_once_then_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"a": 1}

    assert cache.cached("probe", build) == {"a": 1} and cache.cached("probe", build) == {"a": 1}
    assert len(calls) == 1
    (kept,) = tmp_path.glob("probe-*.pickle")
    assert cache.fingerprint() in kept.name
    kept.write_bytes(b"not a pickle")  # a damaged file is rebuilt and replaced
    assert cache.cached("probe", build) == {"a": 1} and len(calls) == 2
    assert cache.cached("probe", build) == {"a": 1} and len(calls) == 2


def test_off_keeps_nothing_and_an_unwritable_folder_still_answers(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_CACHE_DIR", "off")
    assert cache.cached("probe", lambda: 7) == 7 and cache.cache_dir() is None
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(blocker / "sub"))  # under a file: cannot be created
    assert cache.cached("probe", lambda: 8) == 8


def test_the_packed_gazetteer_answers_as_the_data_file_does() -> None:
    g = default_gazetteer()
    rows = g.index
    assert isinstance(rows, GazetteerRows)
    kabul = [p for p in g.lookup([place_key("Kabul")]) if p.feature == "admin1" and p.country == "AF"]
    assert kabul and kabul[0].name == "Kabul"
    for i in (0, 1, len(rows.key_ends) // 2, len(rows.key_ends) - 1):  # first, last, middle keys
        key = rows.key(i)
        assert rows.get(key) and all(key in {place_key(n) for n in g.places[j].all_names} for j in rows.get(key))
    assert rows.get("no such key \u2603") == ()

"""The evaluation gate: sitrep's export scored by ../shared/eval/score.py, held at pinned floors.

The floors live in floors.json beside this file and only go up.
"""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from sitrep import api

FLOORS = json.loads((Path(__file__).resolve().parent / "floors.json").read_text())


def _scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("sitrep_eval_score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _with_gazetteer(shared: Path, db: Path) -> Path:
    """A knowledge base holding every file of the shared gazetteer, imported as a user would."""
    from sitrep.kb import KnowledgeBase
    from sitrep.kb.gazetteer import import_file

    with KnowledgeBase(db) as kb:
        for f in sorted((shared / "data" / "gazetteer").iterdir()):
            if f.suffix in (".csv", ".geojson"):
                assert import_file(kb.db, f).error is None, f
    return db


def _export_records(inputs: list[str], db: Path) -> dict[str, list[dict[str, Any]]]:
    api.ingest(inputs, db)
    buf = io.StringIO()
    api.export(db, "jsonl", buf)
    recs: dict[str, list[dict[str, Any]]] = {}
    for line in buf.getvalue().splitlines():
        obj = json.loads(line)
        recs.setdefault(obj["kind"], []).append(obj)
    for kind in ("document", "entity", "event", "relation", "timex"):
        recs.setdefault(kind, [])
    return recs


def _get(result: dict[str, Any], dotted: str) -> Any:
    for part in dotted.split("."):
        result = result[part]
    return result


@pytest.mark.parametrize("section", ["seeds", "seeds_gazetteer"])
def test_seeds_meet_floors(shared_dir: Path, tmp_path: Path, section: str) -> None:
    """The seeds in a fresh knowledge base (the embedded gazetteer) and in one holding the shared gazetteer."""
    import yaml

    score = _scorer(shared_dir)
    db = tmp_path / "seeds.db"
    if section == "seeds_gazetteer":
        _with_gazetteer(shared_dir, db)
    recs = _export_records([str(shared_dir / "corpus" / "seeds")], db)
    gold = yaml.safe_load((shared_dir / "eval" / "gold" / "seeds.yaml").read_text())
    result = score.score_seeds(recs, gold)
    low = {k: _get(result, k) for k, floor in FLOORS[section].items() if (_get(result, k) or 0) < floor}
    assert not low, f"below the pinned floors: {low}; problems: {result['problems'][:10]}"
    if section == "seeds_gazetteer":
        assert result["places"]["misplaced"] == 0, result["problems"]


def test_html_benchmark_meets_floor(shared_dir: Path, tmp_path: Path) -> None:
    bench = shared_dir / "corpus" / "html_benchmark"
    score = _scorer(shared_dir)
    recs = _export_records([str(bench / "pages")], tmp_path / "html.db")
    result = score.score_html(recs, json.loads((bench / "ground-truth.json").read_text()))
    assert result["missing"] == 0
    assert result["f1"] >= FLOORS["html"]["f1"], result


@pytest.mark.parametrize("section", ["acled", "acled_gazetteer"])
def test_acled_notes_meet_floors(shared_dir: Path, tmp_path: Path, section: str) -> None:
    """ACLED's own coding of April 2019 (each note one document), as ../shared/eval/README.md measures it; also
    with the shared gazetteer imported first (issue 4: admin1 >= 0.95, within 25 km >= 0.85)."""
    import contextlib
    import csv

    score = _scorer(shared_dir)
    acled = shared_dir / "data" / "acled_dev" / "acled_afg_2019-04.csv"
    notes = tmp_path / "acled.jsonl"
    with notes.open("w", encoding="utf-8") as out, contextlib.redirect_stdout(out):
        score.acled_input(str(acled))
    db = tmp_path / "acled.db"
    if section == "acled_gazetteer":
        _with_gazetteer(shared_dir, db)
    recs = _export_records([str(notes)], db)
    with acled.open(newline="", encoding="utf-8") as fh:
        result = score.score_acled(recs, list(csv.DictReader(fh)))
    low = {k: result[k] for k, floor in FLOORS[section].items() if (result[k] or 0) < floor}
    assert not low, f"below the pinned floors: {low}; confusion: {result['confusion']}"

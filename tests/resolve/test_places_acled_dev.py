"""Issue 4's acceptance, end to end: ACLED's April 2019 Afghan notes ingested into a knowledge base holding the
shared gazetteer (imported first, as a user would), scored by ../shared/eval/score.py: the events' places reach
admin1 >= 0.95 and 25 km >= 0.85."""

from __future__ import annotations

import contextlib
import csv
import importlib.util
import io
import json
from pathlib import Path
from typing import Any

import pytest

from sitrep import api
from sitrep.kb.gazetteer import import_file
from sitrep.kb.storage import KnowledgeBase


@pytest.mark.shared
@pytest.mark.slow
def test_acled_notes_are_placed_with_the_shared_gazetteer(shared_dir: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("sitrep_eval_score_places", shared_dir / "eval" / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    db = tmp_path / "acled.db"
    with KnowledgeBase(db) as kb:
        for f in sorted((shared_dir / "data" / "gazetteer").iterdir()):
            if f.suffix in (".csv", ".geojson"):
                assert import_file(kb.conn, f).error is None
    acled = shared_dir / "data" / "acled_dev" / "acled_afg_2019-04.csv"
    notes = tmp_path / "acled.jsonl"
    with notes.open("w", encoding="utf-8") as out, contextlib.redirect_stdout(out):
        score.acled_input(str(acled))
    api.ingest([str(notes)], db)
    buf = io.StringIO()
    api.export(db, "jsonl", buf)
    recs: dict[str, list[dict[str, Any]]] = {}
    for line in buf.getvalue().splitlines():
        obj = json.loads(line)
        recs.setdefault(obj["kind"], []).append(obj)
    for kind in ("document", "entity", "event", "relation", "timex"):
        recs.setdefault(kind, [])
    with acled.open(newline="", encoding="utf-8") as fh:
        result = score.score_acled(recs, list(csv.DictReader(fh)))
    assert result["admin1"] >= 0.95 and result["location_25km"] >= 0.85, result

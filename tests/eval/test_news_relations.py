"""The gate on real news (issue 19): relations of the 40 news_dev articles, scored by ../shared/eval/news_score.py
by predicate and names, held at the floors of floors.json ("news_dev")."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path
from typing import Any

from sitrep import api

FLOORS = json.loads((Path(__file__).resolve().parent / "floors.json").read_text())["news_dev"]


def test_news_dev_relations_meet_floors(shared_dir: Path, tmp_path: Path) -> None:
    eval_dir = shared_dir / "eval"
    sys.path.insert(0, str(eval_dir))  # news_score imports its helpers from score.py beside it
    try:
        spec = importlib.util.spec_from_file_location("sitrep_news_score", eval_dir / "news_score.py")
        assert spec and spec.loader
        scorer = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(scorer)
    finally:
        sys.path.remove(str(eval_dir))
    db = tmp_path / "news.db"
    api.ingest([str(shared_dir / "corpus" / "news_dev" / "articles.jsonl")], db)
    buf = io.StringIO()
    api.export(db, "jsonl", buf)
    recs: dict[str, list[dict[str, Any]]] = {k: [] for k in ("document", "entity", "event", "relation", "timex")}
    for line in buf.getvalue().splitlines():
        obj = json.loads(line)
        recs.setdefault(obj["kind"], []).append(obj)
    gold = [json.loads(line) for line in (eval_dir / "gold" / "news_dev.jsonl").read_text().splitlines() if line]
    result, _, _ = scorer.evaluate(recs, gold)
    rel = result["relations"]
    low = {k: rel[k.split(".")[1]] for k, floor in FLOORS.items() if (rel[k.split(".")[1]] or 0) < floor}
    assert not low, f"below the pinned floors: {low}; by predicate: {rel['recall_by_predicate']}"

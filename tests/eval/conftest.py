"""The news_dev articles ingested and scored once per session, for the gates on real news (relations, events)."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from sitrep import api


@pytest.fixture(scope="session")
def news_dev_result(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``news_score.evaluate`` of the 40 news_dev articles as sitrep exports them."""
    eval_dir = shared_dir / "eval"
    sys.path.insert(0, str(eval_dir))  # news_score imports its helpers from score.py beside it
    try:
        spec = importlib.util.spec_from_file_location("sitrep_news_score", eval_dir / "news_score.py")
        assert spec and spec.loader
        scorer = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(scorer)
    finally:
        sys.path.remove(str(eval_dir))
    db = tmp_path_factory.mktemp("news_dev") / "news.db"
    api.ingest([str(shared_dir / "corpus" / "news_dev" / "articles.jsonl")], db)
    buf = io.StringIO()
    api.export(db, "jsonl", buf)
    recs: dict[str, list[dict[str, Any]]] = {k: [] for k in ("document", "entity", "event", "relation", "timex")}
    for line in buf.getvalue().splitlines():
        obj = json.loads(line)
        recs.setdefault(obj["kind"], []).append(obj)
    gold = [json.loads(line) for line in (eval_dir / "gold" / "news_dev.jsonl").read_text().splitlines() if line]
    result, _, _ = scorer.evaluate(recs, gold)
    return dict(result)

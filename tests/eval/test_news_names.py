"""The gate on real news (issue 18): names of the 40 news_dev articles, scored by ../shared/eval/news_score.py
(mentions found and typed, in-document joins, different entities kept apart), held at the floors of floors.json
("news_dev", keys "names.*")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FLOORS = {k.split(".", 1)[1]: v for k, v in json.loads(
    (Path(__file__).resolve().parent / "floors.json").read_text())["news_dev"].items() if k.startswith("names.")}


def test_news_dev_names_meet_floors(news_dev_result: dict[str, Any]) -> None:
    got = news_dev_result["entities"]
    low = {k: got[k] for k, floor in FLOORS.items() if (got[k] or 0) < floor}
    assert FLOORS and not low, f"below the pinned floors: {low}; by type: {got['recall_by_gold_type']}"

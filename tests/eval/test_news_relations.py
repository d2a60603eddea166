"""The gate on real news (issue 19): relations of the 40 news_dev articles, scored by ../shared/eval/news_score.py
by predicate and names, held at the floors of floors.json ("news_dev")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FLOORS = json.loads((Path(__file__).resolve().parent / "floors.json").read_text())["news_dev"]


def test_news_dev_relations_meet_floors(news_dev_result: dict[str, Any]) -> None:
    rel = news_dev_result["relations"]
    floors = {k: v for k, v in FLOORS.items() if k.startswith("relations.")}
    low = {k: rel[k.split(".")[1]] for k, floor in floors.items() if (rel[k.split(".")[1]] or 0) < floor}
    assert not low, f"below the pinned floors: {low}; by predicate: {rel['recall_by_predicate']}"


def test_news_dev_finds_every_predicate_the_gold_states(news_dev_result: dict[str, Any]) -> None:
    """Issue 19: each predicate the gold has in news_dev is found at least once (as "found/gold" by predicate)."""
    by_predicate = news_dev_result["relations"]["recall_by_predicate"]
    never = [p for p, hits in by_predicate.items() if int(hits.split("/")[0]) == 0]
    assert not never, f"never found: {never}; by predicate: {by_predicate}"

"""The gate on real news (issue 17): events of the 40 news_dev articles, one per incident, scored by
../shared/eval/news_score.py and held at the floors of floors.json ("news_dev"): event precision and main-event
recall at least their floors, the share of duplicates among the system's events at most its ceiling, and the
accuracy of the sub-type, actors (by role), location, date and fatalities on the matched events, and the share with
every field right, at least their floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

LIMITS = json.loads((Path(__file__).resolve().parent / "floors.json").read_text())["news_dev"]


def test_news_dev_events_meet_floors(news_dev_result: dict[str, Any]) -> None:
    r = news_dev_result
    got = {"events.precision": r["event_precision"], "events.main_recall": r["main_recall"],
           "events.duplicates_share": r["duplicates"] / max(1, r["system_events"]),
           **{f"events.{k}": r["fields"][k] for k in ("date", "fatalities", "sub_type", "actor1", "actor2", "location",
                                                     "all_fields")}}
    low = {k: v for k, v in got.items() if not k.endswith("_share") and v < LIMITS[k]}
    high = {k: v for k, v in got.items() if k.endswith("_share") and v > LIMITS[k]}
    assert not low and not high, f"past the pinned limits: {low or ''} {high or ''}; all: {got}"

"""Measured floors of the event coder on ACLED's own coding of Afghan notes (../shared, April 2019).

Each note is coded as one document dated with the event's date, as ``score.py acled-input`` does,
and scored with ``score.py``'s own ACLED scorer (most confident event per note).
"""

from __future__ import annotations

import csv
import importlib.util
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from sitrep.extract.events import find_events
from sitrep.nlp.annotate import annotate
from sitrep.records import Document

FLOORS = {"with_event": 0.99, "event_type": 0.97, "sub_event_type": 0.97, "actors_f1": 0.96,
          "fatalities_exact": 0.48}


@pytest.mark.shared
def test_acled_dev_floors(shared_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location("sitrep_eval_score", shared_dir / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    score: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    with open(shared_dir / "data" / "acled_dev" / "acled_afg_2019-04.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    recs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    names: dict[str, str] = {}
    for r in rows:
        doc = Document(id=r["id"], source=r["id"], text=r["notes"], format="text", published=r["event_date"])
        ann = annotate(doc)
        ext = find_events(doc, ann)
        names.update({m.entity_key: m.name or m.text for m in ann.mentions if m.entity_key})
        names.update({e.key: e.name for e in ext.entities})
        for i, ev in enumerate(ext.events):
            recs["event"].append({
                "id": f"{r['id']}/{i}", "docs": [r["id"]], "type": ev.type, "sub_type": ev.sub_type,
                "confidence": ev.confidence, "location": ev.location,
                "actors": [{"entity": a.key, "role": a.role} for a in ev.actors],
                "fatalities": {"value": ev.fatalities.value}})
    recs["entity"] = [{"id": k, "name": v, "type": "other"} for k, v in names.items()]
    res = score.score_acled(recs, rows)
    for key, floor in FLOORS.items():
        assert res[key] >= floor, (key, res[key], res["confusion"])

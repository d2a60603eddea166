"""A region no gazetteer places stays unplaced in the base, and a country named both as a noun and as an attribute is
one entity placed in its country (invented sentences)."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep import api


def _entities(tmp_path: Path, text: str) -> dict[str, dict]:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n1", "published": "2023-03-04", "title": None, "text": text}) + "\n")
    api.ingest([str(src)], tmp_path / "kb.db")
    with (tmp_path / "out.jsonl").open("w", encoding="utf-8") as fh:
        api.export(tmp_path / "kb.db", "jsonl", fh)
    recs = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    return {r["name"]: r for r in recs if r["kind"] == "entity"}


def test_a_region_is_unplaced_and_an_attributive_country_joins_its_noun(tmp_path: Path) -> None:
    found = _entities(tmp_path, "On 3 March 2023, gunmen killed five traders near Gao in the Sahel, a U.S. official "
                                "said. The United States condemned the attack.")
    assert found["Sahel"]["type"] == "location" and found["Sahel"].get("geo") is None
    us = found["United States"]
    assert us["geo"] is not None and us["geo"]["country"] == "US"
    assert {m["text"] for m in us["mentions"]} >= {"U.S.", "United States"}

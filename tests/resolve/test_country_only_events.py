"""An event whose text names no place but tells its country (by its actors or demonyms) is placed at the country,
which the embedded gazetteer places at its capital, as conflict data code such events; with no country told, it
stays unplaced. Invented sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitrep import api


def placed(tmp_path: Path, text: str) -> dict[str, Any] | None:
    """The geo of the location of the most confident event coded from ``text``, None when it has none."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n1", "published": "2016-04-02", "title": None, "text": text}) + "\n")
    db = tmp_path / "kb.db"
    api.ingest([str(src)], db)
    with (tmp_path / "out.jsonl").open("w", encoding="utf-8") as fh:
        api.export(db, "jsonl", fh)
    recs = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    entities = {r["id"]: r for r in recs if r["kind"] == "entity"}
    event = max((r for r in recs if r["kind"] == "event"), key=lambda r: r.get("confidence") or 0)
    loc = entities.get(event.get("location") or "")
    return loc.get("geo") if loc else None


def test_an_event_known_only_by_its_country_is_placed_at_the_capital(tmp_path: Path) -> None:
    geo = placed(tmp_path, "Kenyan riot police fired tear gas at protesting traders.")
    assert geo is not None and (geo["country"], geo["admin1"]) == ("KE", "Nairobi")


def test_an_event_of_no_known_country_stays_unplaced(tmp_path: Path) -> None:
    assert placed(tmp_path, "Riot police fired tear gas at protesting traders.") is None


def test_a_named_place_goes_before_the_country(tmp_path: Path) -> None:
    geo = placed(tmp_path, "Kenyan riot police fired tear gas at protesting traders in Eldoret.")
    assert geo is not None and geo["admin1"] == "Uasin Gishu"

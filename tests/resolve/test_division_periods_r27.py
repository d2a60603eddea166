"""One base of many years: a place's events write its first-level division as it was named on each event's date
(``admin1_in_use.tsv``, ``admin1_conventions.tsv``), not as on the date of the first document that placed it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitrep import api


def _event_admin1(tmp_path: Path, notes: list[tuple[str, str, str]]) -> dict[str, Any]:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "published": d, "title": None, "text": t}) + "\n"
                           for i, d, t in notes))
    api.ingest([str(src)], tmp_path / "kb.db")
    with (tmp_path / "out.jsonl").open("w", encoding="utf-8") as fh:
        api.export(tmp_path / "kb.db", "jsonl", fh)
    recs = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    entities = {r["id"]: r for r in recs if r["kind"] == "entity"}
    out: dict[str, Any] = {}
    for ev in (r for r in recs if r["kind"] == "event"):
        geo = (entities.get(ev.get("location") or "") or {}).get("geo") or {}
        for d in ev.get("docs") or []:
            out[d] = geo.get("admin1")
    return out


def test_each_event_writes_the_division_of_its_own_date(tmp_path: Path) -> None:
    notes = [
        ("a", "2019-03-04", "On 4 March 2019, about 50 bakers held a protest in Tabriz over the price of flour."),
        ("b", "2022-05-09", "On 9 May 2022, about 40 nurses held a protest in Tabriz over unpaid wages."),
        ("c", "2019-08-12", "On 12 August 2019, some teachers held a protest in Tabriz demanding higher pay."),
        ("d", "2022-10-01", "On 1 October 2022, dozens of drivers held a protest in Tabriz over fuel quotas."),
    ]
    got = _event_admin1(tmp_path, notes)
    assert got["a"] == got["c"] == "East Azarbaijan"  # the spelling conflict data wrote before 2021
    assert got["b"] == got["d"] == "East Azerbaijan"

"""Countries of similar names are placed apart; matching keys are never shown as aliases (invented text)."""

from __future__ import annotations

from pathlib import Path

from helpers import store_places
from sitrep.kb import KnowledgeBase


def test_niger_is_placed_in_niger_and_nigeria_in_nigeria(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        placed = store_places(kb, "d1", "Soldiers from Niger crossed into Nigeria after the attack in Mali.")
    assert placed["Niger"][1] is not None and placed["Niger"][1]["country"] == "NE"
    assert placed["Nigeria"][1] is not None and placed["Nigeria"][1]["country"] == "NG"
    assert placed["Niger"][0] != placed["Nigeria"][0]
    assert placed["Mali"][1] is not None and placed["Mali"][1]["country"] == "ML"


def test_matching_keys_are_not_aliases_in_the_entity_views(tmp_path: Path) -> None:
    from sitrep import api

    doc = tmp_path / "a.txt"
    doc.write_text("Police chief Tomas Okello said the road was open. Okello added that nobody was hurt.\n")
    db = tmp_path / "kb.db"
    api.ingest([str(doc)], db)
    with KnowledgeBase(db) as kb:
        people = kb.entities(type="person")
        assert people, "the person is found"
        for rec in [*people, kb.entity("Tomas Okello")]:
            assert not any(a.startswith(("tr:", "surname:")) for a in rec["aliases"]), rec["aliases"]

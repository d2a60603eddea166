"""Two sources disagreeing about who controls a place (issue 19) are a contradiction; a dated change of hands
is not. Through the whole pipeline on invented articles."""

from __future__ import annotations

from pathlib import Path

from sitrep import api
from sitrep.kb import KnowledgeBase


def _kb(tmp_path: Path, texts: dict[str, str]) -> KnowledgeBase:
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    db = tmp_path / "kb.db"
    api.ingest([str(tmp_path / n) for n in texts], db)
    return KnowledgeBase(db)


def test_two_accounts_of_who_holds_a_district_side_by_side(tmp_path: Path) -> None:
    with _kb(tmp_path, {
        "a.txt": "The Taliban control Darqad district of Takhar province, a local elder said.",
        "b.txt": "Islamic State fighters control Darqad district of Takhar province, officials said.",
    }) as kb:
        found = [c for c in kb.contradictions() if c["kind"] == "control"]
    assert len(found) == 1
    assert found[0]["subject"] == "Darqad" and found[0]["attribute"] == "controlled_by"
    assert sorted(v["doc_id"] for v in found[0]["values"]) == ["a.txt", "b.txt"]
    assert len({v["entity_id"] for v in found[0]["values"]}) == 2


def test_a_dated_change_of_hands_is_no_contradiction(tmp_path: Path) -> None:
    with _kb(tmp_path, {
        "a.txt": "The Taliban captured Darqad district of Takhar province in March 2017.",
        "b.txt": "Islamic State fighters captured Darqad district of Takhar province in June 2017.",
    }) as kb:
        assert not [c for c in kb.contradictions() if c["kind"] == "control"]

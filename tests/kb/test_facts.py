"""One relation per fact (``sitrep.kb.facts``): rows of several documents stating the same fact read back as one
record with the union of their evidence, on both backends; per-document storage is unchanged, so re-ingesting a
document drops only its evidence, and a rejected row stays out of the record."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from sitrep import api
from sitrep.kb.facts import consolidate
from sitrep.kb.scope import Scope

# Invented articles; both name the same spokesman of the same group.
ARTICLE_A = ("KABUL, March 3 — Taliban spokesman Zabihullah Mujahid said on Monday that fighters had attacked a "
             "checkpoint in Kunduz, killing two policemen.")
ARTICLE_B = ("KABUL, March 9 — Taliban spokesman Zabihullah Mujahid denied on Sunday that the group had attacked a "
             "school in Kunduz.")
CHANGED_B = "KABUL, March 9 — Fighting went on in Kunduz on Sunday, residents said."


def row(rid: str, doc: str, start: int, **kw: Any) -> dict[str, Any]:
    base = {"id": rid, "predicate": "leader_of", "subject_id": "e1", "object_id": "e2", "role": "leader",
            "start_date": None, "end_date": None, "certainty": "asserted", "attributed_to": None,
            "superseded_by": None, "review": None, "doc_id": doc,
            "evidence": [{"doc": doc, "start": start, "end": start + 10, "text": f"{rid} says so"}]}
    return base | kw


def test_rows_of_one_fact_become_one_record_with_all_evidence() -> None:
    out = consolidate([row("r2", "b.txt", 50, certainty="reported", attributed_to="e9"),
                       row("r3", "a.txt", 5, start_date="2017-06"), row("r5", "a.txt", 90, start_date="2017-06")])
    assert len(out) == 1
    rec = out[0]
    assert rec["id"] == "r2" and rec["relation_ids"] == ["r2", "r3", "r5"] and rec["docs"] == ["b.txt", "a.txt"]
    assert rec["start_date"] == "2017-06"  # known on one row, unknown on the other
    assert (rec["certainty"], rec["attributed_to"]) == ("asserted", None)  # the most certain row's
    assert [(e["doc"], e["start"]) for e in rec["evidence"]] == [("a.txt", 5), ("a.txt", 90), ("b.txt", 50)]
    reported = rec["evidence"][2]
    assert (reported["certainty"], reported["attributed_to"]) == ("reported", "e9")  # who said it stays with it
    assert "certainty" not in rec["evidence"][0]


def test_different_facts_stay_apart() -> None:
    out = consolidate([
        row("r1", "a.txt", 0, start_date="2015"),
        row("r2", "b.txt", 0, start_date="2018"),  # another period
        row("r3", "c.txt", 0, certainty="denied"),  # a denial is not the assertion
        row("r4", "d.txt", 0, superseded_by="r9"),  # a superseded period
        row("r5", "e.txt", 0, review="rejected"),  # an analyst rejected it
        row("r6", "f.txt", 0, role="commander"),
        row("r7", "g.txt", 0, review="confirmed", start_date="2015"),
    ])
    assert [r["relation_ids"] for r in out] == [["r1", "r7"], ["r2"], ["r3"], ["r4"], ["r5"], ["r6"]]
    assert out[0]["review"] == "confirmed" and out[4]["review"] == "rejected"


def test_periods_ended_by_one_fact_are_one_record_pointing_to_that_facts_record() -> None:
    defect = {"predicate": "defected_from", "role": None}
    out = consolidate([row("r1", "a.txt", 0, predicate="member_of", role=None, superseded_by="r8"),
                       row("r2", "b.txt", 0, predicate="member_of", role=None, superseded_by="r9"),
                       row("r8", "b.txt", 40, **defect), row("r9", "c.txt", 0, **defect)])
    assert [r["relation_ids"] for r in out] == [["r1", "r2"], ["r8", "r9"]]
    assert out[0]["superseded_by"] == "r8"  # r9 was folded into r8's record


def relations(db: str, rejected: bool = False) -> list[dict[str, Any]]:
    buf = io.StringIO()
    api.export(db, "jsonl", buf, Scope(rejected=rejected))
    return [r for r in map(json.loads, buf.getvalue().splitlines())
            if r["kind"] == "relation" and r["predicate"] == "holds_position"]


def test_one_fact_from_two_documents_and_per_document_storage(kb_url: str, tmp_path: Path) -> None:
    db = kb_url
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    api.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], db)
    [rel] = relations(db)
    assert rel["role"] == "spokesman" and [e["doc"] for e in rel["evidence"]] == ["a.txt", "b.txt"]
    listed = [r for r in api.relations(db, predicate="holds_position")]
    assert [(r["id"], r["relation_ids"], r["docs"]) for r in listed] == [
        (rel["id"], [rel["id"], listed[0]["relation_ids"][1]], ["a.txt", "b.txt"])]
    with api.open_kb(db, create=False) as kb:
        assert kb.db.execute("SELECT count(*) FROM relations WHERE predicate = 'holds_position'").fetchone()[0] == 2
    with api.open_kb(db, create=False) as kb:  # the entity's page and its timeline: the fact once
        page = kb.entity_profile("Zabihullah Mujahid")
        assert [r["id"] for r in page["relations"]] == [rel["id"]] and page["totals"]["relations"] == 1
        assert [i["id"] for i in kb.timeline("Zabihullah Mujahid") if i["kind"] == "relation_start"] == [rel["id"]]
        assert [r["id"] for r in kb.entity("Zabihullah Mujahid")["relations"]] == [rel["id"]]
    other = listed[0]["relation_ids"][1]
    shown = api.relation(db, other)  # either row shows the whole fact
    assert shown["id"] == rel["id"] and [e["doc"] for e in shown["evidence"]] == ["a.txt", "b.txt"]
    api.review(db, "relation", rel["id"], "reject", "analyst-1")  # the record's own row: the other stands alone
    assert [(r["id"], [e["doc"] for e in r["evidence"]]) for r in relations(db)] == [(other, ["b.txt"])]
    assert sorted(r["id"] for r in relations(db, rejected=True)) == sorted([rel["id"], other])
    api.undo(db, api.corrections(db)[-1]["id"], "analyst-1")
    (tmp_path / "b.txt").write_text(CHANGED_B, encoding="utf-8")  # b no longer states it: only its evidence goes
    api.ingest([str(tmp_path / "b.txt")], db)
    [rel2] = relations(db)
    assert rel2["id"] == rel["id"] and [e["doc"] for e in rel2["evidence"]] == ["a.txt"]

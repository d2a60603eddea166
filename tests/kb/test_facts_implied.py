"""A relation the schema takes as implied by a stronger one of the same pair (a leader is a member; a group that
pledged allegiance to another is its ally) is reported within the stronger fact, its evidence marked with what it
states; on rows, and through ingest and export of invented articles."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from sitrep import api
from sitrep.kb.facts import consolidate


def row(rid: str, predicate: str, doc: str, **kw: Any) -> dict[str, Any]:
    base = {"id": rid, "predicate": predicate, "subject_id": "e1", "object_id": "e2", "role": None,
            "start_date": None, "end_date": None, "certainty": "asserted", "attributed_to": None,
            "superseded_by": None, "review": None, "doc_id": doc,
            "evidence": [{"doc": doc, "start": 0, "end": 10, "text": f"{rid} says so"}]}
    return base | kw


def test_a_membership_of_the_group_one_leads_is_part_of_the_leadership() -> None:
    out = consolidate([row("r1", "member_of", "a.txt"), row("r2", "leader_of", "b.txt", role="commander",
                                                             start_date="2016")])
    assert len(out) == 1
    rec = out[0]
    assert (rec["id"], rec["predicate"], rec["start_date"]) == ("r2", "leader_of", "2016")
    assert rec["relation_ids"] == ["r2", "r1"] and rec["docs"] == ["b.txt", "a.txt"]
    assert [(e["doc"], e.get("predicate")) for e in rec["evidence"]] == [("a.txt", "member_of"), ("b.txt", None)]


def test_an_alliance_with_the_group_pledged_to_either_way_round_is_part_of_the_pledge() -> None:
    out = consolidate([row("r1", "pledged_allegiance_to", "a.txt"),
                       row("r2", "allied_with", "b.txt", subject_id="e2", object_id="e1")])
    assert [(r["predicate"], r["relation_ids"]) for r in out] == [("pledged_allegiance_to", ["r1", "r2"])]


def test_what_is_not_implied_stays_a_fact_of_its_own() -> None:
    out = consolidate([
        row("r1", "leader_of", "a.txt", start_date="2018"),
        row("r2", "member_of", "b.txt", start_date="2015"),  # a member since 2015, the leader since 2018
        row("r3", "member_of", "c.txt", certainty="denied"),  # a denial is not implied by the statement
        row("r4", "member_of", "d.txt", object_id="e3"),  # another group
        row("r5", "member_of", "e.txt", superseded_by="r9"),  # a period another fact ended
        row("r6", "allied_with", "f.txt"),  # no pledge of that pair
        row("r7", "pledged_allegiance_to", "g.txt", certainty="alleged", subject_id="e4"),
        row("r8", "allied_with", "h.txt", subject_id="e4"),  # asserted: surer than the alleged pledge
        row("r10", "member_of", "i.txt", review="rejected"),
    ])
    assert [r["relation_ids"] for r in out] == [["r1"], ["r2"], ["r3"], ["r4"], ["r5"], ["r6"], ["r7"], ["r8"],
                                                ["r10"]]


def test_a_period_ended_by_an_implied_statement_points_to_the_record_it_joined() -> None:
    out = consolidate([row("r1", "member_of", "a.txt", start_date="2014", end_date="2016", superseded_by="r2"),
                       row("r2", "member_of", "b.txt", end_date="2016"), row("r3", "leader_of", "c.txt")])
    assert [(r["id"], r["relation_ids"], r["superseded_by"]) for r in out] == [("r1", ["r1"], "r3"),
                                                                               ("r3", ["r3", "r2"], None)]


ARTICLES = {
    "a.txt": "KANDAHAR, Afghanistan - Taliban leader Mullah Sher Ahmad Zaheer ordered new attacks in Kandahar "
             "province, officials said on Tuesday.",
    "b.txt": "KANDAHAR, Afghanistan - Mullah Sher Ahmad Zaheer, a member of the Taliban, spoke to elders in Kandahar "
             "on Monday, officials said.",
}


def test_ingested_leader_and_member_statements_export_as_one_leadership(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "kb.db"
    api.ingest([str(tmp_path / n) for n in ARTICLES], db)
    buf = io.StringIO()
    api.export(db, "jsonl", buf)
    rels = [r for r in map(json.loads, buf.getvalue().splitlines()) if r["kind"] == "relation"
            and r["predicate"] in ("leader_of", "member_of")]
    assert [r["predicate"] for r in rels] == ["leader_of"]
    assert sorted((e["doc"], e.get("predicate")) for e in rels[0]["evidence"]) == [("a.txt", None),
                                                                                   ("b.txt", "member_of")]

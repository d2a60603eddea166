"""Relation history read by partner keys gives the same ends as comparing every pair of relations: on a seeded
synthetic set (pure decisions), and through the store path of a real base in several reading orders."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from sitrep.kb import KnowledgeBase, reads, writes
from sitrep.pipeline.store import redate_relations
from sitrep.records import RelationRecord
from sitrep.resolve.relations import FIRM, _ended_by, _sortable, history, partner_keys, touched

FACT = ("predicate", "subject_id", "object_id", "role")
PEOPLE = ["p1", "p2", "p3", "p4", "p5"]
GROUPS = ["g1", "g2", "g3"]
PLACES = ["l1", "l2"]
DATES = [None, "2016", "2016-05", "2016-05-02", "2017-01-10", "2017-01-10", "2018", "2018-03-04"]
CERTAINTIES = ["asserted"] * 6 + ["reported", "claimed", "alleged", "denied", "planned"]


def synthetic(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` relations among a few people, groups and places: every predicate that ends or is ended, exclusive and
    other roles, dates of every precision, unknown dates, hedged and stated ends."""
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        pred = rnd.choice(["member_of", "leader_of", "holds_position", "pledged_allegiance_to", "defected_from",
                           "controls", "controls", "allied_with"])
        subj = rnd.choice(GROUPS if pred in ("controls", "allied_with") else PEOPLE)
        obj = rnd.choice(PLACES if pred == "controls" else GROUPS)
        if obj == subj:
            obj = "g3" if subj != "g3" else "g1"
        role = rnd.choice(["leader", "governor", "commander", None]) if pred in ("leader_of", "holds_position") \
            else None
        start = rnd.choice(DATES) if rnd.random() < 0.4 else None
        end = rnd.choice(["2017", "2019-02"]) if rnd.random() < 0.1 else None
        rows.append({"id": f"r{i}", "predicate": pred, "subject_id": subj, "object_id": obj, "role": role,
                     "start_date": start, "end_date": end, "superseded_by": None,
                     "certainty": rnd.choice(CERTAINTIES), "doc_id": f"d{i}",
                     "object_type": "location" if obj.startswith("l") else "armed_group",
                     "published": rnd.choice([*DATES[1:], None])})
    return rows


def every_pair(rows: list[dict[str, Any]], decide: list[str]) -> dict[str, tuple[str, str] | None]:
    """The history rule with no index: each relation against every other one."""
    out: dict[str, tuple[str, str] | None] = {}
    for rid in decide:
        row = next(r for r in rows if r["id"] == rid)
        if (row["end_date"] and not row["superseded_by"]) or row["certainty"] in ("denied", "planned"):
            out[rid] = None
            continue
        same = [r for r in rows if all(r[k] == row[k] for k in FACT)]
        best = None
        for n in rows:
            if n is row or n["certainty"] not in FIRM:
                continue
            end = _ended_by(row, n, same)
            if end is not None:
                key = (_sortable(end), *(str(n.get(k) or "") for k in (*FACT, "start_date", "doc_id")))
                if best is None or key < best[0]:
                    best = (key, end, str(n["id"]))
        out[rid] = None if best is None else (best[1], best[2])
    return out


def test_history_by_partner_keys_equals_every_pair_and_ignores_row_order() -> None:
    for seed in range(8):
        rows = synthetic(80, seed)
        ids = [r["id"] for r in rows]
        want = every_pair(rows, ids)
        assert history(rows, ids) == want
        assert any(v is not None for v in want.values())  # the set does end things
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert history(shuffled, ids) == want


def test_the_rows_under_a_relations_keys_are_all_it_needs() -> None:
    rows = synthetic(120, 99)
    keyed: dict[Any, list[dict[str, Any]]] = {}
    for r in rows:
        for k in partner_keys(r):
            keyed.setdefault(k, []).append(r)
    for r in rows:
        near = list({id(x): x for k in partner_keys(r) for x in keyed[k]}.values())
        # every relation this one may end is under one of its keys
        ends = [x["id"] for x in rows if x is not r and _ended_by(x, r, ()) is not None]
        assert set(ends) <= set(touched(near, r["id"]))
        assert history(near, [r["id"]]) == every_pair(rows, [r["id"]])


def _base(tmp: Path, rows: list[dict[str, Any]]) -> KnowledgeBase:
    kb = KnowledgeBase(tmp)
    with kb.db.transaction():
        for e in PEOPLE + GROUPS + PLACES:
            kind = "person" if e.startswith("p") else "location" if e.startswith("l") else "armed_group"
            kb.db.execute("INSERT INTO entities (id, type, name, created_at) VALUES (?, ?, ?, '2020-01-01')",
                          (e, kind, e.upper()))
        for r in rows:
            kb.db.execute("INSERT INTO documents (id, source, format, published, text, text_sha256, ingested_at,"
                          " updated_at) VALUES (?, ?, 'text', ?, 'x', ?, '2020', '2020')",
                          (r["doc_id"], r["doc_id"], r["published"], r["doc_id"]))
    return kb


def _store_in_order(tmp: Path, rows: list[dict[str, Any]]) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """Store ``rows`` one by one as ingest does; each relation's (end, content of what ended it) by its content."""
    kb = _base(tmp, rows)
    with kb.db.transaction():
        for r in rows:
            rec = RelationRecord(predicate=r["predicate"], subject=r["subject_id"], object=r["object_id"],
                                 evidence=(), extractor="t", version="1", role=r["role"], start=r["start_date"],
                                 end=r["end_date"], certainty=r["certainty"])
            rel_id = writes.write_relation(kb.db, r["doc_id"], rec, r["subject_id"], r["object_id"], None, None)
            redate_relations(kb.db, rel_id)
    stored = reads.relation_history(kb.db, [(("predicate", tuple({r["predicate"] for r in rows})),)])
    content = {s["id"]: (s["doc_id"], *(s[k] for k in FACT)) for s in stored}
    return {content[s["id"]]: (s["end_date"], content.get(s["superseded_by"])) for s in stored}


def test_storing_one_by_one_gives_the_same_history_in_any_order(tmp_path: Path) -> None:
    rows = synthetic(60, 7)
    ids = [r["id"] for r in rows]
    by_id = {r["id"]: r for r in rows}
    decided = every_pair(rows, ids)
    want = {}
    for r in rows:
        got = decided[r["id"]]
        end, by = (r["end_date"], None) if got is None else (got[0], by_id[got[1]])
        want[(r["doc_id"], *(r[k] for k in FACT))] = (end, None if by is None else
                                                      (by["doc_id"], *(by[k] for k in FACT)))
    for i in range(3):
        order = rows[:]
        random.Random(i).shuffle(order)
        assert _store_in_order(tmp_path / f"kb{i}.db", order) == want


def _restated(n: int, seed: int) -> list[dict[str, Any]]:
    """One membership and one control stated ``n`` times each at many dates, among pledges, defections, rival
    control and stated ends that end them: the facts a much-repeated story restates."""
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        pred, subj, obj = rnd.choice([("member_of", "p1", "g1")] * 4 + [("controls", "g1", "l1")] * 4 + [
            ("pledged_allegiance_to", "p1", "g2"), ("defected_from", "p1", "g1"), ("controls", "g2", "l1")])
        day = rnd.choice([None, "2016", "2016-05", "2016-05-02", "2017-01-10", "2018-03-04", "2019-07-01"])
        rows.append({"id": f"r{i}", "predicate": pred, "subject_id": subj, "object_id": obj, "role": None,
                     "start_date": day if rnd.random() < 0.6 else None,
                     "end_date": "2018" if rnd.random() < 0.05 else None, "superseded_by": None,
                     "certainty": rnd.choice(["asserted"] * 5 + ["alleged"]), "doc_id": f"d{i}",
                     "object_type": "location" if obj.startswith("l") else "armed_group",
                     "published": rnd.choice(DATES[1:])})
    return rows


def test_a_restatement_decides_again_only_the_statements_its_time_may_reopen(tmp_path: Path) -> None:
    rows = _restated(70, 3)
    ids = [r["id"] for r in rows]
    by_id = {r["id"]: r for r in rows}
    decided = every_pair(rows, ids)
    # the stored ends, as history gives them over the whole set
    stored = [{**r, **({"end_date": got[0], "superseded_by": got[1]} if got else {})} for r, got in
              ((r, decided[r["id"]]) for r in rows)]
    new = {**rows[0], "id": "new", "doc_id": "dnew", "start_date": "2017-01-10", "certainty": "asserted"}
    got = touched([*stored, new], "new")
    same = [r for r in stored if all(r[k] == new[k] for k in FACT)]
    assert len(same) > 10 and len(got) < len(same)  # not every statement of the fact
    for r in same:  # those whose decided end lies at the new statement's time are among them
        if r["superseded_by"] and r["end_date"] in ("2017", "2017-01", "2017-01-10"):
            assert r["id"] in got
    want = {}
    for r in rows:
        end_by = decided[r["id"]]
        end, by = (r["end_date"], None) if end_by is None else (end_by[0], by_id[end_by[1]])
        want[(r["doc_id"], *(r[k] for k in FACT))] = (end, None if by is None else
                                                      (by["doc_id"], *(by[k] for k in FACT)))
    for i in range(3):
        order = rows[:]
        random.Random(10 + i).shuffle(order)
        assert _store_in_order(tmp_path / f"kb{i}.db", order) == want

"""An entity's count of facts (``Show._facts_of``, ``facts.fact_count``) reads rows equal in every field that tells
facts apart as one; it must count what ``consolidate`` makes of every row, on seeded sets full of restated facts,
periods ended by other facts (some restated, some about other entities), rejections and implied relations."""

from __future__ import annotations

import random
from pathlib import Path

from sitrep.kb import KnowledgeBase
from sitrep.kb.facts import consolidate, fact_count

PREDICATES = ("member_of", "leader_of", "pledged_allegiance_to", "allied_with", "defected_from")


def _rows(rng: random.Random, n: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for i in range(n):
        if rows and rng.random() < 0.5:  # a restatement: the same fact, or one of its fields changed
            row = dict(rng.choice(rows))
            if rng.random() < 0.3:
                key = rng.choice(("start_date", "end_date", "certainty", "review", "superseded_by"))
                row[key] = {"start_date": rng.choice((None, "2015", "2016")), "end_date": rng.choice((None, "2017")),
                            "certainty": rng.choice(("asserted", "reported", "alleged", "denied")),
                            "review": rng.choice((None, "rejected", "confirmed")),
                            "superseded_by": None}[key]
        else:
            a, b = rng.sample(("e1", "e2", "e3"), 2) if rng.random() < 0.8 else ("e2", "e3")
            row = {"predicate": rng.choice(PREDICATES), "subject_id": a, "object_id": b,
                   "role": rng.choice((None, None, "commander")), "start_date": rng.choice((None, "2015", "2016")),
                   "end_date": rng.choice((None, None, "2017")),
                   "certainty": rng.choice(("asserted", "asserted", "reported", "alleged", "denied")),
                   "review": rng.choice((None, None, None, "rejected", "confirmed")), "superseded_by": None}
        row["id"] = f"r{i}"
        rows.append(row)
    for row in rows:  # periods ended by another statement (restated ones end the same way)
        if row["superseded_by"] is None and rng.random() < 0.25:
            row["superseded_by"] = rng.choice(rows)["id"]
    return rows


def _base(path: Path, rows: list[dict[str, object]]) -> KnowledgeBase:
    kb = KnowledgeBase(path)
    with kb.db.transaction():
        for e in ("e1", "e2", "e3"):
            kb.db.execute("INSERT INTO entities (id, type, name, created_at) VALUES (?, 'armed_group', ?, '2020')",
                          (e, e))
        for r in rows:
            kb.db.execute("INSERT INTO relations (id, predicate, subject_id, object_id, role, start_date, end_date,"
                          " certainty, extractor, version, review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'test', '1', ?)",
                          [r[k] for k in ("id", "predicate", "subject_id", "object_id", "role", "start_date",
                                          "end_date", "certainty", "review")])
        for r in rows:
            if r["superseded_by"]:
                kb.db.execute("UPDATE relations SET superseded_by = ? WHERE id = ?", (r["superseded_by"], r["id"]))
    return kb


def test_the_count_read_from_groups_is_what_consolidate_makes_of_every_row(tmp_path: Path) -> None:
    for seed in range(60):
        rows = _rows(random.Random(seed), 60)
        with _base(tmp_path / f"{seed}.db", rows) as kb:
            for eid in ("e1", "e2", "e3"):
                every = kb._relations("r.subject_id = ?1 OR r.object_id = ?1", [eid])
                assert kb._facts_of(eid) == len(consolidate(every)), (seed, eid)


def test_every_row_given_counts_as_consolidate_counts() -> None:
    for seed in range(200):
        rows = [r | {"doc_id": None, "evidence": []} for r in _rows(random.Random(seed), 40)]
        assert fact_count(rows) == len(consolidate(rows)), seed


def test_a_fact_restated_many_times_is_read_as_one_row(tmp_path: Path) -> None:
    rows = [{"id": f"r{i}", "predicate": "member_of", "subject_id": "e2", "object_id": "e1", "role": None,
             "start_date": None, "end_date": None, "certainty": "asserted", "review": None, "superseded_by": None}
            for i in range(300)]
    with _base(tmp_path / "many.db", rows) as kb:
        assert kb._facts_of("e1") == 1
        assert len(kb.db.execute("SELECT min(rowid) FROM relations GROUP BY predicate, subject_id").fetchall()) == 1

"""Relation history decided by dates, not by the order documents were read in: pure decisions over stored rows,
and the same base from the same invented articles ingested in two orders, on both backends."""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from sitrep import api
from sitrep.resolve.relations import history


def row(rid: str, predicate: str, subject: str, obj: str | None, published: str | None, *, start: str | None = None,
        role: str | None = None, end: str | None = None, by: str | None = None) -> dict[str, Any]:
    return {"id": rid, "predicate": predicate, "subject_id": subject, "object_id": obj, "role": role,
            "start_date": start, "end_date": end, "superseded_by": by, "certainty": "asserted", "doc_id": rid,
            "object_type": "armed_group", "published": published}


def decide(rows: list[dict[str, Any]]) -> dict[str, tuple[str, str] | None]:
    return history(rows, [r["id"] for r in rows])


def test_a_post_passes_by_dates_whatever_the_order_of_the_rows() -> None:
    rows = [row("x16", "leader_of", "x", "g", "2016-03-01", role="leader"),
            row("y17", "leader_of", "y", "g", "2017-05-01", role="leader"),
            row("x18", "leader_of", "x", "g", "2018-02-01", role="leader")]
    want = {"x16": ("2017-05-01", "y17"), "y17": ("2018-02-01", "x18"), "x18": None}
    for perm in itertools.permutations(rows):
        assert decide(list(perm)) == want


def test_a_restatement_at_the_successors_date_keeps_the_period_open() -> None:
    # the same document names both as leader: which came first is unknown, so neither ends the other
    rows = [row("x1", "leader_of", "x", "g", "2017-12-02", role="leader"),
            row("y2", "leader_of", "y", "g", "2018-01-26", role="leader"),
            row("x2", "leader_of", "x", "g", "2018-01-26", role="leader")]
    assert decide(rows) == {"x1": None, "y2": None, "x2": None}


def test_an_undated_state_is_not_ended_by_a_dated_one_but_a_change_ends_it() -> None:
    rows = [row("a", "leader_of", "x", "g", None, role="leader"),
            row("b", "leader_of", "y", "g", "2017-12-02", role="leader")]
    assert decide(rows) == {"a": None, "b": None}
    rows = [row("m", "member_of", "x", "g", None), row("d", "defected_from", "x", "g", "2018-01-26")]
    assert decide(rows) == {"m": ("2018-01-26", "d"), "d": None}


def test_a_defection_ends_what_held_at_its_date_and_a_stated_end_is_kept() -> None:
    rows = [row("m1", "member_of", "x", "g", "2017-12-02"), row("m2", "member_of", "x", "g", "2018-01-26"),
            row("d", "defected_from", "x", "g", "2018-01-26"),
            row("m3", "member_of", "x", "g", "2019-01-01"),  # back with the group after the defection
            row("p", "holds_position", "x", "g", "2010", role="governor", end="2012")]
    got = decide(rows)
    assert got["m1"] == got["m2"] == ("2018-01-26", "d")
    assert got["m3"] is None and got["p"] is None


# ---------------------------------------------------------------- through the pipeline, on both backends

ARTICLES = [
    {"id": "h1", "title": "Group names its chief", "published": "2016-03-01",
     "text": "KANDAHAR, Afghanistan - Taliban leader Mullah Sher Ahmad Zaheer ordered new attacks in Kandahar "
             "province, officials said on Tuesday."},
    {"id": "h2", "title": "New chief", "published": "2017-05-01",
     "text": "KANDAHAR, Afghanistan - Taliban leader Mullah Gul Agha Rahimi met commanders in Kandahar province, "
             "officials said on Monday.\n\nQari Noor Wali, a Taliban member in Zabul, joined the Islamic State in "
             "April 2017, police said."},
    {"id": "h3", "title": "Chief again", "published": "2018-02-01",
     "text": "KANDAHAR, Afghanistan - Taliban leader Mullah Sher Ahmad Zaheer ordered new attacks in Helmand "
             "province, officials said on Thursday."},
]


def relations_by_content(db: str) -> set[tuple[Any, ...]]:
    buf = io.StringIO()
    api.export(db, "jsonl", buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    names = {r["id"]: r["name"] for r in recs if r["kind"] == "entity"}
    rels = {r["id"]: r for r in recs if r["kind"] == "relation"}

    def content(r: dict[str, Any]) -> tuple[Any, ...]:
        return (names.get(r["subject"]), r["predicate"], names.get(r["object"], r["object"]), r.get("role"),
                r.get("start"), r.get("doc"))
    return {(*content(r), r.get("end"), content(rels[r["superseded_by"]]) if r.get("superseded_by") else None)
            for r in rels.values()}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_history_does_not_depend_on_the_ingest_order(backend: str, request: pytest.FixtureRequest,
                                                         tmp_path: Path) -> None:
    from backends import new_base

    got = []
    for n, order in enumerate((ARTICLES, ARTICLES[::-1])):
        folder = tmp_path / str(n)
        folder.mkdir()
        inputs = folder / "in.jsonl"
        inputs.write_text("".join(json.dumps(a) + "\n" for a in order), encoding="utf-8")
        db = new_base(request, folder, backend)
        api.ingest([str(inputs)], db)
        got.append(relations_by_content(db))
    assert got[0] == got[1]
    leaders = {(r[0], r[6], r[7][0] if r[7] else None) for r in got[0] if r[1] == "leader_of"}
    assert ("Mullah Sher Ahmad Zaheer", "2017-05-01", "Mullah Gul Agha Rahimi") in leaders
    assert ("Mullah Gul Agha Rahimi", "2018-02-01", "Mullah Sher Ahmad Zaheer") in leaders

"""The filters shared by ``report`` and ``export`` (``sitrep.kb.scope``): one selection, the same for both."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from query.sample_kb import build
from sitrep import api
from sitrep.cli.main import cli
from sitrep.kb import KnowledgeBase
from sitrep.kb.queries import NameNotFound
from sitrep.kb.scope import Scope, select
from sitrep.report.data import gather


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("scope") / "kb.db")


def test_empty_scope_selects_everything(db: Path) -> None:
    with KnowledgeBase(db) as kb:
        sel = select(kb, Scope())
    assert sel.events is None and sel.has_event("anything") and sel.has_doc(None) and sel.has_entity("x")


def test_dates_overlap_and_undated_events_leave(db: Path) -> None:
    with KnowledgeBase(db) as kb:
        sel = select(kb, Scope(since="2017-11", until="2017-12-31"))
    assert sel.event_ids == {"v2", "v3"}  # v1 is June; v4 has no date
    rels = {(r["predicate"], r["subject_id"], r["object_id"]) for r in sel.relations or []}
    assert ("holds_position", "ahmad", "kunduz") not in rels  # ended in October
    assert ("member_of", "qari", "taliban") in rels  # since 2015, no end: in force
    assert sel.doc_ids is not None and "a5.txt" not in sel.doc_ids  # published in January 2018


def test_area_and_actor(db: Path) -> None:
    with KnowledgeBase(db) as kb:
        area = select(kb, Scope(area="Kunduz"))
        actor = select(kb, Scope(actor="Taleban"))  # a spelling resolves like everywhere else
        with pytest.raises(NameNotFound):
            select(kb, Scope(actor="Nobody Known"))
    assert area.event_ids == {"v1"} and area.area_name == "Kunduz"
    assert area.area_ids is not None and {"kunduz", "archi"} <= area.area_ids
    assert {r["predicate"] for r in area.relations or []} >= {"controls", "holds_position"}
    assert actor.actor_id == "taliban" and actor.event_ids == {"v1"}
    assert all("taliban" in (r["subject_id"], r["object_id"]) for r in actor.relations or [])
    assert actor.doc_ids == {"a1.txt", "a2.txt", "a3.txt", "a4.txt"}


def test_report_and_export_select_the_same_events(db: Path, tmp_path: Path) -> None:
    with KnowledgeBase(db) as kb:
        data = gather(kb, since="2017-11", actor="Islamic State Khorasan")
    buf = io.StringIO()
    api.export(db, "jsonl", buf, Scope(since="2017-11", actor="Islamic State Khorasan"))
    exported = {r["id"] for line in buf.getvalue().splitlines() if (r := json.loads(line))["kind"] == "event"}
    assert exported == {e["id"] for e in data.events} == {"v2", "v3"}
    docs = [json.loads(line) for line in buf.getvalue().splitlines() if '"kind": "document"' in line]
    for ent in (json.loads(line) for line in buf.getvalue().splitlines() if '"kind": "entity"' in line):
        assert all(m["doc"] in {d["id"] for d in docs} for m in ent["mentions"])
    out = tmp_path / "r.html"
    r = CliRunner().invoke(cli, ["report", "--db", str(db), "-o", str(out), "--until", "2017-06",
                                 "--actor", "Taliban"])
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "until 2017-06" in html and "actor: Taliban" in html

"""GraphML and GEXF exports: the actor network loads with networkx, relations and co-occurrence as separate edge
kinds, time as dates and integers Gephi reads."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from query import sample_kb
from query.sample_kb import build
from sitrep import api
from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Scope

nx = pytest.importorskip("networkx", reason="networkx reads the GraphML and GEXF exports back")


def load(db: Path, tmp_path: Path, fmt: str = "graphml", scope: Scope | None = None) -> Any:
    buf = io.StringIO()
    n = api.export(db, fmt, buf, scope)
    path = tmp_path / f"net.{fmt}"
    path.write_text(buf.getvalue(), encoding="utf-8")
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert n == g.number_of_nodes() + g.number_of_edges()
    return g


def edges(g: Any, kind: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(s, t, d) for s, t, d in g.edges(data=True) if d["kind"] == kind]


def test_network_loads_with_networkx(tmp_path: Path) -> None:
    g = load(build(tmp_path / "kb.db"), tmp_path)
    assert g.is_directed() and g.is_multigraph()  # several relations between the same two actors
    assert g.nodes["taliban"] == {"label": "Taliban", "type": "armed_group", "country": "AF", "mentions": 4,
                                  "events": 1}
    assert g.nodes["qari"]["type"] == "person"
    assert "civilians" in g  # an actor of an event, named by no mention
    assert "nowhere" not in g  # a place no relation names is not an actor
    assert {d["kind"] for _, _, d in g.edges(data=True)} == {"relation", "co_occurrence"}
    pledges = [d for _, _, d in edges(g, "relation") if d["predicate"] == "pledged_allegiance_to"]
    assert len(pledges) == 1 and pledges[0]["certainty"] == "asserted"
    # time: ISO dates and integer years Gephi can turn into intervals, and the date as stated
    assert (pledges[0]["start"], pledges[0]["start_year"], pledges[0]["start_text"]) == ("2017-11-01", 2017, "2017-11")
    assert "end" not in pledges[0] and "end_year" not in pledges[0]  # absent values are absent, not empty strings
    (held,) = [d for s, t, d in edges(g, "relation") if (s, t) == ("ahmad", "kunduz")]
    assert (held["predicate"], held["role"], held["start"], held["end"]) == (
        "holds_position", "shadow governor", "2016-03-01", "2017-10-31")
    assert isinstance(held["end_year"], int) and held["end_year"] == 2017


def test_co_occurrence_is_its_own_edge_kind(tmp_path: Path) -> None:
    g = load(build(tmp_path / "kb.db"), tmp_path)
    co = {(s, t): d for s, t, d in edges(g, "co_occurrence")}
    assert co[("anp", "taliban")] == {"kind": "co_occurrence", "label": "co-occurs", "weight": 1, "events": "v1",
                                      "start": "2017-06-09", "end": "2017-06-09", "start_year": 2017,
                                      "end_year": 2017}
    assert all("predicate" not in d for d in co.values())
    assert all(d["kind"] == "relation" and "weight" not in d for _, _, d in edges(g, "relation"))


def test_gexf_is_dynamic_for_gephi_timeline(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    buf = io.StringIO()
    api.export(db, "gexf", buf)
    assert 'mode="dynamic"' in buf.getvalue() and 'timeformat="date"' in buf.getvalue()
    g = load(db, tmp_path, "gexf")
    assert g.graph["mode"] == "dynamic"
    (held,) = [d for s, t, d in g.edges(data=True) if (s, t) == ("ahmad", "kunduz")]
    assert (held["start"], held["end"], held["kind"]) == ("2016-03-01", "2017-10-31", "relation")
    co = [d for _, _, d in g.edges(data=True) if d["kind"] == "co_occurrence"]
    assert co and all(d["weight"] >= 1 and "predicate" not in d for d in co)
    assert g.nodes["taliban"]["label"] == "Taliban"


def test_scope_keeps_the_actor(tmp_path: Path) -> None:
    g = load(build(tmp_path / "kb.db"), tmp_path, scope=Scope(actor="Qari Hekmat"))
    rels = {d["predicate"] for _, _, d in edges(g, "relation")}
    assert rels == {"member_of", "defected_from", "pledged_allegiance_to"}
    assert edges(g, "co_occurrence") == []  # Qari Hekmat took part in no event
    assert set(g) == {"qari", "taliban", "isk"}


def test_markup_in_names_is_escaped_xml(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    sample_kb.build(db)
    with KnowledgeBase(db) as kb:
        kb.conn.execute("UPDATE entities SET name = ? WHERE id = 'isk'", ("IS <K> & \"friends\"\x01",))
    g = load(db, tmp_path)
    assert g.nodes["isk"]["label"] == "IS <K> & \"friends\""

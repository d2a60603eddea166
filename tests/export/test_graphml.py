"""GraphML export: the actor network loads with networkx, with typed nodes and dated relation edges."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from query.sample_kb import build
from sitrep import api

nx = pytest.importorskip("networkx", reason="networkx (dev dependency) reads the GraphML export back")


def load(db: Path, tmp_path: Path) -> object:
    buf = io.StringIO()
    n = api.export(db, "graphml", buf)
    path = tmp_path / "net.graphml"
    path.write_text(buf.getvalue(), encoding="utf-8")
    g = nx.read_graphml(path)
    assert n == g.number_of_nodes() + g.number_of_edges()
    return g


def test_network_loads_with_networkx(tmp_path: Path) -> None:
    g = load(build(tmp_path / "kb.db"), tmp_path)
    assert g.is_directed() and g.is_multigraph()  # several relations between the same two actors
    assert g.nodes["taliban"] == {"label": "Taliban", "type": "armed_group", "country": "AF", "mentions": 4}
    assert g.nodes["qari"]["type"] == "person"
    assert "civilians" in g  # an actor of an event, named by no mention
    assert "nowhere" not in g  # a place no relation names is not an actor
    pledges = [d for _, _, d in g.edges("qari", data=True) if d.get("predicate") == "pledged_allegiance_to"]
    assert len(pledges) == 1 and pledges[0]["start"] == "2017-11" and pledges[0]["certainty"] == "asserted"
    (held,) = [d for _, t, d in g.edges("ahmad", data=True) if t == "kunduz"]
    assert (held["predicate"], held["role"], held["start"], held["end"]) == (
        "holds_position", "shadow governor", "2016-03", "2017-10")
    co = [d for _, _, d in g.edges("anp", data=True) if d["kind"] == "co_participation"] + \
        [d for _, _, d in g.in_edges("anp", data=True) if d["kind"] == "co_participation"]
    assert co == [{"kind": "co_participation", "weight": 1, "events": "v1"}]
    assert "end" not in pledges[0]  # absent values are absent, not empty strings


def test_markup_in_names_is_escaped_xml(tmp_path: Path) -> None:
    from query import sample_kb

    db = tmp_path / "kb.db"
    sample_kb.build(db)
    from sitrep.kb import KnowledgeBase

    with KnowledgeBase(db) as kb:
        kb.conn.execute("UPDATE entities SET name = ? WHERE id = 'isk'", ("IS <K> & \"friends\"\x01",))
    g = load(db, tmp_path)
    assert g.nodes["isk"]["label"] == "IS <K> & \"friends\""

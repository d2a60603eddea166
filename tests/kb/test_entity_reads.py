"""An entity's page reads (``sitrep.kb.entity_reads``) give the same answer both ways, by walking documents and
events in date order (frequent entities) or through the entity's own mentions and events (rare ones), on both
backends; and the answer is the one the plain definition gives."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from backends import BACKENDS, new_base
from query.sample_kb import build
from sitrep.kb import KnowledgeBase, queries
from sitrep.kb import entity_reads as reads


@pytest.fixture(scope="module", params=BACKENDS)
def kb(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(build(new_base(request, tmp_path_factory.mktemp("er"), request.param))) as base:
        yield base


def entity_ids(kb: KnowledgeBase) -> list[str]:
    return [r[0] for r in kb.db.execute("SELECT id FROM entities ORDER BY id")]


def test_both_ways_agree_for_every_entity(kb: KnowledgeBase) -> None:
    for eid in entity_ids(kb):
        for limit in (1, 3, 50):
            assert reads.latest_sources(kb.db, eid, limit, True) == reads.latest_sources(kb.db, eid, limit, False)
            assert reads.first_mentions(kb.db, eid, limit, True) == reads.first_mentions(kb.db, eid, limit, False)
            walked = kb._events(reads.latest_events(True), [eid, limit])
            assert [e["id"] for e in walked] == [e["id"] for e in kb._events(reads.latest_events(False), [eid, limit])]
        assert reads.seen_in_documents(kb.db, eid, True) == reads.seen_in_documents(kb.db, eid, False)
        assert reads.event_dates(kb.db, eid, True) == reads.event_dates(kb.db, eid, False)


def test_the_answers_match_their_definition(kb: KnowledgeBase) -> None:
    docs = {r["id"]: dict(r) for r in kb.db.execute("SELECT id, n, published FROM documents")}
    mentions = [dict(r) for r in kb.db.execute("SELECT id, entity_id, doc_id, start_char FROM mentions")]
    events = {r["id"]: dict(r) for r in kb.db.execute(
        "SELECT id, date_start, location_id FROM events WHERE coalesce(review, '') <> 'rejected'")}
    actors = {(r[0], r[1]) for r in kb.db.execute("SELECT event_id, entity_id FROM event_actors")}
    for eid in entity_ids(kb):
        mine = [m for m in mentions if m["entity_id"] == eid]
        named = {m["doc_id"] for m in mine}
        latest = sorted(named, key=lambda d: (docs[d]["published"] is None, docs[d]["published"] or "", docs[d]["n"]))
        latest = [d for d in latest if docs[d]["published"] is not None][::-1] + [
            d for d in latest[::-1] if docs[d]["published"] is None]
        sources = reads.latest_sources(kb.db, eid, 50, False)
        assert [s["id"] for s in sources] == latest
        assert all(s["mentions"] == sum(m["doc_id"] == s["id"] for m in mine) for s in sources)
        def order(m: dict[str, Any]) -> tuple[Any, ...]:
            doc = docs[m["doc_id"]]
            return doc["published"] is None, doc["published"] or "", doc["n"], m["start_char"], m["id"]

        first = sorted(mine, key=order)
        assert reads.first_mentions(kb.db, eid, 50, False) == [m["id"] for m in first][:50]
        dated = sorted(docs[d]["published"] for d in named if docs[d]["published"])
        assert reads.seen_in_documents(kb.db, eid, False) == ((dated[0], dated[-1]) if dated else (None, None))
        its = {v for v, e in events.items() if (v, eid) in actors or e["location_id"] == eid}
        assert reads.event_count(kb.db, eid) == len(its)
        days = sorted(events[v]["date_start"] for v in its if events[v]["date_start"])
        assert reads.event_dates(kb.db, eid, False) == ([days[0], days[-1]] if days else [])


def test_frequent_means_a_large_share_of_the_base(kb: KnowledgeBase) -> None:
    stored = kb.db.execute("SELECT max(n) FROM documents").fetchone()[0]
    assert reads.frequent(kb.db, stored) and not reads.frequent(kb.db, 0)
    assert reads.frequent(kb.db, -(-stored // reads.FREQUENT)) and not reads.frequent(kb.db, 0)


def test_search_ranks_the_latest_matches_of_a_common_word(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    if kb.db.dialect != "sqlite":
        pytest.skip("PostgreSQL ranks with its own full-text search")
    every = kb.search("Taliban", limit=500)
    docs = sorted({r["doc"] for r in every if r["kind"] == "document"})
    assert len(docs) >= 3
    monkeypatch.setattr(queries, "RANKED", 2)  # only the two latest stored documents (and quotes) are ranked
    latest = [r[0] for r in kb.db.execute(
        "SELECT d.id FROM documents_fts JOIN documents d ON d.n = documents_fts.rowid WHERE documents_fts MATCH"
        " '\"Taliban\"' ORDER BY documents_fts.rowid DESC LIMIT 2")]
    found = kb.search("Taliban", limit=500)
    assert sorted(r["doc"] for r in found if r["kind"] == "document") == sorted(latest)
    assert len([r for r in found if r["kind"] == "evidence"]) <= 2
    monkeypatch.setattr(queries, "RANKED", 10_000)
    assert kb.search("Taliban", limit=500) == every  # fewer matches than RANKED: all ranked, as before

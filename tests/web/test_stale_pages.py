"""Stale while made again (``sitrep serve --stale-for``): a page a commit dropped is sent as it was while it is made
again in the background, within a bound of time, and never to the writer of a change made through the server."""

from __future__ import annotations

import time
from pathlib import Path

from sitrep.kb import KnowledgeBase, changes
from sitrep.web.cache import ResponseCache
from web.conftest import client_for
from web.test_response_cache import cache_of

ALIAS = "Zzyzx Gate"


def add_alias(db: Path) -> None:
    """A commit by another process's connection that changes Kunduz's page."""
    with KnowledgeBase(db) as other:
        other.db.execute("INSERT INTO aliases (entity_id, alias, key, origin) VALUES ('kunduz', ?, 'zzyzx gate',"
                         " 'analyst')", (ALIAS,))
        changes.note(other.db, ["about:kunduz"])  # an alias's insert leaves its tag (0015)


def settled(cache: ResponseCache) -> None:
    for _ in range(200):
        if not cache.making and not cache.remakes:
            return
        time.sleep(0.05)
    raise AssertionError("a page is still being made")


def test_a_dropped_page_is_sent_stale_once_while_made_again_then_fresh(fresh_db: Path) -> None:
    with client_for(fresh_db, stale_for=60.0) as client:
        before = client.get("/api/v1/entities/kunduz").json()
        cache = cache_of(client)
        add_alias(fresh_db)
        stale = client.get("/api/v1/entities/kunduz")
        assert stale.status_code == 200 and stale.json() == before and cache.stale_hits == 1
        settled(cache)
        hits = cache.hits
        fresh = client.get("/api/v1/entities/kunduz").json()
        assert ALIAS in fresh["aliases"] and ALIAS not in before["aliases"]
        assert cache.hits == hits + 1  # the page made in the background was kept
        assert not cache.stale


def test_without_stale_for_the_next_request_waits_for_the_new_page(fresh_db: Path) -> None:
    with client_for(fresh_db) as client:
        client.get("/api/v1/entities/kunduz")
        add_alias(fresh_db)
        assert ALIAS in client.get("/api/v1/entities/kunduz").json()["aliases"]
        assert cache_of(client).stale_hits == 0 and not cache_of(client).stale


def test_a_stale_copy_is_not_sent_past_its_bound(fresh_db: Path) -> None:
    with client_for(fresh_db, stale_for=0.05) as client:
        client.get("/api/v1/entities/kunduz")
        cache = cache_of(client)
        add_alias(fresh_db)
        client.get("/api/v1/entities/taliban")  # reads the commit: Kunduz's page is stale from now
        assert ("/api/v1/entities/kunduz", b"") in cache.stale
        time.sleep(0.1)
        assert ALIAS in client.get("/api/v1/entities/kunduz").json()["aliases"]
        assert cache.stale_hits == 0


def test_a_write_through_the_server_is_seen_by_its_next_page(fresh_db: Path) -> None:
    with client_for(fresh_db, stale_for=60.0) as client:
        assert ALIAS not in client.get("/api/v1/entities/kunduz").json()["aliases"]
        r = client.post("/api/v1/corrections", json={"action": "alias", "author": "a", "entity": "kunduz",
                                                     "alias": ALIAS})
        assert r.status_code == 201
        assert ALIAS in client.get("/api/v1/entities/kunduz").json()["aliases"]
        assert cache_of(client).stale_hits == 0

"""The response cache (``sitrep.web.cache``) and the per-connection name index (``sitrep.kb.names``): a page asked
for again is sent from the cache while nothing was committed, and a commit by any connection (the server's own
writer, another process's) is seen by the next request, never a stale page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from sitrep import api
from sitrep.kb import KnowledgeBase
from sitrep.web.cache import ResponseCache


def cache_of(client: TestClient) -> ResponseCache:
    layer: Any = client.app.middleware_stack  # type: ignore[attr-defined]
    while not isinstance(layer, ResponseCache):
        layer = layer.app
    return layer


def test_a_page_asked_again_comes_from_the_cache_with_the_same_bytes_and_headers(client: TestClient) -> None:
    first = client.get("/entity/taliban")
    cache = cache_of(client)
    hits = cache.hits
    again = client.get("/entity/taliban")
    assert cache.hits == hits + 1
    assert again.status_code == 200 and again.content == first.content
    assert again.headers["content-security-policy"] == first.headers["content-security-policy"]
    assert again.headers["content-type"] == first.headers["content-type"]
    twin = client.get("/api/v1/entities/taliban")  # another address is another entry
    assert cache.hits == hits + 1 and twin.json()["id"] == "taliban"


def test_errors_and_other_queries_are_not_served_from_the_cache(client: TestClient) -> None:
    client.get("/entity/no-such-entity")
    cache = cache_of(client)
    hits = cache.hits
    assert client.get("/entity/no-such-entity").status_code == 404
    assert client.get("/api/v1/search", params={"q": "Kunduz"}).json()["q"] == "Kunduz"
    assert client.get("/api/v1/search", params={"q": "Taliban"}).json()["q"] == "Taliban"
    assert cache.hits == hits


def test_a_write_by_the_servers_writer_is_seen_by_the_next_request(writer: TestClient) -> None:
    assert "Zzyzx Gate" not in writer.get("/api/v1/entities/kunduz").json()["aliases"]
    assert writer.get("/api/v1/search", params={"q": "Zzyzx Gate"}).json()["entities"] == []  # names indexed now
    r = writer.post("/api/v1/corrections", json={"action": "alias", "author": "a", "entity": "kunduz",
                                                 "alias": "Zzyzx Gate"})
    assert r.status_code == 201
    assert "Zzyzx Gate" in writer.get("/api/v1/entities/kunduz").json()["aliases"]
    found = writer.get("/api/v1/search", params={"q": "Zzyzx Gate"}).json()["entities"]
    assert [e["id"] for e in found] == ["kunduz"]


def test_a_write_by_another_process_is_seen_by_the_next_request(writer: TestClient, fresh_db: Path) -> None:
    before = writer.get("/entity/kunduz").text
    assert writer.get("/entity/kunduz").text == before
    api.correct(fresh_db, "rename", "analyst", entity="kunduz", name="Kunduz City")  # its own connection
    page = writer.get("/entity/kunduz").text
    assert page != before and "Kunduz City" in page
    assert writer.get("/api/v1/search", params={"q": "Kunduz City"}).json()["entities"][0]["id"] == "kunduz"


def test_a_read_only_connection_keeps_its_name_index_until_the_base_changes(fresh_db: Path) -> None:
    with KnowledgeBase(fresh_db, read_only=True) as reader, KnowledgeBase(fresh_db) as other:
        assert reader.resolve_name("Zzyzx Gate") == []
        kept = reader._cache["names"]
        assert reader.resolve_name("Kunduz")[0]["id"] == "kunduz" and reader._cache["names"] is kept
        other.db.execute("INSERT INTO aliases (entity_id, alias, key, origin) VALUES ('kunduz', 'Zzyzx Gate',"
                         " 'zzyzx gate', 'analyst')")
        assert [(h["id"], h["matched_by"]) for h in reader.resolve_name("Zzyzx Gate")] == [("kunduz", "alias")]
        assert reader._cache["names"] is not kept
        assert other.db.generation() is None  # a connection that writes keeps nothing
        other.resolve_name("Kunduz")
        assert "names" not in getattr(other, "_cache", {})

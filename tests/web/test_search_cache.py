"""Searches in the response cache (``sitrep.web.cache``, ``sitrep.kb.changes.searches_matched``): a commit drops a
cached search only when its words match the text or names of a row the commit touched, or when it touches
something the search lists; a page missing from the cache is made once however many ask for it at once; a kept
page has an ETag."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import httpx
import orjson
from fastapi.testclient import TestClient

from sitrep import api
from sitrep.kb import KnowledgeBase, changes
from sitrep.web import views
from sitrep.web.cache import ResponseCache
from web.conftest import client_for
from web.test_change_log import FIGHT
from web.test_response_cache import cache_of

QUIET = ("Heavy rain flooded several villages in the north of the valley on Tuesday, local farmers said, and the "
         "road to the market was closed for two days.")
LOUD = ("Gunmen attacked a checkpoint near Zzyzxabad on Tuesday, killing one guard, officials said.")


def now(db: Path, q: str) -> Any:
    with KnowledgeBase(db, read_only=True) as kb:
        return orjson.loads(orjson.dumps(views.search(kb, q), option=orjson.OPT_NON_STR_KEYS))


def ingest(db: Path, tmp: Path, doc_id: str, text: str) -> None:
    record = tmp / f"{doc_id}.jsonl"
    record.write_text(json.dumps({"id": doc_id, "published": "2018-03-06", "text": text}) + "\n")
    assert api.ingest([str(record)], db=db).count("added") == 1


def test_a_search_is_kept_across_an_ingest_of_other_words_and_dropped_by_one_of_its_words(
        writer: TestClient, fresh_db: Path, tmp_path: Path) -> None:
    asked = {q: writer.get("/api/v1/search", params={"q": q}).json() for q in ("Kunduz", "Zzyzxabad", "Taleban")}
    assert asked["Zzyzxabad"]["results"] == [] and asked["Kunduz"]["results"]
    assert all("rank" not in r for r in asked["Kunduz"]["results"])  # bm25's figure moves with every document
    cache = cache_of(writer)
    ingest(fresh_db, tmp_path, "quiet-1", QUIET)
    hits = cache.hits
    for q, before in asked.items():
        assert writer.get("/api/v1/search", params={"q": q}).json() == before == now(fresh_db, q)
    assert cache.hits == hits + 3  # the new document and what it names hold none of the words
    ingest(fresh_db, tmp_path, "loud-1", LOUD)
    found = writer.get("/api/v1/search", params={"q": "Zzyzxabad"}).json()
    assert cache.hits == hits + 3 and [r["doc"] for r in found["results"]][:1] == ["loud-1"]
    assert found == now(fresh_db, "Zzyzxabad")
    for q in ("Kunduz", "Taleban"):
        assert writer.get("/api/v1/search", params={"q": q}).json() == now(fresh_db, q)


def test_a_search_is_dropped_by_a_new_name_it_resolves_to_and_by_a_change_of_an_entity_it_lists(
        writer: TestClient, fresh_db: Path) -> None:
    assert writer.get("/api/v1/search", params={"q": "Zzyzx Gate"}).json()["entities"] == []
    listed = writer.get("/search", params={"q": "Kunduz"}).text
    with KnowledgeBase(fresh_db) as kb, kb.db.transaction():  # another process's alias, no correction (no '*')
        kb.db.execute("INSERT INTO aliases (entity_id, alias, key, origin) VALUES ('kunduz', 'Zzyzx Gate',"
                      " 'zzyzx gate', 'analyst')")
        changes.note(kb.db, ["about:kunduz"])  # an alias's insert leaves its tag (0015)
    found = writer.get("/api/v1/search", params={"q": "Zzyzx Gate"}).json()["entities"]
    assert [e["id"] for e in found] == ["kunduz"]
    cache = cache_of(writer)
    hits, misses = cache.hits, cache.misses
    assert "Kunduz" in writer.get("/search", params={"q": "Kunduz"}).text and listed
    assert (cache.hits, cache.misses) == (hits, misses + 1)  # made again: it lists kunduz, touched ('about:kunduz')


def test_searches_matched_runs_the_words_over_the_touched_rows_only(fresh_db: Path) -> None:
    with KnowledgeBase(fresh_db, read_only=True) as kb:
        doc, text = kb.db.execute("SELECT id, text FROM documents WHERE text LIKE '%Kunduz%' LIMIT 1").fetchone()
        other = kb.db.execute("SELECT id FROM documents WHERE text NOT LIKE '%Kunduz%' AND text NOT LIKE '%Taliban%'"
                              " LIMIT 1").fetchone()[0]
        words = {"Kunduz", "kunduz province", "Taleban", "Zzyzxabad"}
        assert changes.searches_matched(kb.db, frozenset({f"about:{other}"}), words) == set()
        hit = changes.searches_matched(kb.db, frozenset({doc}), words)
        assert "Kunduz" in hit and "Zzyzxabad" not in hit
        assert ("kunduz province" in hit) == ("kunduz province" in text.lower())
        assert changes.searches_matched(kb.db, frozenset({"taliban"}), words) == {"Taleban"}  # its spelling
        assert changes.searches_matched(kb.db, frozenset(), words) == set()


def test_a_page_missing_from_the_cache_is_made_once_for_requests_that_ask_for_it_together() -> None:
    made: list[str] = []

    async def slow_page(scope: Any, receive: Any, send: Any) -> None:
        made.append(scope["path"])
        await anyio.sleep(0.2)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": f"page {len(made)}".encode()})

    log = [(1, frozenset[str]())]
    cache = ResponseCache(slow_page, generation=lambda: 1, changes=lambda seq: log[-1])
    bodies: list[bytes] = []

    async def main() -> None:
        transport = httpx.ASGITransport(app=cache)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:

            async def ask(path: str) -> None:
                bodies.append((await client.get(path)).content)

            async with anyio.create_task_group() as tg:
                for path in ["/a"] * 8 + ["/b"] * 2:
                    tg.start_soon(ask, path)

    anyio.run(main)
    assert sorted(made) == ["/a", "/b"] and len(bodies) == 10
    assert cache.misses == 2 and cache.hits == 8 and cache.waits == 8


def test_after_an_ingest_every_cached_search_is_what_the_base_gives_now(fresh_db: Path, tmp_path: Path) -> None:
    """The cache's property for searches: after a real ingest (some kept, some made again) each equals the view
    over the base as it is now; asked for every entity name and alias, and words of the documents."""
    with KnowledgeBase(fresh_db, read_only=True) as kb:
        words = sorted({r[0] for r in kb.db.execute("SELECT name FROM entities UNION SELECT alias FROM aliases")}
                       | {"police", "checkpoint", "attack killed", "Jalalabad army", "Zzyzxabad"})
    with client_for(fresh_db) as client:
        for q in words:
            assert client.get("/api/v1/search", params={"q": q}).status_code == 200
        ingest(fresh_db, tmp_path, "fight-1", FIGHT)
        cache = cache_of(client)
        hits, misses = cache.hits, cache.misses
        served = {q: client.get("/api/v1/search", params={"q": q}).json() for q in words}
        assert cache.hits > hits and cache.misses > misses  # some kept, some made again
    for q, got in served.items():
        assert got == now(fresh_db, q), q


def test_a_kept_page_has_an_etag_and_a_browser_holding_it_gets_304(client: TestClient) -> None:
    first = client.get("/api/v1/entities/kunduz")
    tag = first.headers["etag"]
    assert first.headers["cache-control"] == "no-cache" and tag.startswith('"')
    again = client.get("/api/v1/entities/kunduz", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
    assert "content-security-policy" in again.headers
    other = client.get("/api/v1/entities/kunduz", headers={"If-None-Match": '"something else"'})
    assert other.status_code == 200 and other.content == first.content and other.headers["etag"] == tag

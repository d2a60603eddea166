"""The change log (migration 0012, ``sitrep.kb.changes``) and the response cache's fine invalidation
(``sitrep.web.cache``): a commit drops only the cached pages it can change, and never leaves one that missed a
commit it depends on."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import orjson
from fastapi.testclient import TestClient

from sitrep import api
from sitrep.kb import KnowledgeBase, changes
from sitrep.web import views
from sitrep.web.cache import ResponseCache
from web.conftest import client_for
from web.test_response_cache import cache_of

FIGHT = ("Islamic State Khorasan fighters attacked an army post near Jalalabad on Sunday, killing two soldiers, "
         "officials said. The Taliban denied any role in the attack.")


def test_every_table_leaves_tags_on_insert_update_and_delete_or_is_listed_as_untracked(fresh_db: Path) -> None:
    with KnowledgeBase(fresh_db) as kb:
        triggers = {(r[0], r[1]) for r in kb.db.execute("SELECT tbl_name, name FROM sqlite_master"
                                                         " WHERE type = 'trigger' AND name LIKE 'changes_%'")}
        tables = kb.db.tables()
    tracked = changes.tracked(tables)
    assert "mentions" in tracked and "entities" in tracked and "runs" not in tracked
    assert set(tracked) > changes.LOGGED_INSERTS
    for table in tracked:
        for op in ("insert", "update", "delete"):
            # the inserts of LOGGED_INSERTS are logged by kb.writes, not by a trigger (0015)
            wanted = not (op == "insert" and table in changes.LOGGED_INSERTS)
            assert ((table, f"changes_{table}_{op}") in triggers) == wanted, (table, op)


def test_only_kb_writes_inserts_the_rows_whose_tags_it_notes() -> None:
    """No trigger logs the inserts of ``LOGGED_INSERTS``: kb/writes.py notes them, so no other module may insert
    those rows but kb/corrections.py, which notes its own inserts of entities, aliases and event actors (a new write
    path must note its tags, ``change_notes.note``, and be allowed here)."""
    src = Path(changes.__file__).resolve().parent.parent
    insert = re.compile(r"INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)", re.I)
    found = {(path.relative_to(src).as_posix(), table) for path in src.rglob("*.py")
             for table in insert.findall(path.read_text("utf-8")) if table in changes.LOGGED_INSERTS}
    outside = {(path, table) for path, table in found if path != "kb/writes.py"}
    assert found and outside == {("kb/corrections.py", t) for t in ("entities", "aliases", "event_actors")}, found


def test_the_entity_update_trigger_compares_every_column(fresh_db: Path) -> None:
    """An ingest's upsert of known entities changes nothing and must leave no tag; a real change of any column
    must leave one: so the trigger's WHEN names every column of ``entities``."""
    with KnowledgeBase(fresh_db) as kb:
        sql = kb.db.execute("SELECT sql FROM sqlite_master WHERE name = 'changes_entities_update'").fetchone()[0]
        columns = [r[1] for r in kb.db.execute("PRAGMA table_info(entities)")]
        when = sql.split("BEGIN")[0]
        assert all(re.search(rf"OLD\.{c} IS NOT NEW\.{c}\b", when) for c in columns), when
        at = changes.position(kb.db)
        kb.db.execute("UPDATE entities SET geo = coalesce(geo, NULL) WHERE id = 'kunduz'")
        assert changes.changed_since(kb.db, at) == (at, frozenset())
        kb.db.execute("UPDATE entities SET name = 'Kunduz Province' WHERE id = 'kunduz'")
        seq, touched = changes.changed_since(kb.db, at)
        assert seq > at and "kunduz" in touched
        events = {r[0] for r in kb.db.execute("SELECT id FROM events WHERE location_id = 'kunduz'")}
        assert events and events <= touched  # the events whose briefs carry the place's name


def test_a_page_is_kept_across_a_commit_that_does_not_touch_it_and_changes_after_one_that_does(
        writer: TestClient, fresh_db: Path) -> None:
    kunduz = writer.get("/api/v1/entities/kunduz").json()
    taliban = writer.get("/entity/taliban").text
    writer.get("/api/v1/search", params={"q": "Kunduz"})
    cache = cache_of(writer)
    with KnowledgeBase(fresh_db) as kb, kb.db.transaction():  # another connection: a Taliban mention, no Kunduz
        kb.db.execute("INSERT INTO mentions (doc_id, start_char, end_char, text, type, entity_id, extractor,"
                      " version) VALUES ('a2.txt', 4, 11, 'Taliban', 'armed_group', 'taliban', 'test', '1')")
        changes.note(kb.db, ["about:taliban", "about:a2.txt"])  # a mention's insert leaves its tags (0015)
    hits = cache.hits
    assert writer.get("/api/v1/entities/kunduz").json() == kunduz
    assert cache.hits == hits + 1  # served from the cache: the commit cannot change it
    page = writer.get("/entity/taliban").text
    assert cache.hits == hits + 1 and page != taliban  # made again: one more mention
    assert writer.get("/api/v1/entities/taliban").json()["mentions"] == mention_count(fresh_db, "taliban")
    writer.get("/api/v1/search", params={"q": "Kunduz"})
    assert cache.hits == hits + 2  # a search is kept: the commit's rows hold no "Kunduz" (test_search_cache.py)


def mention_count(db: Path, entity: str) -> int:
    with KnowledgeBase(db, read_only=True) as kb:
        return int(kb.db.execute("SELECT count(*) FROM mentions WHERE entity_id = ?", (entity,)).fetchone()[0])


def test_an_event_page_changes_when_an_actor_it_shows_is_renamed(writer: TestClient, fresh_db: Path) -> None:
    with KnowledgeBase(fresh_db, read_only=True) as kb:
        event_id = kb.db.execute("SELECT event_id FROM event_actors GROUP BY event_id"
                                 " HAVING count(DISTINCT entity_id) > 1 ORDER BY 1 LIMIT 1").fetchone()[0]
    actor, other = [a["id"] for a in writer.get(f"/api/v1/events/{event_id}").json()["actors"]][:2]
    before = writer.get(f"/event/{event_id}").text
    listed = writer.get(f"/api/v1/entities/{other}").json()["events"]  # briefs name the actor without its id
    assert event_id in [e["id"] for e in listed] and "Zzyzx Front" not in json.dumps(listed)
    hits = cache_of(writer).hits
    assert writer.get(f"/event/{event_id}").text == before and cache_of(writer).hits == hits + 1
    with KnowledgeBase(fresh_db) as kb, kb.db.transaction():
        kb.db.execute("UPDATE entities SET name = 'Zzyzx Front' WHERE id = ?", (actor,))
    assert "Zzyzx Front" in writer.get(f"/event/{event_id}").text
    assert "Zzyzx Front" in json.dumps(writer.get(f"/api/v1/entities/{other}").json()["events"])


def test_after_an_ingest_every_cached_page_is_what_the_base_gives_now(fresh_db: Path, tmp_path: Path) -> None:
    """The property the cache must keep: whatever it serves after a real ingest (some pages kept, some made
    again) equals what the views give over the base as it is now."""
    with KnowledgeBase(fresh_db, read_only=True) as kb:
        entities = [r[0] for r in kb.db.execute("SELECT id FROM entities ORDER BY id")]
        events = [r[0] for r in kb.db.execute("SELECT id FROM events ORDER BY id")]
        documents = [r[0] for r in kb.db.execute("SELECT id FROM documents ORDER BY id")]
    urls = ([f"/api/v1/entities/{e}" for e in entities] + [f"/api/v1/events/{v}" for v in events]
            + [f"/api/v1/documents/{d}" for d in documents])
    with client_for(fresh_db) as client:
        for url in urls:
            assert client.get(url).status_code == 200
        record = tmp_path / "new.jsonl"
        record.write_text(json.dumps({"id": "fight-1", "published": "2018-03-04", "text": FIGHT}) + "\n")
        assert api.ingest([str(record)], db=fresh_db).count("added") == 1
        cache = cache_of(client)
        hits = cache.hits
        served = {url: client.get(url).json() for url in urls}
        assert cache.hits > hits  # some pages were not touched by the ingest
        assert cache.misses > 0
    with KnowledgeBase(fresh_db, read_only=True) as kb:
        for url, got in served.items():
            kind, item = url.split("/")[3:5]
            view: Any = {"entities": views.entity, "events": views.event, "documents": views.document}[kind]
            now = view(kb, item)
            assert got == orjson.loads(orjson.dumps(now, option=orjson.OPT_NON_STR_KEYS)), url


async def _app(scope: Any, receive: Any, send: Any) -> None:  # never called
    raise AssertionError


def test_a_page_made_while_a_commit_touching_it_was_read_is_not_kept() -> None:
    log: list[tuple[int, frozenset[str]]] = [(5, frozenset())]
    cache = ResponseCache(_app, generation=lambda: 1, changes=lambda seq: log[-1])
    cache._catch_up(1)
    since = (cache.seq, cache.seen_generation)
    log.append((6, frozenset({"about:taliban"})))  # a commit read while the page was made
    cache._catch_up(2)
    page = b"x"
    cache._keep(since, ("/entity/taliban", b""), _kept(page, {"about:taliban", "taliban"}))
    cache._keep(since, ("/entity/kunduz", b""), _kept(page, {"about:kunduz", "kunduz"}))
    cache._keep(since, ("/", b""), _kept(page, None))
    assert list(cache.kept) == [("/entity/kunduz", b"")]
    log.append((7, frozenset({"kunduz"})))
    cache._catch_up(3)
    assert not cache.kept and not cache.by_tag


def _kept(body: bytes, tags: set[str] | None) -> Any:
    from sitrep.web.cache import Kept

    return Kept(200, [], body, frozenset(tags) if tags is not None else None)

"""A page and its JSON twin share the view's data (``cache.share_view``): the second of the two is rendered from
what the first read, never read again, and never from data a commit touching it has since made stale."""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient

from sitrep.kb import KnowledgeBase, changes
from sitrep.web import views
from web.test_change_log import mention_count
from web.test_response_cache import cache_of

REAL = {name: getattr(views, name) for name in ("entity", "event", "search")}  # before ``calls`` counts them


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times each view read the base."""
    made: Counter[str] = Counter()
    for name, real in REAL.items():

        @functools.wraps(real)
        def counted(*args: Any, _real: Any = real, _name: str = name, **kw: Any) -> Any:
            made[_name] += 1
            return _real(*args, **kw)

        monkeypatch.setattr(views, name, counted)
    return made


def _now(db: Path, view: str, *args: Any) -> Any:
    with KnowledgeBase(db, read_only=True) as kb:
        return orjson.loads(orjson.dumps(REAL[view](kb, *args), option=orjson.OPT_NON_STR_KEYS))


def _mention(db: Path, entity: str) -> None:
    with KnowledgeBase(db) as kb, kb.db.transaction():  # another connection commits a mention of ``entity``
        kb.db.execute("INSERT INTO mentions (doc_id, start_char, end_char, text, type, entity_id, extractor,"
                      " version) VALUES ('a2.txt', 4, 11, 'Taliban', 'armed_group', ?, 'test', '1')", (entity,))
        changes.note(kb.db, [f"about:{entity}", "about:a2.txt"])  # a mention's insert leaves its tags (0015)


def test_a_page_and_its_twin_read_the_base_once(writer: TestClient, fresh_db: Path, calls: Counter[str]) -> None:
    assert writer.get("/entity/taliban").status_code == 200
    assert writer.get("/api/v1/entities/taliban").json() == _now(fresh_db, "entity", "taliban")
    assert calls["entity"] == 1
    assert writer.get("/api/v1/search", params={"q": "Kunduz"}).json() == _now(fresh_db, "search", "Kunduz")
    assert writer.get("/search", params={"q": "Kunduz"}).status_code == 200
    assert calls["search"] == 1
    event = writer.get("/api/v1/entities/taliban").json()["events"][0]["id"]
    writer.get(f"/api/v1/events/{event}")
    assert "<h1" in writer.get(f"/event/{event}").text and calls["event"] == 1


def test_a_commit_that_touches_the_view_drops_its_data_and_one_that_does_not_keeps_it(
        writer: TestClient, fresh_db: Path, calls: Counter[str]) -> None:
    writer.get("/entity/taliban")
    writer.get("/entity/kunduz")
    _mention(fresh_db, "taliban")
    got = writer.get("/api/v1/entities/taliban").json()
    assert calls["entity"] == 3 and got["mentions"] == mention_count(fresh_db, "taliban")  # read again
    assert got == _now(fresh_db, "entity", "taliban")
    assert writer.get("/api/v1/entities/kunduz").json() == _now(fresh_db, "entity", "kunduz")
    writer.get("/entity/taliban")  # the HTML page was dropped too, and is made from the new data
    assert calls["entity"] == 3
    assert len(cache_of(writer).kept) == 6  # two pages and one view's data for each entity


def test_a_page_asked_for_by_another_name_shares_nothing(writer: TestClient, calls: Counter[str]) -> None:
    writer.get("/api/v1/entities/Taliban")  # a name: depends on everything, not kept beside its twin
    writer.get("/api/v1/entities/taliban")
    assert calls["entity"] == 2

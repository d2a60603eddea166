"""End to end, in headless Chromium against a real ``sitrep serve`` over the seed articles (the fixtures of
``test_browser``, a server of this module's own): reject an event on its page and confirm a relation on an
entity's page, see both hold after the same articles are ingested again and every document is re-processed
(every event and relation then has a new id), and undo the rejection from the corrections page. No console
errors; screenshots kept as artefacts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from sitrep import api
from web.test_browser import Server, browser, page, server, shoot

pytestmark = pytest.mark.slow
__all__ = ["browser", "page", "server"]  # the fixtures, imported to run here on a server of this module


def reviewed(db: Path, table: str) -> dict[str, str]:
    with api.open_kb(db, create=False) as kb:
        return {r[0]: r[1] for r in kb.db.execute(f"SELECT id, review FROM {table} WHERE review IS NOT NULL")}


def map_ids(server: Server) -> set[str]:
    return {e["id"] for e in httpx.get(server.url + "/api/v1/map").json()["events"]}


def test_reject_and_confirm_in_the_browser_hold_after_reingest_and_undo(page: Any, server: Server,
                                                                         tmp_path: Path) -> None:
    taliban = httpx.get(server.url + "/api/v1/entities/taliban").json()
    event_id = taliban["events"][0]["id"]
    relation_id = taliban["relations"][0]["id"]
    assert event_id in map_ids(server)

    page.goto(f"/event/{event_id}")
    form = page.locator("#review form.verdict-form")
    form.locator("input[name=author]").fill("e2e-analyst")
    form.locator("input[name=note]").fill("a past attack retold")
    with page.expect_navigation():  # the page reloads once the API has recorded the verdict
        form.locator("button[value=reject]").click()
    assert page.locator("#rejected-note").is_visible()
    assert "by e2e-analyst" in page.locator("#review").inner_text()
    shoot(page, "event-rejected", tmp_path)
    assert event_id not in map_ids(server)

    page.goto("/entity/taliban")
    row = page.locator(f"#relation-row-{relation_id}")
    confirm = row.locator("form.verdict-form")
    confirm.locator("input[name=author]").fill("e2e-analyst")
    with page.expect_navigation():
        confirm.locator("button[value=confirm]").click()
    assert "confirmed" in (page.locator(f"#relation-row-{relation_id}").get_attribute("class") or "")
    shoot(page, "relation-confirmed", tmp_path)

    assert api.ingest([str(server.corpus)], db=server.db).problems is not None  # the same articles again
    api.reprocess(server.db)  # and every extraction written again, under new ids
    rejected = [i for i, r in reviewed(server.db, "events").items() if r == "rejected"]
    assert rejected and event_id not in rejected
    assert list(reviewed(server.db, "relations").values()) == ["confirmed"]
    assert not set(rejected) & map_ids(server)
    page.goto(f"/event/{rejected[0]}")
    assert page.locator("#rejected-note").is_visible() and "e2e-analyst" in page.locator("#review").inner_text()

    page.goto("/corrections")
    undo = page.locator("#corrections-table tbody tr", has_text="reject").first
    undo.locator("input[name=author]").fill("e2e-analyst")
    with page.expect_navigation():
        undo.locator("button[type=submit]").click()
    assert "undone by e2e-analyst" in page.locator("#corrections-table tbody tr", has_text="reject").first.inner_text()
    shoot(page, "rejection-undone", tmp_path)
    assert "rejected" not in reviewed(server.db, "events").values()
    assert set(rejected) <= map_ids(server)
    page.goto(f"/event/{rejected[0]}")
    assert page.locator("#rejected-note").count() == 0
    assert list(reviewed(server.db, "relations").values()) == ["confirmed"]  # the other verdict stays
    assert page.console_errors == []

"""Confirm or reject an event or a relation from the web app: the JSON endpoints (in the OpenAPI schema), what
the pages then show and hide, the record in the corrections log, undo, re-processing, and the guard in front of
these writes (the read-write token beyond loopback, JSON only from the app's own origin, size limits)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from sitrep import api
from web.conftest import client_for

REJECT = {"verdict": "reject", "author": "analyst-1", "note": "a past attack, not a new one"}


def map_ids(client: TestClient) -> set[str]:
    return {e["id"] for e in client.get("/api/v1/map").json()["events"]}


def test_the_verdict_endpoints_are_in_the_openapi_schema(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/events/{event_id}/verdict", "/api/v1/relations/{relation_id}/verdict"):
        assert "post" in spec["paths"][path]
    body = spec["components"]["schemas"]["VerdictIn"]
    assert body["properties"]["verdict"]["enum"] == ["confirm", "reject"] and "author" in body["required"]


def test_reject_an_event_hides_it_flags_its_page_and_undo_brings_it_back(writer: TestClient) -> None:
    assert "v1" in map_ids(writer)
    r = writer.post("/api/v1/events/v1/verdict", json=REJECT)
    assert r.status_code == 201 and r.json()["review"] == "rejected" and r.json()["fact"] == "v1"
    log = writer.get("/api/v1/corrections").json()["corrections"]
    assert (log[0]["action"], log[0]["author"], log[0]["note"]) == ("reject", "analyst-1", REJECT["note"])
    assert log[0]["at"] and log[0]["args"]["kind"] == "event" and log[0]["args"]["type"] == "Battles"
    event = writer.get("/api/v1/events/v1").json()
    assert event["review"] == "rejected" and event["verdict"]["author"] == "analyst-1"
    html = writer.get("/event/v1").text
    assert 'id="rejected-note"' in html and "Undo the rejection" in html
    assert "v1" not in map_ids(writer)  # left out of the map, the timeline, the lists
    assert "v1" not in {e["id"] for e in writer.get("/api/v1/overview").json()["recent_events"]}
    assert "v1" not in {e["id"] for e in writer.get("/api/v1/entities/taliban").json()["events"]}
    assert "v1" not in {e["id"] for e in writer.get("/api/v1/timeline").json()["events"]}
    undone = writer.post(f"/api/v1/corrections/{r.json()['id']}/undo", json={"author": "analyst-2"})
    assert undone.status_code == 200 and undone.json()["reprocessed"] == 0  # a verdict moved no mention
    assert writer.get("/api/v1/events/v1").json()["review"] is None
    assert "v1" in map_ids(writer)


def test_confirm_a_relation_marks_its_row_on_the_entity_page(writer: TestClient) -> None:
    rel = next(r for r in writer.get("/api/v1/entities/qari").json()["relations"] if r["predicate"] == "member_of")
    r = writer.post(f"/api/v1/relations/{rel['id']}/verdict", json={"verdict": "confirm", "author": "analyst-1"})
    assert r.status_code == 201 and r.json()["review"] == "confirmed"
    again = next(x for x in writer.get("/api/v1/entities/qari").json()["relations"] if x["id"] == rel["id"])
    assert again["review"] == "confirmed" and again["verdict"]["id"] == r.json()["id"]
    html = writer.get("/entity/qari").text
    assert f'id="relation-row-{rel["id"]}" class="relation-row confirmed"' in html
    rejected = writer.post(f"/api/v1/relations/{rel['id']}/verdict", json={"verdict": "reject", "author": "b"})
    assert rejected.json()["review"] == "rejected"  # the latest verdict holds
    assert rel["id"] not in {x["id"] for x in writer.get("/api/v1/network").json()["relations"]}
    writer.post(f"/api/v1/corrections/{rejected.json()['id']}/undo", json={"author": "b"})
    back = next(x for x in writer.get("/api/v1/entities/qari").json()["relations"] if x["id"] == rel["id"])
    assert back["review"] == "confirmed"  # the earlier verdict, in force again


def test_bad_verdicts_are_refused(writer: TestClient) -> None:
    assert writer.post("/api/v1/events/v999/verdict", json=REJECT).status_code == 404
    assert writer.post("/api/v1/relations/r999/verdict", json=REJECT).status_code == 404
    assert writer.post("/api/v1/events/v1/verdict", json={"verdict": "maybe", "author": "a"}).status_code == 422
    assert writer.post("/api/v1/events/v1/verdict", json={"verdict": "reject", "author": ""}).status_code == 422
    assert writer.post("/api/v1/events/v1/verdict", json=REJECT | {"note": "n" * 1001}).status_code == 422
    assert writer.get("/api/v1/corrections").json()["corrections"] == []


def test_a_rejection_holds_through_reprocessing(fresh_db: Path) -> None:
    with client_for(fresh_db) as c:
        before = c.get("/api/v1/events/v1").json()
        assert c.post("/api/v1/events/v1/verdict", json=REJECT).status_code == 201
    api.reprocess(fresh_db)  # every extraction is written again, under new ids (here v1's two sources part)
    with api.open_kb(fresh_db, create=False) as kb:
        rows = kb.db.execute("SELECT id, type FROM events WHERE review = 'rejected' ORDER BY id").fetchall()
        kept = kb.db.execute("SELECT count(*) FROM events WHERE review IS NULL").fetchone()[0]
    assert rows and {r["type"] for r in rows} == {before["type"]} and kept > 0
    with client_for(fresh_db) as c:
        stating = {(q["doc"], q["start"], q["end"]) for q in before["evidence"]}
        for r in rows:
            again = c.get(f"/api/v1/events/{r['id']}").json()
            assert (again["evidence"][0]["doc"], again["evidence"][0]["start"], again["evidence"][0]["end"]) \
                in stating and again["verdict"]["author"] == "analyst-1"
            assert r["id"] not in map_ids(c)


def test_verdict_writes_need_the_read_write_token_beyond_loopback(fresh_db: Path) -> None:
    with client_for(fresh_db, host="0.0.0.0", ro_token="read-secret", rw_token="write-secret") as c:
        url = "/api/v1/events/v1/verdict"
        assert c.post(url, json=REJECT).status_code == 401
        assert c.post(url, json=REJECT, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post(url, json=REJECT, headers={"Authorization": "Bearer read-secret"}).status_code == 403
        assert c.post("/api/v1/relations/r1/verdict", json=REJECT,
                      headers={"Authorization": "Bearer read-secret"}).status_code == 403
        rw = {"Authorization": "Bearer write-secret"}
        assert c.get("/api/v1/corrections", headers=rw).json()["corrections"] == []
        assert c.post(url, json=REJECT, headers=rw).status_code == 201


def test_verdict_writes_are_json_from_this_origin_and_bounded(writer: TestClient) -> None:
    url = "/api/v1/events/v1/verdict"
    assert writer.post(url, data=REJECT).status_code == 415  # a form another site's page could post
    assert writer.post(url, content=b'{"verdict": "reject", "author": "a"}',
                       headers={"Content-Type": "text/plain"}).status_code == 415
    assert writer.post(url, json=REJECT, headers={"Origin": "http://evil.example"}).status_code == 403
    assert writer.post(url, json=REJECT, headers={"Host": "evil.example:8000"}).status_code == 400
    big = b'{"verdict": "reject", "author": "a", "note": "' + b"x" * 70_000 + b'"}'
    assert writer.post(url, content=big, headers={"Content-Type": "application/json"}).status_code == 413
    assert writer.get("/api/v1/corrections").json()["corrections"] == []
    assert writer.post(url, json=REJECT, headers={"Origin": "http://127.0.0.1:8000"}).status_code == 201

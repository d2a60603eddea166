"""The web app's pages and their JSON twins over the sample base: values, not only status codes."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from fastapi.testclient import TestClient

PAGES = {  # page -> its JSON twin
    "/": "/api/v1/overview",
    "/entities": "/api/v1/entities",
    "/entity/taliban": "/api/v1/entities/taliban",
    "/event/v1": "/api/v1/events/v1",
    "/document/a1.txt": "/api/v1/documents/a1.txt",
    "/search?q=Taleban": "/api/v1/search?q=Taleban",
    "/map": "/api/v1/map",
    "/network": "/api/v1/network",
    "/timeline": "/api/v1/timeline",
    "/corrections": "/api/v1/corrections",
}


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Links()
    parser.feed(html)
    return parser.tags


def test_every_page_names_its_json_twin_and_the_twin_answers(client: TestClient) -> None:
    for page, twin in PAGES.items():
        r = client.get(page)
        assert r.status_code == 200, page
        assert r.headers["content-type"].startswith("text/html")
        alternate = [a["href"] for t, a in tags(r.text) if t == "link" and a.get("rel") == "alternate"]
        assert alternate == [twin], page
        j = client.get(twin)
        assert j.status_code == 200 and j.headers["content-type"] == "application/json", twin


def test_openapi_describes_the_versioned_api(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/v1/overview", "/api/v1/entities/{entity_id}", "/api/v1/events/{event_id}",
            "/api/v1/documents/{doc_id}", "/api/v1/search", "/api/v1/map", "/api/v1/network", "/api/v1/timeline",
            "/api/v1/corrections", "/api/v1/corrections/{correction_id}/undo"} <= paths
    assert all(p.startswith("/api/v1/") for p in paths)
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from a CDN


def test_overview_counts_and_most_active(client: TestClient) -> None:
    data = client.get("/api/v1/overview").json()
    assert data["counts"]["documents"] == 6 and data["counts"]["events"] == 5
    top = [(a["id"], a["events"]) for a in data["active_actors"][:2]]
    assert top == [("isk", 3), ("taliban", 2)]  # ISKP in v2, v3, v4; the Taliban in v1 and the payload's event
    dates = [e["date_start"] for e in data["recent_events"]]
    dated = [d for d in dates if d]
    assert dates[:len(dated)] == sorted(dated, reverse=True)  # latest first, undated last


def test_entity_profile_relations_events_and_mentions_in_context(client: TestClient) -> None:
    data = client.get("/api/v1/entities/qari").json()
    assert data["name"] == "Qari Hekmat"
    predicates = [(r["predicate"], r["other_id"]) for r in data["relations"]]
    assert ("member_of", "taliban") in predicates and ("defected_from", "taliban") in predicates
    starts = [r["start_date"] for r in data["relations"] if r["start_date"]]
    assert starts == sorted(starts)  # relations over time
    ctx = data["mentions_in_context"]
    assert ctx and all(m["text"] == "Qari Hekmat" for m in ctx)
    assert any(m["after"].startswith(", a ") for m in ctx)
    html = client.get("/entity/qari").text
    assert '<mark>Qari Hekmat</mark>' in html and 'href="/entity/taliban"' in html


def test_a_name_or_spelling_lands_on_the_entity(client: TestClient) -> None:
    r = client.get("/entity/Taleban", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/entity/taliban"
    assert client.get("/api/v1/entities/Taleban").json()["id"] == "taliban"
    assert client.get("/entity/no-such-thing-anywhere").status_code == 404
    assert client.get("/api/v1/entities/no-such-thing-anywhere").json()["error"] == "not_found"


def test_event_sources_evidence_and_competing_tolls(client: TestClient) -> None:
    data = client.get("/api/v1/events/v1").json()
    assert sorted(c["fatalities"] for c in data["competing"]) == [4, 6]
    assert {q["doc"] for q in data["evidence"]} <= {"a1.txt", "a2.txt"}
    html = client.get("/event/v1").text
    assert 'href="/document/a1.txt?focus=event-v1#event-v1"' in html
    assert client.get("/api/v1/events/v2").json()["competing"] == []
    missing = client.get("/api/v1/events/v999")
    assert missing.status_code == 404 and missing.json()["error"] == "E704"


def test_document_text_marks_evidence_and_links_mentions(client: TestClient) -> None:
    data = client.get("/api/v1/documents/a1.txt?focus=event-v1").json()
    assert "".join(s["text"] for s in data["segments"]) == data["text"]
    focused = "".join(s["text"] for s in data["segments"] if s["focus"])
    evidence = [q["text"] for q in client.get("/api/v1/events/v1").json()["evidence"] if q["doc"] == "a1.txt"]
    assert focused == evidence[0]
    linked = {s["text"]: s["entity"] for s in data["segments"] if s["entity"]}
    assert linked["Taleban"] == "taliban" and linked["Kunduz"] == "kunduz"
    html = client.get("/document/a1.txt?focus=event-v1").text
    assert 'id="event-v1"' in html and 'class="evidence focus"' in html
    assert '<a href="/entity/taliban" class="mention t-armed_group" title="Taliban">Taleban</a>' in html


def test_search_finds_the_entity_a_spelling_names_and_the_text(client: TestClient) -> None:
    data = client.get("/api/v1/search", params={"q": "Taleban"}).json()
    assert data["entities"][0]["id"] == "taliban"
    assert {r["doc"] for r in data["results"]} >= {"a1.txt"}
    assert client.get("/api/v1/search", params={"q": ""}).json() == {"q": "", "entities": [], "results": []}


def test_map_network_timeline_filters(client: TestClient) -> None:
    everything = client.get("/api/v1/map").json()
    battles = client.get("/api/v1/map", params={"type": "Battles"}).json()
    assert {e["type"] for e in battles["events"]} == {"Battles"} and len(battles["events"]) < len(everything["events"])
    late = client.get("/api/v1/map", params={"since": "2017-12-01"}).json()
    assert all(e["date_start"] >= "2017-12-01" for e in late["events"])
    assert client.get("/api/v1/map", params={"since": "2017-13-01"}).status_code == 400
    net = client.get("/api/v1/network").json()
    ids = {a["id"] for a in net["actors"]}
    assert "taliban" in ids and all(r["subject_id"] in ids and r["object_id"] in ids for r in net["relations"])
    early = client.get("/api/v1/network", params={"until": "2017-06-30"}).json()
    assert len(early["relations"]) <= len(net["relations"])
    story = client.get("/api/v1/timeline", params={"actor": "Qari Hekmat"}).json()["story"]
    assert [i["kind"] for i in story].count("relation_start") >= 2
    for page in ("/map", "/network", "/timeline"):
        assert len(re.findall(r"<svg\b", client.get(page).text)) == 1  # the report's renderer drew it


def test_corrections_from_the_api_are_recorded_and_undone(writer: TestClient) -> None:
    r = writer.post("/api/v1/corrections", json={"action": "merge", "author": "analyst-1", "note": "same group",
                                                 "keep": "isk", "gone": "Mullah Ahmad", "force": True})
    assert r.status_code == 201 and r.json()["gone"] == "ahmad"
    assert writer.get("/api/v1/entities/Mullah Ahmad").json()["id"] == "isk"  # the old name lands on the kept one
    assert writer.get("/entity/ahmad").status_code == 404
    log = writer.get("/api/v1/corrections").json()["corrections"]
    assert log[0]["author"] == "analyst-1" and log[0]["at"] and log[0]["note"] == "same group"
    wrong = writer.post("/api/v1/corrections", json={"action": "merge", "author": "a", "keep": "taliban",
                                                     "gone": "anp"})
    assert wrong.status_code == 400 and wrong.json()["error"] == "E701"  # types differ without force
    r = writer.post("/api/v1/corrections", json={"action": "alias", "author": "a", "entity": "kunduz",
                                                 "alias": "Qunduz"})
    assert r.status_code == 201
    undone = writer.post(f"/api/v1/corrections/{r.json()['id']}/undo", json={"author": "analyst-2"})
    assert undone.status_code == 200 and undone.json()["undone_by"] == "analyst-2"
    again = writer.post(f"/api/v1/corrections/{r.json()['id']}/undo", json={"author": "analyst-2"})
    assert again.status_code == 409
    html = writer.get("/corrections").text
    assert "undone by analyst-2" in html and "analyst-1" in html

"""The web app's defences: untrusted article text rendered inert on every page, SQL and FTS syntax harmless in
every parameter, tokens beyond loopback, request size limits, writes only as JSON from the app's own origin."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from sitrep.cli.main import cli
from sitrep.errors import SitrepError
from sitrep.web import serve_config
from sitrep.web.security import CSP
from web.conftest import client_for
from web.test_pages import PAGES, tags

HOSTILE = ["' OR 1=1 --", "\"; DROP TABLE entities; --", "taliban' UNION SELECT * FROM documents --",
           "NEAR(a b)", "a OR b", "title:x", "*", "\"unbalanced", "^start", "(x", "%_\\", "-", "a AND NOT b",
           "\u0000", "🙂"]
SCOPE = ["since", "until", "area", "actor"]
QUERY_PAGES = {"/search": ["q"], "/api/v1/search": ["q"], "/entities": ["name", "type"],
               "/api/v1/entities": ["name", "type"], "/map": [*SCOPE, "type"], "/api/v1/map": [*SCOPE, "type"],
               "/api/v1/network": SCOPE, "/timeline": SCOPE, "/api/v1/documents/a1.txt": ["focus"]}


def all_pages(client: TestClient) -> list[str]:
    """Every page of the base: the fixed ones, each entity, event and document."""
    urls = [p for p in PAGES if not p.startswith(("/entity/", "/event/", "/document/"))]
    urls += [f"/entity/{e['id']}" for e in client.get("/api/v1/entities").json()["entities"]]
    for d in ("a1.txt", "a2.txt", "a3.txt", "a4.txt", "a5.txt", "payload-1"):
        urls.append(f"/document/{d}")
        urls += [f"/event/{e['id']}" for e in client.get(f"/api/v1/documents/{d}").json()["events"]]
    return [*urls, "/search?q=script", "/search?q=Taliban", "/timeline?actor=Taliban", "/map?actor=Taliban"]


def test_script_payloads_are_inert_on_every_page(client: TestClient) -> None:
    urls = all_pages(client)
    assert "/document/payload-1" in urls and len(urls) > 25
    for url in urls:
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-security-policy"] == CSP
        found = tags(r.text)
        scripts = [a.get("src") for t, a in found if t == "script"]
        view = url.split("?")[0].lstrip("/")
        bundle = [f"/static/bundle/{view}.js"] if view in ("map", "network", "timeline") else []
        assert scripts == ["/static/app.js", *bundle], url  # no script but the app's own files
        handlers = [(t, k) for t, a in found for k in a if k.startswith("on")]
        assert not handlers, (url, handlers)
        hrefs = [a.get("href") or "" for _, a in found] + [a.get("src") or "" for _, a in found]
        assert not [h for h in hrefs if re.match(r"\s*(javascript|data|vbscript):", h, re.I)], url
        assert not [t for t, _ in found if t in ("img", "iframe", "object", "embed", "base")], url
    doc = client.get("/document/payload-1").text
    assert "&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;" in doc  # shown as text
    assert "original" in doc and "javascript:" not in re.sub(r"&[#\w]+;", "", doc.split('id="text"')[0])


def test_security_headers_on_static_and_error_pages(client: TestClient) -> None:
    for url in ("/static/app.js", "/no/such/page", "/entity/zzz-none"):
        r = client.get(url)
        assert r.headers["content-security-policy"] == CSP and r.headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP


@pytest.mark.parametrize("page", QUERY_PAGES)
def test_sql_and_fts_syntax_in_parameters_is_harmless(client: TestClient, page: str) -> None:
    before = client.get("/api/v1/overview").json()["counts"]
    for value in HOSTILE:
        for param in QUERY_PAGES[page]:
            r = client.get(page, params={param: value})
            assert r.status_code in (200, 400, 404, 422), (page, param, value, r.text[:200])
    assert client.get("/api/v1/overview").json()["counts"] == before
    assert client.get("/api/v1/search", params={"q": "' OR 1=1 --"}).json()["results"] == []


def test_hostile_ids_in_paths_are_not_found(client: TestClient) -> None:
    for value in HOSTILE[:6]:
        for kind in ("entities", "events", "documents"):
            r = client.get(f"/api/v1/{kind}/{value}")
            assert r.status_code in (404, 400), (kind, value, r.text[:200])


def test_refuses_to_bind_beyond_loopback_without_tokens(web_db: Path) -> None:
    with pytest.raises(SitrepError) as err:
        serve_config(str(web_db), host="0.0.0.0", ro_token="", rw_token="")
    assert err.value.code == "E802"
    with pytest.raises(SitrepError):
        serve_config(str(web_db), host="192.168.1.5", ro_token="same", rw_token="same")
    assert serve_config(str(web_db), host="127.0.0.1", ro_token="", rw_token="").tokens is False
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_db), "--host", "0.0.0.0"],
                                env={"SITREP_SERVE_RO_TOKEN": "", "SITREP_SERVE_RW_TOKEN": ""})
    assert result.exit_code == 2 and "E802" in result.output


def test_tokens_beyond_loopback(fresh_db: Path) -> None:
    with client_for(fresh_db, host="0.0.0.0", ro_token="read-secret", rw_token="write-secret") as c:
        assert c.get("/").status_code == 401
        assert c.get("/api/v1/overview").status_code == 401
        assert c.get("/api/v1/overview", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/static/app.css").status_code == 200  # the assets carry no data
        ro = {"Authorization": "Bearer read-secret"}
        rw = {"Authorization": "Bearer write-secret"}
        assert c.get("/api/v1/overview", headers=ro).status_code == 200
        alias = {"action": "alias", "author": "a", "entity": "kunduz", "alias": "Qunduz"}
        assert c.post("/api/v1/corrections", json=alias).status_code == 401
        assert c.post("/api/v1/corrections", json=alias, headers=ro).status_code == 403
        assert c.post("/api/v1/corrections/1/undo", json={"author": "a"}, headers=ro).status_code == 403
        assert c.get("/api/v1/corrections", headers=ro).json()["corrections"] == []
        assert c.post("/api/v1/corrections", json=alias, headers=rw).status_code == 201
        login = c.get("/entities?token=read-secret&type=person", follow_redirects=False)
        assert login.status_code == 303 and login.headers["location"] == "/entities?type=person"
        assert "httponly" in login.headers["set-cookie"].lower() and "samesite=strict" in login.headers[
            "set-cookie"].lower()
        assert c.get("/entities?type=person").status_code == 200  # the cookie now carries the read token
        assert c.post("/api/v1/corrections", json=alias).status_code == 403  # a read token never writes


def test_writes_are_json_from_this_origin_and_loopback_names_only(writer: TestClient) -> None:
    alias = {"action": "alias", "author": "a", "entity": "kunduz", "alias": "Qunduz"}
    form = writer.post("/api/v1/corrections", data=alias)  # what a page of another site could post
    assert form.status_code == 415
    other = writer.post("/api/v1/corrections", json=alias, headers={"Origin": "http://evil.example"})
    assert other.status_code == 403
    assert writer.get("/", headers={"Host": "evil.example:8000"}).status_code == 400  # DNS rebinding
    assert writer.get("/api/v1/corrections").json()["corrections"] == []
    assert writer.post("/api/v1/corrections", json=alias, headers={"Origin": "http://127.0.0.1:8000"}).status_code \
        == 201


def test_oversized_requests_are_refused(writer: TestClient) -> None:
    big = b'{"action": "alias", "author": "a", "entity": "kunduz", "alias": "' + b"x" * 70_000 + b'"}'
    r = writer.post("/api/v1/corrections", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413

    def chunks():  # no Content-Length: the body is counted as it comes
        for _ in range(100):
            yield b"x" * 1000

    r = writer.post("/api/v1/corrections", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert writer.get("/api/v1/search", params={"q": "x" * 5000}).status_code == 422
    long_name = {"action": "alias", "author": "a", "entity": "kunduz", "alias": "y" * 600}
    assert writer.post("/api/v1/corrections", json=long_name).status_code == 422
    assert writer.get("/api/v1/corrections").json()["corrections"] == []

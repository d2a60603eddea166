"""End to end: a real ``sitrep serve`` (uvicorn) on 127.0.0.1 over the seed articles (the bundled sample when
../shared is absent), driven by headless Chromium through Playwright (Debian's /usr/bin/chromium; nothing is
downloaded). Opens every page without a console error, searches a spelling and lands on the entity, follows an
event to its evidence in the document, merges two entities in the browser, sees the merge hold after the same
articles are ingested again, and undoes it; then a short load on the entity, event and search pages while an
ingest writes to the same base. Screenshots are kept under $SITREP_ARTIFACTS (or the test's folder)."""

from __future__ import annotations

import calendar
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

import sitrep
from sitrep import api
from web.conftest import PAYLOAD

pytestmark = pytest.mark.slow
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"
CHROMIUM = "/usr/bin/chromium"


def _chromium() -> str:
    found = shutil.which("chromium") or (CHROMIUM if Path(CHROMIUM).exists() else None)
    if found:
        return found
    reason = "needs headless Chromium (CI: apt-get install -y chromium)"
    if os.environ.get("SITREP_REQUIRE_SHARED") == "1":
        pytest.fail(reason + " while SITREP_REQUIRE_SHARED=1")
    pytest.skip(reason)


def _corpus() -> Path:
    shared = Path(os.environ.get("SITREP_SHARED", SEEDS.parents[1])) / "corpus" / "seeds"
    if shared.is_dir():
        return shared
    if os.environ.get("SITREP_REQUIRE_SHARED") == "1":
        pytest.fail(f"needs the seed articles at {shared} while SITREP_REQUIRE_SHARED=1")
    return api.sample_corpus()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, db: Path, corpus: Path) -> None:
        self.db, self.corpus = db, corpus
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    corpus = _corpus()
    tmp = tmp_path_factory.mktemp("serve")
    db = tmp / "kb.db"
    assert api.ingest([str(corpus)], db=db).count("added") > 0
    srv = Server(db, corpus)
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(Path(sitrep.__file__).parents[1]),
                                                       os.environ.get("PYTHONPATH", "")])}
    env.pop("SITREP_SERVE_RO_TOKEN", None)
    env.pop("SITREP_SERVE_RW_TOKEN", None)
    log = (tmp / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "sitrep", "serve", "--db", str(db), "--port", str(srv.port), "-q"],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(srv.url + "/api/v1/overview", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, (tmp / "server.log").read_text()
            time.sleep(0.3)
        yield srv
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


@pytest.fixture(scope="module")
def browser(server: Server) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=_chromium(), args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: Server, tmp_path: Path) -> Iterator[Any]:
    ctx = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(120_000)  # an undo re-runs resolution over the base
    pg.console_errors = []
    pg.on("console", lambda m: pg.console_errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.console_errors.append(str(e)))
    yield pg
    ctx.close()


def shoot(page: Any, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("SITREP_ARTIFACTS") or tmp_path) / "serve"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
    assert (folder / f"{name}.png").stat().st_size > 5_000


def test_every_page_opens_without_console_errors(page: Any, tmp_path: Path) -> None:
    for name, url in (("overview", "/"), ("entities", "/entities"), ("map", "/map"), ("network", "/network"),
                      ("timeline", "/timeline"), ("corrections", "/corrections"), ("search", "/search?q=Taleban")):
        response = page.goto(url)
        assert response.status == 200, url
        assert page.locator("h1").count() == 1
        shoot(page, name, tmp_path)
    if page.locator("#network svg").count():
        assert page.locator("#map svg").count() == 0
    assert page.console_errors == []


def _ready(page: Any, view: str) -> dict[str, str]:
    """Waits for a view of the npm bundle to draw itself from the API; its container's data attributes."""
    page.locator(f"#{view}-view[data-ready='1']").wait_for(state="attached")
    return dict(page.evaluate(f"Object.assign({{}}, document.getElementById('{view}-view').dataset)"))


def test_map_network_and_timeline_draw_from_the_api_and_fetch_nothing_outside(page: Any, server: Server,
                                                                              tmp_path: Path) -> None:
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto("/map")
    drawn = _ready(page, "map")
    events = httpx.get(server.url + "/api/v1/map").json()["events"]
    located = [e for e in events if e["lat"] is not None and e["lon"] is not None]
    placed = [e for e in located if e["geo"]["feature"] != "country"]  # a country's centre is no point
    assert int(drawn["countryLevel"]) == len(located) - len(placed)
    markers = page.locator("#map-view path.event-marker")  # one per event type and point
    total = markers.count()
    assert total == len({(e["type"], e["lat"], e["lon"]) for e in placed}) > 0
    assert int(drawn["markers"]) == len(placed)
    assert page.locator("#map-view .leaflet-overlay-pane path").count() > len(placed)  # the countries drawn
    assert page.locator("#map noscript").count() == 1 and not page.locator("#map svg.map").count()
    kind = page.locator("#map-view .map-legend label").first
    hidden = len({(e["lat"], e["lon"]) for e in placed if e["type"] == kind.get_attribute("data-type")})
    kind.locator("input").uncheck()
    assert markers.count() == total - hidden
    kind.locator("input").check()
    shoot(page, "map-bundle", tmp_path)
    markers.first.dispatch_event("click")
    assert page.locator(".leaflet-popup a.event-link").count() >= 1  # a marker opens its events' cards

    page.goto("/network")
    drawn = _ready(page, "network")
    net = httpx.get(server.url + "/api/v1/network").json()
    assert int(drawn["nodes"]) == len(net["actors"]) > 0 and int(drawn["edges"]) >= len(net["relations"])
    assert page.locator("#network-view canvas").count() > 0
    shoot(page, "network-bundle", tmp_path)
    if page.locator("#network-time").count():  # the time slider asks the API for the network at a month's end
        year, month = (int(x) for x in net["first"][:7].split("-"))
        until = f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
        then = httpx.get(server.url + "/api/v1/network", params={"until": until}).json()
        page.locator("#network-time").fill("0")
        page.wait_for_url(f"**until={until}")
        page.wait_for_function(f"document.getElementById('network-view').dataset.nodes === '{len(then['actors'])}'")
        assert page.locator("form.filters input[name=until]").input_value() == until
        shoot(page, "network-bundle-first-month", tmp_path)

    page.goto("/timeline")
    drawn = _ready(page, "timeline")
    dated = [e for e in httpx.get(server.url + "/api/v1/timeline").json()["events"] if e["date_start"]]
    if dated:
        assert int(drawn["months"]) >= 1 and page.locator("#timeline-view .uplot canvas").count() == 1
    shoot(page, "timeline-bundle", tmp_path)
    assert {r.split("/")[2] for r in asked if "://" in r} == {f"127.0.0.1:{server.port}"}  # no CDN, no tiles
    assert f"{server.url}/static/basemap.geojson" in asked
    assert page.console_errors == []


def test_search_a_spelling_and_land_on_the_entity(page: Any, tmp_path: Path) -> None:
    page.goto("/")
    page.fill("header input[name=q]", "Taleban")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Taleban")
    page.locator("#entity-hits li a").first.click()
    page.wait_for_url("**/entity/taliban")
    assert page.inner_text("h1") == "Taliban"
    shoot(page, "entity-taliban", tmp_path)
    assert page.console_errors == []


def test_follow_an_event_to_its_evidence_in_the_document(page: Any, tmp_path: Path) -> None:
    page.goto("/entity/taliban")
    page.locator("#events a.event-link").first.click()
    page.wait_for_url("**/event/*")
    shoot(page, "event", tmp_path)
    quote = " ".join(page.locator("blockquote.evidence").first.inner_text().split())
    page.locator("a.evidence-link").first.click()
    page.wait_for_url("**/document/**")
    marks = page.locator("mark.focus")
    assert marks.count() >= 1 and marks.first.is_visible()
    shown = " ".join("".join(marks.all_text_contents()).split())
    assert quote in shown  # the event's quotes in this document, the followed one among them
    shoot(page, "document-evidence", tmp_path)
    assert page.console_errors == []


def test_payload_article_is_inert_in_the_browser(page: Any, server: Server, tmp_path: Path) -> None:
    record = tmp_path / "payload.jsonl"
    record.write_text(json.dumps(PAYLOAD) + "\n", encoding="utf-8")
    api.ingest([str(record)], db=server.db)
    for url in ("/document/payload-1", "/search?q=script", "/", "/timeline", "/map", "/network", "/entity/taliban"):
        page.goto(url)
        if url in ("/timeline", "/map", "/network"):
            _ready(page, url[1:])  # drawn by the bundle from the API, the payload's event among the data
        assert page.title() != "PWNED" and page.title().endswith(" · sitrep")  # no script set it
        assert page.evaluate("Object.keys(document.body.dataset).length") == 0, url
    page.goto("/document/payload-1")
    assert "<script>document.title='PWNED'</script>" in page.inner_text("#text")
    page.get_by_text("original").first.click()  # the javascript: link is shown as text, never a link
    assert page.evaluate("Object.keys(document.body.dataset).length") == 0
    shoot(page, "payload", tmp_path)
    assert page.console_errors == []


def test_merge_in_the_browser_holds_after_reingest_and_undo(page: Any, server: Server, tmp_path: Path) -> None:
    groups = httpx.get(server.url + "/api/v1/entities", params={"type": "armed_group"}).json()["entities"]
    keep, gone = [g for g in groups if g["id"] != "taliban"][-2:]
    page.goto(f"/entity/{keep['id']}")
    page.fill("#merge-form input[name=gone]", gone["id"])
    page.fill("#merge-form input[name=author]", "e2e-analyst")
    with page.expect_navigation():  # the app's script goes to the kept entity once the API said yes
        page.click("#merge-form button[type=submit]")
    assert gone["name"] in page.locator("#aliases").inner_text()
    shoot(page, "merged", tmp_path)
    assert httpx.get(f"{server.url}/api/v1/entities/{gone['id']}").status_code == 404
    assert api.ingest([str(server.corpus)], db=server.db).problems is not None  # the same articles again
    after = httpx.get(f"{server.url}/api/v1/entities/{gone['name']}").json()
    assert after["id"] == keep["id"] and gone["name"] in after["aliases"]
    assert httpx.get(f"{server.url}/api/v1/entities/{gone['id']}").status_code == 404
    page.goto("/corrections")
    row = page.locator("#corrections-table tbody tr").first
    assert "e2e-analyst" in row.inner_text()
    row.locator("input[name=author]").fill("e2e-analyst")
    with page.expect_navigation():  # reloaded once the undo is done (resolution re-run over the base)
        row.locator("button[type=submit]").click()
    assert "undone by e2e-analyst" in page.locator("#corrections-table tbody tr").first.inner_text()
    shoot(page, "undone", tmp_path)
    assert httpx.get(f"{server.url}/api/v1/entities/{gone['id']}").json()["name"] == gone["name"]
    assert page.console_errors == []


def test_short_load_while_an_ingest_writes(server: Server) -> None:
    events = httpx.get(server.url + "/api/v1/entities/taliban").json()["events"]
    urls = ["/entity/taliban", f"/event/{events[0]['id']}", "/search?q=Taliban", "/api/v1/entities/taliban",
            f"/api/v1/events/{events[0]['id']}", "/api/v1/search?q=attack"]
    stop = time.monotonic() + 4
    timings: list[float] = []
    failures: list[str] = []

    def worker(n: int) -> None:
        with httpx.Client(base_url=server.url, timeout=10) as c:
            i = n
            while time.monotonic() < stop:
                t = time.perf_counter()
                r = c.get(urls[i % len(urls)])
                timings.append(time.perf_counter() - t)
                if r.status_code != 200:
                    failures.append(f"{urls[i % len(urls)]} {r.status_code}")
                i += 1

    record = Path(server.db).parent / "more.jsonl"
    record.write_text(json.dumps(PAYLOAD | {"id": "payload-2", "text": PAYLOAD["text"] + " Again."}) + "\n")
    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(worker, n) for n in range(4)]
        api.ingest([str(record)], db=server.db)  # a writer beside the readers
        for f in futures:
            f.result()
    timings.sort()
    p99 = timings[int(len(timings) * 0.99) - 1]
    print(f"load: {len(timings)} requests in 4 s ({len(timings) / 4:.0f}/s), p99 {p99 * 1000:.0f} ms")
    assert failures == [] and len(timings) > 20

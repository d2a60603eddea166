"""URLs and feeds, fetched from a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import ARTICLES, LocalServer, atom, docs, garbage_server, html_page, rss
from sitrep import api
from sitrep.ingest.fetch import is_feed


@pytest.fixture
def web(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    monkeypatch.setenv("SITREP_FETCH_PRIVATE", "1")  # the server is on loopback, which the guard refuses
    with LocalServer() as server:
        yield server


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kb.db"


def test_html_page_url(web: LocalServer, db: Path) -> None:
    head = "<meta property='article:published_time' content='2019-01-14T08:00:00Z'>"
    url = web.add("/news/kunduz.html", html_page("Checkpoint attacked in Kunduz", ARTICLES[0], head=head))
    report = api.ingest([url], db=db)
    assert report.ok
    assert [(o.status, o.doc_id, o.source) for o in report.outcomes] == [("added", url, url)]
    d = docs(db)[url]
    assert (d["url"], d["format"], d["title"], d["published"]) == (
        url, "html", "Checkpoint attacked in Kunduz", "2019-01-14")
    assert d["text"].startswith("KUNDUZ, Afghanistan") and "<p>" not in d["text"]
    assert api.ingest([url], db=db).outcomes[0].status == "unchanged"


def test_plain_text_url(web: LocalServer, db: Path) -> None:
    url = web.add("/wire.txt", ARTICLES[1], "text/plain; charset=utf-8")
    report = api.ingest([url], db=db)
    assert report.ok
    d = docs(db)[url]
    assert d["format"] == "text" and "roadside bomb" in d["text"]


def test_rss_feed_items_are_fetched_from_their_links(web: LocalServer, db: Path) -> None:
    pages = [web.add(f"/story/{i}.html", html_page(f"Story {i}", ARTICLES[i])) for i in range(3)]
    feed = web.add("/rss.xml", rss([{"title": f"Feed title {i}", "link": p, "description": "teaser"}
                                    for i, p in enumerate(pages)]), "application/rss+xml; charset=utf-8")
    report = api.ingest([feed], db=db)
    assert report.ok
    assert [(o.status, o.doc_id, o.source) for o in report.outcomes] == [
        ("added", p, f"{feed}#item{i + 1}") for i, p in enumerate(pages)]
    assert web.hits == ["/rss.xml", "/story/0.html", "/story/1.html", "/story/2.html"]
    stored = docs(db)
    for i, p in enumerate(pages):
        assert stored[p]["title"] == f"Feed title {i}"  # the feed's own fields win
        assert stored[p]["published"] == "2019-03-05"
        assert stored[p]["text"].startswith(ARTICLES[i].split(" ")[0])
    assert {o.status for o in api.ingest([feed], db=db).outcomes} == {"unchanged"}


def test_atom_feed_links_and_inline_content(web: LocalServer, db: Path) -> None:
    page = web.add("/a/1.html", html_page("Airstrike in Faryab", ARTICLES[3]))
    feed = web.add("/atom.xml", atom([
        {"title": "Airstrike", "link": page},
        {"title": "Families flee Helmand", "content": html_page("Families flee", ARTICLES[4])},
    ]), "application/atom+xml")
    report = api.ingest([feed], db=db)
    assert report.ok
    ids = [o.doc_id for o in report.outcomes]
    assert ids[0] == page and len(ids) == 2
    stored = docs(db)
    assert stored[page]["published"] == "2019-01-01"
    assert stored[ids[1]]["text"].startswith("LASHKAR GAH")
    assert stored[ids[1]]["title"] == "Families flee Helmand"


def test_item_whose_link_404s_uses_its_content(web: LocalServer, db: Path) -> None:
    dead = web.url("/removed.html")
    feed = web.add("/feed.xml", rss([{"title": "Bridge", "link": dead, "content": html_page("x", ARTICLES[7])},
                                     {"title": "Gone, no content", "link": web.url("/also-gone.html")}]),
                   "application/rss+xml")
    report = api.ingest([feed], db=db)
    assert [(o.status, o.doc_id) for o in report.outcomes] == [("added", dead)]
    assert "/removed.html" in web.hits
    assert docs(db)[dead]["text"].startswith("GHAZNI") and docs(db)[dead]["url"] == dead
    assert [(p.code, p.source) for p in report.problems] == [("E302", web.url("/also-gone.html"))]


def test_relative_links_are_resolved_against_the_feed(web: LocalServer, db: Path) -> None:
    page = web.add("/feeds/items/q.html", html_page("Customs officers shot", ARTICLES[5]))
    feed = web.add("/feeds/main.xml", rss([{"title": "Chaman", "link": "items/q.html"}]), "text/xml")
    report = api.ingest([feed], db=db)
    assert report.ok and [o.doc_id for o in report.outcomes] == [page]


def test_charset_from_http_header(web: LocalServer, db: Path) -> None:
    body = ("<html><head><title>Kundus</title></head><body><article><h1>Straßensperre in Köln-Süd</h1>"
            "<p>Die Straße nach Köln-Süd war am Dienstag gesperrt, sagte der Sprecher der Polizei. Über zwölf "
            "Menschen wurden verletzt, darunter fünf Kinder, und die Behörden prüfen „die Lage“.</p>"
            "<p>Die Polizei hat die Ermittlungen übernommen und bittet Zeugen, sich zu melden.</p>"
            "</article></body></html>")
    url = web.add("/de.html", body.encode("cp1252"), "text/html; charset=iso-8859-1")
    report = api.ingest([url], db=db)
    assert report.ok
    d = docs(db)[url]
    assert "Die Straße nach Köln-Süd" in d["text"] and "Über zwölf" in d["text"] and "fünf" in d["text"]
    assert "„die Lage“" in d["text"]  # latin-1 is read as windows-1252, as browsers do
    assert d["encoding"] == "cp1252"


def test_header_charset_beats_detection(web: LocalServer, db: Path) -> None:
    text = "Талибы атаковали блокпост полиции в провинции Кундуз, погибли четыре полицейских."
    url = web.add("/ru.txt", (text + "\n\nНападавшие скрылись после боя.").encode("koi8-r"),
                  "text/plain; charset=koi8-r")
    assert api.ingest([url], db=db).ok
    assert docs(db)[url]["text"].startswith(text)


def test_oversized_page_is_refused(web: LocalServer, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_MAX_FETCH_MB", "0.01")
    url = web.add("/big.html", html_page("Big", "\n\n".join(ARTICLES * 40)))
    report = api.ingest([url], db=db)
    assert [(p.code, p.source) for p in report.problems] == [("E308", url)]
    assert "SITREP_MAX_FETCH_MB" in report.problems[0].message
    assert report.outcomes == []


def test_server_that_does_not_speak_http(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_FETCH_PRIVATE", "1")
    good = tmp_path / "good.txt"
    good.write_text(ARTICLES[2])
    with garbage_server() as url:
        report = api.ingest([url, str(good)], db=db)
    assert [(p.code, p.source) for p in report.problems] == [("E301", url)]
    assert [o.doc_id for o in report.outcomes] == ["good.txt"]


def test_broken_feed_bytes_and_binary_page(web: LocalServer, db: Path) -> None:
    feed = web.add("/broken.xml", b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>x",
                   "application/rss+xml")
    png = web.add("/img", b"\x89PNG\r\n\x1a\n" + bytes(100), "text/html")
    report = api.ingest([feed, png], db=db)
    codes = [(p.code, p.source) for p in report.problems]
    assert codes[-1] == ("E103", png)
    assert codes[0][1].startswith(feed) and codes[0][0] in ("E303", "E304")


@pytest.mark.parametrize("data, ctype, expected", [
    (b"<?xml version='1.0'?>\n<!-- c --><rss version='2.0'>", "text/xml", True),
    (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "", True),
    (b"<html><body>rss</body></html>", "text/html", False),
    (b"<html>", "application/rss+xml; charset=utf-8", True),
    (b"plain words about <rss", "text/plain", False),
])
def test_is_feed(data: bytes, ctype: str, expected: bool) -> None:
    assert is_feed(data, ctype) is expected

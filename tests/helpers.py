"""Shared test helpers: distinct invented articles, page and feed builders, a local HTTP server.

Nothing here touches the internet: the server listens on 127.0.0.1 on a free port.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from sitrep import api

# Invented articles, different enough that duplicate detection never links two of them.
ARTICLES = [
    "KUNDUZ, Afghanistan — Taliban fighters attacked a police checkpoint in Dasht-e-Archi district late on "
    "Friday, killing four officers, the provincial police spokesman said.\n\nThe attackers fled after a "
    "two-hour gunfight, and reinforcements arrived from the provincial capital before dawn.",
    "JALALABAD — A roadside bomb struck a minibus carrying farm workers in Nangarhar province on Monday, "
    "wounding eleven passengers, hospital officials told reporters.\n\nNo group claimed responsibility, "
    "although Islamic State fighters are active in the nearby hills of Achin.",
    "SHEBERGHAN — A local commander in Jowzjan switched sides with about forty of his men this week, "
    "according to elders in Darzab who spoke by telephone.\n\nThe governor's office said it could not "
    "confirm the defection but promised to send a delegation to the district.",
    "MAIMANA — An airstrike in northern Faryab destroyed a compound used by insurgents, the defence ministry "
    "announced on Wednesday.\n\nResidents said a family living next to the compound lost three children, a "
    "claim the ministry rejected as propaganda.",
    "LASHKAR GAH — Heavy clashes around the Helmand capital forced hundreds of families to flee toward "
    "Kandahar during the weekend, aid workers reported.\n\nThe United Nations refugee agency appealed for "
    "tents, blankets and clean water for the displaced.",
    "QUETTA — Gunmen on motorcycles shot dead two customs officers near the border crossing at Chaman on "
    "Thursday morning, Pakistani officials confirmed.\n\nTraders closed their shops in protest and demanded "
    "better protection along the busy trade route.",
    "MAZAR-I-SHARIF — Police in Balkh arrested six men suspected of planning attacks on a shrine during the "
    "spring festival, a security source said.\n\nExplosives and suicide vests were found in a rented house "
    "on the edge of the city, the source added.",
    "GHAZNI — Militants blew up a bridge on the main highway between Kabul and Kandahar overnight, cutting "
    "traffic for most of Tuesday.\n\nEngineers from the public works ministry began building a temporary "
    "crossing while soldiers guarded the site.",
]


def docs(db: Path) -> dict[str, dict[str, Any]]:
    """Every document in the knowledge base, by id."""
    with api.open_kb(db) as kb:
        return {d["id"]: d for d in kb.iter_documents()}


def html_page(title: str, body: str, head: str = "", extra: str = "") -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>{head}"
            f"</head><body><article><h1>{escape(title)}</h1>{paras}{extra}</article></body></html>")


def rss(items: Iterable[dict[str, str]]) -> bytes:
    """An RSS 2.0 feed; each item may have title, link, description and content (content:encoded)."""
    date = format_datetime(datetime(2019, 3, 5, 8, 30, tzinfo=UTC))
    parts = []
    for it in items:
        fields = "".join(f"<{k}>{escape(it[k])}</{k}>" for k in ("title", "link", "description") if k in it)
        if "content" in it:
            fields += f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>"
        parts.append(f"<item>{fields}<pubDate>{date}</pubDate></item>")
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0' "
            "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>Wire</title>"
            f"<link>http://example.invalid/</link><description>test feed</description>{''.join(parts)}"
            "</channel></rss>").encode()


def atom(entries: Iterable[dict[str, str]]) -> bytes:
    """An Atom feed; each entry may have title, link and content (HTML)."""
    parts = []
    for n, e in enumerate(entries):
        link = f"<link rel='alternate' href='{escape(e['link'])}'/>" if "link" in e else ""
        content = f"<content type='html'>{escape(e['content'])}</content>" if "content" in e else ""
        parts.append(f"<entry><id>urn:test:{n}</id><title>{escape(e.get('title', ''))}</title>{link}"
                     f"<updated>2019-01-0{n + 1}T10:00:00Z</updated>{content}</entry>")
    return ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            "<title>Atom wire</title><id>urn:test:feed</id><updated>2019-01-09T10:00:00Z</updated>"
            f"{''.join(parts)}</feed>").encode()


class LocalServer:
    """An HTTP server on 127.0.0.1: ``add(path, body, content_type)``, then fetch ``url(path)``.

    Paths not added are 404; ``headers`` adds response headers (``Location``, ``Content-Encoding``).
    Use as a context manager; it shuts down on exit.
    """

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}
        self.hits: list[str] = []
        routes, hits = self.routes, self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                status, ctype, body, headers = routes.get(self.path, (404, "text/html", b"<h1>not found</h1>", {}))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def add(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
            status: int = 200, headers: dict[str, str] | None = None) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = (status, content_type, data, dict(headers or {}))
        return self.url(path)

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@contextmanager
def garbage_server() -> Iterator[str]:
    """A TCP server that answers every connection with bytes that are not HTTP; yields its URL."""
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    srv.settimeout(0.05)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            with conn:
                conn.recv(4096)
                conn.sendall(b"SSH-2.0-OpenSSH_9.6 not http at all\r\n\r\n")

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.getsockname()[1]}/page"
    finally:
        stop.set()
        t.join(timeout=5)
        srv.close()


def store_places(kb: Any, doc_id: str, text: str,
                 published: str | None = None) -> dict[str, tuple[str, dict[str, Any] | None]]:
    """Store ``text`` (of the date ``published``) with its dictionary actors and place mentions only; mention text
    -> (entity id, geo) of the location entities of that document."""
    from sitrep.ingest import dedup
    from sitrep.nlp import matcher
    from sitrep.nlp.places import find_places
    from sitrep.pipeline import store
    from sitrep.records import Annotations, Document, PreparedDocument

    mentions = matcher.default_matcher().find(text)
    mentions += find_places(text, actors=mentions)
    doc = Document(id=doc_id, source=doc_id, text=text, format="text", published=published)
    prep = PreparedDocument(doc=doc, text_key=dedup.text_key(text), minhash=None, bands=(),
                            annotations=Annotations(mentions=tuple(mentions)))
    store(kb, prep, None, 0.6)
    return {m["text"]: (e["id"], e["geo"]) for e in kb.iter_entities() for m in e["mentions"]
            if m["doc"] == doc_id and e["type"] == "location"}


def ingested_event_geo(tmp_path: Path, text: str, published: str | None = "2021-04-02") -> dict[str, Any] | None:
    """Ingest ``text`` as one note through the API, export it, and return the ``geo`` of the location of its most
    confident event (None when the event has no location)."""
    import json

    from sitrep import api

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n1", "published": published, "title": None, "text": text}) + "\n")
    api.ingest([str(src)], tmp_path / "kb.db")
    with (tmp_path / "out.jsonl").open("w", encoding="utf-8") as fh:
        api.export(tmp_path / "kb.db", "jsonl", fh)
    recs = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    entities = {r["id"]: r for r in recs if r["kind"] == "entity"}
    event = max((r for r in recs if r["kind"] == "event"), key=lambda r: r.get("confidence") or 0)
    loc = entities.get(event.get("location") or "")
    return loc.get("geo") if loc else None


def stored_geos(kb: Any, text: str, published: str | None = "2022-04-02") -> dict[str, dict[str, Any] | None]:
    """Mention text -> geo of the location entities of ``text`` stored alone (``store_places``) as document d1."""
    return {name: geo for name, (_, geo) in store_places(kb, "d1", text, published).items()}


def geo_near(geo: dict[str, Any] | None, lat: float, lon: float, km: float = 15.0) -> bool:
    """Whether ``geo`` has a position within ``km`` of (lat, lon)."""
    from sitrep.lexicon.gazetteer import distance_km

    assert geo is not None and geo.get("lat") is not None
    return distance_km(float(geo["lat"]), float(geo["lon"]), lat, lon) <= km


def event_place_text(text: str) -> str | None:
    """The text of the mention ``extract.event_places.location`` picks as the event's place in ``text`` (dictionary
    and place mentions only), or None."""
    from sitrep.extract.event_places import location
    from sitrep.nlp import matcher
    from sitrep.nlp.places import find_places
    from sitrep.nlp.sentences import split_sentences
    from sitrep.spans import Ordered

    sents = split_sentences(text)
    ms = matcher.default_matcher().find(text)
    ms = ms + find_places(text, sents, actors=ms)
    places = Ordered(m for m in sorted(ms, key=lambda m: m.start) if m.type == "location" and m.entity_key)
    key = location(text, places, sents)
    return next((m.text for m in ms if m.entity_key == key), None)


def events_actor_names(text: str, published: str = "2021-05-10") -> list[dict[str, str]]:
    """For each event the coder finds in ``text`` (one document), its actor1 and actor2 names by role."""
    from sitrep.extract.events import find_events
    from sitrep.nlp.annotate import annotate
    from sitrep.records import Document

    doc = Document(id="d", source="d", text=text, format="text", published=published)
    ann = annotate(doc)
    ext = find_events(doc, ann)
    names = {m.entity_key or "": m.name or m.text for m in ann.mentions} | {r.key: r.name for r in ext.entities}
    return [{a.role: names[a.key] for a in ev.actors if a.role in ("actor1", "actor2")} for ev in ext.events]


def coded(text: str, published: str = "2022-03-10") -> tuple[str, str | None]:
    """The (type, sub-type) of the most confident event the coder finds in ``text`` (one document, ``published``)."""
    from sitrep.extract.events import find_events
    from sitrep.nlp.annotate import annotate
    from sitrep.records import Document

    doc = Document(id="d", source="d", text=text, format="text", published=published)
    ev = max(find_events(doc, annotate(doc)).events, key=lambda e: e.confidence)
    return ev.type, ev.sub_type


def main_actors(text: str, published: str,
                roles: tuple[str, ...] | None = ("actor1", "actor2")) -> tuple[Any, dict[str, str]]:
    """The most confident event the coder finds in ``text`` and the names of its actors by role (``roles``; all
    roles when None)."""
    from sitrep.extract.events import find_events
    from sitrep.nlp.annotate import annotate
    from sitrep.records import Document

    doc = Document(id="d", source="d", text=text, format="text", published=published)
    ann = annotate(doc)
    ext = find_events(doc, ann)
    names = {m.entity_key or "": m.name or m.text for m in ann.mentions} | {r.key: r.name for r in ext.entities}
    ev = max(ext.events, key=lambda e: e.confidence)
    return ev, {a.role: names[a.key] for a in ev.actors if roles is None or a.role in roles}


def acled_actors(text: str, published: str) -> dict[str, str]:
    """ACLED's names of actor1 and actor2 of the most confident event the coder finds in ``text``, by role."""
    from sitrep.export.acled import acled_name

    ev, names = main_actors(text, published, roles=None)
    return {a.role: acled_name({"id": a.key, "name": names[a.role]}) for a in ev.actors
            if a.role in ("actor1", "actor2")}


def dictionary_roles(text: str, published: str) -> dict[str, list[str]]:
    """The actors of the most confident event the coder finds in ``text``, by role, named as exported: a dictionary
    actor by its ACLED name."""
    from sitrep.extract.events import find_events
    from sitrep.nlp.annotate import annotate
    from sitrep.nlp.matcher import default_matcher
    from sitrep.records import Document

    doc = Document(id="d", source="d", text=text, format="text", published=published)
    ann = annotate(doc)
    ext = find_events(doc, ann)
    names = {m.entity_key or "": m.name or m.text for m in ann.mentions} | {r.key: r.name for r in ext.entities}
    actors = default_matcher().actors
    names = {k: getattr(actors.get(k), "acled_name", None) or n for k, n in names.items()}
    ev = max(ext.events, key=lambda e: e.confidence)
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(names[a.key])
    return out


def stored_actor_names(db_path: Path, text: str, published: str) -> list[str]:
    """The names of the event actors that resolution stores for ``text`` in a new base at ``db_path`` (what the
    knowledge base calls them after actors take their events' countries)."""
    from sitrep.extract import extract
    from sitrep.ingest import dedup
    from sitrep.kb import KnowledgeBase
    from sitrep.nlp.annotate import annotate
    from sitrep.pipeline import store
    from sitrep.records import Document, PreparedDocument

    doc = Document(id="d1", source="d1", text=text, format="text", published=published)
    ann = annotate(doc)
    prep = PreparedDocument(doc, dedup.text_key(text), None, (), ann, extract(doc, ann))
    with KnowledgeBase(db_path) as kb:
        store(kb, prep, None, 0.6)
        rows = kb.db.execute("SELECT n.name FROM event_actors a JOIN entities n ON n.id = a.entity_id").fetchall()
    return [r[0] for r in rows]

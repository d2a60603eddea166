"""Fetch hardening: a total deadline per URL, the scheme allow-list and the private-address guard,
compressed pages and the fetched-size error. Every server here listens on 127.0.0.1; nothing is sent
anywhere else (links to ``localhost`` and ``[::1]`` are refused before any connection is made)."""

from __future__ import annotations

import gzip
import ipaddress
import re
import shutil
import ssl
import subprocess
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from helpers import ARTICLES, LocalServer, closed_port, docs, html_page, rss
from sitrep import api
from sitrep.errors import SitrepError
from sitrep.ingest.fetch import fetch, read_feed, read_url
from sitrep.records import Problem, RawItem

DRIP_SECONDS = 8.0  # a dripping server gives up after this long, so even a broken client test ends


@pytest.fixture
def web() -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


@pytest.fixture
def guard_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test servers are on loopback, so fetches that must succeed need the guard turned off."""
    monkeypatch.setenv("SITREP_FETCH_PRIVATE", "1")


@pytest.fixture
def guard_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITREP_FETCH_PRIVATE", raising=False)  # the default


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kb.db"


def codes(items: list[RawItem | Problem]) -> list[tuple[str, str]]:
    return [(p.code, p.source) for p in items if isinstance(p, Problem)]


@contextmanager
def drip_server(where: str) -> Iterator[str]:
    """A server that answers promptly, then sends the rest (``body`` or ``headers``) one byte per 0.1 s."""
    stop = threading.Event()

    class Drip(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            if where == "body":
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
            self.flush_headers()  # the status line (and headers) go out now; the rest drips
            end = time.monotonic() + DRIP_SECONDS
            while not stop.is_set() and time.monotonic() < end:
                try:
                    self.wfile.write(b"x" if where == "body" else b"X-Slow: y\r\n")
                    self.wfile.flush()
                except OSError:
                    return
                stop.wait(0.1)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Drip)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/slow.html"
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def let_first_address_through(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat the first address checked (the first URL's server) as public, and every later one as it is:
    the guard's check of redirects is then seen on its own, with both servers on loopback."""
    from sitrep.ingest import netguard

    real: Callable[[Any], str | None] = netguard.refusal
    seen: list[object] = []

    def first_is_public(ip: Any) -> str | None:
        seen.append(ip)
        return None if len(seen) == 1 else real(ip)

    monkeypatch.setattr(netguard, "refusal", first_is_public)


# Finding 1: the timeout is a total deadline per URL, not a per-read timeout.

@pytest.mark.parametrize("where", ["body", "headers"])
def test_finding1_slow_drip_ends_at_the_total_deadline(guard_off: None, monkeypatch: pytest.MonkeyPatch,
                                                       where: str) -> None:
    monkeypatch.setenv("SITREP_FETCH_TIMEOUT", "1")
    with drip_server(where) as url:
        start = time.monotonic()
        items = list(read_url(url))
        elapsed = time.monotonic() - start
    assert codes(items) == [("E305", url)]
    assert "1 s" in items[0].message and "SITREP_FETCH_TIMEOUT" in items[0].message
    assert elapsed < 1 + 1.0


# Finding 2: scheme allow-list and private-address guard, for the first URL, redirects and feed links.

def test_finding2_redirect_to_another_local_port_is_refused(guard_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    with LocalServer() as web, LocalServer() as other:
        secret = other.add("/admin", html_page("Internal admin", ARTICLES[2]))
        url = web.add("/go", "", status=302, headers={"Location": secret})
        let_first_address_through(monkeypatch)
        items = list(read_url(url))
    assert codes(items) == [("E307", url)]
    assert "127.0.0.1" in items[0].message and "SITREP_FETCH_PRIVATE" in items[0].message
    assert web.hits == ["/go"] and other.hits == []


@pytest.mark.parametrize("guard", ["on", "off"])
def test_finding2_redirect_to_ftp_is_refused_even_with_the_guard_off(
        web: LocalServer, monkeypatch: pytest.MonkeyPatch, guard: str) -> None:
    if guard == "off":
        monkeypatch.setenv("SITREP_FETCH_PRIVATE", "1")
    else:
        monkeypatch.delenv("SITREP_FETCH_PRIVATE", raising=False)
        let_first_address_through(monkeypatch)
    url = web.add("/to-ftp", "", status=301, headers={"Location": f"ftp://127.0.0.1:{closed_port()}/pub/x.html"})
    items = list(read_url(url))
    assert codes(items) == [("E306", url)]
    assert "'ftp'" in items[0].message


def test_finding2_feed_item_links_to_loopback_are_refused(web: LocalServer, guard_on: None) -> None:
    port = web.httpd.server_address[1]
    links = [web.add("/a.html", html_page("A", ARTICLES[0])),
             web.add("/b.html", html_page("B", ARTICLES[1])).replace("127.0.0.1", "localhost"),
             f"http://[::1]:{port}/c.html"]
    feed = rss([*({"title": f"t{i}", "link": link} for i, link in enumerate(links)),
                {"title": "inline", "content": html_page("Arrests", ARTICLES[6])}])
    items = list(read_feed(feed, "https://feeds.example.invalid/wire.xml"))
    assert codes(items) == [("E307", link) for link in links]
    for p in items[:3]:
        assert isinstance(p, Problem) and "loopback" in p.message
    assert isinstance(items[3], RawItem) and "MAZAR-I-SHARIF" in items[3].content
    assert web.hits == []


def test_finding2_first_url_on_loopback_is_refused_by_default(web: LocalServer, guard_on: None, db: Path) -> None:
    url = web.add("/a.html", html_page("A", ARTICLES[0]))
    named = url.replace("127.0.0.1", "localhost")  # refused after DNS resolution, not by its name
    report = api.ingest([url, named], db=db)
    assert [(p.code, p.source) for p in report.problems] == [("E307", url), ("E307", named)]
    assert report.outcomes == [] and web.hits == []


def test_finding2_only_http_and_https_are_fetched(tmp_path: Path, guard_off: None) -> None:
    page = tmp_path / "secret.html"
    page.write_text(html_page("Secret", ARTICLES[3]))
    with pytest.raises(SitrepError) as err:
        fetch(page.as_uri())
    assert err.value.code == "E306"


@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
    "fd00:ec2::254", "100.100.100.200", "fe80::1", "0.0.0.0", "::", "224.0.0.251", "ff02::1",
    "240.0.0.1", "255.255.255.255", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe",
    "2002:7f00:1::", "100.64.0.1",
])
def test_finding2_guard_refuses_private_and_metadata_addresses(address: str) -> None:
    from sitrep.ingest import netguard

    assert netguard.refusal(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700:4700::1111", "8.8.8.8"])
def test_finding2_guard_lets_public_addresses_through(address: str) -> None:
    from sitrep.ingest import netguard

    assert netguard.refusal(ipaddress.ip_address(address)) is None


def test_finding2_guard_off_follows_redirects_on_the_machine(guard_off: None, db: Path) -> None:
    with LocalServer() as web, LocalServer() as other:
        page = other.add("/story.html", html_page("Airstrike in Faryab", ARTICLES[3]))
        url = web.add("/moved", "", status=302, headers={"Location": page})
        feed = web.add("/rss.xml", rss([{"title": "Faryab", "link": url}]), "application/rss+xml")
        report = api.ingest([url, feed], db=db)
    assert report.ok
    assert docs(db)[url]["text"].startswith("MAIMANA")
    assert other.hits == ["/story.html", "/story.html"]


def test_redirect_loop_is_reported(web: LocalServer, guard_off: None) -> None:
    url = web.add("/loop", "", status=302, headers={"Location": "/loop"})
    items = list(read_url(url))
    assert codes(items) == [("E301", url)] and "redirect" in items[0].message
    assert 1 < len(web.hits) <= 11


# Finding 3: a gzip- or deflate-encoded page is decoded, with the size cap on the decoded size.

@pytest.mark.parametrize("coding, compress", [("gzip", gzip.compress), ("x-gzip", gzip.compress),
                                              ("deflate", zlib.compress)])
def test_finding3_gzip_and_deflate_pages_are_decoded(web: LocalServer, guard_off: None, db: Path,
                                                     coding: str, compress: Callable[[bytes], bytes]) -> None:
    body = compress(html_page("Checkpoint attacked", ARTICLES[0]).encode())
    url = web.add("/z.html", body, headers={"Content-Encoding": coding})
    feed = web.add("/z.xml", compress(rss([{"title": "Wire", "content": html_page("x", ARTICLES[5])}])),
                   "application/rss+xml", headers={"Content-Encoding": coding})
    report = api.ingest([url, feed], db=db)
    assert report.ok and len(report.outcomes) == 2
    stored = docs(db)
    assert stored[url]["text"].startswith("KUNDUZ, Afghanistan") and stored[url]["format"] == "html"
    assert any(d["text"].startswith("QUETTA") for d in stored.values())


def test_finding3_gzip_bomb_is_refused_with_the_size_error(web: LocalServer, guard_off: None,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_MAX_FETCH_MB", "0.1")
    bomb = gzip.compress(b"<html><body>" + b" " * 5_000_000, compresslevel=9)
    assert len(bomb) < 50_000
    url = web.add("/bomb.html", bomb, headers={"Content-Encoding": "gzip"})
    items = list(read_url(url))
    assert codes(items) == [("E308", url)]
    assert "decompressed" in items[0].message and "SITREP_MAX_FETCH_MB" in items[0].message


def test_broken_or_unknown_content_encoding(web: LocalServer, guard_off: None) -> None:
    broken = web.add("/broken.html", gzip.compress(b"<html>" * 100)[:-20], headers={"Content-Encoding": "gzip"})
    brotli = web.add("/br.html", b"\x0b\x02\x80hello\x03", headers={"Content-Encoding": "br"})
    items = [*read_url(broken), *read_url(brotli)]
    assert codes(items) == [("E309", broken), ("E309", brotli)]


# Finding 4: the fetched-size error names SITREP_MAX_FETCH_MB and a real size.

def test_finding4_fetch_size_error_names_the_fetch_setting(web: LocalServer, guard_off: None,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_MAX_FETCH_MB", "0.05")
    url = web.add("/big.html", html_page("Big", "\n\n".join(ARTICLES * 200)))
    items = list(read_url(url))
    assert codes(items) == [("E308", url)]
    message = items[0].message
    assert "SITREP_MAX_FETCH_MB" in message and "SITREP_MAX_INPUT_MB" not in message
    assert not re.search(r"(\S+) MB over the \1 MB", message) and ">" not in message
    assert re.search(r"\b0\.\d+ MB, over the 0\.05 MB limit", message), message


# HTTPS: the connection goes to the checked address, the certificate is checked against the URL's host.

@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost"], check=True, capture_output=True, timeout=30)
    return cert, key


def test_https_keeps_the_host_name_for_the_certificate(tls_files: tuple[Path, Path], guard_off: None,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.ingest import httpget

    cert, key = tls_files
    monkeypatch.setattr(httpget, "_tls", lambda: ssl.create_default_context(cafile=str(cert)))
    server_side = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_side.load_cert_chain(cert, key)
    with LocalServer() as web:
        web.httpd.socket = server_side.wrap_socket(web.httpd.socket, server_side=True)
        path = web.add("/tls.html", html_page("Over TLS", ARTICLES[4])).split("/", 3)[3]
        port = web.httpd.server_address[1]
        data, _ = fetch(f"https://localhost:{port}/{path}")
        assert b"LASHKAR GAH" in data
        with pytest.raises(SitrepError) as err:  # the certificate names localhost, not 127.0.0.1
            fetch(f"https://127.0.0.1:{port}/{path}")
        assert err.value.code == "E301" and "certificate" in err.value.message.lower()

"""Network readers: a page or an RSS/Atom feed, fetched only because the user named its URL."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from email.message import Message
from urllib.parse import urljoin

from sitrep.errors import SitrepError, problem
from sitrep.ingest import httpget, netguard
from sitrep.ingest.decode import decode_bytes
from sitrep.records import InputFormat, Problem, RawItem

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S | re.I)


def fetch(url: str) -> tuple[bytes, Message]:
    """GET ``url`` within the total deadline, the size cap and the address guard (``httpget.get``).

    Raises ``SitrepError``: E301 unreachable, E302 HTTP error, E305 deadline, E306 scheme, E307 refused
    address, E308 too large, E309 undecodable Content-Encoding.
    """
    return httpget.get(url)


def is_feed(data: bytes, content_type: str) -> bool:
    ctype = content_type.split(";")[0].strip().lower()
    if ctype in _FEED_TYPES:
        return True
    return ctype in ("", "application/xml", "text/xml", "text/plain") and bool(_FEED_START.match(data[:4096]))


def read_url(url: str) -> Iterator[RawItem | Problem]:
    """A page becomes one item; a feed becomes one item per entry (its linked page, else its content)."""
    try:
        data, headers = fetch(url)
        if is_feed(data, headers.get("Content-Type", "")):
            yield from read_feed(data, url)
            return
        text, encoding = decode_bytes(data, url, headers.get_content_charset())
    except SitrepError as exc:
        yield exc.problem()
        return
    ctype = headers.get_content_type()
    fmt: InputFormat = "text" if ctype == "text/plain" else "html"
    yield RawItem(doc_id=url, source=url, format=fmt, content=text, url=url, encoding=encoding)


def read_feed(data: bytes, feed_url: str) -> Iterator[RawItem | Problem]:
    import feedparser  # (0.05 CPU s of imports, and ~20 regexes: only when a feed comes)

    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        reason = str(parsed.get("bozo_exception") or "no items")
        yield problem("E304", feed_url, detail=reason)
        return
    for n, entry in enumerate(entries, 1):
        yield from _feed_entry(entry, feed_url, n)


def _feed_entry(entry: dict[str, object], feed_url: str, n: int) -> Iterator[RawItem | Problem]:
    where = f"{feed_url}#item{n}"
    link = _entry_str(entry, "link")
    if link:
        link = urljoin(feed_url, link)  # a relative link is relative to the feed
    title = _entry_str(entry, "title")
    published = _entry_date(entry)
    inline = _entry_content(entry)
    if link and netguard.is_fetchable(link):
        try:
            data, headers = fetch(link)
            text, encoding = decode_bytes(data, link, headers.get_content_charset())
            yield RawItem(doc_id=link, source=where, format="html", content=text, url=link,
                          title=title, published=published, encoding=encoding)
            return
        except SitrepError as exc:
            if not inline:
                yield exc.problem()
                return
    if inline:
        doc_id = link or (str(entry.get("id")) if entry.get("id") else where)
        yield RawItem(doc_id=doc_id, source=where, format="html", content=inline, url=link,
                      title=title, published=published)
    else:
        yield problem("E303", where)


def _entry_str(entry: dict[str, object], key: str) -> str | None:
    value = entry.get(key)
    return (value.strip() or None) if isinstance(value, str) else None


def _entry_content(entry: dict[str, object]) -> str | None:
    content = entry.get("content")
    if isinstance(content, list) and content and isinstance(content[0], dict):
        value = content[0].get("value")
        if isinstance(value, str) and value.strip():
            return value
    summary = entry.get("summary")
    return summary if isinstance(summary, str) and len(summary.split()) >= 30 else None


def _entry_date(entry: dict[str, object]) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if isinstance(t, time.struct_time):
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    return None

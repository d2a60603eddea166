"""A cache of whole responses: a page asked for again is sent as it was made, without reading the base or
rendering again, for as long as no commit since could have changed it.

Every GET (but the static files) first reads the base's write generation (``Store.generation``: SQLite's
``PRAGMA data_version`` on a read-only connection, which changes whenever any connection of any process commits).
When it has moved, the cache reads what the commits since touched from the change log (``kb.changes``: tags that
triggers write in the same transaction as the rows) and drops the pages that depend on a touched tag.

A page depends either on everything (the default: the overview, lists, map: dropped at every commit), on the tags
its route names (``depends_on``), or on tags and words (a search, ``depends_on_words``). An entity's or a document's
page depends on ``about:<its id>`` and on every id it shows (an event's page on its own id and on those of its
actors, places, sources), so a commit that adds a mention of another entity keeps it, and one that renames an actor
it shows drops it. A search depends on the ids it lists and on its words: a commit drops it only when one of those
ids is touched or when its words match the text or names of a row it touched (``kb.changes.searches_matched``:
a new document or quote holding every word, a new name or alias the words resolve to), so a commit about other
things keeps it. The position in the log is read *before* the view opens its snapshot, so a page holds the base as
of that position or later; when it is kept, the changes read meanwhile are checked against it too, so a page that
may have missed a commit it depends on is never kept (a search or a page of everything: no commit at all may have
been read meanwhile). A page missing from the cache is made once: requests for it that come while it is being made
wait for that making and are sent the page it kept. Only complete 200 responses are kept, at most ``entries`` of
them and ``max_bytes`` in all (least recently used go first). Without a generation (a PostgreSQL base) nothing is
cached. The guard (tokens, host, headers) stands in front of the cache, so a cached page is sent only to a request
the guard let through, with the same security headers. A kept page carries an ETag (a hash of its body) and
``Cache-Control: no-cache``; a browser that asks again with ``If-None-Match`` naming it gets 304 without the body.

Stale while made again (``stale_for`` seconds, 0 by default: off; ``sitrep serve --stale-for``): a page a commit
dropped is kept aside as stale, and a request for it while it is stale is sent that copy at once while the page is
made again in the background (once, at most ``REMAKES`` pages at a time: the requests meanwhile get the stale copy
too), so a reader never waits for a page a commit dropped. The staleness is bounded: a stale copy is sent only
within ``stale_for`` seconds of the catch-up that first dropped it (or of the start of the making it came from: a
page made while a commit it depends on was read is not kept as fresh, but replaces an older stale copy); past that,
and for a page never made, a request waits for the making as without it. A commit that touches everything (a merge,
a correction) drops the stale copies too, and so does a request that writes through this server (its writer sees its
own change on the next page).

A page and its JSON twin (``/entity/X`` and ``/api/v1/entities/X``) show the same view: the first of the two made
keeps the view's data beside the pages (``share_view``, under a key of its own with the page's tags and words, dropped
by the same commits), and the other is rendered from it (``shared_view``) instead of reading the base again. Routes
run in worker threads: they only look the data up (one dictionary read); the event loop alone keeps and drops.
"""

from __future__ import annotations

import asyncio
import hashlib
import sys
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import anyio
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitrep.kb.changes import EVERYTHING, about

ENTRIES = 4096
MAX_BYTES = 128 * 1024 * 1024
MAX_BODY = 4 * 1024 * 1024  # a larger response is not kept
UNCACHED_PREFIXES = ("/static/",)
REMAKES = 2  # stale pages made again at once in the background (more would slow the cached pages' replies)
RECENT = 256  # log reads remembered, to check a page made while they happened
NOTE = "sitrep.cache"  # the scope key where a route names what its page depends on
ID_KEYS = frozenset({"id", "doc", "docs", "attributed_to", "superseded_by"})  # and "..._id", "..._ids"

Key = tuple[str, bytes]
NO_CACHE = (b"cache-control", b"no-cache")  # a browser may keep a page, and asks whether it still holds


@dataclass(frozen=True)
class Kept:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    tags: frozenset[str] | None  # None: depends on everything
    words: str | None = None  # a search's words: also dropped by a commit whose text or names they match
    etag: bytes = b""  # also the last of ``headers``
    data: Any = None  # a view's data (``share_view``), kept with no body
    weight: int = 0  # what ``data`` is counted as in the cache's size (the bytes of the page made from it)

    @property
    def size(self) -> int:
        return len(self.body) + self.weight


@dataclass(frozen=True)
class Stale:
    """A page a commit dropped, sent while it is made again, until ``since + stale_for`` (``time.monotonic``)."""

    kept: Kept
    since: float


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


async def _discard(message: Message) -> None:
    return None


def _has_etag(scope: Scope, etag: bytes) -> bool:
    """Whether the request's ``If-None-Match`` names ``etag`` (or is ``*``)."""
    for name, value in scope["headers"]:
        if name == b"if-none-match":
            return value.strip() == b"*" or etag in (v.strip().removeprefix(b"W/") for v in value.split(b","))
    return False


def depends_on(request: Request, own: str, data: Any) -> None:
    """Name what the page made of ``data`` depends on: ``about:<own>`` and every id that ``data`` holds (each short
    string without a space, and every string under a key that names an id: ``id``, ``doc``, ``docs``, ``..._id``,
    ``..._ids``, ``attributed_to``, ``superseded_by``, whatever its length)."""
    note = request.scope.get(NOTE)
    if note is not None:
        note["tags"] = frozenset({about(own), own, *_ids(data)})


def depends_on_words(request: Request, words: str, data: Any) -> None:
    """Name what a search page made of ``data`` depends on: every id it lists (``about:<id>`` too for the entities
    it lists, whose mention counts it shows), and its ``words``, which a commit's new text or names may match
    (``kb.changes.searches_matched``)."""
    note = request.scope.get(NOTE)
    if note is not None:
        listed = [e["id"] for e in data.get("entities", [])]
        note["tags"] = frozenset({*_ids(data), *listed, *map(about, listed)})
        note["words"] = words


def shared_view(request: Request, key: Key) -> Any:
    """The data of the view ``key`` (``share_view``) kept by the cache, or None; when found, the page depends on
    what the page made from it depended on. Called from the route's worker thread: a single dictionary read."""
    note = request.scope.get(NOTE)
    cache = note.get("cache") if note is not None else None
    kept = cache.kept.get(key) if cache is not None else None
    if note is None or kept is None or kept.data is None:
        return None
    note["tags"], note["words"] = kept.tags, kept.words
    return kept.data


def share_view(request: Request, key: Key, data: Any) -> None:
    """Offer the data of the view ``key`` (read for this page, which names its tags first) to the page's twins:
    the cache keeps it beside the page, with the page's tags and words, when it keeps the page."""
    note = request.scope.get(NOTE)
    if note is not None and note.get("tags") is not None:
        note["view"] = (key, data)


def _ids(data: Any) -> set[str]:
    out: set[str] = set()
    todo: list[tuple[Any, bool]] = [(data, False)]
    while todo:
        item, named = todo.pop()
        if isinstance(item, str):
            if named or (len(item) <= 200 and " " not in item):
                out.add(sys.intern(item))
        elif isinstance(item, dict):
            todo.extend((v, k in ID_KEYS or k.endswith(("_id", "_ids"))) for k, v in item.items())
        elif isinstance(item, list | tuple):
            todo.extend((v, named) for v in item)
    return out


class ResponseCache:
    """The ASGI middleware. ``generation`` gives the base's write generation now, or None to cache nothing;
    ``changes(seq)`` the position in the change log now and the tags touched after ``seq`` (``Store.changes``);
    ``matched(touched, words)`` the searches among ``words`` that rows named by ``touched`` may answer now
    (``Store.searches_matched``; without it a search is dropped at every commit).

    A page asked for while it is being made (dropped by a commit, or never made) waits for that one making and is
    then sent from the cache: each page is made once, not once per request that finds it missing."""

    def __init__(self, app: ASGIApp, generation: Callable[[], int | None],
                 changes: Callable[[int | None], tuple[int, frozenset[str]]],
                 matched: Callable[[frozenset[str], set[str]], set[str]] | None = None, entries: int = ENTRIES,
                 max_bytes: int = MAX_BYTES, stale_for: float = 0.0) -> None:
        self.app, self.generation, self.changes, self.matched = app, generation, changes, matched
        self.entries, self.max_bytes, self.stale_for = entries, max_bytes, stale_for
        self.stale: dict[Key, Stale] = {}
        self.remakes: set[asyncio.Task[None]] = set()  # background makings of stale pages (held: not collected)
        self.remaking: asyncio.Semaphore | None = None  # made on the server's loop, at the first stale page
        self.kept: OrderedDict[Key, Kept] = OrderedDict()
        self.by_tag: dict[str, set[Key]] = {}
        self.by_words: dict[str, set[Key]] = {}
        self.making: dict[Key, anyio.Event] = {}  # pages being made now, set when done
        self.size = 0
        self.seen_generation: int | None = None
        self.seq = -1  # the log position read at the last generation seen; -1: none read yet
        self.recent: deque[tuple[int, frozenset[str]]] = deque()  # (position, tags read), the latest RECENT
        self.forgotten = -1  # the position of the latest read no longer in ``recent``
        self.hits = self.misses = self.waits = self.stale_hits = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(UNCACHED_PREFIXES):
            try:
                await self.app(scope, receive, send)
            finally:
                if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
                    self.stale.clear()  # a write here: its writer's next page shows it
            return
        key = (scope["path"], scope.get("query_string", b""))
        while True:
            generation = self.generation()
            if generation is None:
                await self.app(scope, receive, send)
                return
            if generation != self.seen_generation:
                self._catch_up(generation)
            kept = self.kept.get(key)
            if kept is not None:
                self.hits += 1
                self.kept.move_to_end(key)
            else:
                kept = self._stale(key, scope)
            if kept is not None:
                if _has_etag(scope, kept.etag):  # the browser holds this very page: 304, no body
                    headers = [NO_CACHE, (b"etag", kept.etag)]
                    await send({"type": "http.response.start", "status": 304, "headers": headers})
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                    return
                await send({"type": "http.response.start", "status": kept.status, "headers": list(kept.headers)})
                await send({"type": "http.response.body", "body": kept.body, "more_body": False})
                return
            making = self.making.get(key)
            if making is None:
                break
            self.waits += 1
            await making.wait()  # then from the cache, or made here when it was not kept (an error, a commit)
        self.misses += 1
        self.making[key] = done = anyio.Event()
        try:
            await self._make(key, scope, receive, send)
        finally:
            del self.making[key]
            done.set()

    def _stale(self, key: Key, scope: Scope) -> Kept | None:
        """The stale copy of ``key`` still within its bound, or None; when found, the page is being made again (in
        the background, started here unless a making is under way)."""
        stale = self.stale.get(key)
        if stale is None or time.monotonic() > stale.since + self.stale_for:
            return None
        self.stale_hits += 1
        if key not in self.making:
            self.making[key] = done = anyio.Event()
            task = asyncio.get_running_loop().create_task(self._remake(key, dict(scope), done))
            self.remakes.add(task)
            task.add_done_callback(self.remakes.discard)
        return stale.kept

    async def _remake(self, key: Key, scope: Scope, done: anyio.Event) -> None:
        self.misses += 1
        if self.remaking is None:
            self.remaking = asyncio.Semaphore(REMAKES)
        try:
            async with self.remaking:
                await self._make(key, scope, _no_body, _discard)
        except Exception:  # a failed making keeps nothing; the next request makes it again
            self.stale.pop(key, None)
        finally:
            del self.making[key]
            done.set()

    async def _make(self, key: Key, scope: Scope, receive: Receive, send: Send) -> None:
        since = (self.seq, self.seen_generation)
        began = time.monotonic()
        note: dict[str, Any] = {"tags": None, "words": None, "cache": self, "view": None}
        scope[NOTE] = note
        start: Message = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = {"status": message["status"], "headers": list(message.get("headers", []))}
                if start["status"] != 200:
                    await send(message)
                return  # a page's start waits for its body, to carry the body's ETag
            if message["type"] != "http.response.body" or start.get("status") != 200:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            tag = b'"' + hashlib.blake2b(body, digest_size=16).hexdigest().encode() + b'"'
            headers = [*start["headers"], NO_CACHE, (b"etag", tag)]
            self._keep(since, key, Kept(200, headers, body, note["tags"], note["words"], tag), began)
            if note["view"] is not None and note["tags"] is not None:
                view, data = note["view"]
                self._keep(since, view, Kept(200, [], b"", note["tags"], note["words"], data=data, weight=len(body)))
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body, "more_body": False})

        await self.app(scope, receive, keep)

    def _catch_up(self, generation: int) -> None:
        """Drop what the commits since the last generation seen may have changed."""
        seq, touched = self.changes(self.seq if self.seq >= 0 else None)
        self.seen_generation = generation
        if seq != self.seq:
            self.recent.append((seq, touched))
            if len(self.recent) > RECENT:
                self.forgotten = self.recent.popleft()[0]
        self.seq = seq
        if EVERYTHING in touched:
            self.stale.clear()
            self.kept.clear()
            self.by_tag.clear()
            self.by_words.clear()
            self.size = 0
            return
        gone = {key for key, kept in self.kept.items() if kept.tags is None}  # pages of everything
        for tag in touched:
            gone |= self.by_tag.get(tag, set())
        if touched and self.by_words:
            words = set(self.by_words) if self.matched is None else self.matched(touched, set(self.by_words))
            for said in words:
                gone |= self.by_words.get(said, set())
        if self.stale_for > 0:
            now = time.monotonic()
            for key in [k for k, stale in self.stale.items() if now > stale.since + self.stale_for]:
                del self.stale[key]
            for key in gone:
                if key not in self.stale and self.kept[key].body:
                    self.stale[key] = Stale(self.kept[key], now)
        for key in gone:
            self._drop(key)

    def _missed(self, since: tuple[int, int | None], kept: Kept) -> bool:
        """Whether a page made from log position and generation ``since`` on may lack a commit it depends on that
        was read after it: for a page of everything or a search, any commit; else one that touched its tags (or
        one no longer remembered)."""
        seq, generation = since
        if kept.tags is None or kept.words is not None:
            return generation != self.seen_generation
        if seq < self.forgotten:
            return True
        tags = kept.tags
        return any(EVERYTHING in touched or not tags.isdisjoint(touched) for at, touched in self.recent if at > seq)

    def _keep(self, since: tuple[int, int | None], key: Key, kept: Kept, began: float | None = None) -> None:
        if kept.size > MAX_BODY:
            return
        if self._missed(since, kept):
            if began is not None and self.stale_for > 0:  # newer than any stale copy: sent while made again
                self.stale[key] = Stale(kept, began)
            return
        self.stale.pop(key, None)
        self._drop(key)
        self.size += kept.size
        self.kept[key] = kept
        for tag in kept.tags or ():
            self.by_tag.setdefault(tag, set()).add(key)
        if kept.words is not None:
            self.by_words.setdefault(kept.words, set()).add(key)
        while self.kept and (len(self.kept) > self.entries or self.size > self.max_bytes):
            self._drop(next(iter(self.kept)))

    def _drop(self, key: Key) -> None:
        gone = self.kept.pop(key, None)
        if gone is None:
            return
        self.size -= gone.size
        words = () if gone.words is None else (gone.words,)
        for index, values in ((self.by_tag, gone.tags or ()), (self.by_words, words)):
            for value in values:
                keys = index.get(value)
                if keys is not None:
                    keys.discard(key)
                    if not keys:
                        del index[value]

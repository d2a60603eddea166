"""A cache of whole responses: a page asked for again is sent as it was made, without reading the base or
rendering again, for as long as no commit since could have changed it.

Every GET (but the static files) first reads the base's write generation (``Store.generation``: SQLite's
``PRAGMA data_version`` on a read-only connection, which changes whenever any connection of any process commits).
When it has moved, the cache reads what the commits since touched from the change log (``kb.changes``: tags that
triggers write in the same transaction as the rows) and drops the pages that depend on a touched tag.

A page depends either on everything (the default: the overview, lists, search, map: dropped at every commit) or
on the tags its route names (``depends_on``): an entity's or a document's page on ``about:<its id>`` and on every
id it shows (an event's page on its own id and on those of its actors, places, sources), so a commit that adds a
mention of another entity keeps it, and one that renames an actor it shows drops it. The position in the log is
read *before* the view opens its snapshot, so a page holds the base as of that position or later; when it is
kept, the changes read meanwhile are checked against it too, so a page that may have missed a commit it depends
on is never kept. Only complete 200 responses are kept, at most ``entries`` of them and ``max_bytes`` in all
(least recently used go first). Without a generation (a PostgreSQL base) nothing is cached. The guard (tokens,
host, headers) stands in front of the cache, so a cached page is sent only to a request the guard let through,
with the same security headers.
"""

from __future__ import annotations

import sys
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitrep.kb.changes import EVERYTHING, about

ENTRIES = 4096
MAX_BYTES = 128 * 1024 * 1024
MAX_BODY = 4 * 1024 * 1024  # a larger response is not kept
UNCACHED_PREFIXES = ("/static/",)
RECENT = 256  # log reads remembered, to check a page made while they happened
NOTE = "sitrep.cache"  # the scope key where a route names what its page depends on
ID_KEYS = frozenset({"id", "doc", "docs", "attributed_to", "superseded_by"})  # and "..._id", "..._ids"

Key = tuple[str, bytes]


@dataclass(frozen=True)
class Kept:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    tags: frozenset[str] | None  # None: depends on everything


def depends_on(request: Request, own: str, data: Any) -> None:
    """Name what the page made of ``data`` depends on: ``about:<own>`` and every id that ``data`` holds (each short
    string without a space, and every string under a key that names an id: ``id``, ``doc``, ``docs``, ``..._id``,
    ``..._ids``, ``attributed_to``, ``superseded_by``, whatever its length)."""
    note = request.scope.get(NOTE)
    if note is not None:
        note["tags"] = frozenset({about(own), own, *_ids(data)})


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
    ``changes(seq)`` the position in the change log now and the tags touched after ``seq`` (``Store.changes``)."""

    def __init__(self, app: ASGIApp, generation: Callable[[], int | None],
                 changes: Callable[[int | None], tuple[int, frozenset[str]]], entries: int = ENTRIES,
                 max_bytes: int = MAX_BYTES) -> None:
        self.app, self.generation, self.changes = app, generation, changes
        self.entries, self.max_bytes = entries, max_bytes
        self.kept: OrderedDict[Key, Kept] = OrderedDict()
        self.by_tag: dict[str, set[Key]] = {}
        self.size = 0
        self.seen_generation: int | None = None
        self.seq = -1  # the log position read at the last generation seen; -1: none read yet
        self.recent: deque[tuple[int, frozenset[str]]] = deque()  # (position, tags read), the latest RECENT
        self.forgotten = -1  # the position of the latest read no longer in ``recent``
        self.hits = self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(UNCACHED_PREFIXES):
            await self.app(scope, receive, send)
            return
        generation = self.generation()
        if generation is None:
            await self.app(scope, receive, send)
            return
        if generation != self.seen_generation:
            self._catch_up(generation)
        key = (scope["path"], scope.get("query_string", b""))
        kept = self.kept.get(key)
        if kept is not None:
            self.hits += 1
            self.kept.move_to_end(key)
            await send({"type": "http.response.start", "status": kept.status, "headers": list(kept.headers)})
            await send({"type": "http.response.body", "body": kept.body, "more_body": False})
            return
        self.misses += 1
        since, note = (self.seq, self.seen_generation), {"tags": None}
        scope[NOTE] = note
        start: Message = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = {"status": message["status"], "headers": list(message.get("headers", []))}
            elif message["type"] == "http.response.body" and start.get("status") == 200:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    self._keep(since, key, Kept(200, start["headers"], b"".join(chunks), note["tags"]))
            await send(message)

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
            self.kept.clear()
            self.by_tag.clear()
            self.size = 0
            return
        gone = {key for key, kept in self.kept.items() if kept.tags is None}  # pages of everything
        for tag in touched:
            gone |= self.by_tag.get(tag, set())
        for key in gone:
            self._drop(key)

    def _missed(self, since: tuple[int, int | None], tags: frozenset[str] | None) -> bool:
        """Whether a page made from log position and generation ``since`` on may lack a commit it depends on that
        was read after it: for a page of everything, any commit; else one that touched its tags (or one no
        longer remembered)."""
        seq, generation = since
        if tags is None:
            return generation != self.seen_generation
        if seq < self.forgotten:
            return True
        return any(EVERYTHING in touched or not tags.isdisjoint(touched) for at, touched in self.recent if at > seq)

    def _keep(self, since: tuple[int, int | None], key: Key, kept: Kept) -> None:
        if len(kept.body) > MAX_BODY or self._missed(since, kept.tags):
            return
        self._drop(key)
        self.size += len(kept.body)
        self.kept[key] = kept
        for tag in kept.tags or ():
            self.by_tag.setdefault(tag, set()).add(key)
        while self.kept and (len(self.kept) > self.entries or self.size > self.max_bytes):
            self._drop(next(iter(self.kept)))

    def _drop(self, key: Key) -> None:
        gone = self.kept.pop(key, None)
        if gone is None:
            return
        self.size -= len(gone.body)
        for tag in gone.tags or ():
            keys = self.by_tag.get(tag)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self.by_tag[tag]

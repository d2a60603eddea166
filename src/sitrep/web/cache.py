"""A cache of whole responses, keyed by the base's write generation: a page asked for again while nothing was
committed to the base is sent as it was made, without reading the base or rendering again.

Every GET (but the static files) first reads the base's generation (``Store.generation``: SQLite's
``PRAGMA data_version`` on a read-only connection, which changes whenever any connection of any process commits).
A response is kept under the generation read *before* its view opened its snapshot, so it holds the base as of
that moment or later; it is served only to a request that reads the same generation, that is while nothing has
been committed since. So a write is seen by every request that starts after its commit: no bound on staleness
is needed beyond that. When the generation moves, everything kept is dropped. Only complete 200 responses are
kept, at most ``entries`` of them and ``max_bytes`` in all (least recently used go first). Without a generation
(a PostgreSQL base) nothing is cached. The guard (tokens, host, headers) stands in front of the cache, so a cached
page is sent only to a request the guard let through, with the same security headers.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ENTRIES = 4096
MAX_BYTES = 128 * 1024 * 1024
MAX_BODY = 4 * 1024 * 1024  # a larger response is not kept
UNCACHED_PREFIXES = ("/static/",)


@dataclass(frozen=True)
class Kept:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class ResponseCache:
    """The ASGI middleware; ``generation`` gives the base's write generation now, or None to cache nothing."""

    def __init__(self, app: ASGIApp, generation: Callable[[], int | None], entries: int = ENTRIES,
                 max_bytes: int = MAX_BYTES) -> None:
        self.app, self.generation = app, generation
        self.entries, self.max_bytes = entries, max_bytes
        self.kept: OrderedDict[tuple[str, bytes], Kept] = OrderedDict()
        self.size = 0
        self.kept_generation: int | None = None
        self.hits = self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(UNCACHED_PREFIXES):
            await self.app(scope, receive, send)
            return
        generation = self.generation()
        if generation is None:
            await self.app(scope, receive, send)
            return
        if generation != self.kept_generation:
            self.kept.clear()
            self.size, self.kept_generation = 0, generation
        key = (scope["path"], scope.get("query_string", b""))
        kept = self.kept.get(key)
        if kept is not None:
            self.hits += 1
            self.kept.move_to_end(key)
            await send({"type": "http.response.start", "status": kept.status, "headers": list(kept.headers)})
            await send({"type": "http.response.body", "body": kept.body, "more_body": False})
            return
        self.misses += 1
        start: Message = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = {"status": message["status"], "headers": list(message.get("headers", []))}
            elif message["type"] == "http.response.body" and start.get("status") == 200:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    self._keep(generation, key, Kept(200, start["headers"], b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, keep)

    def _keep(self, generation: int, key: tuple[str, bytes], kept: Kept) -> None:
        if generation != self.kept_generation or len(kept.body) > MAX_BODY:
            return  # the base moved on while the page was made: it may be older than what is kept now
        old = self.kept.pop(key, None)
        self.size += len(kept.body) - (len(old.body) if old else 0)
        self.kept[key] = kept
        while self.kept and (len(self.kept) > self.entries or self.size > self.max_bytes):
            _, gone = self.kept.popitem(last=False)
            self.size -= len(gone.body)

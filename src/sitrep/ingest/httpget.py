"""One HTTP(S) GET, hardened: a total deadline, the address guard on every hop, compressed bodies.

- ``SITREP_FETCH_TIMEOUT`` is a deadline for the whole fetch (DNS, connections, redirects, headers and
  body): a watchdog shuts the connection down when it passes, so a server that drips bytes cannot hold
  an ingest.
- Each hop (the URL, then every redirect) is checked by ``netguard``: http/https only and, unless
  ``SITREP_FETCH_PRIVATE=1``, public addresses only. The connection goes to the address that was checked
  (the Host header and TLS server name keep the URL's host), so DNS cannot answer differently in between.
- ``Content-Encoding: gzip`` or ``deflate`` is decoded; ``SITREP_MAX_FETCH_MB`` caps the bytes received
  and the decoded bytes alike, so a compression bomb is refused with the size error.

Proxies (``http_proxy``) are not used: the guard must see the address that is really connected to.
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from email.message import Message
from types import TracebackType
from urllib.parse import urljoin, urlsplit

from sitrep import settings
from sitrep.errors import SitrepError
from sitrep.ingest import netguard

MAX_REDIRECTS = 10
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CONTENT_CODINGS: dict[str, int] = {  # Content-Encoding -> zlib wbits
    "gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS,
}
ACCEPT_ENCODING = "gzip, deflate"
_IDENTITY = ("", "identity")
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    seconds: float
    deadline: float  # time.monotonic() value
    max_mb: float

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * 1_000_000)

    def remaining(self) -> float:
        """Seconds left; ``TimeoutError`` once the deadline has passed."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        return left


def get(url: str) -> tuple[bytes, Message]:
    """GET ``url`` within the limits; raise ``SitrepError`` E301/E302/E305/E306/E307/E308/E309."""
    seconds = settings.get_float("fetch_timeout")
    limits = Limits(seconds, time.monotonic() + seconds, settings.get_float("max_fetch_mb"))
    dog = _Watchdog(seconds)
    try:
        with dog:
            return _follow(url, limits, dog)
    except (OSError, ValueError, http.client.HTTPException) as exc:
        # HTTPException: a server that does not speak HTTP (bad status line, truncated body)
        if isinstance(exc, TimeoutError) or dog.fired.is_set():
            raise SitrepError("E305", url, limit=f"{seconds:g}") from None
        raise SitrepError("E301", url, detail=str(getattr(exc, "reason", None) or exc)) from None


def _follow(url: str, limits: Limits, dog: _Watchdog) -> tuple[bytes, Message]:
    """The body and headers at ``url``, following up to ``MAX_REDIRECTS`` redirects (each one checked)."""
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        conn, resp = _request(current, url, limits, dog)
        try:
            if resp.status in REDIRECT_STATUSES:
                location = resp.getheader("Location")
                if not location:
                    raise SitrepError("E302", url, detail=f"{resp.status} {resp.reason} without a Location")
                current = urljoin(current, location.strip())
                continue
            if not 200 <= resp.status < 300:
                raise SitrepError("E302", url, detail=f"{resp.status} {resp.reason}")
            return _read_body(resp, url, limits, dog), resp.headers
        finally:
            conn.close()
    raise SitrepError("E301", url, detail=f"more than {MAX_REDIRECTS} redirects")


def _request(target: str, source: str, limits: Limits,
             dog: _Watchdog) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
    """Send the GET for one hop to a checked address and read the status line and headers."""
    parts = urlsplit(target)
    port = netguard.check_scheme(parts, source)
    host = parts.hostname or ""
    addresses = netguard.resolve(host, port, source, limits.remaining())
    https = parts.scheme.lower() == "https"
    conn = _connect(host, port, addresses, https, limits, dog)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        conn.request("GET", path, headers={"User-Agent": settings.get("user_agent"),
                                           "Accept-Encoding": ACCEPT_ENCODING})
        return conn, conn.getresponse()
    except BaseException:
        conn.close()
        raise


def _connect(host: str, port: int, addresses: list[netguard.IPAddress], https: bool, limits: Limits,
             dog: _Watchdog) -> http.client.HTTPConnection:
    """A connection to the first of ``addresses`` that answers, for ``host``."""
    cls = PinnedHTTPSConnection if https else PinnedHTTPConnection
    error: OSError = OSError(f"cannot connect to {host}")
    for ip in addresses:
        conn = cls(host, port, str(ip), limits.remaining())
        dog.watch(conn)
        try:
            conn.connect()
            return conn
        except OSError as exc:
            conn.close()
            if isinstance(exc, TimeoutError):
                raise
            error = exc
    raise error


class PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to a given address; ``host`` is only used for the Host header."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class PinnedHTTPSConnection(PinnedHTTPConnection):
    """HTTPS to a given address, the certificate checked against ``host`` (also sent as SNI)."""

    default_port = http.client.HTTPS_PORT

    def connect(self) -> None:
        super().connect()
        self.sock = _tls().wrap_socket(self.sock, server_hostname=self.host)


@functools.cache
def _tls() -> ssl.SSLContext:
    return ssl.create_default_context()


class _Watchdog:
    """Shuts the watched connection's socket down when the deadline passes, waking a blocked read."""

    def __init__(self, seconds: float) -> None:
        self.fired = threading.Event()
        self._lock = threading.Lock()
        self._conn: http.client.HTTPConnection | None = None
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._timer.cancel()

    def watch(self, conn: http.client.HTTPConnection) -> None:
        with self._lock:
            self._conn = conn
        if self.fired.is_set():
            raise TimeoutError("deadline passed")

    def _fire(self) -> None:
        with self._lock:
            self.fired.set()
            sock = self._conn.sock if self._conn is not None else None
        if sock is not None:
            with contextlib.suppress(OSError):  # the plain socket's shutdown, also under TLS: it wakes the reader
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _read_body(resp: http.client.HTTPResponse, source: str, limits: Limits, dog: _Watchdog) -> bytes:
    """The body, decoded from its Content-Encoding, within the deadline and the size cap."""
    length = resp.getheader("Content-Length", "")
    if length.strip().isdigit() and int(length) > limits.max_bytes:
        raise too_large(source, limits, int(length))
    coding = (resp.getheader("Content-Encoding") or "").strip().lower()
    body = Body(coding, source, limits)
    while chunk := resp.read1(_CHUNK):  # read1: one socket read at most, so the deadline is checked often
        limits.remaining()
        body.feed(chunk)
    if dog.fired.is_set():
        raise TimeoutError("deadline passed")
    if resp.length:  # the server closed the connection before the announced length
        raise http.client.IncompleteRead(b"", resp.length)
    return body.finish()


class Body:
    """Received bytes, decoded from ``coding`` as they come, refused once over the size cap."""

    def __init__(self, coding: str, source: str, limits: Limits) -> None:
        if coding not in _IDENTITY and coding not in CONTENT_CODINGS:
            raise SitrepError("E309", source, detail=f"unsupported Content-Encoding {coding!r}")
        self.coding, self.source, self.limits = coding, source, limits
        self._z = None if coding in _IDENTITY else zlib.decompressobj(CONTENT_CODINGS[coding])
        self.received = 0
        self.data = bytearray()

    def feed(self, chunk: bytes) -> None:
        self.received += len(chunk)
        if self.received > self.limits.max_bytes:
            raise too_large(self.source, self.limits)
        if self._z is None:
            self.data += chunk
        else:
            self._inflate(chunk)

    def finish(self) -> bytes:
        if self._z is not None and self.received:
            while self._z.unconsumed_tail:
                self._inflate(b"")
            if not self._z.eof:
                raise SitrepError("E309", self.source, detail=f"{self.coding} data is truncated")
        return bytes(self.data)

    def _inflate(self, chunk: bytes) -> None:
        assert self._z is not None
        room = self.limits.max_bytes + 1 - len(self.data)  # never 0 (0 would mean "no limit" to zlib)
        try:
            self.data += self._z.decompress(self._z.unconsumed_tail + chunk, room)
        except zlib.error as exc:
            raise SitrepError("E309", self.source, detail=f"{self.coding} data is corrupt: {exc}") from None
        if len(self.data) > self.limits.max_bytes:
            raise too_large(self.source, self.limits, decompressed=True)


def too_large(source: str, limits: Limits, size: int | None = None, decompressed: bool = False) -> SitrepError:
    """E308, with the real size when it is known (never "20.0 MB over the 20 MB limit")."""
    limit = f"the {limits.max_mb:g} MB limit"
    if size is None:
        detail = f"over {limit}" + (" once decompressed" if decompressed else "")
    else:
        mb = size / 1_000_000
        shown = next((round(mb, d) for d in range(1, 7) if round(mb, d) > limits.max_mb), mb)
        detail = f"{shown:g} MB, over {limit}"
    return SitrepError("E308", source, detail=detail)

"""The server's guard, one ASGI middleware in front of every route.

- Every response carries a strict Content-Security-Policy (scripts, styles and images only from the server
  itself, no inline script, nothing framed, no form posted elsewhere) and ``nosniff``/``no-referrer`` headers.
- On loopback, a request naming another host (DNS rebinding) is refused (400).
- A request body over the limit is refused (413) before any route reads it.
- A write (POST) must come from the app's own pages or a client (an ``Origin`` of another site: 403), and
  must be JSON, which a page of another site cannot send without the browser asking first.
- With tokens (always beyond loopback): every request but the static files needs the read-only or the
  read-write token, a write the read-write one (401/403). A token comes as ``Authorization: Bearer TOKEN``,
  or once as ``?token=TOKEN`` in a page's address, which sets an HttpOnly, SameSite=Strict cookie.
"""

from __future__ import annotations

import hmac
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitrep.web.config import ServeConfig

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin")]
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
COOKIE = "sitrep_token"
OPEN_PREFIXES = ("/static/",)


class Guard:
    """The middleware; ``config`` says the tokens, the hosts and the body limit."""

    def __init__(self, app: ASGIApp, config: ServeConfig) -> None:
        self.app, self.config = app, config
        self.hosts = config.allowed_hosts()  # worked out once: parsing the address costs more than a cached page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        refusal, receive = await self._check(scope, receive)
        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
        else:
            await self.app(scope, receive, send_with_headers)

    async def _check(self, scope: Scope, receive: Receive) -> tuple[Response | None, Receive]:
        headers = Headers(scope=scope)
        hosts = self.hosts
        if hosts is not None and _hostname(headers.get("host", "")) not in hosts:
            return _refuse(400, "host not allowed"), receive
        size = headers.get("content-length")
        if size is not None and (not size.isdigit() or int(size) > self.config.max_body):
            return _refuse(413, f"request body over {self.config.max_body} bytes"), receive
        body, over = await _read_body(receive, self.config.max_body)
        if over:
            return _refuse(413, f"request body over {self.config.max_body} bytes"), receive
        replay = _replay(body, receive)
        method = scope["method"]
        if method not in SAFE_METHODS:
            origin = headers.get("origin")
            if origin is not None and _hostname(origin.split("://", 1)[-1]) != _hostname(headers.get("host", "")):
                return _refuse(403, "writes come from this app's own pages"), replay
            if headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
                return _refuse(415, "writes are JSON (Content-Type: application/json)"), replay
        if not self.config.tokens or scope["path"].startswith(OPEN_PREFIXES):
            return None, replay
        return self._authorize(scope, headers, method), replay

    def _authorize(self, scope: Scope, headers: Headers, method: str) -> Response | None:
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        given = dict(query).get("token")
        if given is not None and method == "GET" and self._role(given):
            rest = urlencode([(k, v) for k, v in query if k != "token"])
            back = RedirectResponse(scope["path"] + (f"?{rest}" if rest else ""), status_code=303)
            back.set_cookie(COOKIE, given, httponly=True, samesite="strict", path="/")
            return back
        auth = headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else _cookie(headers, COOKIE)
        role = self._role(token or "")
        if role is None:
            return _refuse(401, "a token is needed (Authorization: Bearer TOKEN, or ?token=TOKEN once)")
        if method not in SAFE_METHODS and role != "rw":
            return _refuse(403, "writing needs the read-write token")
        return None

    def _role(self, token: str) -> str | None:
        if not token:
            return None
        if self.config.rw_token and hmac.compare_digest(token.encode(), self.config.rw_token.encode()):
            return "rw"
        if self.config.ro_token and hmac.compare_digest(token.encode(), self.config.ro_token.encode()):
            return "ro"
        return None


async def _read_body(receive: Receive, limit: int) -> tuple[bytes, bool]:
    """The whole request body, or (what was read, True) as soon as it passes ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), False
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks), False


def _replay(body: bytes, then: Receive) -> Receive:
    """The body read already, as one message; after it, the connection's own messages (its disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return await then()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _hostname(host: str) -> str:
    """The name of a Host header or origin without its port (``[::1]:8000`` -> ``::1``)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cookie(headers: Headers, name: str) -> str | None:
    for part in headers.get("cookie", "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def _refuse(status: int, message: str) -> Response:
    body: dict[str, Any] = {"error": status, "detail": message}
    return JSONResponse(body, status_code=status)

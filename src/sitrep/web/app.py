"""The ASGI application: ``create_app(config)`` wires the guard, the routes, the static files and the error
pages. Unknown ids and names are 404, bad parameters 400, an invalid correction 400, one that cannot be undone
409, a base locked past the wait 503; pages get an HTML error page, the API ``{"error", "detail"}``."""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.telemetry import TelemetryConfig

from sitrep import __version__
from sitrep.errors import SitrepError
from sitrep.kb.queries import NameNotFound
from sitrep.web import render
from sitrep.web.cache import ResponseCache
from sitrep.web.config import ServeConfig
from sitrep.web.routes import api, pages
from sitrep.web.security import Guard
from sitrep.web.store import Store
from sitrep.web.verdicts import router as verdicts

BASEMAP_URL = "/static/basemap.geojson"
STATUS = {"E704": 404, "E705": 409, "E505": 503, "E506": 503}
NO_TELEMETRY: TelemetryConfig = {"tracing": False, "metrics": False, "logs": False}  # offline; 80 µs a request
READER_THREADS = 8  # threads (each with its read-only connection) that run the pages; reads hold the GIL anyway


def create_app(config: ServeConfig) -> FastAPI:
    """The app over the base ``config.db`` (which must exist: E503 otherwise)."""
    store = Store(config.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = READER_THREADS
        yield
        store.close()

    app = FastAPI(title="sitrep", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/v1/openapi.json", telemetry=NO_TELEMETRY,
                  description="The knowledge base as JSON: every page of `sitrep serve` has its twin here.")
    app.state.store = store
    app.state.config = config
    app.include_router(verdicts)  # before the reading routes, whose event and relation ids take any path
    app.include_router(api)
    app.include_router(pages)
    app.add_api_route("/static/report.css", _report_css, include_in_schema=False)
    app.add_api_route(BASEMAP_URL, _basemap, include_in_schema=False)
    app.mount("/static", StaticFiles(packages=[("sitrep.web", "static")]), name="static")
    app.add_exception_handler(NameNotFound, _error)
    app.add_exception_handler(SitrepError, _error)
    app.add_exception_handler(ValueError, _error)
    app.add_middleware(ResponseCache, generation=store.generation, changes=store.changes,
                       matched=store.searches_matched, stale_for=config.stale_for)
    app.add_middleware(Guard, config=config)  # added last, so it runs first: in front of the cache
    return app


def _report_css() -> Response:
    """The situation report's stylesheet, which styles the charts the same way here."""
    css = (resources.files("sitrep.report") / "templates" / "report.css").read_text("utf-8")
    return Response(css, media_type="text/css")


def _basemap(request: Request) -> Response:
    """The map page's base layer: the report's Natural Earth countries (``sitrep/data/basemap``), sent as stored,
    gzipped, for the browser to unpack (unpacked here for a client that takes no gzip); no tile server."""
    raw = (resources.files("sitrep") / "data" / "basemap" / "countries.geojson.gz").read_bytes()
    headers = {"Cache-Control": "max-age=86400", "Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        return Response(raw, media_type="application/geo+json", headers=headers | {"Content-Encoding": "gzip"})
    return Response(gzip.decompress(raw), media_type="application/geo+json", headers=headers)


async def _error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, NameNotFound):
        status, code = 404, "not_found"
    elif isinstance(exc, SitrepError):
        status, code = STATUS.get(exc.code, 400 if exc.code.startswith("E7") else 500), exc.code
    else:
        status, code = 400, "bad_request"
    detail = str(exc)
    if request.url.path.startswith("/api/"):
        return render.JSON({"error": code, "detail": detail}, status_code=status)
    html = render.ENV.get_template("error.html").render(status=status, code=code, detail=detail, json_url=None)
    return HTMLResponse(html, status_code=status)

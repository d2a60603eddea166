"""The routes: every page at its address and its JSON twin under ``/api/v1/``, both from the same view
(``views``); and the corrections API. Routes only read parameters, call a view and send the result (naming
what an entity, event, document or search page depends on, for the response cache)."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlencode

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from sitrep import api as sitrep_api
from sitrep.kb import KnowledgeBase
from sitrep.web import render, views
from sitrep.web.cache import depends_on, depends_on_words, share_view, shared_view
from sitrep.web.render import segment
from sitrep.web.store import Store

Text = Annotated[str | None, Query(max_length=views.MAX_QUERY)]
Limit = Annotated[int, Query(ge=1, le=500)]
api = APIRouter(prefix="/api/v1", tags=["api"])
pages = APIRouter(include_in_schema=False)


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _read(request: Request, view: Any, **params: Any) -> Any:
    with _store(request).reading() as kb:
        return view(kb, **params)


def _view_key(view: Any, params: dict[str, Any]) -> tuple[str, bytes]:
    """The key under which a page and its JSON twin share ``view``'s data for ``params`` (``cache.share_view``)."""
    return f"\0{view.__name__}", orjson.dumps(sorted(params.items()))


def _read_one(request: Request, view: Any, asked: str, **params: Any) -> Any:
    """A view of one entity, event or document: a page asked for by its own id depends on that item and on what it
    shows (``cache.depends_on``), and shares the view's data with its twin; one asked for by another name depends on
    everything (the names may change)."""
    key = _view_key(view, params)
    data = shared_view(request, key)
    if data is None:
        data = _read(request, view, **params)
        if data["id"] == asked:
            depends_on(request, asked, data)
            share_view(request, key, data)
    return data


def _json(data: Any, status: int = 200) -> JSONResponse:
    return render.JSON(data, status_code=status)


def _html(name: str, data: Any, json_url: str, **extra: Any) -> HTMLResponse:
    return HTMLResponse(render.page(name, data, json_url, **extra))


def _query(**params: Any) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return f"?{urlencode(kept)}" if kept else ""


# ---------------------------------------------------------------- reading


@api.get("/overview", summary="Counts, latest events, most active actors, latest corrections")
def api_overview(request: Request) -> JSONResponse:
    return _json(_read(request, views.overview))


@pages.get("/")
def page_overview(request: Request) -> HTMLResponse:
    return _html("overview", _read(request, views.overview), "/api/v1/overview")


@api.get("/entities", summary="Entities, most mentioned first")
def api_entities(request: Request, type: Text = None, name: Text = None, limit: Limit = 200) -> JSONResponse:
    return _json(_read(request, views.entities, type=type, name=name, limit=limit))


@pages.get("/entities")
def page_entities(request: Request, type: Text = None, name: Text = None) -> HTMLResponse:
    return _html("entities", _read(request, views.entities, type=type, name=name),
                 "/api/v1/entities" + _query(type=type, name=name))


@api.get("/entities/{entity_id:path}", summary="An entity's profile, relations over time, events, mentions")
def api_entity(request: Request, entity_id: str) -> JSONResponse:
    return _json(_read_one(request, views.entity, entity_id, name=entity_id))


@pages.get("/entity/{entity_id:path}", response_model=None)
def page_entity(request: Request, entity_id: str) -> Response:
    data = _read_one(request, views.entity, entity_id, name=entity_id)
    if data["id"] != entity_id:  # a name or another spelling: the entity's own address
        return RedirectResponse(f"/entity/{segment(data['id'])}", status_code=303)
    return _html("entity", data, f"/api/v1/entities/{segment(data['id'])}")


@api.get("/events/{event_id:path}", summary="An event with its sources, evidence and competing claims")
def api_event(request: Request, event_id: str) -> JSONResponse:
    return _json(_read_one(request, views.event, event_id, event_id=event_id))


@pages.get("/event/{event_id:path}")
def page_event(request: Request, event_id: str) -> HTMLResponse:
    data = _read_one(request, views.event, event_id, event_id=event_id)
    return _html("event", data, f"/api/v1/events/{segment(event_id)}")


@api.get("/documents/{doc_id:path}", summary="A document's text with its extractions")
def api_document(request: Request, doc_id: str, focus: Text = None) -> JSONResponse:
    return _json(_read_one(request, views.document, doc_id, doc_id=doc_id, focus=focus))


@pages.get("/document/{doc_id:path}")
def page_document(request: Request, doc_id: str, focus: Text = None) -> HTMLResponse:
    return _html("document", _read_one(request, views.document, doc_id, doc_id=doc_id, focus=focus),
                 f"/api/v1/documents/{segment(doc_id)}" + _query(focus=focus))


def _search(request: Request, q: str, **params: Any) -> Any:
    """A search's view; its page depends on what it lists and on its words (``cache.depends_on_words``)."""
    key = _view_key(views.search, {"q": q, "limit": 20} | params)
    data = shared_view(request, key)
    if data is None:
        data = _read(request, views.search, q=q, **params)
        depends_on_words(request, data["q"], data)
        share_view(request, key, data)
    return data


@api.get("/search", summary="Entities a name may stand for, and full-text search of documents and evidence")
def api_search(request: Request, q: Text = None, limit: Limit = 20) -> JSONResponse:
    return _json(_search(request, q or "", limit=limit))


@pages.get("/search")
def page_search(request: Request, q: Text = None) -> HTMLResponse:
    return _html("search", _search(request, q or ""), "/api/v1/search" + _query(q=q))


def _scoped(name: str, view: Any) -> None:
    """The map, network and timeline: a page and its JSON twin over the report's filters."""

    @api.get(f"/{name}", name=f"api_{name}", summary=f"The {name}: {(view.__doc__ or '').split('.')[0]}")
    def api_view(request: Request, since: Text = None, until: Text = None, area: Text = None,
                 actor: Text = None) -> JSONResponse:
        return _json(_read(request, view, since=since, until=until, area=area, actor=actor))

    @pages.get(f"/{name}", name=f"page_{name}")
    def page_view(request: Request, since: Text = None, until: Text = None, area: Text = None,
                  actor: Text = None) -> HTMLResponse:
        data = _read(request, view, since=since, until=until, area=area, actor=actor)
        return _html(name, data, f"/api/v1/{name}" + _query(since=since, until=until, area=area, actor=actor))


_scoped("network", views.network)
_scoped("timeline", views.timeline)


@api.get("/map", summary="Events and places for the map, by date, area, actor and type")
def api_map(request: Request, since: Text = None, until: Text = None, area: Text = None, actor: Text = None,
            type: Text = None) -> JSONResponse:
    return _json(_read(request, views.event_map, since=since, until=until, area=area, actor=actor, type=type))


@pages.get("/map")
def page_map(request: Request, since: Text = None, until: Text = None, area: Text = None, actor: Text = None,
             type: Text = None) -> HTMLResponse:
    data = _read(request, views.event_map, since=since, until=until, area=area, actor=actor, type=type)
    return _html("map", data, "/api/v1/map" + _query(since=since, until=until, area=area, actor=actor, type=type))


# ---------------------------------------------------------------- corrections


class CorrectionIn(BaseModel):
    """An analyst's correction: ``merge`` keep/gone, ``split`` entity/alias, ``rename`` entity/name, ``alias``
    entity/alias (entities by id or exact name), as ``sitrep entity merge|split|rename|alias`` takes them."""

    action: Literal["merge", "split", "rename", "alias"]
    author: str = Field(min_length=1, max_length=100)
    note: str | None = Field(default=None, max_length=1000)
    force: bool = False
    keep: str | None = Field(default=None, max_length=500)
    gone: str | None = Field(default=None, max_length=500)
    entity: str | None = Field(default=None, max_length=500)
    alias: str | None = Field(default=None, max_length=500)
    name: str | None = Field(default=None, max_length=500)


class UndoIn(BaseModel):
    author: str = Field(min_length=1, max_length=100)


@api.get("/corrections", summary="Every correction, newest first, with who and when")
def api_corrections(request: Request) -> JSONResponse:
    return _json(_read(request, views.corrections))


@pages.get("/corrections")
def page_corrections(request: Request) -> HTMLResponse:
    return _html("corrections", _read(request, views.corrections), "/api/v1/corrections")


@api.post("/corrections", status_code=201, summary="Make a correction (recorded, undoable)")
def api_correct(request: Request, body: CorrectionIn) -> JSONResponse:
    names = {k: v for k in ("keep", "gone", "entity", "alias", "name") if (v := getattr(body, k)) is not None}

    def job(kb: KnowledgeBase) -> dict[str, Any]:
        return sitrep_api.correct_in(kb, body.action, body.author.strip(), body.note, force=body.force, **names)

    return _json(_store(request).write(job), status=201)


@api.post("/corrections/{correction_id}/undo", summary="Undo a correction (it stays in the log, marked undone)")
def api_undo(request: Request, correction_id: int, body: UndoIn) -> JSONResponse:
    return _json(_store(request).write(lambda kb: sitrep_api.undo_in(kb, correction_id, body.author.strip())))

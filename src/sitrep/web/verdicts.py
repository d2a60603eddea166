"""The verdict routes: confirm or reject an event or a relation from the browser or a client, through the same
Python API as ``sitrep confirm|reject`` (``sitrep.api.review_in``) on the one writer connection. A verdict is a
correction: it is listed with the others and undone by ``POST /api/v1/corrections/{id}/undo``. Writes pass the
server's guard like every other: JSON only, from this app's own pages, the read-write token beyond loopback."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from sitrep import api as sitrep_api
from sitrep.kb import KnowledgeBase
from sitrep.web.store import Store

router = APIRouter(prefix="/api/v1", tags=["api"])


class VerdictIn(BaseModel):
    """An analyst's verdict: ``confirm`` (the fact is right) or ``reject`` (it is wrong: it leaves the lists, the
    map, the report and the exports), with who gives it and why."""

    verdict: Literal["confirm", "reject"]
    author: str = Field(min_length=1, max_length=100)
    note: str | None = Field(default=None, max_length=1000)


def _review(request: Request, kind: str, fact_id: str, body: VerdictIn) -> JSONResponse:
    store: Store = request.app.state.store

    def job(kb: KnowledgeBase) -> dict[str, Any]:
        return sitrep_api.review_in(kb, kind, fact_id, body.verdict, body.author.strip(), body.note)

    return JSONResponse(store.write(job), status_code=201)


@router.post("/events/{event_id:path}/verdict", status_code=201,
             summary="Confirm or reject an event (a correction: recorded, undoable, holds through re-processing)")
def api_event_verdict(request: Request, event_id: str, body: VerdictIn) -> JSONResponse:
    return _review(request, "event", event_id, body)


@router.post("/relations/{relation_id:path}/verdict", status_code=201,
             summary="Confirm or reject a relation (a correction: recorded, undoable, holds through re-processing)")
def api_relation_verdict(request: Request, relation_id: str, body: VerdictIn) -> JSONResponse:
    return _review(request, "relation", relation_id, body)

"""Fixtures of the web app's tests: the invented sample base (``query.sample_kb``) with one more article full of
script payloads ingested through the real pipeline, and test clients over it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from query.sample_kb import build
from sitrep import api
from sitrep.web import ServeConfig, create_app

PAYLOAD_TEXT = (
    "Taliban fighters attacked a police checkpoint in Kunduz province on Monday, killing three policemen, "
    "officials said.\n"
    "<script>document.title='PWNED'</script> <img src=x onerror=\"document.body.dataset.pwned='1'\"> "
    "<a href=\"javascript:document.body.dataset.pwned='2'\">read more</a> "
    "<svg onload=\"document.body.dataset.pwned='3'\"></svg>\n"
    "The Taliban said in a statement that they carried out the attack in Kunduz.")
PAYLOAD = {"id": "payload-1", "url": "javascript:document.body.dataset.pwned='4'",
           "title": "<script>document.title='PWNED'</script>Taliban <img src=x onerror=alert(1)>",
           "outlet": "<b onmouseover=alert(2)>Wire X</b>", "published": "2018-02-05", "text": PAYLOAD_TEXT}


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample base plus the payload article (ingested by the real pipeline); copy it before writing."""
    tmp = tmp_path_factory.mktemp("web")
    db = build(tmp / "kb.db")
    record = tmp / "payload.jsonl"
    record.write_text(json.dumps(PAYLOAD) + "\n", encoding="utf-8")
    report = api.ingest([str(record)], db=db)
    assert report.count("added") == 1, report.problems
    return db


@pytest.fixture
def fresh_db(web_db: Path, tmp_path: Path) -> Path:
    """A copy of the base for a test that writes."""
    out = tmp_path / "kb.db"
    shutil.copy(web_db, out)
    return out


def client_for(db: Path, **config: object) -> TestClient:
    host = str(config.get("host", "127.0.0.1"))
    return TestClient(create_app(ServeConfig(db=str(db), **config)),  # type: ignore[arg-type]
                      base_url=f"http://{host}:8000")


@pytest.fixture
def client(web_db: Path) -> Iterator[TestClient]:
    with client_for(web_db) as c:
        yield c


@pytest.fixture
def writer(fresh_db: Path) -> Iterator[TestClient]:
    with client_for(fresh_db) as c:
        yield c

"""Shared test fixtures.

Tests that read ``../shared`` (the read-only evaluation material beside the
checkout) use the ``shared_dir`` fixture: it skips with a clear reason when the
folder is absent and fails instead when ``SITREP_REQUIRE_SHARED=1`` (as
``.ci/run`` sets).

Tests of the knowledge base run on both backends: ``kb_url`` (and module fixtures through ``new_base``) give a
SQLite file and a PostgreSQL database of a throwaway server (``pg_server``, see ``tests/postgres_server.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends import BACKENDS, new_base

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "eval" / "score.py").is_file():
        reason = f"needs the shared evaluation material at {SHARED} (absent)"
        if os.environ.get("SITREP_REQUIRE_SHARED") == "1":
            pytest.fail(reason + " while SITREP_REQUIRE_SHARED=1")
        pytest.skip(reason)
    return SHARED


# ---------------------------------------------------------------- the two backends of the knowledge base

@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """A throwaway PostgreSQL server on 127.0.0.1 for this session (``tests/postgres_server.py``). Skipped when
    PostgreSQL is not installed, and failing then when ``SITREP_REQUIRE_POSTGRES=1`` (as ``.ci/run`` sets)."""
    import postgres_server

    try:
        server = postgres_server.start()
    except postgres_server.Unavailable as exc:
        if os.environ.get("SITREP_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{exc} while SITREP_REQUIRE_POSTGRES=1")
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: Any) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    url = pg_server.new_database()
    yield url
    pg_server.drop_database(url)




@pytest.fixture(params=BACKENDS)
def kb_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new knowledge base's --db, once on each backend: a SQLite file, and a PostgreSQL database."""
    return new_base(request, tmp_path, request.param)

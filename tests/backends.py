"""The two backends of the knowledge base in tests: their names, and where a test's new base lives on each.

A plain module (not ``conftest``), so that tests in any folder import it by one name."""

from __future__ import annotations

from pathlib import Path

import pytest

BACKENDS = ["sqlite", "postgresql"]


def new_base(request: pytest.FixtureRequest, folder: Path, backend: str) -> str:
    """Where a test's new knowledge base lives on ``backend``: a file in ``folder``, or a new PostgreSQL
    database (dropped at the end of the requesting fixture's scope)."""
    if backend == "sqlite":
        return str(folder / "kb.db")
    server = request.getfixturevalue("pg_server")
    url: str = server.new_database()
    request.addfinalizer(lambda: server.drop_database(url))
    return url

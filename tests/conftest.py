"""Shared test fixtures.

Tests that read ``../shared`` (the read-only evaluation material beside the
checkout) use the ``shared_dir`` fixture: it skips with a clear reason when the
folder is absent and fails instead when ``SITREP_REQUIRE_SHARED=1`` (as
``.ci/run`` sets).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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

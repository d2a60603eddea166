"""pytest-benchmark runs of the benchmarks (``pytest benchmarks --benchmark-only``)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _pytest_benchmark_compat(request: Any) -> None:
    """pytest-benchmark 5.2/5.3 reads ``Node._nodeid``, which pytest 9.2 no longer has."""
    if not hasattr(request.node, "_nodeid"):
        request.node._nodeid = request.node.nodeid

"""The pictures of the map, network and timeline pages, drawn from the pages' data by the situation report's
SVG renderers (``sitrep.report.svg``: every text escaped there), so both show the same thing the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.report import svg

Record = dict[str, Any]


def _network(data: Record) -> str:
    return svg.network(data["actors"], data["relations"], {(c["a"], c["b"]): c["events"] for c in data["co_events"]})


FIGURES: dict[str, Callable[[Record], str]] = {
    "map": lambda data: svg.event_map(data["events"], data["places"]),
    "network": _network,
    "timeline": lambda data: svg.timeline(data["events"]),
}


def figure(page: str, data: Record) -> str | None:
    """The SVG of ``page`` (``map``, ``network``, ``timeline``), or None for pages without one."""
    draw = FIGURES.get(page)
    return draw(data) if draw else None

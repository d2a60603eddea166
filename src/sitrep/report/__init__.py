"""The situation report: one self-contained HTML file (summary, actor network, timeline, map, events with their
evidence, contested claims, sources) that opens offline.

``render_report(kb, since=..., area=...)`` returns the HTML; ``sitrep.api.report`` writes it to a file.
"""

from __future__ import annotations

from sitrep.kb import KnowledgeBase
from sitrep.report.data import gather
from sitrep.report.render import render


def render_report(kb: KnowledgeBase, since: str | None = None, area: str | None = None, until: str | None = None,
                  actor: str | None = None) -> str:
    """The report over ``kb`` as HTML text; ``area`` and ``actor`` are names (``NameNotFound`` if unknown)."""
    return render(gather(kb, since=since, area=area, until=until, actor=actor))

"""The situation report: one self-contained HTML file (summary, actor network, timeline, map, events with their
evidence, contested claims, sources) that opens offline.

``build_report(db, output, since=..., area=...)`` writes it; ``render_report(kb, ...)`` returns the HTML.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.kb.storage import KnowledgeBase


def render_report(kb: KnowledgeBase, since: str | None = None, area: str | None = None) -> str:
    """The report over ``kb`` as HTML text; ``area`` is a place name (raises ``NameNotFound`` if unknown)."""
    from sitrep.report.data import gather
    from sitrep.report.render import render

    return render(gather(kb, since=since, area=area))


def build_report(db: str | Path | None, output: str | Path, since: str | None = None,
                 area: str | None = None) -> Path:
    """Write the report over the knowledge base ``db`` to ``output``; return its path."""
    from sitrep.api import open_kb

    with open_kb(db, create=False) as kb:
        html = render_report(kb, since=since, area=area)
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out

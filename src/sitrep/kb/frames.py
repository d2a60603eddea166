"""The analysts' queries as pandas DataFrames: each list query of ``kb.queries`` has a ``*_frame`` twin here
(mixed into ``KnowledgeBase``; pandas is imported only when one is asked for)."""

from __future__ import annotations

from typing import Any

from sitrep.kb.queries import Queries, Record


def _frame(records: list[Record]) -> Any:
    import pandas as pd  # type: ignore[import-untyped]  # heavy: loaded on first use only

    return pd.DataFrame.from_records(records)


class Frames(Queries):
    """DataFrame twins of the list queries."""

    def entities_frame(self, **kw: Any) -> Any:
        return _frame(self.entities(**kw))

    def events_frame(self, **kw: Any) -> Any:
        return _frame(self.events(**kw))

    def timeline_frame(self, name: str) -> Any:
        return _frame([{k: v for k, v in i.items() if k != "record"} for i in self.timeline(name)])

    def asof_frame(self, date: str, **kw: Any) -> Any:
        return _frame(self.asof(date, **kw))

    def search_frame(self, text: str, **kw: Any) -> Any:
        return _frame(self.search(text, **kw))

    def relations_frame(self, **kw: Any) -> Any:
        return _frame(self.relations(**kw))

    def sources_frame(self) -> Any:
        return _frame(self.sources())

    def contradictions_frame(self) -> Any:
        """One row per (contested subject, source)."""
        return _frame([{k: v for k, v in c.items() if k != "values"} | v
                       for c in self.contradictions() for v in c["values"]])

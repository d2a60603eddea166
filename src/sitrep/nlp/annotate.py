"""The language stage as a plain function: ``Document -> Annotations``.

Stateless apart from read-only resources loaded once per process (the
dictionary matcher), so it runs the same in one process, a pool or a Dask
worker.
"""

from __future__ import annotations

from sitrep.nlp import matcher
from sitrep.nlp.timex import find_timexes
from sitrep.records import Annotations, Document, TimeExpression

TIMEX_EXTRACTOR = "timex-rules"
TIMEX_VERSION = "timex-0.1"


def versions() -> dict[str, str]:
    return {matcher.EXTRACTOR: matcher.VERSION, TIMEX_EXTRACTOR: TIMEX_VERSION}


def annotate(doc: Document) -> Annotations:
    """Names of known actors and normalized time expressions in ``doc.text``."""
    mentions = tuple(matcher.default_matcher().find(doc.text))
    timexes = tuple(
        TimeExpression(start=t.start, end=t.end, text=t.text, value=t.value, precision=t.precision,
                       extractor=TIMEX_EXTRACTOR, version=TIMEX_VERSION, anchor=doc.published)
        for t in find_timexes(doc.text, doc.published)
    )
    return Annotations(mentions=mentions, timexes=timexes)

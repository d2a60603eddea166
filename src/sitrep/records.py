"""Typed records that every stage of the pipeline speaks.

Data flows one way: ``RawItem`` (what a reader found) -> ``Document`` (cleaned
text and metadata) -> extractions (mentions, timexes, events, relations, each
with ``Evidence``) -> knowledge base. Records are frozen dataclasses holding
plain values, so they pickle across process pools and Dask workers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

InputFormat = Literal["text", "html", "json", "feed-item"]


@dataclass(frozen=True)
class RawItem:
    """One input as a reader found it, before cleaning.

    ``content`` is decoded text (plain text or HTML, per ``format``). Fields
    given by a JSON record or a feed (title, published, ...) are kept as given:
    they win over anything the cleaner infers.
    """

    doc_id: str
    source: str  # path, URL, or "<stdin>" with line number
    format: InputFormat
    content: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    byline: str | None = None
    encoding: str | None = None


@dataclass(frozen=True)
class Document:
    """A cleaned document: the unit the knowledge base stores and extracts from."""

    id: str
    source: str
    text: str
    format: InputFormat
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, None when the text does not say
    published_from: str | None = None  # "record", "page", "credit-line"
    byline: str | None = None
    dateline: str | None = None
    lang: str | None = None
    encoding: str | None = None
    dropped_lines: int = 0  # boilerplate lines removed by the cleaner


@dataclass(frozen=True)
class Problem:
    """One input that could not be read, with a catalogued reason."""

    code: str
    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message} [{self.code}]"


@dataclass(frozen=True)
class Evidence:
    """A span of a document that supports a fact."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Provenance:
    """Which extractor, at which version, in which pipeline run produced a fact."""

    extractor: str
    version: str
    run_id: int | None = None
    attributed_to: str | None = None
    certainty: str | None = None


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one item: ``added``, ``updated``, ``duplicate`` or ``near-duplicate``."""

    status: Literal["added", "updated", "duplicate", "near-duplicate", "unchanged"]
    doc_id: str
    source: str
    duplicate_of: str | None = None
    similarity: float | None = None


@dataclass
class IngestReport:
    """Totals of one ingest run."""

    run_id: int | None = None
    outcomes: list[IngestOutcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Mention:
    """A name in a document: an actor, person, place or organization.

    ``entity_key`` is a stable key when the extractor already knows the entity
    (a dictionary entry id); otherwise resolution assigns one later.
    """

    start: int
    end: int
    text: str
    type: str  # spec §2 entity type
    extractor: str
    version: str
    entity_key: str | None = None
    name: str | None = None  # canonical name when known
    sent_start: int | None = None
    sent_end: int | None = None


@dataclass(frozen=True)
class TimeExpression:
    """A time expression normalized to a TIMEX3 value against ``anchor`` (the document date)."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str
    extractor: str
    version: str
    anchor: str | None = None


@dataclass(frozen=True)
class Annotations:
    """What the language layer found in one document."""

    mentions: tuple[Mention, ...] = ()
    timexes: tuple[TimeExpression, ...] = ()

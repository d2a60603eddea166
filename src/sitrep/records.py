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
    published_from: str | None = None  # "record", "page", "credit-line", "dateline", "caption"
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




# ---------------------------------------------------------------- extractions
#
# Extractors speak of the entities of one document by *local keys*: a
# dictionary entry id ("taliban"), or a key the language layer gave a cluster
# of mentions ("doc:loc:sar dara"). Resolution maps local keys to entities of
# the knowledge base, so an extractor never needs to see the base.


@dataclass(frozen=True)
class EntityRef:
    """An entity an extraction refers to that no mention names, e.g. ACLED's "Civilians (Afghanistan)"."""

    key: str
    name: str
    type: str  # spec §2 entity type
    country: str | None = None
    acled_name: str | None = None


@dataclass(frozen=True)
class EventDate:
    start: str | None  # ISO date; None when the year cannot be known
    end: str | None
    precision: Literal["day", "month", "year", "unknown"]
    text: str | None = None


@dataclass(frozen=True)
class Figure:
    """A reported number with its qualifier: ``at least 12 killed``."""

    value: int | None
    qualifier: Literal["exact", "about", "at_least", "more_than", "at_most", "unknown"]
    text: str | None = None
    counts: str | None = None  # what it counts: killed, wounded, fighters, ...
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class EventActor:
    key: str  # local entity key
    role: Literal["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"]


@dataclass(frozen=True)
class EventRecord:
    """One event coded in ACLED's typology, found in one document."""

    type: str
    sub_type: str | None
    date: EventDate
    location: str | None  # local key of a location mention, None when unplaced
    actors: tuple[EventActor, ...]
    fatalities: Figure
    evidence: tuple[Evidence, ...]
    confidence: float
    extractor: str
    version: str
    certainty: str = "reported"
    attributed_to: str | None = None  # local key of the source the text names
    civilian_targeting: bool | None = None  # ACLED's civilian_targeting as the coder set it; None: not decided
    salience: str = "main"  # "main": an incident the document reports; "background": an earlier one it recalls


@dataclass(frozen=True)
class RelationRecord:
    """A relation between two entities, as one document states it."""

    predicate: str
    subject: str  # local key
    object: str | None  # local key
    evidence: tuple[Evidence, ...]
    extractor: str
    version: str
    role: str | None = None
    start: str | None = None  # TIMEX3-style date (2017-06), None when not given
    end: str | None = None
    certainty: str = "asserted"
    attributed_to: str | None = None


@dataclass(frozen=True)
class Claim:
    """A value a source gives for an attribute of an event, relation or entity (for contradictions)."""

    subject_kind: Literal["event", "relation", "entity"]
    subject: str  # local key of the entity, or index of the event/relation in this document's extractions
    attribute: str
    value: str
    evidence: Evidence
    certainty: str = "asserted"
    attributed_to: str | None = None


@dataclass(frozen=True)
class Extractions:
    """What the extraction stage found in one document."""

    events: tuple[EventRecord, ...] = ()
    relations: tuple[RelationRecord, ...] = ()
    claims: tuple[Claim, ...] = ()
    entities: tuple[EntityRef, ...] = ()


@dataclass(frozen=True)
class Attribution:
    """Who the text says made a statement, and how sure it is: ``"..., a police spokesman said"``.

    ``start``/``end`` span the statement the attribution covers (usually its
    sentence); ``source`` is the local key of the speaker when it is a known
    mention, ``source_text`` the words naming it ("a police spokesman").
    """

    start: int
    end: int
    cue: str  # said, told, according to, claimed responsibility, reportedly, ...
    certainty: str  # spec §2 certainty
    source: str | None = None
    source_text: str | None = None


@dataclass(frozen=True)
class Annotations:
    """What the language layer found in one document."""

    mentions: tuple[Mention, ...] = ()
    timexes: tuple[TimeExpression, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    attributions: tuple[Attribution, ...] = ()


@dataclass(frozen=True)
class ResolvedEntity:
    """An entity of the knowledge base that one document's local key resolved to."""

    id: str
    type: str
    name: str
    new: bool  # created by this document
    aliases: tuple[str, ...] = ()
    country: str | None = None
    geo: dict[str, object] | None = None
    attrs: dict[str, object] = field(default_factory=dict)
    reasons: tuple[str, ...] = ()  # why it was merged with an existing entity


@dataclass
class Resolution:
    """Local keys of one document mapped to knowledge-base entities; events matched to known events."""

    keys: dict[str, str] = field(default_factory=dict)  # local key -> entity id
    entities: list[ResolvedEntity] = field(default_factory=list)
    same_event: dict[int, str] = field(default_factory=dict)  # index in Extractions.events -> existing event id
    # (local key, alias key of a mention's text) -> entity: names an analyst split off go their own way
    by_text: dict[tuple[str, str], str] = field(default_factory=dict)


@dataclass(frozen=True)
class PreparedDocument:
    """A cleaned document with its duplicate-detection keys, annotations and extractions: what the per-document
    stages hand to resolution and storage.

    ``ahead``: what resolution computes from the document alone (no base), computed by the worker that prepared it
    when resolution runs in another process (``resolve.ahead``), so that the one process that resolves and writes
    has less to do; keyed by what it is, and computed by resolution itself when absent."""

    doc: Document
    text_key: str
    minhash: bytes | None
    bands: tuple[tuple[int, int], ...]
    annotations: Annotations = field(default_factory=Annotations)
    extractions: Extractions = field(default_factory=Extractions)
    ahead: dict[str, object] = field(default_factory=dict, compare=False)

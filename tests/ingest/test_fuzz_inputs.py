"""Generated inputs: a JSON Lines batch of arbitrary records always completes through the real pipeline and
SQLite, with every record either stored or reported by line; and the readers, cleaners and language layer
raise nothing but ``SitrepError`` on arbitrary bytes and text."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitrep import api
from sitrep.errors import CATALOGUE, SitrepError
from sitrep.ingest.clean import clean_text
from sitrep.ingest.document import to_document
from sitrep.ingest.html import extract_html
from sitrep.ingest.readers import iter_inputs
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, Problem, RawItem

_UNSTORABLE = re.compile("[\ud800-\udfff]")
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# any code point, lone surrogates and control characters included
ANY_TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
                   max_size=80)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
    max_leaves=6,
)
DATES = st.one_of(ANY_TEXT, st.dates().map(str), st.datetimes().map(str), st.integers(), st.floats(),
                  st.sampled_from(["2024-02-30", "0000-00-00", "9999-12-31T99:99", "yesterday", "12/31/2023"]))
FIELDS = ["id", "title", "outlet", "url", "byline", "author"]
WORDS = ["police", "said", "an", "attack", "on", "the", "market", "killed", "four", "people", "and", "wounded",
         "eleven", "others", "near", "the", "border", "crossing", "on", "Tuesday"]


@st.composite
def valid_record(draw: st.DrawFn, n: int) -> dict[str, Any]:
    """A record the pipeline must store: a paragraph of real words, then arbitrary text in a paragraph of its own
    (on the same line it may rightly make the short paragraph spam: "!!", "$$"), the other fields of types the spec
    allows."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=8, max_size=30))
    record: dict[str, Any] = {"text": f"Report {n}: " + " ".join(words).capitalize() + ".\n\n" + draw(ANY_TEXT)}
    for key in draw(st.lists(st.sampled_from(FIELDS), unique=True)):
        record[key] = draw(st.one_of(st.none(), ANY_TEXT, st.integers(), st.floats(allow_nan=False)))
    record["published"] = draw(st.one_of(st.none(), DATES))
    return record


@st.composite
def any_record(draw: st.DrawFn) -> Any:
    """Anything a JSON line may hold: an object with arbitrary values in any field, or not an object at all."""
    keys = st.sampled_from([*FIELDS, "text", "html", "published", "extra"]) | ANY_TEXT
    return draw(st.one_of(st.dictionaries(keys, JSON_VALUES, max_size=6), JSON_VALUES))


@st.composite
def batch(draw: st.DrawFn) -> list[tuple[Any, bool]]:
    size = draw(st.integers(1, 6))
    return [(draw(valid_record(i)), True) if draw(st.booleans()) else (draw(any_record()), False)
            for i in range(size)]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=batch())
def test_any_json_lines_batch_completes_with_every_record_accounted_for(records: list[tuple[Any, bool]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "batch.jsonl"
        path.write_text("".join(json.dumps(rec) + "\n" for rec, _ in records), encoding="utf-8")
        report = api.ingest([str(path)], db=Path(tmp) / "kb.db")  # raises nothing
        stored = {o.source for o in report.outcomes}
        # a reader's problem has the line number in ``line``; a cleaning problem (E401) in its source "path:n"
        problems = {str(p).split(": ")[0]: p for p in report.problems}
        for n, (rec, valid) in enumerate(records, 1):
            where = f"{path}:{n}"
            assert (where in stored) != (where in problems), (n, rec, report)
            if valid:
                assert where in stored, (rec, problems.get(where))
        assert len(report.outcomes) + len(report.problems) == len(records)
        for p in report.problems:
            assert p.code in CATALOGUE and p.source.startswith(str(path)), p
        with api.open_kb(Path(tmp) / "kb.db") as kb:
            assert all(d["text"].strip() for d in kb.iter_documents())


@FUZZ
@example(data=b'{"id": "\\ud800", "text": "Police said \\udfff four died."}', suffix=".jsonl")
@example(data=b'[{"title": "\\ud800", "text": "Police said four died."}]', suffix=".json")
@given(data=st.binary(max_size=800) | ANY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
       suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl"]))
def test_readers_take_any_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        items = list(iter_inputs([str(path)]))
    assert items
    for item in items:
        assert isinstance(item, RawItem | Problem)
        for value in vars(item).values():
            if isinstance(value, str):
                value.encode("utf-8")  # storable


_FRAGMENTS = st.sampled_from([
    "<p>", "</p>", "<div>" * 300, "<html><body>", "<script>", "</script>", "<!--", "<![CDATA[", "&#0;", "&#xd800;",
    "<meta name='author' content='", "\x00", "\ufeff", "\u202e", "\ud800", "\n\n", "Kabul", "Taliban", "said",
    "x" * 5000, "<title>", "<h1>", "2024-01-01", "\r", "Share this", "Copyright 2024",
])
FUZZ_TEXT = st.lists(ANY_TEXT | _FRAGMENTS, max_size=25).map("".join)


@FUZZ
@example(text="Police said \ud800 four people died in Kabul.", fmt="json", title="x\udfff")
@example(text="<p>Police said \ud800 four people died in Kabul.</p>", fmt="html", title=None)
@given(text=FUZZ_TEXT, fmt=st.sampled_from(["text", "html", "json"]), title=st.none() | ANY_TEXT)
def test_cleaners_and_language_layer_take_any_text(text: str, fmt: Any, title: str | None) -> None:
    item = RawItem(doc_id="d", source="s", format=fmt, content=text, title=title, published=title)
    try:
        doc = to_document(item)
    except SitrepError as err:
        assert err.code in CATALOGUE
        return
    doc.text.encode("utf-8")  # storable (the readers make the other fields so)
    annotate(doc)


@FUZZ
@example(text="Police said \ud800 four people died in Kabul.", infer=True)
@given(text=FUZZ_TEXT, infer=st.booleans())
def test_clean_text_and_extract_html_take_any_text(text: str, infer: bool) -> None:
    for out in (clean_text(text, infer_title=infer).text, extract_html(text).text):
        out.encode("utf-8")  # storable, whatever came in
    # the language layer is only ever given storable text (the readers and cleaners replace lone surrogates)
    annotate(Document(id="d", source="s", text=_UNSTORABLE.sub("\ufffd", text), format="text"))

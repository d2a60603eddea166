"""Property-based tests: no input, however broken, makes ingest raise; every failure is a catalogued
``Problem``; the cleaners never raise; ``decode_bytes`` returns text or raises ``SitrepError``."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitrep import api
from sitrep.errors import CATALOGUE, SitrepError
from sitrep.ingest.clean import clean_text
from sitrep.ingest.decode import decode_bytes
from sitrep.ingest.html import extract_html

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# bytes that look like inputs: random bytes, encoded text, BOMs and magic numbers, JSON and markup fragments
_PREFIXES = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x89PNG", b"%PDF", b"SQLite format 3\x00",
             b"<html><body><p>", b"<?xml version='1.0'?><rss>", b'{"text": "', b"[", b"\x00"]
_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
_ENCODINGS = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "cp1251", "koi8-r"])


@st.composite
def raw_bytes(draw: st.DrawFn) -> bytes:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.binary(max_size=600))
    if kind == 1:
        text, enc = draw(_TEXT), draw(_ENCODINGS)
        return text.encode(enc, errors="replace")
    if kind == 2:
        return draw(st.sampled_from(_PREFIXES)) + draw(st.binary(max_size=300))
    record = draw(st.dictionaries(st.sampled_from(["id", "text", "html", "title", "published", "url", "outlet"]),
                                  st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), _TEXT,
                                            st.lists(st.integers(), max_size=2)), max_size=5))
    line = json.dumps(record).encode()
    return draw(st.sampled_from([line, line + b"\n" + line[: len(line) // 2], b"[" + line + b", 3]"]))


def _check_ingest(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        report = api.ingest([str(path)], db=Path(tmp) / "kb.db")
        assert report.outcomes or report.problems  # every input is accounted for
        for p in report.problems:
            assert p.code in CATALOGUE, p
            assert p.message.strip(), p
            assert p.source.startswith(str(path)), p
        with api.open_kb(Path(tmp) / "kb.db") as kb:
            stored = list(kb.iter_documents())
        assert len(stored) == sum(1 for o in report.outcomes if o.status in ("added", "near-duplicate"))
        for doc in stored:
            assert doc["text"].strip(), doc


@SETTINGS
@given(data=raw_bytes())
@example(data=b"\xff\xfe\x00")  # a BOM and half a character
@example(data=b"\xe9t\xe9")
def test_any_bytes_as_txt(data: bytes) -> None:
    _check_ingest(".txt", data)


@SETTINGS
@given(data=raw_bytes())
@example(data=b"<html><script>alert(1)</script></html>")
@example(data=b"<?xml version='1.0' encoding='bogus'?><p>x</p>")
def test_any_bytes_as_html(data: bytes) -> None:
    _check_ingest(".html", data)


@SETTINGS
@given(data=raw_bytes())
@example(data=b'{"text": 1e999}')
@example(data=b'[{"text": "a"}, null, {"html": "<p>b</p>"}]')
@example(data=b"[" * 5000)  # deeper than the JSON parser's recursion limit
@example(data=b'{"text": ' + b"9" * 5000 + b"}")  # more digits than int() takes
def test_any_bytes_as_json(data: bytes) -> None:
    _check_ingest(".json", data)


@SETTINGS
@given(data=raw_bytes())
@example(data=b'{"id": "a", "text": "x"}\n\xff\xfe\n{"id": 1, "text": "y"}\n')
@example(data=b"[" * 5000 + b"\n")
@example(data=b'{"id": ' + b"9" * 5000 + b', "text": "x"}\n')
def test_any_bytes_as_jsonl(data: bytes) -> None:
    _check_ingest(".jsonl", data)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=2000), infer=st.booleans(), title=st.one_of(st.none(), st.text(max_size=50)))
def test_clean_text_never_raises(text: str, infer: bool, title: str | None) -> None:
    cleaned = clean_text(text, infer_title=infer, known_title=title)
    assert isinstance(cleaned.text, str)
    assert cleaned.dropped >= 0


_MARKUP = st.lists(st.one_of(st.text(max_size=40), st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "<html>", "<body>",
    "<article>", "<h1>", "<meta property='og:title' content='", "'>", "&amp;", "&#0;", "<?xml ?>", "\x00",
])), max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(html=_MARKUP, url=st.one_of(st.none(), st.just("http://127.0.0.1/x"), st.text(max_size=20)))
def test_extract_html_never_raises(html: str, url: str | None) -> None:
    page = extract_html(html, url)
    assert isinstance(page.text, str)
    assert "<script" not in page.text.lower()


@settings(max_examples=150, deadline=None)
@given(data=raw_bytes(), declared=st.one_of(st.none(), st.sampled_from(["utf-8", "latin-1", "bogus", "utf-16"])))
def test_decode_bytes_returns_text_or_raises_sitrep_error(data: bytes, declared: str | None) -> None:
    try:
        text, encoding = decode_bytes(data, "src", declared)
    except SitrepError as err:
        assert err.code in ("E102", "E103", "E105") and err.source == "src" and err.message
    else:
        assert isinstance(text, str) and text.strip() and encoding

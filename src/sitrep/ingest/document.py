"""The cleaning stage as a plain function: ``RawItem -> Document`` (clean text and the metadata it states).

It holds no state and touches no database, so it runs the same in one process, in a process pool or on a Dask
worker.
"""

from __future__ import annotations

from sitrep.dates import normalize_published
from sitrep.errors import SitrepError
from sitrep.ingest import meta
from sitrep.ingest.clean import clean_text
from sitrep.ingest.datelines import caption_day, find_dateline
from sitrep.ingest.html import extract_html
from sitrep.ingest.language import detect_language
from sitrep.records import Document, RawItem

CLEANER_VERSION = "clean-0.1"


def to_document(item: RawItem) -> Document:
    """Clean one input: HTML through the page extractor, text through the line cleaner."""
    published = normalize_published(item.published)
    published_from = "record" if published else None
    if item.format == "html":
        page = extract_html(item.content, item.url)
        text, title, outlet, byline, lang, dropped = page.text, page.title, page.outlet, page.byline, page.lang, 0
        dateline = meta.dateline(text)
        if published is None and page.published:
            published, published_from = normalize_published(page.published), "page"
    else:
        cleaned = clean_text(item.content, infer_title=item.format == "text" and item.title is None,
                             known_title=item.title)
        text, title, outlet, byline, lang = cleaned.text, cleaned.title, cleaned.outlet, cleaned.byline, None
        dateline, dropped = cleaned.dateline, cleaned.dropped
        if published is None and cleaned.published:
            published, published_from = cleaned.published, "credit-line"
    if not text.strip():
        raise SitrepError("E401", item.source)
    found = find_dateline(text) if published is None else None
    if found is not None and found.date:
        published, published_from = found.date, "dateline"  # "KUNDUZ, Afghanistan (March 3, 2019) -"
    elif found is not None and (day := caption_day(text, found)) is not None:
        published, published_from = day, "caption"  # "... Thursday, Sept. 29, 2016." above "KABUL, Afghanistan -"
    return Document(
        id=item.doc_id, source=item.source, text=text, format=item.format, url=item.url,
        title=item.title or title, outlet=item.outlet or outlet, published=published,
        published_from=published_from, byline=item.byline or byline, dateline=dateline,
        lang=detect_language(text, lang),
        encoding=item.encoding, dropped_lines=dropped,
    )

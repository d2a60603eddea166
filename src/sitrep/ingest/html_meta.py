"""Page metadata for :mod:`sitrep.ingest.html`: publication date, language, title candidates.

Only what the page itself states is read (meta tags, JSON-LD, ``<time>``, ``lang``);
nothing is guessed from the URL or the clock.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

from sitrep.dates import parse_page_date

# meta names/properties/itemprops that carry the first-publication date, best first
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "published_time",
    "article.published",
    "article_date_original",
    "publication_date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "date",
    "datecreated",
)
_LANG_RE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$")


def json_ld(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, ``@graph`` members and nested lists flattened."""
    out: list[dict[str, Any]] = []

    def walk(obj: Any, depth: int = 0) -> None:
        if depth > 6:
            return
        if isinstance(obj, list):
            for item in obj[:200]:
                walk(item, depth + 1)
        elif isinstance(obj, dict):
            out.append(obj)
            walk(obj.get("@graph"), depth + 1)

    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw or len(raw) > 1_000_000:
            continue
        try:
            walk(json.loads(raw))
        except (ValueError, RecursionError):
            continue
    return out


def _meta_pairs(tree: HtmlElement) -> Iterator[tuple[str, str]]:
    for el in tree.iter("meta"):
        content = el.get("content") or el.get("value")
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                yield key.strip().lower(), content.strip()


def published_date(tree: HtmlElement, ld: list[dict[str, Any]]) -> str | None:
    """The publication date the page states (JSON-LD, meta tags, ``<time>``), else None."""
    for obj in ld:
        for key in ("datePublished", "dateCreated"):
            val = obj.get(key)
            if isinstance(val, str) and (found := parse_page_date(val)):
                return found
    metas: dict[str, str] = {}
    for key, content in _meta_pairs(tree):
        metas.setdefault(key, content)
    for key in _DATE_KEYS:
        if key in metas and (found := parse_page_date(metas[key])):
            return found
    times = tree.xpath(
        '//time[@itemprop="datePublished" or @pubdate]|//*[@itemprop="datePublished"]|//article//time|//time'
    )
    for el in times[:20]:
        if not isinstance(el, HtmlElement):
            continue
        for cand in (el.get("datetime"), el.get("content"), el.text_content()):
            if found := parse_page_date(cand):
                return found
    return None


def language(tree: HtmlElement, ld: list[dict[str, Any]]) -> str | None:
    """The primary language subtag the page declares (``lang``, content-language, og:locale)."""
    cands: list[str | None] = [tree.get("lang"), tree.get("xml:lang")]
    metas = dict(_meta_pairs(tree))
    cands += [metas.get("content-language"), metas.get("og:locale"), metas.get("language")]
    cands += [o.get("inLanguage") for o in ld if isinstance(o.get("inLanguage"), str)]
    for cand in cands:
        m = _LANG_RE.match((cand or "").strip())
        if m:
            return m[1].lower()
    return None


def title_candidates(tree: HtmlElement, title: str | None) -> set[str]:
    """Normalised forms of the headline as the page states it (metadata, og:title, <title>, <h1>)."""
    cands: list[str] = [title or ""]
    cands += [str(x) for x in tree.xpath('//meta[@property="og:title" or @name="twitter:title"]/@content')]
    for el in tree.iter("title", "h1"):
        text = el.text_content()
        cands.append(text)
        # "<headline> | <site>", "<headline> - <site>"
        cands += re.split(r"\s+[|\-–—:»]\s+", text)[:1]
    return {n for c in cands if (n := norm_words(c))}


def norm_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))

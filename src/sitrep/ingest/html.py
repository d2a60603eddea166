"""HTML cleaning: the main article text and the metadata a news page states.

``extract_html`` never raises. The text comes from trafilatura (precision mode, reader
comments off) and is then cleaned by general rules measured on an extraction benchmark
(``benchmarks/html_extraction.py``):

1. the headline is dropped from the start of the body (it is returned as ``title``);
2. a second, independent extractor (readability) votes: leading and trailing paragraphs
   that it does not contain are trimmed (teasers, related links, credits and "about us"
   blocks that trafilatura kept at the edges of the article), provided the two extractors
   agree on most of the text -- paragraphs inside the article are never removed this way;
3. stand-alone boilerplate lines (share prompts, "Related:" teasers, newsletter sign-ups,
   "Filed under", copyright lines) are removed wherever they are.
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from sitrep.ingest.html_meta import json_ld, language, norm_words, published_date, title_candidates

LOG = logging.getLogger(__name__)

MAX_CHARS = 8_000_000  # longer input is cut: no news article needs more, and parsing stays bounded
# characters XML (hence lxml) rejects: one of them would make the parser drop the whole page
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TAG = re.compile(r"<[a-zA-Z!/]")  # input without any tag is not a page (plain text is not handled here)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# comments and processing instructions go at parse time: their tails confuse tree cleaning
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
# an element this deep: the parser (libxml2 stops at 256 levels) has probably dropped the rest of the page
_TOO_DEEP = etree.XPath("boolean(" + "/*" * 250 + ")")
# tags that end a paragraph in the flat reading of a page too deeply nested to parse as a tree
_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "article",
    "section", "main", "header", "footer", "aside", "nav", "figure", "figcaption", "table", "tr", "td", "th",
    "caption", "pre", "hr", "form", "address", "details", "summary", "title", "body"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "title"})
_CODE = frozenset({"script", "style", "template", "noscript", "svg", "math", "iframe", "object"})
# readability must agree with trafilatura on at least this share of the text to vote
AGREEMENT = 0.5
# a paragraph counts as "in" the other extraction when this share of its word 3-grams is
SUPPORT = 0.5

# stand-alone lines that are navigation or promotion in any CMS, never article prose
_BOILERPLATE = re.compile(
    r"""^\W*(?:
      (?:related|see\ (?:more|also)|read\ (?:more|also|next)|more\ on\ this|also\ read
        |don'?t\ miss|recommended|you\ may\ also\ like|most\ (?:popular|read)|trending)\b\W*[:|\-–—]
    | (?:related|see\ more|read\ more|don'?t\ miss|more\ stories|advertisement|comments?
        |related\ (?:articles|stories|posts|coverage|content)|share|print|email
        |share\ this(?:\ (?:story|article|post))?|(?:leave|post)\ a\ (?:comment|reply)
        |sponsored(?:\ content)?)\W*$
    | (?:like\ this\ (?:story|article)\?|share\ (?:this|it)\ with|follow\ us\ on
        |sign\ up\ (?:for|to)\ (?:our|the)\ (?:\w+\ )?newsletter|subscribe\ to\ our|click\ here\ to
        |filed\ under\b|(?:copyright|\(c\)|©)\W{0,3}(?:©\W{0,2})?(?:19|20)\d\d\b)
    )""",
    re.I | re.X,
)


@dataclass(frozen=True)
class ExtractedPage:
    text: str  # main article text, paragraphs separated by "\n\n", no boilerplate
    title: str | None
    published: str | None  # ISO "YYYY-MM-DD", only when the page states it
    outlet: str | None
    byline: str | None
    lang: str | None


EMPTY = ExtractedPage(text="", title=None, published=None, outlet=None, byline=None, lang=None)


def extract_html(html: str, url: str | None = None) -> ExtractedPage:
    """The article text and metadata of one HTML page; text "" when there is no body."""
    try:
        return _extract(html, url)
    except Exception as err:  # never raise: a broken page is reported by the caller
        LOG.debug("HTML extraction failed for %s: %r", url, err)
        return EMPTY


def _parse(html: str) -> HtmlElement | None:
    if not isinstance(html, str):
        html = html.decode("utf-8", "replace") if isinstance(html, bytes) else str(html)
    html = _XML_DECL.sub("", _NOT_XML.sub("", html[:MAX_CHARS]), count=1)
    if not html.strip() or not _TAG.search(html):
        return None
    try:
        return lxml.html.document_fromstring(html, parser=_PARSER)
    except Exception:  # lxml's ParserError for a document with nothing in it
        return None


def _extract(html: str, url: str | None) -> ExtractedPage:
    tree = _parse(html)
    if tree is None:
        return EMPTY
    if _TOO_DEEP(tree):  # the tree is cut where the nesting got too deep: read the page flat instead
        flat = _parse(flat_html(html[:MAX_CHARS]))
        tree = flat if flat is not None else tree
    import trafilatura  # 0.3 CPU s of imports (and 200 regular expressions) that only HTML input needs

    try:  # metadata failing must not cost the text
        ld = json_ld(tree)
        meta = trafilatura.extract_metadata(deepcopy(tree), default_url=url, extensive=False)
        title, outlet, byline = _clean(meta.title), _clean(meta.sitename), _clean(meta.author)
        published, lang = published_date(tree, ld), language(tree, ld)
    except Exception as err:
        LOG.debug("HTML metadata failed for %s: %r", url, err)
        title = outlet = byline = published = lang = None
    text = _body(tree, url, title_candidates(tree, title))
    return ExtractedPage(text=text, title=title, published=published, outlet=outlet, byline=byline, lang=lang)


class _FlatReader(HTMLParser):
    """A page read as a stream of tags, not a tree: its title, meta tags and language, then one element per
    paragraph or heading, however deeply the page nests them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.head: list[str] = []
        self.body: list[str] = []
        self.lang = ""
        self._text: list[str] = []
        self._tag = "p"
        self._code = 0  # depth inside script, style and the like

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CODE:
            self._code += 1
        elif tag == "meta":
            self.head.append("<meta " + " ".join(f'{k}="{escape(v or "")}"' for k, v in attrs) + ">")
        elif tag == "html":
            self.lang = dict(attrs).get("lang") or ""
        elif tag in _BLOCKS:
            self.flush()
            self._tag = tag if tag in _HEADINGS else "p"

    def handle_endtag(self, tag: str) -> None:
        if tag in _CODE:
            self._code = max(0, self._code - 1)
        elif tag in _BLOCKS:
            self.flush()
            self._tag = "p"

    def handle_data(self, data: str) -> None:
        if not self._code:
            self._text.append(data)

    def flush(self) -> None:
        text = " ".join("".join(self._text).split())
        self._text = []
        if text:
            (self.head if self._tag == "title" else self.body).append(f"<{self._tag}>{escape(text)}</{self._tag}>")


def flat_html(html: str) -> str:
    """``html`` rewritten without its nesting: title, meta tags, then its paragraphs and headings in order."""
    reader = _FlatReader()
    reader.feed(html)
    reader.close()
    reader.flush()
    return (f'<html lang="{escape(reader.lang)}"><head>{"".join(reader.head)}</head>'
            f'<body><article>{"".join(reader.body)}</article></body></html>')


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _strip_code(tree: HtmlElement) -> HtmlElement:
    """A copy without executable or styling content (JSON-LD kept: it is data, never text)."""
    tree = deepcopy(tree)
    for el in list(tree.iter("script", "style", "template", "noscript")):
        if el.tag == "script" and (el.get("type") or "").lower() == "application/ld+json":
            continue
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()  # keeps the tail text
    return tree


def _body(tree: HtmlElement, url: str | None, titles: set[str]) -> str:
    import trafilatura  # imported by _extract already: here for the name

    clean = _strip_code(tree)
    doc = trafilatura.bare_extraction(
        deepcopy(clean),
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    raw = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(raw, str):
        return ""
    paras = [" ".join(p.split()) for p in raw.split("\n")]
    paras = [p for p in paras if p]
    paras = _drop_headline(paras, titles)
    other = _readability_text(clean)
    if other:
        paras = trim_edges(paras, other)
    paras = [p for p in paras if not _BOILERPLATE.match(p)]
    return "\n\n".join(paras)


def _drop_headline(paras: list[str], titles: set[str]) -> list[str]:
    """The headline is metadata: drop it (and a repeat) from the start of the body."""
    while paras and norm_words(paras[0]) in titles:
        paras = paras[1:]
    return paras


def _readability_text(tree: HtmlElement) -> str:
    """The article text by readability's scoring, a vote independent of trafilatura's rules."""
    try:
        from trafilatura.readability_lxml import Document as Readability

        summary = Readability(deepcopy(tree), min_text_length=25).summary()
        root = lxml.html.fromstring(summary) if summary.strip() else None
        return str(root.text_content()) if isinstance(root, HtmlElement) else ""
    except Exception as err:  # an internal module of trafilatura: absent or changed -> no vote
        LOG.debug("readability vote unavailable: %r", err)
        return ""


def _grams(text: str, n: int = 3) -> set[tuple[str, ...]]:
    toks = re.findall(r"\w+", text.lower())
    if len(toks) < n:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def trim_edges(paras: list[str], other: str) -> list[str]:
    """Drop leading/trailing paragraphs absent from a second extraction that agrees overall."""
    theirs = _grams(other)
    ours = _grams(" ".join(paras))
    if not theirs or not ours or len(ours & theirs) < AGREEMENT * len(ours):
        return paras

    def supported(p: str) -> bool:
        g = _grams(p)
        return bool(g) and len(g & theirs) >= SUPPORT * len(g)

    flags = [supported(p) for p in paras]
    if not any(flags):
        return paras
    first = flags.index(True)
    last = len(flags) - 1 - flags[::-1].index(True)
    return paras[first : last + 1]

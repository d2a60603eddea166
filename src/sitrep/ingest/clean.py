"""Plain-text cleaning of scraped pages: drop navigation, spam, share prompts, comment
forms, the second copy of a repeated photo caption and publisher blurbs; keep every line of the story.

Decisions are made line by line with general rules (no rule names a site), and
the metadata the boilerplate carries (credit lines, agency tags, blurbs) is
collected on the way out.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from sitrep.dates import BARE_DATE
from sitrep.ingest import meta

NAV = frozenset(
    """accessibility links|skip to content|skip to main content|skip to navigation|breaking news|menu|main menu|
    search|home|share|share this|share this article|share this story|share on facebook|share on twitter|tweet|
    email|print|print this page|advertisement|advertisements|sponsored|subscribe|sign in|log in|login|register|
    related|related articles|related stories|related news|read more|more stories|most read|most popular|trending|
    trending now|newsletter|follow us|close|next article|previous article|back to top|top stories|latest news|
    you may also like|recommended|tags|loading...|click to enlarge|enlarge image|toggle navigation|
    cookie settings|accept cookies|accept all cookies|open menu|close menu|next|previous|comments|shares|views|
    likes|e-paper|epaper"""
    .replace("\n", "").replace("    ", "").split("|")
)
SPAM = re.compile(r"\b(escorts?|casino|viagra|cialis|porn\w*|xxx|payday loans?|online betting|replica watch\w*|"
                  r"hook-?ups?|cam ?girls|sex dating|essay writing service)\b", re.I)
SHOUTING = re.compile(r"!{2,}|\${2,}|>{2,}|<{2,}|\bdot (?:com|net|biz|org|info)\b|\b100% free\b|"
                      r"\bclaim your (?:prize|reward)\b|\blimited offer\b|\bbook (?:now|today)\b", re.I)
SOCIAL = frozenset({
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "email", "e-mail",
    "print", "share", "copy", "link", "messenger", "viber",
})
PROMO = [re.compile(p, re.I) for p in (
    r"\b(join|follow)\b.{0,60}\b(telegram|whatsapp|twitter|facebook|instagram|youtube|linkedin|channel|"
    r"newsletter)\b",
    r"\bget the latest\b.{0,60}\b(news|updates|headlines|stories)\b",
    r"\bsign up (for|to)\b.{0,40}\b(newsletter|updates|alerts|briefing)\b",
    r"^(click|tap) here\b",
    r"\b(download|get) (our|the) app\b",
    r"^subscri(be|ption)\b",
    r"^(\u00a9|copyright\b|\(c\)\s*\d{4})",
    r"^share (this|on|via)\b",
    r"\bwe use cookies\b",
    r"^(read|see) (more|also)\s*:",
    r"^(related|also read|also see|recommended|more on this)\s*:",
    r"\b\d+\s*min(?:ute)?s?\s+read\b",
    r"^posted\s+(?:by|in|on)\b",
    r"\bsyndicated\s+(?:feed|content|copy|story)\b|\bauto-generated\b",
)]
COMMENTS = re.compile(
    r"^(leave a (reply|comment)|post a comment|add (a|your) comment|please enter your (comment|name)|"
    r"your email address will not be published|required fields are marked|\d+ comments?$|comments? \(\d+\)$|"
    r"be the first to comment|save my name, email|you must be logged in to post)", re.I)
COUNTER = re.compile(r"^(?:[\d,.]+|\d[\d,.]*\s*(?:comments?|views?|shares?|likes?|reads?))$", re.I)
BREADCRUMB = re.compile(r"^home\s*(?:[\u203a\u00bb>|/:\u2022-]|\s+(?=[A-Z]))\s*\S", re.I)
CRUMB_TRAIL = re.compile(r"^home\s*[\u203a\u00bb>|/]", re.I)
IMAGE_LABEL = re.compile(r"^\W*(?:\d+\s*x\s*\d+\s+)?(?:image|photo|video|picture|gallery|graphic)s?\W*$", re.I)
CAPTION = [re.compile(p) for p in (
    r"^(?:FILE|File|PHOTO|Photo|IMAGE|Image|Picture)(?:\s+photo)?\s*[:|]\s",
    r"\((?:Source|Photo|Image|Picture|Credit)s?\s*:[^)]{1,80}\)\s*$",
    r"^(?:Photo|Image|Picture)\s+(?:credit|courtesy|by)\b",
    r"\b(?:PHOTO|Photo|IMAGE|Image|PICTURE|Picture)\s*:\s*[A-Z][\w ./&-]{1,40}$",
    r"\((?:[^()]{0,40}/)?\s*(?:File|Photo|AFP|Reuters|AP|Getty Images|EPA|Xinhua)(?:\s+photo)?\)\s*$",
)]
BLURB = re.compile(
    r"^(?P<o>[A-Z][\w/&.' -]{1,40}?)\s+(?:is\s+an?\s+(?:[\w-]+\s+){0,3}(?:daily|weekly|newspaper|news\s+agency|"
    r"agency|magazine|broadcaster|news\s+outlet|news\s+site|news\s+website|publication|media\s+(?:group|outlet|"
    r"company))\b|(?:provides|offers|delivers|brings\s+you)\b.{0,400}\b(?:coverage|news|analysis|reporting|"
    r"journalism)\b)")
COPYRIGHT = re.compile(r"\ball rights reserved\b|\u00a9\s*\d{4}", re.I)
BODY_MIN_WORDS = 20


@dataclass
class Line:
    block: int
    text: str
    drop: str | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    byline: str | None = None
    dateline: str | None = None
    dropped: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


def normalize(raw: str) -> str:
    """Line ends, invisible characters and spaces made uniform; a lone surrogate (not storable) becomes U+FFFD."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub("[\ud800-\udfff]", "\ufffd", text)
    text = re.sub(r"[\u200b\u200c\u200d\ufeff\u00ad]", "", text)
    text = re.sub(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    block = 0
    for raw in text.split("\n"):
        if not raw:
            block += 1
            continue
        lines.append(Line(block, raw))
    return lines


def is_body(line: Line) -> bool:
    return line.words >= BODY_MIN_WORDS or (line.words >= 10 and line.text[-1] in ".!?\"\u201d'")


class _Collector:
    """Metadata found in boilerplate lines, strongest evidence first."""

    def __init__(self) -> None:
        self.credit_outlet: str | None = None
        self.outlet: str | None = None
        self.blurb_outlet: str | None = None
        self.agency: str | None = None
        self.published: str | None = None
        self.byline: str | None = None


def classify(line: Line, at_tail: bool, meta_out: _Collector) -> str | None:
    """The reason to drop ``line``, or None to keep it; metadata it carries goes to ``meta_out``."""
    text, low = line.text, line.text.lower().rstrip(" :.!")
    noise = _noise(line, low)
    if noise is not None:
        return noise
    if line.words <= 60 and _credit_line(text, meta_out):
        return None  # a credit line is provenance: its metadata is read and the line kept
    if line.words <= 30 and any(p.search(text) for p in PROMO):
        if low.startswith(("\u00a9", "copyright", "(c)")):
            meta_out.outlet = meta_out.outlet or meta.copyright_holder(text)
        return "promo"
    if line.words <= 60 and not text.endswith(".") and any(p.search(text) for p in CAPTION):
        return "caption"
    if line.words <= 25:
        return _metadata_line(line, at_tail, meta_out)
    return None


def _noise(line: Line, low: str) -> str | None:
    """The reason to drop a line of page furniture (menus, counters, widgets, spam), or None."""
    text = line.text
    if low in NAV or low.startswith("skip to ") or _is_menu(text) or (line.words <= 15 and CRUMB_TRAIL.match(text)):
        return "navigation"
    if COUNTER.match(text):
        return "counter"
    if IMAGE_LABEL.match(text):
        return "image-label"
    if BARE_DATE.match(text):
        return "date-widget"  # the day a page was scraped, never its publication date
    if line.words <= 30 and (SPAM.search(text) or SHOUTING.search(text)):
        return "spam"
    return None


def _credit_line(text: str, meta_out: _Collector) -> bool:
    """A credit line ("This article first appeared in X on <date>"): its outlet and date go to ``meta_out``."""
    found = meta.credit(text) if re.search(r"appeared|published|posted", text, re.I) else None
    if found is None:
        return False
    outlet, date = found
    meta_out.credit_outlet = meta_out.credit_outlet or outlet or meta.copyright_holder(text)
    meta_out.published = meta_out.published or date
    return True


def _metadata_line(line: Line, at_tail: bool, meta_out: _Collector) -> str | None:
    """The reason to drop a short line that names the source, agency or writer (read into ``meta_out``), or None."""
    text = line.text
    pub = meta.PUBLICATION.search(text) if text.lower().startswith("publication") else None
    src = meta.SOURCE_LINE.match(text)
    if pub or src:
        meta_out.outlet = meta_out.outlet or meta.outlet_name(text if pub else src.group("outlet") if src else "")
        return "source-line"
    ag = meta.agency(text)
    if ag:
        meta_out.agency = meta_out.agency or ag
        return "agency"
    by = meta.BYLINE.match(text) or meta.REPORTING_BY.match(text) or (
        meta.WROTE_THIS.match(text) if at_tail and line.words <= 12 else None)
    if by:
        meta_out.byline = meta_out.byline or by.group("name")
        return "byline"
    return None


def _is_menu(text: str) -> bool:
    """A row of menu items ('Latest | Politics | Sport') or share buttons ('Facebook Twitter WhatsApp')."""
    items = [x.strip() for x in re.split(r"\s*[|\u2022\u00b7]\s*", text) if x.strip()]
    if len(items) >= 3 and all(len(x.split()) <= 3 for x in items):
        return True
    words = text.lower().replace(",", " ").split()
    return 2 <= len(words) <= 10 and all(w in SOCIAL for w in words)


def clean_text(raw: str, infer_title: bool = True, known_title: str | None = None) -> Cleaned:
    """Clean scraped plain text; ``infer_title`` picks the headline from the page head."""
    lines = split_lines(normalize(raw))
    found = _Collector()
    _cut_comments(lines)
    n = len(lines)
    for i, line in enumerate(lines):
        if line.drop is None:
            line.drop = classify(line, at_tail=i >= n - 6, meta_out=found)
    title = known_title
    if title is None and infer_title and sum(1 for x in lines if x.drop is None) >= 2:
        title = _pick_title(lines)
    if title:
        _drop_title_copies(lines, title)
    _drop_captions(lines)
    _drop_repeats(lines)
    _drop_blurb(lines, found)
    kept = [x for x in lines if x.drop is None]
    first_body = next((x.text for x in kept if is_body(x)), kept[0].text if kept else "")
    reasons: dict[str, int] = {}
    for x in lines:
        if x.drop:
            reasons[x.drop] = reasons.get(x.drop, 0) + 1
    return Cleaned(
        text=_assemble(kept),
        title=title,
        outlet=found.credit_outlet or found.outlet or found.blurb_outlet or found.agency,
        published=found.published,
        byline=found.byline,
        dateline=meta.dateline(first_body),
        dropped=len(lines) - len(kept),
        reasons=reasons,
    )


def _cut_comments(lines: list[Line]) -> None:
    """A comment form and everything after it, once the story has begun."""
    seen_body = False
    for i, line in enumerate(lines):
        if COMMENTS.match(line.text) and seen_body:
            for rest in lines[i:]:
                rest.drop = "comments"
            return
        seen_body = seen_body or is_body(line)


def _pick_title(lines: list[Line]) -> str | None:
    """The headline: a short line before the first body paragraph, preferring one the page repeats."""
    head: list[Line] = []
    for line in lines:
        if is_body(line) and line.drop is None:
            break
        head.append(line)
    texts = [x.text for x in lines]
    crumbs = [x.text for x in head if x.drop == "navigation" or BREADCRUMB.match(x.text)]
    best: tuple[int, int, str] | None = None
    candidates = [x for x in head if not (x.drop or BREADCRUMB.match(x.text) or not 2 <= x.words <= 25
                                          or x.text[-1] in ".:" or x.text[0] in "\"\u201c'")]
    for pos, line in enumerate(candidates):
        t = line.text
        # a repeat counts for a headline unless it is a caption printed twice below the first candidate
        repeated = texts.count(t) >= 2 and (pos == 0 or not _adjacent_copy(lines, line))
        score = 2 * repeated + 2 * any(c != t and c.endswith(t) for c in crumbs)
        key = (score, -pos, t)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def _adjacent_copy(lines: list[Line], line: Line) -> bool:
    i = lines.index(line)
    near = lines[max(i - 1, 0):i] + lines[i + 1:i + 2]
    return any(x.block == line.block and x.text == line.text for x in near)


def _drop_title_copies(lines: list[Line], title: str) -> None:
    norm = " ".join(title.split()).lower()
    for line in lines:
        low = line.text.lower()
        if low == norm or (BREADCRUMB.match(line.text) and low.endswith(norm)):
            line.drop = "title"
        elif is_body(line) and line.drop is None:
            break


def _drop_captions(lines: list[Line]) -> None:
    """A line repeated back to back is a photo caption: keep the shorter copy (a caption says who and where), drop
    the other (it often carries the photo credit)."""
    kept = [x for x in lines if x.drop in (None, "caption")]
    for a, b in itertools.pairwise(kept):
        if a.block == b.block and _same_caption(a.text, b.text):
            (b if len(b.text) >= len(a.text) else a).drop = "caption"


def _drop_repeats(lines: list[Line]) -> None:
    """A story line seen before (a pull quote, a repeated heading) is kept once."""
    seen: set[str] = set()
    for line in lines:
        if line.drop is None:
            if line.text in seen and line.words >= 3:
                line.drop = "repeat"
            seen.add(line.text)


def _same_caption(a: str, b: str) -> bool:
    """Two copies of a caption, one perhaps with a credit appended ('... PHOTO: REUTERS')."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(long_[len(short):].split()) <= 4 and len(short.split()) >= 3


def _drop_blurb(lines: list[Line], found: _Collector) -> None:
    """A publisher's self-description at the end ('X provides in-depth coverage of ...'), also below
    a comment form; a copyright line is dropped with it."""
    last_body = max((i for i, x in enumerate(lines) if x.drop is None and is_body(x)), default=-1)
    tail = [x for x in lines[max(last_body - 5, 0):] if x.drop in (None, "comments", "promo")][-8:]
    for k, line in enumerate(tail):
        m = BLURB.match(line.text)
        if not m:
            if line.drop is None and line.words <= 60 and COPYRIGHT.search(line.text):
                line.drop = "copyright"
            continue
        line.drop = "blurb"
        name = m.group("o").strip()
        found.blurb_outlet = found.blurb_outlet or name
        for prev in tail[max(0, k - 3):k]:
            if prev.text == name or (prev.words <= 6 and line.text.startswith(prev.text)):
                prev.drop = "blurb"


def _assemble(kept: list[Line]) -> str:
    out: list[str] = []
    block = None
    for line in kept:
        if block is not None:
            out.append("\n" if line.block == block else "\n\n")
        out.append(line.text)
        block = line.block
    return "".join(out)

"""The primitives every relation rule shares: a sentence with its mentions masked, the modality of a
trigger, and the dates a sentence gives a relation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sitrep.records import Evidence, Mention, TimeExpression
from sitrep.spans import within

EXTRACTOR = "relation-rules"
VERSION = "relations-0.3"


_TOKEN = re.compile(r"⟦(\d+)⟧")


_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|neither|nor|refused\s+to|failed\s+to|tried\s+to|attempted\s+to|"
                       r"attempting\s+to|trying\s+to|sought\s+to|unable\s+to|if|whether|unless|instead\s+of|"
                       r"rather\s+than|without)\b|n't\b", re.I)


_PLANNED = re.compile(r"\b(?:plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|wants?\s+to|"
                      r"wanted\s+to|vowed\s+to|vows\s+to|threatened\s+to|threatens\s+to|will|would|"
                      r"(?:is|are|was|were)\s+(?:set|due|expected|about|preparing|poised|ready|going)\s+to|"
                      r"considering|mulling)\b", re.I)


_POSSIBLE = re.compile(r"\b(?:may|might|could|possibly|perhaps|probably)\b", re.I)


_REPORTING = re.compile(r"\b(?:said|says|told|announced|confirmed|added|reported|stated|statement|claimed|denied)\b"
                        r"[^,.;]{0,25}$", re.I)


_DATE_VALUE = re.compile(r"^\d{4}(?:-(?:\d{2}|Q[1-4]|W\d{2}|SP|SU|FA|WI|H[12]))?(?:-\d{2})?$")


_FUZZY = re.compile(r"\b(?:several|few|some|many|recent|couple)\b", re.I)


@dataclass(frozen=True)
class Masked:
    text: str  # the sentence with mentions replaced by ⟦i⟧
    offsets: list[int]  # original offset of every masked character (and one past the end)
    mentions: list[Mention]


def usable(mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions with a key, without overlaps (the longer wins), in text order."""
    keyed = sorted((m for m in mentions if m.entity_key), key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in keyed:
        if out and m.start < out[-1].end:
            if m.end - m.start > out[-1].end - out[-1].start:
                out[-1] = m
            continue
        out.append(m)
    return out


def _fold_aliases(text: str, inside: list[Mention]) -> list[Mention]:
    """'Islamic Movement of Uzbekistan (IMU)' is one name: the bracketed alias joins the mention before it."""
    out: list[Mention] = []
    for m in inside:
        if (out and out[-1].entity_key == m.entity_key and re.fullmatch(r"\s*\(", text[out[-1].end:m.start])
                and text[m.end:m.end + 1] == ")"):
            out[-1] = replace(out[-1], end=m.end + 1)
            continue
        out.append(m)
    return out


# the last sentences masked: several readers of one sentence (its relations, national and provincial roles) mask it
# with the same mentions; keyed by the identity of the text and of the mentions (kept here, so never reused)
_MASKED: dict[tuple[int, int, int, int], tuple[str, Sequence[Mention], int, Masked]] = {}


def mask(text: str, s: int, e: int, mentions: Sequence[Mention]) -> Masked:
    """The sentence ``text[s:e]`` with each mention in it replaced by ``⟦i⟧`` (not to be changed by the caller)."""
    key = (id(text), id(mentions), s, e)
    kept = _MASKED.get(key)
    if kept is not None and kept[0] is text and kept[1] is mentions and kept[2] == len(mentions):
        return kept[3]
    if len(_MASKED) >= 64:
        _MASKED.clear()
    found = _mask(text, s, e, mentions)
    _MASKED[key] = (text, mentions, len(mentions), found)
    return found


def _mask(text: str, s: int, e: int, mentions: Sequence[Mention]) -> Masked:
    inside = _fold_aliases(text, within(mentions, s, e))  # mentions are sorted by start
    parts: list[str] = []
    offsets: list[int] = []
    pos = s
    for i, m in enumerate(inside):
        chunk = text[pos:m.start]
        parts.append(chunk)
        offsets.extend(range(pos, m.start))
        token = f"⟦{i}⟧"
        parts.append(token)
        offsets.extend([m.start] * len(token))
        pos = m.end
    parts.append(text[pos:e])
    offsets.extend(range(pos, e))
    offsets.append(e)
    masked = "".join(parts).replace("’", "'").replace("‘", "'")
    return Masked(masked, offsets, inside)


def modality(masked: str, m: re.Match[str], trigger: int) -> str | None:
    """``None`` when the trigger is negated or hypothetical; else the certainty the words around it give."""
    s_end = (m.end("s") + 1) if (m.start("s") - 1) < trigger else m.start()
    region = masked[min(s_end, trigger):trigger]
    rel = m.groupdict().get("rel")
    if rel:
        region = region.replace(rel, " ")
    before = masked[max(0, m.start() - 40):m.start()]
    clause = re.split(r"[,;:\"“”]", before)[-1]
    if _NEGATION.search(region) or re.search(r"\b(?:if|whether|unless|not|never)\s+$", clause, re.I):
        return None
    if re.search(r"\b(?:failed|tried|attempted|attempts|sought|unable)\s+to\s+$", clause, re.I):
        return None
    if _PLANNED.search(region) or re.search(r"\b(?:plans?|planning|intends?|wants?|vowed|threatened)\s+to\s+$",
                                            clause, re.I):
        return "planned"
    if _POSSIBLE.search(region):
        return "unconfirmed"
    return "asserted"


def dates(text: str, timexes: Sequence[TimeExpression], pos: int, evidence: Evidence, *,
           inception: bool) -> tuple[str | None, str | None]:
    """(start, end) of a relation whose trigger is at ``pos``, from the time expressions of its sentence."""
    start = end = None
    best: tuple[int, str] | None = None
    for t in timexes:
        if not t.value or not _DATE_VALUE.match(t.value):
            continue
        before = text[evidence.start:t.start]
        if _REPORTING.search(before):
            continue
        between = text[min(pos, t.end):max(pos, t.start)]
        if ";" in between or len(between) > 150 or _FUZZY.search(t.text):
            continue
        lead = before[-12:].lower()
        other_clause = re.search(r"[,;]|\b(?:that|said|says|while|whereas)\b", between)
        if other_clause and re.search(r"\b(?:since|from|until|till|to)\s+\S*\s*$", lead):
            continue  # "X, commander of Y, said ... since March": the date belongs to another clause
        if re.search(r"\b(?:since|from)\s+(?:(?:early|late|mid)\s*-?\s*)?$", lead):
            start = start or t.value
            continue
        if re.search(r"\b(?:until|till|to)\s+$", lead):
            end = end or t.value
            continue
        if inception and re.search(r"\b(?:in|on|at|during|by|last|this|earlier|late|early)?\s*$", lead):
            dist = abs(t.start - pos)
            if best is None or dist < best[0]:
                best = (dist, t.value)
    if inception and start is None and best is not None:
        start = best[1]
    return start, end

"""Sentence splitting that survives news prose.

A rule splitter, fast and predictable: a sentence ends at ``.``, ``!`` or
``?`` (with any closing quotes or brackets) before a space and a capital,
digit or opening quote, and at every line break, which the cleaners keep
only between paragraphs, headings and credit lines. It does not end after an
abbreviation ("Gen.", "Mr.", "Lt. Col.", "U.S.", "Jan."), an initial
("A. Rahman") or a title from the titles dictionary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.lexicon.dictionaries import load_titles

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "brig", "adm", "cmdr", "sen",
    "rep", "gov", "pres", "st", "mt", "no", "nos", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "vs", "etc", "e.g", "i.e", "approx", "est", "dept", "govt", "jr", "sr", "rev",
    "fig", "inc", "ltd", "co", "corp",
}
# an abbreviation that may still end a sentence when a new one clearly starts after it
_SOFT_END = {"etc", "inc", "ltd", "co", "corp", "no"}
_END = re.compile(r"[.!?]+['\"\u2019\u201d)\]]*(?=\s+['\"\u2018\u201c(\[]?[A-Z0-9\u0600-\u06FF])")
#: a dateline opening a line: a place in capitals, maybe its country or province and a date, maybe the agency in
#: brackets, then a dash or a colon ("DAKAR, Senegal (AP) —", "DHAKA :", "ZVECAN, Kosovo --")
_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z'\u2019.-]+(?:[ -][A-Z][A-Z'\u2019.-]+){0,3}"
                       r"(?:,[ \t]*[A-Z][\w'\u2019.]*(?:[ -][A-Z][\w'\u2019.]*){0,3})?"
                       r"(?:,?[ \t]*[A-Z][a-z]{2,4}\.?[ \t]*\d{1,2})?(?:[ \t]*\([^()\n]{1,40}\))?"
                       r"[ \t]*(?:[\u2014\u2013]|--?|:)(?=[ \t])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    titles = {v.lower().rstrip(".") for t in load_titles().titles.values() for v in t.variants if v.endswith(".")}
    return frozenset(_ABBREVIATIONS | titles)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        if (dl := _DATELINE.match(line.group())) is not None and dl.end() < len(line.group()):
            spans.append((start, start + dl.end()))  # "KABUL (Reuters) -": where the report was filed, not the news
            start += dl.end()
        for m in _END.finditer(line.group()):
            cut = line.start() + m.end()
            if _is_abbreviation(text, line.start() + m.start(), cut):
                continue
            spans.append((start, cut))
            start = cut
        spans.append((start, line.end()))
    return [t for s, e in spans if (t := _trim(text, s, e))[0] < t[1]]


def _is_abbreviation(text: str, dot: int, cut: int) -> bool:
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.search(text[max(0, dot - 20):dot])
    if m is None:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    if len(word) == 1 and word.isupper():
        return True  # an initial: "A. Rahman"
    if "." in word and all(len(p) <= 2 for p in word.split(".") if p):
        return not _new_sentence_after(text, cut)  # "U.S." ends a sentence only before a clear new one
    if low in _abbreviations():
        return low not in _SOFT_END or not _new_sentence_after(text, cut)
    return False


def _new_sentence_after(text: str, cut: int) -> bool:
    """The next word is one that starts sentences rather than continuing a name: The, He, It, On, In, ..."""
    nxt = re.match(r"\s+['\"\u201c]?(\w+)", text[cut:cut + 30])
    return bool(nxt) and nxt.group(1) in _STARTERS  # type: ignore[union-attr]


_STARTERS = {"The", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "On", "In", "At", "But",
             "And", "A", "An", "There", "His", "Her", "Their", "Its", "After", "Before", "Meanwhile", "However",
             "According", "Officials", "Some", "Many", "Most", "When", "While", "Since", "Last", "Earlier", "Later"}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

"""Dictionary matching: names of actors found under all their spellings.

Words are matched as n-grams normalized with the dictionary's own key
(accents, hyphens, dots and case folded away), longest first and without
overlaps. Case-sensitive aliases ("IS", "ANA") must keep their letter case. An
ambiguous alias is taken only when it has one candidate, or when the document
already names one of its candidates unambiguously.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.nlp.dictionaries import ActorDictionary, load_actors, normalize_key
from sitrep.records import Mention

EXTRACTOR = "dictionary"
VERSION = "dictionary-0.1"
_WORD = re.compile(r"\w+")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    candidates: tuple[str, ...]
    ambiguous: bool
    weak: bool  # only ambiguous, case-insensitive aliases: a capital standing for a government, "officials"


class DictionaryMatcher:
    def __init__(self, actors: ActorDictionary) -> None:
        self.actors = actors
        self.max_words = max((len(_WORD.findall(a.text)) for a in actors.aliases()), default=1)

    def find(self, text: str) -> list[Mention]:
        urls = [m.span() for m in _URL.finditer(text)]
        words = [w for w in _WORD.finditer(text) if not any(a <= w.start() < b for a, b in urls)]
        hits: list[_Hit] = []
        i = 0
        while i < len(words):
            hit, width = self._longest(text, words, i)
            if hit is None:
                i += 1
            else:
                hits.append(hit)
                i += width
        sure = {h.candidates[0] for h in hits if not h.ambiguous and len(h.candidates) == 1}
        mentions = []
        for h in hits:
            chosen = self._choose(h, sure)
            if chosen is None:
                continue
            entry = self.actors[chosen]
            mentions.append(Mention(start=h.start, end=h.end, text=text[h.start:h.end], type=entry.type,
                                    extractor=EXTRACTOR, version=VERSION, entity_key=entry.id, name=entry.name))
        return mentions

    def _longest(self, text: str, words: list[re.Match[str]], i: int) -> tuple[_Hit | None, int]:
        for n in range(min(self.max_words, len(words) - i), 0, -1):
            start, end = words[i].start(), words[i + n - 1].end()
            span = text[start:end]
            if n > 1 and (not _tight(span, words[i:i + n]) or _possessive(text, words[i + n - 2], words[i + n - 1])):
                continue
            aliases = self.actors.lookup_aliases(span)
            if aliases:
                ids = tuple(dict.fromkeys(a.entry_id for a in aliases))
                weak = all(a.ambiguous and not a.case_sensitive for a in aliases)
                return _Hit(start, end, ids, any(a.ambiguous for a in aliases), weak), n
        return None, 0

    @staticmethod
    def _choose(hit: _Hit, sure: set[str]) -> str | None:
        if hit.weak:
            return None
        if len(hit.candidates) == 1:
            return hit.candidates[0]
        known = [c for c in hit.candidates if c in sure]
        return known[0] if len(known) == 1 else None


def _possessive(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """'Taliban’s': the clitic is not part of the name."""
    return b.group() in ("s", "S") and text[a.end():b.start()] in ("'", "\u2019")


def _tight(span: str, words: list[re.Match[str]]) -> bool:
    """Words of one name: separated by spaces, hyphens, dots or apostrophes, not by commas or sentence ends."""
    base = words[0].start()
    for a, b in itertools.pairwise(words):
        gap = span[a.end() - base:b.start() - base]
        if len(gap) > 3 or any(ch in gap for ch in ",;:()\"\n") or gap.strip(" -\u2010\u2011\u2013'\u2019./") != "":
            return False
        if gap.endswith(". ") and b.group()[0].isupper() and len(a.group()) > 3:
            return False  # "... the Taliban. Afghan" is a sentence end, not "Taliban Afghan"
    return True


@lru_cache(maxsize=1)
def default_matcher() -> DictionaryMatcher:
    """The matcher over sitrep's shipped dictionaries, built once per process."""
    return DictionaryMatcher(load_actors())


__all__ = ["DictionaryMatcher", "default_matcher", "normalize_key"]

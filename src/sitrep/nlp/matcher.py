"""Dictionary matching: names of actors found under all their spellings.

Words are matched as n-grams normalized with the dictionary's own key
(accents, hyphens, dots and case folded away), longest first and without
overlaps. Case-sensitive aliases ("IS", "ANA") must keep their letter case. An
ambiguous alias is taken only when it has one candidate, or when the document
already names one of its candidates unambiguously, or else when one candidate alone
belongs to ``country``, the country the document's places lie in where the caller
knows it ("ASWJ" in a report of Cabo Delgado is Mozambique's insurgents, in one of
Karachi Pakistan's sectarian party).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.lexicon.dictionaries import ActorDictionary, load_actors
from sitrep.lexicon.keys import normalize_key
from sitrep.nlp.actor_variants import variant_mentions
from sitrep.nlp.bracket_factions import bracketed_factions
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
        # Every leading part of every alias key (see _longest).
        self._heads = {a.key[:k] for a in actors.aliases() for k in range(1, len(a.key) + 1)}

    def find(self, text: str, country: str | None = None) -> list[Mention]:
        return self.find_all(text, country)[0]

    def find_all(self, text: str, country: str | None = None) -> tuple[list[Mention], bool]:
        """The mentions, and whether an ambiguous alias was left unchosen that a country might settle."""
        urls = [m.span() for m in _URL.finditer(text)]
        words = [w for w in _WORD.finditer(text) if not any(a <= w.start() < b for a, b in urls)] if urls \
            else list(_WORD.finditer(text))
        hits: list[_Hit] = []
        heads = self._heads
        i = 0
        while i < len(words):
            word = words[i].group()
            if word.isascii() and "_" not in word and word.casefold() not in heads:
                i += 1  # a plain word that begins no alias key: _longest's first step, without the call
                continue
            hit, width = self._longest(text, words, i)
            if hit is None:
                i += 1
            else:
                hits.append(hit)
                i += width
        sure = {h.candidates[0] for h in hits if not h.ambiguous and len(h.candidates) == 1}
        mentions = []
        open_ = False
        for h in hits:
            chosen = self._choose(h, sure)
            if chosen is None and not h.weak:
                chosen = self._of_country(h, country)
                open_ = open_ or chosen is None
            if chosen is None:
                continue
            entry = self.actors[chosen]
            mentions.append(Mention(start=h.start, end=h.end, text=text[h.start:h.end], type=entry.type,
                                    extractor=EXTRACTOR, version=VERSION, entity_key=entry.id, name=entry.name))
        mentions = sorted(mentions + variant_mentions(text, mentions, self.actors, EXTRACTOR, VERSION),
                          key=lambda m: m.start)  # "Al-Shaabab": a spelling no alias lists
        return bracketed_factions(text, mentions, self.actors), open_

    def _of_country(self, hit: _Hit, country: str | None) -> str | None:
        """The one candidate of ``hit`` that belongs to ``country``; None when none or several do."""
        if not country:
            return None
        own = [c for c in hit.candidates if self.actors[c].country == country]
        return own[0] if len(own) == 1 else None

    def _longest(self, text: str, words: list[re.Match[str]], i: int) -> tuple[_Hit | None, int]:
        """The longest alias starting at word ``i``. Spans grow a word at a time while the gap before the new
        word is tight (``_tight_gap``: one name) and their key is still the leading part of some alias key: a
        longer span's key starts with a shorter one's. A gap is checked only when a span reaches it, and most
        spans stop at their first word or two: the text's other gaps are never looked at."""
        found: tuple[_Hit | None, int] = (None, 0)
        start = words[i].start()
        case_key = ""
        for n in range(1, min(self.max_words, len(words) - i) + 1):
            if n > 1 and not _tight_gap(text[words[i + n - 2].end():words[i + n - 1].start()], words[i + n - 2],
                                        words[i + n - 1]):
                break
            end = words[i + n - 1].end()
            case_key = _extend_key(text, case_key, words, i, n)
            if case_key and case_key.casefold() not in self._heads:
                break
            if n > 1 and _possessive(text, words[i + n - 2], words[i + n - 1]):
                continue
            aliases = self.actors.aliases_for_key(case_key)
            if aliases:
                ids = tuple(dict.fromkeys(a.entry_id for a in aliases))
                weak = all(a.ambiguous and not a.case_sensitive for a in aliases)
                if text.count("(", start, end) > text.count(")", start, end) and text.startswith(")", end):
                    end += 1  # the bracket the name's last part closes: "CPI (Maoist)"
                found = _Hit(start, end, ids, any(a.ambiguous for a in aliases), weak), n
        return found

    @staticmethod
    def _choose(hit: _Hit, sure: set[str]) -> str | None:
        if hit.weak:
            return None
        if len(hit.candidates) == 1:
            return hit.candidates[0]
        known = [c for c in hit.candidates if c in sure]
        return known[0] if len(known) == 1 else None


_GAP_DROPS = dict.fromkeys(map(ord, ".'\u2019"), None)


def _extend_key(text: str, key: str, words: list[re.Match[str]], i: int, n: int) -> str:
    """``normalize_key(span, fold=False)`` of words ``i .. i + n - 1`` given ``key``, that of the first
    ``n - 1``: a plain ASCII word is its own key and a tight gap (``_tight_gap``) is "" (dots, apostrophes)
    or one space, so the key grows by concatenation; anything else is normalized whole."""
    word = words[i + n - 1].group()
    if not word.isascii() or "_" in word:
        return normalize_key(text[words[i].start():words[i + n - 1].end()], fold=False)
    if n == 1:
        return word
    gap = text[words[i + n - 2].end():words[i + n - 1].start()].translate(_GAP_DROPS)
    return f"{key} {word}" if gap else key + word


def _possessive(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """'Taliban’s': the clitic is not part of the name."""
    return b.group() in ("s", "S") and text[a.end():b.start()] in ("'", "\u2019")


def _tight_gap(gap: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether ``gap``, the text between words ``a`` and ``b``, can separate two words of one name: spaces,
    hyphens, dots or apostrophes, not commas or sentence ends."""
    # a name's bracketed part ("Communist Party of India (Maoist)", "NSCN (K)") is one name with it: the bracket
    # that opens it after a space, or closes it before one
    if gap in (" (", ") "):
        return True
    # only the characters stripped here may make it (none of them is a comma, colon, bracket, quote or line end)
    if len(gap) > 3 or gap.strip(" -\u2010\u2011\u2013'\u2019./") != "":
        return False
    # "... the Taliban. Afghan" is a sentence end, not "Taliban Afghan"
    return not (gap.endswith(". ") and b.group()[0].isupper() and len(a.group()) > 3)


@lru_cache(maxsize=1)
def default_matcher() -> DictionaryMatcher:
    """The matcher over sitrep's shipped dictionaries, built once per process."""
    return DictionaryMatcher(load_actors())


__all__ = ["DictionaryMatcher", "default_matcher"]

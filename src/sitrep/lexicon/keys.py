"""Name keys: every way sitrep folds a name into a key to look it up or compare it.

=================  ==================================================  =====================================
key                folds                                               used by
=================  ==================================================  =====================================
``ascii_fold``     accents (NFKD, combining marks dropped)             gazetteer ``ascii_name``, place names
``alias_key``      case and runs of spaces                             knowledge-base ``aliases.key``
``normalize_key``  accents, apostrophes, dots, punctuation, case       dictionary look-ups, name rules
``translit_key``   ``normalize_key`` + spaces, vowels, doubled         candidate blocking of entities
                   letters, consonant variants
``fold``           accents, apostrophes, dots, punctuation, case       names a user asks about (queries)
``skeleton``       ``fold`` + spaces, vowels, doubled letters,         user names, transliteration tier
                   consonant variants
``light_key``      accents, apostrophes, spaces, punctuation, case     gazetteer exact spellings, countries
``place_key``      ``light_key`` + vowels, doubled letters,            gazetteer ``gazetteer_names.key``
                   connectors, consonant variants
=================  ==================================================  =====================================

The keys differ on purpose (a stored key must stay what it was when it was written); they are kept together
so that one more is not added by accident.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from functools import lru_cache

# ---------------------------------------------------------------- accents

# The keys are pure functions of a string, and the same few thousand names (places, actors, gazetteer names) are
# folded again and again, in every document: the keys used per document are memoized, in caches of bounded size.
KEY_CACHE = 1 << 16


@lru_cache(maxsize=KEY_CACHE)
def ascii_fold(text: str) -> str:
    """``text`` with accents removed: Unicode NFKD with the combining marks dropped (case kept).

    The written form of a place name without diacritics ("Hérat" -> "Herat"): the gazetteer's
    ``ascii_name`` column and the check that a name is spelt as the gazetteer writes it.
    """
    if text.isascii():  # NFKD leaves ASCII as it is, and it has no combining marks
        return text
    s = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


# ---------------------------------------------------------------- knowledge-base aliases


def alias_key(text: str) -> str:
    """The blocking key of a name: case and spacing folded.

    Stored as ``aliases.key`` in the knowledge base; entity resolution and corrections find entities by it.
    """
    return " ".join(text.lower().split())


# ---------------------------------------------------------------- dictionary keys

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʼʻʿʾ′\"“”"), None)
_DOTS = dict.fromkeys(map(ord, "."), None)
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_/\\()\[\]{},;:!?|*+=<>~^#%@$]+")


@lru_cache(maxsize=KEY_CACHE)  # dictionary look-ups and entity resolution ask it of the same names again and again
def normalize_key(text: str, *, fold: bool = True) -> str:
    """The lookup key of an alias or a text span.

    Unicode NFKD with combining marks dropped (diacritics), apostrophes/quotes and dots removed
    ("Jama'at" ~ "Jamaat", "U.S." ~ "US"), hyphens, dashes, slashes, brackets and other punctuation
    turned into single spaces ("Wilayat-e-Khorasan" ~ "Wilayat e Khorasan"), case-folded unless
    ``fold`` is false. The key of the curated dictionaries (actors, titles, roles) and of the
    language layer's word lists.
    """
    if text.isascii():  # the common case: NFKD leaves ASCII as it is, and no ASCII character is a combining mark
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.translate(_APOSTROPHES).translate(_DOTS)
    key = _SEPARATORS.sub(" ", stripped).strip()
    return key.casefold() if fold else key


_TRANSLIT_VOWELS = re.compile(r"(?<=.)[aeiouyw]+")
_DIGRAPHS = (("ph", "f"), ("q", "k"), ("ck", "k"), ("dh", "d"), ("th", "t"), ("gh", "g"), ("v", "w"), ("x", "ks"))


@lru_cache(maxsize=KEY_CACHE)
def translit_key(text: str) -> str:
    """A spelling-tolerant key for names transliterated from Dari, Pashto, Urdu or Arabic.

    Spaces, hyphens and linking vowels go, vowels after the first letter go, doubled letters fold, and
    common consonant variants meet: Taleban ~ Taliban, Jawzjan ~ Jowzjan ~ Joz jan, Darz Aab ~ Darzab,
    Qushtepa ~ Qush-Teppa ~ Qosh Tepa, Shiberghan ~ Sheberghan ~ Shibirghan, Raza ~ Reza. Used only as
    a blocking key: a match proposes a candidate, it never decides alone (entity resolution, name rules).
    """
    key = normalize_key(text).replace(" ", "")
    for a, b in _DIGRAPHS:
        key = key.replace(a, b)
    key = _TRANSLIT_VOWELS.sub("", key)
    return re.sub(r"(.)\1+", r"\1", key)


# ---------------------------------------------------------------- query keys

_PUNCT = re.compile(r"[^\w]+|_")
_TRANSLIT = (("ph", "f"), ("kh", "k"), ("gh", "g"), ("ck", "k"), ("q", "k"), ("c", "k"), ("w", "v"), ("z", "s"))


def fold(text: str) -> str:
    """Case, diacritics, apostrophes, hyphens, punctuation folded: ``"Jama'at-ul-Ahrār"`` -> ``"jamaat ul ahrar"``.

    The "folded" tier of the names a user gives to the queries of the knowledge base.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"['’‘`´ʼʻʿʾ.]", "", plain)
    return " ".join(_PUNCT.sub(" ", plain.casefold()).split())


def skeleton(text: str) -> str:
    """A transliteration-tolerant key: ``Taleban`` and ``Taliban`` both give ``tlbn``.

    The "transliteration" tier of the names a user gives to the queries of the knowledge base.
    """
    s = fold(text).replace(" ", "")
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    if not s:
        return ""
    s = s[0] + re.sub(r"[aeiouy]", "", s[1:])
    return re.sub(r"(.)\1+", r"\1", s)


# ---------------------------------------------------------------- place keys

_QUOTES = re.compile(r"['’‘ʿʾ`´]")
_PLACE_VOWELS = frozenset("aeiou")
_NON_WORD = re.compile(r"[\W_]+")
_ASCII_NON_ALNUM = str.maketrans("", "", "".join(c for c in map(chr, range(128)) if not c.isalnum()))


@lru_cache(maxsize=KEY_CACHE)
def light_key(name: str) -> str:
    """Letters and digits of a name, lower case, accents, spaces, hyphens and apostrophes gone.

    An exact spelling of a place name (the gazetteer's country names, a name spelt as the gazetteer writes it).
    """
    if name.isascii():  # what the steps below leave of ASCII text: its letters and digits, lower case
        out = name.lower().translate(_ASCII_NON_ALNUM)
    else:
        out = _NON_WORD.sub("", _QUOTES.sub("", ascii_fold(name).lower()))
    return out or " ".join(name.casefold().split())


@lru_cache(maxsize=KEY_CACHE)
def place_key(name: str) -> str:
    """The transliteration key of a place name: spelling variants of one name share it.

    Vowels fold away (an initial vowel becomes ``a``), ``y`` after the first
    letter and a ``w`` closing a diphthong (Jowzjan, Kowt) count as vowels,
    ``q`` is ``k``, ``v`` is ``w``, ``khw`` is ``kh``, doubled letters are one,
    and spaces, hyphens and connectors (Sar-i-Pul, Sar-e Pul) disappear. Names
    in other scripts keep their case-folded letters. Both gazetteers (the user's,
    as ``gazetteer_names.key``, and the embedded default) are looked up by it, and
    a place mention's local key is ``doc:location:<place_key>``.
    """
    t = light_key(name)
    if not t.isascii():
        return t
    t = t.replace("q", "k").replace("v", "w").replace("ck", "k").replace("ph", "f")
    out: list[str] = []
    for i, ch in enumerate(t):
        if ch in _PLACE_VOWELS:
            if i == 0:
                out.append("a")
            continue
        if ch == "y" and i > 0:
            continue
        if ch == "w" and i > 0:
            nxt = t[i + 1] if i + 1 < len(t) else ""
            if (t[i - 1] in _PLACE_VOWELS and nxt not in _PLACE_VOWELS) or t[max(0, i - 2):i] == "kh":
                continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out) or t


__all__ = ["alias_key", "ascii_fold", "fold", "light_key", "normalize_key", "place_key", "skeleton", "translit_key"]


def close_spelling(a: str, b: str, ratio: float = 0.85) -> bool:
    """Whether difflib's similarity ratio of two spellings is at least ``ratio`` (its cheap upper bounds are
    tried first, so most pairs are refused without the full comparison, both without building the matcher)."""
    if not a and not b:
        return ratio <= 1.0
    if 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < ratio:  # ``real_quick_ratio``, without the matcher
        return False
    if 2.0 * (_letters(a) & _letters(b)).total() / (len(a) + len(b)) < ratio:  # ``quick_ratio``, likewise
        return False
    return spelling_ratio(a, b) >= ratio  # difflib's ratio, never above the two bounds


@lru_cache(maxsize=65_536)
def _letters(text: str) -> Counter[str]:
    """How many times each character occurs in ``text`` (what difflib's ``quick_ratio`` intersects)."""
    return Counter(text)


def spelling_ratio(a: str, b: str) -> float:
    """``difflib.SequenceMatcher(None, a, b).ratio()``, to the last bit, without building the matcher: twice the
    letters its matching blocks cover over both lengths. Without junk (and below difflib's 200 characters of
    automatic junk) the blocks are the longest common run (the first found going along ``a``, then ``b``) and,
    recursively, those of the parts before and after it; their order does not change the sum."""
    return 2.0 * _matched(a, b) / (len(a) + len(b)) if a or b else 1.0


def _matched(a: str, b: str) -> int:
    if len(b) >= 200:  # difflib's automatic junk would apply: ask difflib itself
        return sum(m.size for m in difflib.SequenceMatcher(None, a, b).get_matching_blocks())
    where: dict[str, list[int]] = {}
    for j, c in enumerate(b):
        where.setdefault(c, []).append(j)
    total, todo = 0, [(0, len(a), 0, len(b))]
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        besti, bestj, best = alo, blo, 0
        runs: dict[int, int] = {}  # run length ending at b[j], for the previous letter of a
        for i in range(alo, ahi):
            now: dict[int, int] = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = now[j] = runs.get(j - 1, 0) + 1
                if k > best:
                    besti, bestj, best = i - k + 1, j - k + 1, k
            runs = now
        if best:
            total += best
            if alo < besti and blo < bestj:
                todo.append((alo, besti, blo, bestj))
            if besti + best < ahi and bestj + best < bhi:
                todo.append((besti + best, ahi, bestj + best, bhi))
    return total

"""BERT-style WordPiece tokenization of single words (lower-cased, accents stripped).

The transformer NER (``sitrep.nlp.minilm_ner``) reads words that a tokenizer
already split; each word becomes one or more vocabulary pieces by greedy
longest match, the way all-MiniLM-L6-v2's uncased tokenizer does it: lower
case, accents removed, punctuation split off, continuation pieces prefixed
with ``##``. A word no piece sequence covers is ``[UNK]``.
"""

from __future__ import annotations

import re
import unicodedata

UNK, CLS, SEP, PAD = "[UNK]", "[CLS]", "[SEP]", "[PAD]"
#: Pieces kept for one word; longer words are cut (their first pieces carry the label).
MAX_PIECES = 16
_MAX_CHARS = 100


#: Case classes of a word (:func:`case_class`), which a cased NER adds to its uncased pieces' embeddings.
CASE_CLASSES = 4
LOWER, TITLE, UPPER, MIXED = range(CASE_CLASSES)


def case_class(word: str) -> int:
    """How ``word`` is written: no capital letter (or no cased letter at all), a capital first ("Kabul", "Al-Shabaab",
    a single capital "A"), capitals only ("UN", "ISIS") or a capital after small letters ("al-Shabaab", "iPhone").
    The uncased pieces lose this; an English name is mostly told by it."""
    if word.islower() or not any(c.isupper() for c in word):
        return LOWER
    if word.isupper():
        return UPPER if sum(c.isupper() for c in word) > 1 else TITLE
    first = next(c for c in word if c.isupper() or c.islower())
    return TITLE if first.isupper() else MIXED


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x2FA1F)


#: a printable ASCII character that is not a letter or digit is punctuation (``_is_punct``'s ASCII ranges)
_ASCII_PIECES = re.compile(r"[a-z0-9]+|[^a-z0-9]")


def basic_split(word: str) -> list[str]:
    """Lower-case, strip accents, and split punctuation and CJK characters off ``word``."""
    if word.isascii() and word.isprintable() and " " not in word:
        # the same pieces without a look-up per character: NFD leaves ASCII as it is, and of printable ASCII only
        # the space is whitespace, no character is a mark, a control or CJK, and the rest is a letter, a digit or
        # punctuation
        return _ASCII_PIECES.findall(word.lower())
    return split_chars(word)


def split_chars(word: str) -> list[str]:
    """:func:`basic_split` character by character (Unicode categories), for any word."""
    text = unicodedata.normalize("NFD", word.lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    out: list[str] = []
    cur: list[str] = []
    for ch in text:
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") or ch == "\ufffd":
            if cur:
                out.append("".join(cur))
                cur = []
        elif _is_punct(ch) or _is_cjk(ch):
            if cur:
                out.append("".join(cur))
                cur = []
            out.append(ch)
        else:
            cur.append(ch)
    if cur:
        out.append("".join(cur))
    return out


class WordPiece:
    """Maps a word to piece ids of ``vocab`` (a list of pieces; the index is the id)."""

    def __init__(self, vocab: list[str]) -> None:
        self.vocab = vocab
        self.index = {p: i for i, p in enumerate(vocab)}
        self.unk, self.cls, self.sep, self.pad = (self.index[t] for t in (UNK, CLS, SEP, PAD))
        self._cache: dict[str, list[int]] = {}

    def __call__(self, word: str) -> list[int]:
        ids = self._cache.get(word)
        if ids is None:
            ids = [i for tok in basic_split(word) for i in self._pieces(tok)][:MAX_PIECES] or [self.unk]
            if len(self._cache) < 500_000:
                self._cache[word] = ids
        return ids

    def _pieces(self, tok: str) -> list[int]:
        if len(tok) > _MAX_CHARS:
            return [self.unk]
        out: list[int] = []
        start = 0
        while start < len(tok):
            end, found = len(tok), None
            while start < end:
                piece = tok[start:end] if start == 0 else "##" + tok[start:end]
                found = self.index.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return [self.unk]
            out.append(found)
            start = end
        return out

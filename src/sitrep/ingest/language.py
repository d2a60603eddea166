"""The language a document is written in, detected from its cleaned text (``langdetect``, Google's
language-detection profiles, offline and seeded so the same text always gets the same answer).

sitrep's language layer reads English; a document in another language is stored with its language (ISO 639-1,
``zh-cn``/``zh-tw`` for Chinese) so that ``ingest`` and ``stats`` can say it was not read, rather than leave it
silently empty. A text too short to tell, or one no language wins clearly, keeps the language its page declared
(HTML ``lang``), else none.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.metadata import version
from typing import Any

import numpy as np
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

from sitrep.lexicon.cache import cached

MIN_LETTERS = 40  # fewer letters than this tell too little
MIN_PROBABILITY = 0.8
DetectorFactory.seed = 0


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The language of ``text``, or ``declared`` (normalized: ``en-US`` -> ``en``) when the text cannot tell."""
    fallback = declared.split("-")[0].split("_")[0].lower() or None if declared else None
    if not _enough_letters(text[:5000]):
        return fallback
    try:
        detector = _Detector(_factory())
        detector.append(text[:5000])
        best = detector.get_probabilities()[0]
    except LangDetectException:
        return fallback
    return str(best.lang) if best.prob >= MIN_PROBABILITY else fallback


def _enough_letters(text: str) -> bool:
    letters = 0
    for c in text:
        if c.isalpha():
            letters += 1
            if letters >= MIN_LETTERS:
                return True
    return False


class _Detector(Detector):  # type: ignore[misc]
    """langdetect's detector, with its loops over every character and every language written faster: the same
    text, the same n-grams in the same order, the same arithmetic in the same order, so the same seeded answer to
    the last bit (``tests/ingest/test_language.py`` compares them)."""

    def append(self, text: str) -> None:
        text = NGram.normalize_vi(self.MAIL_RE.sub(" ", self.URL_RE.sub(" ", text)))
        self.text += _SPACES.sub(" ", text[:self.max_text_length])  # a space after a space is dropped

    def _extract_ngrams(self) -> list[str]:
        """langdetect's n-grams of the text (``NGram.add_char`` over every character, keeping the 1-, 2- and 3-grams
        it ends that have a profile). Its state starts again after every space, so the n-grams are those of each
        word (with the space after it) in turn, and a word's are worked out once (``_word_ngrams``)."""
        words = "".join(map(_normalized, self.text)).split(" ")
        out: list[str] = []
        for i, w in enumerate(words):
            if w:
                out += _word_ngrams(self.word_lang_prob_map, w, i < len(words) - 1)
        return out

    def _detect_block(self) -> None:
        """langdetect's trials with the same seeded draws, each language's probability updated as an array: the
        same products and quotients of the same floats (sums are still Python's, left to right)."""
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        table = self.word_lang_prob_map
        n = len(ngrams)  # random.choice(seq) is seq[_randbelow(len(seq))]: the same draw, without the call around it
        self.langprob = [0.0] * len(self.langlist)
        self.random.seed(self.seed)
        draw = self.random._randbelow
        matrix, rows = table.matrix, [table.rows[g] for g in ngrams]  # each n-gram's row of the table
        for _ in range(self.n_trial):
            prob = np.array(self._init_probability(), dtype=np.float64)
            weight = (self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH) / self.BASE_FREQ
            i = 0
            while True:
                prob *= weight + matrix[rows[draw(n)]]
                if i % 5 == 0:
                    prob /= sum(prob.tolist())
                    if prob.max() > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                        break
                i += 1
            for j, p in enumerate(prob.tolist()):
                self.langprob[j] += p / self.n_trial


_SPACES = re.compile(" {2,}")


@lru_cache(maxsize=4096)
def _normalized(ch: str) -> str:
    return str(NGram.normalize(ch))


@lru_cache(maxsize=65536)
def _word_ngrams(table: _ProbRows, word: str, space_after: bool) -> tuple[str, ...]:
    """The n-grams langdetect's loop keeps from one word of normalized text (no space in it), and from the space
    after it when one follows, starting as it does after a space."""
    known, out = table.rows, []
    grams, capital = " ", False
    for ch in word + " " * space_after:
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
        elif len(grams) >= NGram.N_GRAM:
            grams = grams[1:]
        grams += ch
        capital = ch.isupper() and (capital or last.isupper())
        if capital:
            continue
        if ch != " " and ch in known:
            out.append(ch)
        if len(grams) >= 2:
            if grams[-2:] in known:
                out.append(grams[-2:])
            if len(grams) >= 3 and grams in known:
                out.append(grams)
    return tuple(out)


class _ProbRows:
    """langdetect's n-gram -> probability-per-language table, as one matrix (the start-up cache reads it back in
    milliseconds; 87,000 lists of floats take seconds). A row comes out as the same list of floats."""

    def __init__(self, rows: dict[str, int], matrix: np.ndarray[Any, Any]) -> None:
        self.rows, self.matrix = rows, matrix

    def __contains__(self, word: object) -> bool:
        return word in self.rows

    def __getitem__(self, word: str) -> list[float]:
        return self.matrix[self.rows[word]].tolist()  # type: ignore[no-any-return]


def _profiles() -> tuple[list[str], dict[str, int], np.ndarray[Any, Any]]:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    table = factory.word_lang_prob_map
    return factory.langlist, {w: i for i, w in enumerate(table)}, np.array(list(table.values()), dtype=np.float64)


@lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    """langdetect's detector factory with its language profiles, from the start-up cache."""
    langs, rows, matrix = cached(f"langdetect-{version('langdetect')}", _profiles)
    factory = DetectorFactory()
    factory.langlist, factory.word_lang_prob_map = langs, _ProbRows(rows, matrix)
    return factory

"""The language a document is written in, detected from its cleaned text (``langdetect``, Google's
language-detection profiles, offline and seeded so the same text always gets the same answer).

sitrep's language layer reads English; a document in another language is stored with its language (ISO 639-1,
``zh-cn``/``zh-tw`` for Chinese) so that ``ingest`` and ``stats`` can say it was not read, rather than leave it
silently empty. A text too short to tell, or one no language wins clearly, keeps the language its page declared
(HTML ``lang``), else none.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import version
from typing import Any

import numpy as np
from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import LangDetectException

from sitrep.lexicon.cache import cached

MIN_LETTERS = 40  # fewer letters than this tell too little
MIN_PROBABILITY = 0.8
DetectorFactory.seed = 0


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The language of ``text``, or ``declared`` (normalized: ``en-US`` -> ``en``) when the text cannot tell."""
    fallback = declared.split("-")[0].split("_")[0].lower() or None if declared else None
    if sum(c.isalpha() for c in text[:5000]) < MIN_LETTERS:
        return fallback
    try:
        detector = _factory().create()
        detector.append(text[:5000])
        best = detector.get_probabilities()[0]
    except LangDetectException:
        return fallback
    return str(best.lang) if best.prob >= MIN_PROBABILITY else fallback


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

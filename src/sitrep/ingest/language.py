"""The language a document is written in, detected from its cleaned text (``langdetect``, Google's
language-detection profiles, offline and seeded so the same text always gets the same answer).

sitrep's language layer reads English; a document in another language is stored with its language (ISO 639-1,
``zh-cn``/``zh-tw`` for Chinese) so that ``ingest`` and ``stats`` can say it was not read, rather than leave it
silently empty. A text too short to tell, or one no language wins clearly, keeps the language its page declared
(HTML ``lang``), else none.
"""

from __future__ import annotations

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

MIN_LETTERS = 40  # fewer letters than this tell too little
MIN_PROBABILITY = 0.8
DetectorFactory.seed = 0


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The language of ``text``, or ``declared`` (normalized: ``en-US`` -> ``en``) when the text cannot tell."""
    fallback = declared.split("-")[0].split("_")[0].lower() or None if declared else None
    if sum(c.isalpha() for c in text[:5000]) < MIN_LETTERS:
        return fallback
    try:
        best = detect_langs(text[:5000])[0]
    except LangDetectException:
        return fallback
    return str(best.lang) if best.prob >= MIN_PROBABILITY else fallback

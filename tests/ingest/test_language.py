"""The language detector: sitrep's faster loops give langdetect's own n-grams, hence its seeded answers."""

from __future__ import annotations

import random

import pytest
from langdetect.detector import Detector
from langdetect.lang_detect_exception import LangDetectException

from sitrep.ingest.language import _Detector, _factory, detect_language

TEXTS = [
    "Taliban fighters attacked a police checkpoint in Kunduz province on Tuesday, officials said.",
    "Des  manifestants   se sont rassemblés devant la préfecture de Bamako https://example.org mardi.",
    "Протестующие собрались у здания администрации в понедельник.",
    "تظاهر المئات في وسط المدينة احتجاجا على ارتفاع الأسعار",
    "中国外交部发言人周二表示 ひらがな カタカナ 한국어 Việt Nam ệ ạ",
    "USA NATO UN ISIS said THE ATTACK was in Kabul, AFGHANISTAN.  ",
]


def _random_texts(n: int) -> list[str]:
    rnd = random.Random(7)
    letters = "abcdefghij KLMNOP  éàüß ΑΒΓαβγ абвгд اردو 中文日本語 ひらがな カタカナ 한국어 ệ ạ ,.\u0301\u0300"
    return ["".join(rnd.choice(letters) for _ in range(rnd.randint(0, 300))) for _ in range(n)]


@pytest.mark.parametrize("text", TEXTS + _random_texts(200))
def test_same_ngrams_as_langdetect(text: str) -> None:
    theirs, ours = Detector(_factory()), _Detector(_factory())
    theirs.append(text)
    ours.append(text)
    assert ours.text == theirs.text
    assert ours._extract_ngrams() == theirs._extract_ngrams()
    try:
        expected = [(x.lang, x.prob) for x in theirs.get_probabilities()]
    except LangDetectException:
        with pytest.raises(LangDetectException):
            ours.get_probabilities()
        return
    assert [(x.lang, x.prob) for x in ours.get_probabilities()] == expected


def test_detected_languages() -> None:
    assert detect_language(TEXTS[0]) == "en"
    assert detect_language(TEXTS[1]) == "fr"
    assert detect_language(TEXTS[2]) == "ru"
    assert detect_language("too short", "en-US") == "en"

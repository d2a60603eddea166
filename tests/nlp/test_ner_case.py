"""The NER reads how each word is written: its uncased pieces get the word's case class added (minilm-ner-0.2)."""

from __future__ import annotations

import numpy as np
import pytest

from sitrep.nlp.minilm_ner import MiniLMNer, _case_ids
from sitrep.nlp.model import model_path
from sitrep.nlp.wordpiece import CASE_CLASSES, LOWER, MIXED, TITLE, UPPER, case_class


@pytest.mark.parametrize(("word", "want"), [
    ("market", LOWER), ("42", LOWER), (",", LOWER), ("Velmora", TITLE), ("A", TITLE), ("Al-Norvan", TITLE),
    ("O'Dara", TITLE), ("NRF", UPPER), ("U.N.", UPPER), ("NRF-K", UPPER), ("al-Norvan", MIXED), ("eKessa", MIXED),
    ("Élan", TITLE),
])
def test_case_class_of_a_word(word: str, want: int) -> None:
    assert case_class(word) == want


def test_each_piece_gets_its_words_case_and_cls_sep_stay_lower() -> None:
    row = np.full(8, -1, dtype=np.int64)
    row[0] = row[7] = 0  # [CLS] ... [SEP]
    _case_ids(row, [1, 4, 5], ["Velmoravia", "police", "NRF"], end=7)  # 3 + 1 + 2 pieces
    assert row.tolist() == [LOWER, TITLE, TITLE, TITLE, LOWER, UPPER, UPPER, LOWER]


@pytest.fixture(scope="module")
def shipped() -> MiniLMNer:
    return MiniLMNer(model_path() / "ner")


def test_the_shipped_ner_reads_case(shipped: MiniLMNer) -> None:
    assert shipped.cfg.case_classes == CASE_CLASSES
    assert shipped.case_rows is not None and shipped.case_rows.shape == (CASE_CLASSES, 384)
    assert np.abs(shipped.case_rows[TITLE] - shipped.case_rows[LOWER]).max() > 0  # trained, not left at zero


def test_a_name_is_found_as_written_in_small_letters_and_in_capitals(shipped: MiniLMNer) -> None:
    words = ["The", "mayor", ",", "Ana", "Kovar", ",", "spoke", "in", "Bretova", "on", "Monday", "."]
    assert (3, 5, "PER") in shipped.predict([words])[0]
    # trained with some windows read as if written all small or all capitals: case helps, it is not required
    assert (3, 5, "PER") in shipped.predict([[w.lower() for w in words]])[0]
    assert (3, 5, "PER") in shipped.predict([[w.upper() for w in words]])[0]

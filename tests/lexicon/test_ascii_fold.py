"""``ascii_fold``: accents removed, case kept; ASCII text is its own fold."""

from __future__ import annotations

import random
import unicodedata

import pytest

from sitrep.lexicon.keys import ascii_fold


def _nfkd_without_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@pytest.mark.parametrize(("name", "folded"), [("Hérat", "Herat"), ("Šibenik", "Sibenik"), ("Kunduz", "Kunduz"),
                                              ("ﬁeld", "field"), ("", "")])
def test_accents_go_and_case_stays(name: str, folded: str) -> None:
    assert ascii_fold(name) == folded


def test_ascii_text_folds_as_nfkd_does() -> None:
    rng = random.Random(17)
    texts = [chr(i) for i in range(128)] + ["".join(chr(rng.randrange(128)) for _ in range(rng.randrange(1, 40)))
                                            for _ in range(5000)]
    assert all(ascii_fold.__wrapped__(t) == _nfkd_without_marks(t) for t in texts)

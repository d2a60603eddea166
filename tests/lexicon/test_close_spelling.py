"""``close_spelling`` refuses a pair on its lengths before building difflib's matcher; it must answer as difflib's
three ratios do, for every pair and threshold (empty strings included)."""

from __future__ import annotations

import difflib
import random

from sitrep.lexicon.keys import close_spelling


def _difflib(a: str, b: str, ratio: float) -> bool:
    m = difflib.SequenceMatcher(None, a, b)
    return m.real_quick_ratio() >= ratio and m.quick_ratio() >= ratio and m.ratio() >= ratio


def test_the_length_bound_answers_as_difflib() -> None:
    rng = random.Random(7)
    letters = "abdeikrst -"
    for _ in range(20_000):
        a = "".join(rng.choice(letters) for _ in range(rng.randrange(13)))
        b = a[:-1] + rng.choice(letters) if rng.random() < 0.3 else "".join(
            rng.choice(letters) for _ in range(rng.randrange(13)))
        for ratio in (0.0, 0.5, 0.85, 1.0):
            assert close_spelling(a, b, ratio) == _difflib(a, b, ratio), (a, b, ratio)
    assert close_spelling("taliban", "taleban") and not close_spelling("taliban", "tal")

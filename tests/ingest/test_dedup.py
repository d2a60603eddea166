"""MinHash signatures estimate shingle overlap; LSH bands find near-copies."""

from __future__ import annotations

import random

from sitrep.ingest import dedup


def _pair(rng: random.Random, edits: int) -> tuple[str, str]:
    vocab = [f"w{i}" for i in range(3000)]
    base = [rng.choice(vocab) for _ in range(400)]
    other = list(base)
    for _ in range(edits):
        other[rng.randrange(len(other))] = rng.choice(vocab)
    return " ".join(base), " ".join(other)


def test_signature_estimates_jaccard() -> None:
    rng = random.Random(7)
    errors = []
    for edits in range(0, 60, 3):
        a, b = _pair(rng, edits)
        sa, sb = dedup.signature(a), dedup.signature(b)
        assert sa is not None and sb is not None
        errors.append(abs(dedup.estimate(sa, sb) - dedup.jaccard(a, b)))
    assert sum(errors) / len(errors) < 0.08  # 64 permutations: standard error about 0.06


def test_bands_find_light_edits_and_miss_unrelated_texts() -> None:
    rng = random.Random(11)
    a, b = _pair(rng, 5)
    c, _ = _pair(rng, 0)
    sa, sb, sc = (dedup.signature(t) for t in (a, b, c))
    assert sa is not None and sb is not None and sc is not None
    assert set(dedup.band_keys(sa)) & set(dedup.band_keys(sb))
    assert not set(dedup.band_keys(sa)) & set(dedup.band_keys(sc))


def test_short_texts_have_no_signature_and_text_key_ignores_spacing() -> None:
    assert dedup.signature("a short note of a few words") is None
    assert dedup.text_key("Taliban  attack,\nKunduz.") == dedup.text_key("taliban attack kunduz")

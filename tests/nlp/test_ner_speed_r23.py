"""Round 23's speed work on the NER's Python: the same answers as the slower paths they skip."""

from __future__ import annotations

import itertools

import numpy as np

from sitrep.nlp.minilm_ner import BioDecoder
from sitrep.nlp.wordpiece import basic_split, split_chars

LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-OTH", "I-OTH")


def _logp(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(-1, keepdims=True)
    out: np.ndarray = shifted - np.log(np.exp(shifted).sum(-1, keepdims=True))
    return out


def test_ascii_words_split_as_character_by_character() -> None:
    chars = [chr(c) for c in range(32, 127)] + ["\t", "\x00", "\x7f", "é", "\u2019"]
    for a, b in itertools.product(chars, repeat=2):
        for word in (a + b, "Ab" + a + "9" + b, a + "Qaeda-" + b):
            assert basic_split(word) == split_chars(word), word
    assert basic_split("Al-Shabaab's") == ["al", "-", "shabaab", "'", "s"]
    assert basic_split("Café") == ["cafe"]


def test_decoder_is_the_viterbi_path_on_random_logits() -> None:
    decoder = BioDecoder(LABELS)
    rng = np.random.default_rng(23)
    for case in range(400):
        rows, words = int(rng.integers(1, 5)), int(rng.integers(1, 30))
        if case % 3 == 0:  # small integers: ties everywhere
            logits = rng.integers(-2, 3, size=(rows, words, len(LABELS))).astype(np.float32)
        elif case % 3 == 1:  # a confident model: mostly valid per-word paths
            logits = rng.normal(size=(rows, words, len(LABELS))).astype(np.float32)
            logits[:, :, 0] += 4.0
        else:
            logits = (rng.normal(size=(rows, words, len(LABELS))) * 3).astype(np.float32)
        lengths = rng.integers(1, words + 1, size=rows)
        lengths[0] = words
        expected = decoder._viterbi(_logp(logits), lengths)
        assert (decoder(logits, lengths) == expected).all()


def test_decoder_keeps_a_valid_best_path_and_repairs_an_invalid_one() -> None:
    decoder = BioDecoder(LABELS)
    valid = np.full((1, 3, len(LABELS)), -5.0, dtype=np.float32)
    for t, tag in enumerate((1, 2, 0)):  # B-PER I-PER O
        valid[0, t, tag] = 5.0
    best = decoder._greedy(_logp(valid), np.array([3]))
    assert best is not None and best.tolist() == [[1, 2, 0]]
    stray = valid.copy()
    stray[0, 0] = -5.0
    stray[0, 0, 0] = 5.0  # O I-PER O: not valid BIO, left to the Viterbi decoder
    assert decoder._greedy(_logp(stray), np.array([3])) is None
    assert decoder(stray, np.array([3])).tolist() == decoder._viterbi(_logp(stray), np.array([3])).tolist()

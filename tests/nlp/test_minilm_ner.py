"""The transformer NER's own parts: WordPiece splitting, 4-bit rows, windows and BIO decoding."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from sitrep.nlp.minilm_ner import BioDecoder, MiniLMNer, NerConfig, PieceRows, dequantize_rows, quantize_rows
from sitrep.nlp.model import model_path
from sitrep.nlp.wordpiece import MAX_PIECES, WordPiece, basic_split

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "kan", "##da", "##har", "d", "##a", "attack", ",", "-", "e"]


def test_basic_split_lowercases_strips_accents_and_splits_punctuation() -> None:
    assert basic_split("Kandahar's") == ["kandahar", "'", "s"]
    assert basic_split("Hératé") == ["herate"]
    assert basic_split("U.S.") == ["u", ".", "s", "."]


def test_wordpiece_takes_the_longest_piece_first() -> None:
    wp = WordPiece(VOCAB)
    assert [VOCAB[i] for i in wp("Kandahar")] == ["kan", "##da", "##har"]
    assert [VOCAB[i] for i in wp("attack,")] == ["attack", ","]
    assert wp("Kandahar") is wp("Kandahar")  # cached


def test_wordpiece_unknown_and_overlong_words() -> None:
    wp = WordPiece(VOCAB)
    assert wp("zzz") == [wp.unk]
    assert wp("") == [wp.unk]
    assert len(wp("-".join(["e"] * 40))) == MAX_PIECES


def test_four_bit_rows_round_trip_within_half_a_step() -> None:
    rng = np.random.default_rng(0)
    rows = rng.normal(size=(50, 384)).astype(np.float32)
    rows[3] = 0.0
    packed, scale = quantize_rows(rows, group=32)
    assert packed.shape == (50, 192) and packed.dtype == np.uint8 and scale.shape == (50, 12)
    back = dequantize_rows(packed, scale)
    step = np.repeat(scale.astype(np.float32), 32, axis=1)
    assert np.all(np.abs(back - rows) <= step / 2 + 1e-3)
    assert np.all(back[3] == 0.0)


def test_piece_rows_made_on_first_read_are_the_rows_made_all_at_once() -> None:
    rng = np.random.default_rng(1)
    packed, scale = quantize_rows(rng.normal(size=(300, 384)).astype(np.float32), group=32)
    every = dequantize_rows(packed, scale)
    rows = PieceRows(packed, scale)
    for _ in range(40):  # batches of windows reading pieces seen before and new ones, repeated within a batch
        ids = rng.integers(0, 300, size=(int(rng.integers(1, 5)), int(rng.integers(1, 60))))
        got = rows[ids]
        assert got.dtype == np.float32 and got.shape == (*ids.shape, 384)
        assert got.tobytes() == every[ids].tobytes()
    assert rows[np.arange(300)[None, :]][0].tobytes() == every.tobytes()


class _Stub(MiniLMNer):
    """MiniLMNer's windowing and decoding without an ONNX session (tags chosen by the test)."""

    def __init__(self, max_pieces: int) -> None:
        self.cfg = NerConfig(labels=("O", "B-PER", "I-PER", "B-LOC", "I-LOC"), max_pieces=max_pieces,
                             version="t", layers=0)
        self.wordpiece = WordPiece(VOCAB)


def test_windows_pack_sentences_and_never_exceed_the_budget() -> None:
    ner = _Stub(max_pieces=5)
    wins = ner._windows([["Kandahar"], ["attack", "attack"], ["attack"] * 7])
    assert [len(ids) - 2 for ids, _, _ in wins] == [5, 5, 2]  # [CLS] and [SEP] come on top
    assert wins[0][2] == [(0, 0), (1, 0), (1, 1)]
    assert all(ids[f] != ner.wordpiece.cls for ids, firsts, _ in wins for f in firsts)


def test_bio_decoding_starts_a_name_at_a_stray_inside_tag() -> None:
    ner = _Stub(max_pieces=5)
    # O B-PER I-PER I-LOC O B-LOC
    assert ner._spans([0, 1, 2, 4, 0, 3]) == [(1, 3, "PER"), (3, 4, "LOC"), (5, 6, "LOC")]


LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC")


def _logits(rows: list[list[dict[str, float]]]) -> np.ndarray:
    """Scores per word as {label: logit}; unlisted labels get -5."""
    out = np.full((len(rows), max(map(len, rows)), len(LABELS)), -5.0, dtype=np.float32)
    for r, row in enumerate(rows):
        for w, scores in enumerate(row):
            for label, value in scores.items():
                out[r, w, LABELS.index(label)] = value
    return out


def test_bio_decoder_keeps_one_type_through_a_name_and_never_opens_with_inside() -> None:
    decode = BioDecoder(LABELS)
    # word 2 leans I-LOC, but after B-PER only O, B-* or I-PER can follow: I-PER is the best valid whole
    person = [{"O": 0.0}, {"B-PER": 3.0}, {"I-LOC": 2.0, "I-PER": 1.8}]
    # a stray inside tag first: argmax says I-LOC, the valid path opens with B-LOC
    place = [{"I-LOC": 2.0, "B-LOC": 1.5}, {"O": 2.0}]
    best = decode(_logits([person, place]), np.array([3, 2]))
    assert [LABELS[t] for t in best[0]] == ["O", "B-PER", "I-PER"]
    assert [LABELS[t] for t in best[1][:2]] == ["B-LOC", "O"]


def test_bio_decoder_ignores_padding_beyond_each_row() -> None:
    decode = BioDecoder(LABELS)
    rows = _logits([[{"B-LOC": 2.0}], [{"O": 1.0}, {"O": 1.0}, {"I-PER": 9.0}]])
    rows[0, 1:] = 50.0  # padding: whatever it holds must not reach the real word
    best = decode(rows, np.array([1, 2]))
    assert LABELS[best[0, 0]] == "B-LOC"
    assert [LABELS[t] for t in best[1, :2]] == ["O", "O"]


def _best_valid_path(logits: np.ndarray) -> list[int]:
    """The highest-scoring valid BIO path of one row, by trying every path (small rows only)."""
    logp = logits - np.log(np.exp(logits - logits.max(-1, keepdims=True)).sum(-1, keepdims=True)) \
        - logits.max(-1, keepdims=True)
    best: tuple[float, list[int]] = (-np.inf, [])
    for path in itertools.product(range(len(LABELS)), repeat=logits.shape[0]):
        tags = [LABELS[t] for t in path]
        if any(t.startswith("I-") and (i == 0 or tags[i - 1][2:] != t[2:]) for i, t in enumerate(tags)):
            continue
        score = float(sum(logp[i, t] for i, t in enumerate(path)))
        best = max(best, (score, list(path)), key=lambda b: b[0])
    return best[1]


def test_bio_decoder_finds_the_best_valid_path_of_rows_of_any_length() -> None:
    decode = BioDecoder(LABELS)
    rng = np.random.default_rng(7)
    for _ in range(20):
        logits = rng.normal(scale=3.0, size=(3, 4, len(LABELS))).astype(np.float32)
        lengths = rng.integers(1, 5, size=3)
        best = decode(logits, lengths)
        for r in range(3):
            assert list(best[r, :lengths[r]]) == _best_valid_path(logits[r, :lengths[r]])


@pytest.fixture(scope="module")
def shipped() -> MiniLMNer:
    return MiniLMNer(model_path() / "ner")


def test_shipped_component_finds_names_in_invented_sentences(shipped: MiniLMNer) -> None:
    sents = [["Colonel", "Wahid", "Sultani", "arrived", "in", "Mazar-i-Sharif", "on", "Monday", "."],
             ["He", "met", "the", "Red", "Crescent", "team", "."]]
    found = shipped.predict(sents)
    assert (1, 3, "PER") in found[0]
    assert (5, 6, "LOC") in found[0]
    assert shipped.predict([]) == []
    assert shipped.predict([[]]) == [[]]

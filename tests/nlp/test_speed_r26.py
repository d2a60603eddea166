"""Round 26's language-layer speed work gives the same answers as before.

* the NER encoder with constant attention reshape targets (``training/onnx_static_shapes.py``) gives the logits the
  graph before it gave (bit for bit where the fixture was made; within rounding on any CPU):
  ``tests/fixtures/ner_logits_r28.npz`` holds that graph's piece ids and logits of invented sentences, packed into
  windows and each alone (made for each new NER by ``training/ner_logits_fixture.py``: en_sitrep_core-0.3.0's);
* ``MiniLMNer._windows`` counting a window's pieces packs words as the ``len``-based packing did;
* ``connected_names`` looking names up by length finds what the names sorted longest first found.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from sitrep.nlp import connected_names as cn
from sitrep.nlp.minilm_ner import MiniLMNer
from sitrep.nlp.model import model_path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ner_logits_r28.npz"
TEXTS = [
    "Gunmen attacked a police post near Velmora on Tuesday , killing two officers , the district governor Arlo "
    "Penhaskin said .",
    "The Northern Reed Front claimed the ambush in a statement posted by its spokesman .",
    "Protesters gathered outside the ministry in Castelbrano .",
    "Residents said drones struck the Kessary bridge twice overnight , and the Union of Lake Traders closed its "
    "market . Two shopkeepers were hurt .",
    "Ok .",
    "Lieutenant Colonel Oduya Marchetti-Vance of the 14th Mechanised Brigade told reporters in Port Selwyn that "
    "troops had withdrawn from Tallow Ridge , Ashgrove and the Mirren Valley after three days of shelling by the "
    "Coastal Liberation Army , which denied it .",
]


@pytest.fixture(scope="module")
def ner() -> MiniLMNer:
    return MiniLMNer(model_path() / "ner")


def _run(ner: MiniLMNer, ids: list[int]) -> np.ndarray:
    rows = np.array([ids], dtype=np.int64)
    out: np.ndarray = ner.session.run(None, {"emb": ner.embeddings[rows],
                                             "mask": np.ones((1, len(ids)), dtype=np.float32)})[0][0]
    return out


def _same_logits(got: np.ndarray, want: np.ndarray) -> None:
    """The same tags and, within a float rounding, the same logits. The graphs gave byte-equal logits on the machine
    the fixture was made on; another CPU's int8 kernels may round the last bits of both graphs differently, so the
    test does not ask for bytes."""
    assert got.shape == want.shape
    assert (got.argmax(-1) == want.argmax(-1)).all()
    assert np.allclose(got, want, rtol=0, atol=1e-3)


def test_encoder_logits_as_before(ner: MiniLMNer) -> None:
    kept = np.load(FIXTURE)
    sentences = [t.split(" ") for t in TEXTS]
    windows = ner._windows(sentences)
    assert len(windows) == 2
    for k, (ids, _, _) in enumerate(windows):
        assert ids == kept[f"ids{k}"].tolist()
        _same_logits(_run(ner, ids), kept[f"logits{k}"])
    for k, words in enumerate(sentences):
        ((ids, _, _),) = ner._windows([words])
        assert ids == kept[f"alone_ids{k}"].tolist()
        _same_logits(_run(ner, ids), kept[f"alone_logits{k}"])


def _windows_by_len(ner: MiniLMNer, sentences: list[list[str]]) -> list[tuple[list[int], list[int],
                                                                                   list[tuple[int, int]]]]:
    """The packing as it was written before round 26 (``len(ids)`` read at every word)."""
    budget = ner.cfg.max_pieces
    out: list[tuple[list[int], list[int], list[tuple[int, int]]]] = []
    ids, firsts, where = [ner.wordpiece.cls], [], []

    def flush() -> None:
        nonlocal ids, firsts, where
        if firsts:
            out.append(([*ids, ner.wordpiece.sep], firsts, where))
        ids, firsts, where = [ner.wordpiece.cls], [], []

    for s, words in enumerate(sentences):
        pieces = [ner.wordpiece(w) for w in words]
        if len(ids) - 1 + sum(map(len, pieces)) > budget:
            flush()
        for w, p in enumerate(pieces):
            if len(ids) - 1 + len(p) > budget:
                flush()
            firsts.append(len(ids))
            where.append((s, w))
            ids.extend(p)
    flush()
    return out


def test_windows_pack_as_before(ner: MiniLMNer) -> None:
    rng = random.Random(26)
    vocab = [*" ".join(TEXTS).split(" "), "Marchetti-Vance's", "unbelievably", "x", "Þórsvík", "—", "2026-12-07"]
    small = MiniLMNer.__new__(MiniLMNer)
    small.wordpiece = ner.wordpiece
    for budget in (1, 2, 3, 5, 8, 13, 40, 126):
        small.cfg = replace(ner.cfg, max_pieces=budget)
        for _ in range(60):
            sentences = [[rng.choice(vocab) for _ in range(rng.choice((0, 1, 2, 5, 9, 30)))]
                         for _ in range(rng.randint(0, 6))]
            assert small._windows(sentences) == _windows_by_len(small, sentences)


def _connected_names_sorted(text: str) -> list[tuple[int, int]]:
    """The look-up as it was written before round 26: each name of the first word, longest first."""
    table = cn._names_by_first_word()
    out: list[tuple[int, int]] = []
    for m in cn._WORD.finditer(text):
        for name in table.get(m.group(), ()):
            end = m.start() + len(name)
            if text.startswith(name, m.start()) and not text[end:end + 1].isalnum():
                out.append((m.start(), end))
                break
    return out


def test_connected_names_by_length_as_before() -> None:
    table = cn._names_by_first_word()
    firsts = sorted(table)
    assert firsts, "the gazetteer has joined town names"
    rng = random.Random(2026)
    found = 0
    fillers = ["Troops moved", "near", "in", "and", "the", "on Friday.", "x", "9", "-", ",", ""]
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 6)):
            names = table[rng.choice(firsts)]
            name = rng.choice(names)
            cut = rng.choice((len(name), len(name), len(name) - 1, len(name.split(" ")[0])))
            parts.append(name[:cut] + rng.choice(("", "", "s", "1", "é", "_", " ")))
            parts.append(rng.choice(fillers))
        text = " ".join(parts)
        spans = cn.connected_names(text)
        assert spans == _connected_names_sorted(text)
        found += len(spans)
    assert found > 200

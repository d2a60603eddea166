"""The NER runs each window of a document alone: its names do not depend on the document's other windows."""

from __future__ import annotations

import numpy as np
import pytest

from sitrep.nlp.minilm_ner import MiniLMNer
from sitrep.nlp.model import model_path


@pytest.fixture(scope="module")
def shipped() -> MiniLMNer:
    return MiniLMNer(model_path() / "ner")


def test_a_window_finds_the_same_names_alone_and_beside_longer_windows(shipped: MiniLMNer) -> None:
    short = ["Gunmen", "attacked", "a", "police", "post", "in", "Lorvani", "district", "of", "Osmia", "province",
             "on", "Tuesday", "."]
    long_one = ["The", "council", "met", "in", "Bretova", "city", "and", "the", "mayor", "Ana", "Kovar", "spoke",
                "about", "the", "floods", ","] * 8
    assert len(shipped._windows([short, long_one])) >= 2  # the long sentence fills windows of its own
    alone = shipped.predict([short])[0]
    assert alone  # the sentence has names
    assert shipped.predict([short, long_one])[0] == alone
    assert shipped.predict([long_one, short, long_one])[1] == alone


def test_logits_of_a_padded_batch_are_each_window_run_alone(shipped: MiniLMNer) -> None:
    rng = np.random.default_rng(3)
    emb = rng.normal(size=(3, 20, 384)).astype(np.float32)
    lengths = [20, 7, 12]
    got = shipped._logits(emb, lengths)
    for r, n in enumerate(lengths):
        one = shipped.session.run(None, {"emb": emb[r:r + 1, :n], "mask": np.ones((1, n), dtype=np.float32)})[0]
        assert got[r, :n].tobytes() == one[0].tobytes()
        assert not got[r, n:].any()

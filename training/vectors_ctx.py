"""Contextual-derived static vectors from all-MiniLM-L6-v2, appended to the token-embedding vectors.

Usage::

    .venv/bin/python training/vectors_ctx.py [--dims 32] [--base training/vectors] [--out training/output/vectors_ctx]

``training/vectors.py`` gives every word row the mean of its word pieces' *input* embeddings. This step
runs the MiniLM encoder itself (a plain numpy implementation of its 6 BERT layers; no torch) and adds,
for the same rows and keys, a type-level vector made of

* the word encoded on its own (``[CLS] word [SEP]``; mean over its word pieces), for every row, and
* the average of the word's contextual vectors over all its occurrences in the training corpora
  (``training/corpus/train_*.spacy``, windows of up to 128 word pieces); rows whose word does not occur
  in the corpora use the isolated encoding instead,

each from layers 3 and 6 (concatenated), then centred and projected to ``--dims`` principal components
(mean row norm 5, like the base table). The result table is ``[base | new]`` (rows and keys unchanged),
so a pipeline trained on the base table keeps its exact behaviour once its ``StaticVectors`` weight is
padded with zero columns (``pad_static_vectors``; train.py does this for the syntax model when it
assembles the pipeline).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np
import spacy
import vectors as base_vectors
from spacy.tokens import DocBin
from spacy.vectors import Vectors

HERE = Path(__file__).resolve().parent
LAYERS = (3, 6)


class MiniLM:
    """BERT encoder forward pass in numpy (inference, float32)."""

    def __init__(self, mdir: Path) -> None:
        import struct

        path = mdir / "model.safetensors"
        with path.open("rb") as fh:
            (n,) = struct.unpack("<Q", fh.read(8))
            header = json.loads(fh.read(n))
        self.p = {
            k: base_vectors.read_safetensor(path, k)
            for k, v in header.items()
            if k != "__metadata__" and v["dtype"] == "F32"
        }
        cfg = json.loads((mdir / "config.json").read_text())
        self.n_layers = cfg["num_hidden_layers"]
        self.n_heads = cfg["num_attention_heads"]
        self.eps = cfg["layer_norm_eps"]
        for k in list(self.p):
            if k.endswith(".weight") and self.p[k].ndim == 2 and "embeddings" not in k:
                self.p[k] = np.ascontiguousarray(self.p[k].T)  # (in, out)

    def _ln(self, x: np.ndarray, name: str) -> np.ndarray:
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + self.eps) * self.p[name + ".weight"] + self.p[name + ".bias"]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.p[name + ".weight"] + self.p[name + ".bias"]

    def forward(self, ids: np.ndarray, mask: np.ndarray, layers: tuple[int, ...]) -> list[np.ndarray]:
        """ids, mask: (B, T). Returns the hidden states after each layer in ``layers`` (1-based)."""
        p = self.p
        b, t = ids.shape
        x = p["embeddings.word_embeddings.weight"][ids] + p["embeddings.position_embeddings.weight"][:t][None]
        x = x + p["embeddings.token_type_embeddings.weight"][0]
        x = self._ln(x, "embeddings.LayerNorm").astype("float32")
        h = self.n_heads
        d = x.shape[-1] // h
        neg = ((1.0 - mask[:, None, None, :]) * -1e4).astype("float32")
        out = []
        for i in range(self.n_layers):
            pre = f"encoder.layer.{i}."
            q = self._dense(x, pre + "attention.self.query").reshape(b, t, h, d).transpose(0, 2, 1, 3)
            k = self._dense(x, pre + "attention.self.key").reshape(b, t, h, d).transpose(0, 2, 3, 1)
            v = self._dense(x, pre + "attention.self.value").reshape(b, t, h, d).transpose(0, 2, 1, 3)
            s = (q @ k) / math.sqrt(d) + neg
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(0, 2, 1, 3).reshape(b, t, h * d)
            x = self._ln(self._dense(a, pre + "attention.output.dense") + x, pre + "attention.output.LayerNorm")
            f = self._dense(x, pre + "intermediate.dense")
            f = 0.5 * f * (1.0 + _erf(f / math.sqrt(2.0)))
            x = self._ln(self._dense(f, pre + "output.dense") + x, pre + "output.LayerNorm").astype("float32")
            if i + 1 in layers:
                out.append(x)
        return out


def _erf(x: np.ndarray) -> np.ndarray:
    try:
        from scipy.special import erf  # type: ignore[import-untyped]

        return erf(x).astype("float32")
    except ImportError:  # Abramowitz-Stegun 7.1.26 (|error| < 1.5e-7)
        sign = np.sign(x)
        a = np.abs(x)
        t = 1.0 / (1.0 + 0.3275911 * a)
        poly = (((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592
        y = 1.0 - poly * t * np.exp(-a * a)
        return (sign * y).astype("float32")


def encode_batches(model: MiniLM, seqs: list[list[int]], cls: int, sep: int, max_tokens: int = 4096):
    """Yield (index, hidden (len, dim)) for each piece sequence (CLS/SEP added, then stripped)."""
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    i = 0
    while i < len(order):
        idx = [order[i]]
        while i + len(idx) < len(order) and (len(idx) + 1) * (len(seqs[order[i + len(idx)]]) + 2) <= max_tokens:
            idx.append(order[i + len(idx)])  # sorted by length: the newest is the longest
        t = max(len(seqs[j]) for j in idx) + 2
        ids = np.zeros((len(idx), t), dtype="int64")
        mask = np.zeros((len(idx), t), dtype="float32")
        for r, j in enumerate(idx):
            s = [cls, *seqs[j], sep]
            ids[r, : len(s)] = s
            mask[r, : len(s)] = 1
        hs = np.concatenate(model.forward(ids, mask, LAYERS), axis=-1)
        for r, j in enumerate(idx):
            yield j, hs[r, 1 : 1 + len(seqs[j])]
        i += len(idx)


def build(dims: int, base: Path, out: Path, corpus: Path, contexts: bool, reuse: bool = False) -> dict:
    t0 = time.time()
    mdir = base_vectors.minilm_dir()
    vocab_list = (mdir / "vocab.txt").read_text(encoding="utf8").split("\n")
    vocab = {w: i for i, w in enumerate(vocab_list) if w}
    model = MiniLM(mdir)
    # the base table's rows, in the same order as vectors.py builds them
    whole = {w for w in vocab if not w.startswith("##") and not (w.startswith("[") and w.endswith("]"))}
    train_paths = sorted(corpus.glob("train_*.spacy"))
    train_forms = base_vectors.corpus_words(train_paths)
    lowers = sorted(whole | {base_vectors.normalize(w) for w in train_forms})
    row_words: list[str] = []
    row_pieces: list[list[int]] = []
    for w in lowers:
        ids = [vocab[w]] if w in vocab else base_vectors.pieces(w, vocab)
        if ids:
            row_words.append(w)
            row_pieces.append(ids[:30])
    nlp = spacy.load(base)
    bv = nlp.vocab.vectors
    assert bv.shape[0] == len(row_words), (bv.shape, len(row_words))
    if reuse and (out / "ctx_features.npy").exists():
        feats = np.load(out / "ctx_features.npy")
        return project(feats, dims, bv, nlp, out, -1, t0)
    row_of = {w: r for r, w in enumerate(row_words)}
    hid = 384 * len(LAYERS)
    iso = np.zeros((len(row_words), hid), dtype="float32")
    out.mkdir(parents=True, exist_ok=True)
    if reuse and (out / "iso_features.npy").exists():
        iso = np.load(out / "iso_features.npy")
    else:
        for j, hs in encode_batches(model, row_pieces, vocab["[CLS]"], vocab["[SEP]"]):
            iso[j] = hs.mean(axis=0)
        np.save(out / "iso_features.npy", iso)
    print(f"isolated: {len(row_words)} rows, {time.time() - t0:.0f}s", flush=True)
    feats = iso
    n_ctx = 0
    if contexts:
        ctx_sum = np.zeros_like(iso)
        ctx_n = np.zeros(len(row_words), dtype="float32")
        blank = spacy.blank("en")
        windows: list[tuple[list[int], list[tuple[int, int, int]]]] = []  # pieces, (row, start, end)
        seen_docs: set[str] = set()
        for p in train_paths:
            for doc in DocBin().from_disk(p).get_docs(blank.vocab):
                if doc.text in seen_docs:  # train_syntax is a subset of train_ner
                    continue
                seen_docs.add(doc.text)
                cur: list[int] = []
                spans: list[tuple[int, int, int]] = []
                for tok in doc:
                    w = base_vectors.normalize(tok.text)
                    ids = ([vocab[w]] if w in vocab else base_vectors.pieces(w, vocab))[:30]
                    if not ids:
                        continue
                    if len(cur) + len(ids) > 126:
                        windows.append((cur, spans))
                        cur, spans = [], []
                    r = row_of.get(w, -1)
                    spans.append((r, len(cur), len(cur) + len(ids)))
                    cur.extend(ids)
                if cur:
                    windows.append((cur, spans))
        for j, hs in encode_batches(model, [w[0] for w in windows], vocab["[CLS]"], vocab["[SEP]"], 8192):
            for r, s, e in windows[j][1]:
                if r >= 0:
                    ctx_sum[r] += hs[s:e].mean(axis=0)
                    ctx_n[r] += 1
        has = ctx_n > 0
        n_ctx = int(has.sum())
        ctx = iso.copy()
        ctx[has] = ctx_sum[has] / ctx_n[has, None]
        feats = np.concatenate([iso, ctx], axis=1)
        out.mkdir(parents=True, exist_ok=True)
        print(f"contexts: {len(windows)} windows, {n_ctx} rows seen, {time.time() - t0:.0f}s", flush=True)
        np.save(out / "ctx_features.npy", feats)  # cache for --reuse (not part of the vectors)
    return project(feats, dims, bv, nlp, out, n_ctx, t0)


def project(feats: np.ndarray, dims: int, bv, nlp, out: Path, n_ctx: int, t0: float) -> dict:
    # PCA -> dims, mean row norm 5
    mean = feats.mean(axis=0)
    centred = feats - mean
    centred /= centred.std(axis=0) + 1e-6
    _u, _s, vt = np.linalg.svd(centred, full_matrices=False)
    new = centred @ vt[:dims].T
    new *= 5.0 / np.sqrt((new**2).sum(axis=1)).mean()
    data = np.concatenate([np.asarray(bv.data), new.astype("float32")], axis=1)
    vecs = Vectors(strings=nlp.vocab.strings, data=data)
    for key, row in bv.key2row.items():
        vecs.add(key, row=row)
    nlp.vocab.vectors = vecs
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    info = {
        "rows": data.shape[0], "dims": data.shape[1], "base_dims": bv.shape[1], "ctx_dims": dims,
        "keys": len(bv.key2row), "rows_with_contexts": n_ctx, "layers": list(LAYERS),
        "seconds": round(time.time() - t0),
    }  # fmt: skip
    (out / "vectors_info.json").write_text(json.dumps(info), encoding="utf8")
    return info


def pad_static_vectors(nlp, n_new: int) -> int:
    """Append ``n_new`` zero input columns to every StaticVectors layer of ``nlp`` (its outputs are unchanged
    when the vectors table gains ``n_new`` trailing dimensions). Returns the number of layers padded."""
    n = 0
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None:
            continue
        for node in model.walk():
            if node.name == "static_vectors" and node.has_param("W"):
                w = node.get_param("W")
                padded = np.concatenate([w, np.zeros((w.shape[0], n_new), dtype=w.dtype)], axis=1)
                node._dims["nM"] = padded.shape[1]  # set_dim refuses to change a dim once params exist
                node.set_param("W", padded)
                n += 1
    return n


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dims", type=int, default=32)
    ap.add_argument("--base", type=Path, default=HERE / "vectors")
    ap.add_argument("--out", type=Path, default=HERE / "output" / "vectors_ctx")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--reuse", action="store_true", help="re-project the cached features of an earlier run")
    ap.add_argument("--no-contexts", action="store_true", help="isolated-word encodings only")
    args = ap.parse_args(argv)
    info = build(args.dims, args.base, args.out, args.corpus, not args.no_contexts, args.reuse)
    print(info)
    return info


if __name__ == "__main__":
    main()

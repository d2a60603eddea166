"""Score a NER component on the held-out UNER English-EWT test split inside the shipped pipeline.

Usage (from the repository root)::

    .venv/bin/python training/ner_test.py [--component training/output/minilm_ner/component] [--json FILE]

The shipped pipeline (``src/sitrep/nlp/models/en_sitrep_core-*``: tokenizer, tagger, parser, ...) is loaded and,
with ``--component``, its NER is replaced by the transformer NER exported by ``minilm_ner.py``; the pipeline then
tags UNER EWT test (``training/corpus/uner_test.spacy`` from ``convert.py``) on the gold words (``gold_tok``) and on
the raw text with its own tokenizer (``raw``), scored as ``train.py`` scores it (micro P/R/F1 over PER/ORG/LOC, and
per type). It is the same figure as the model card's UNER row, without training or assembling the syntax model
again: a new NER is measured, and ``train.py --syntax-from`` ships it, with the syntax model as it is shipped.
Every look at the test split is listed in training/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import spacy  # noqa: E402
import train  # noqa: E402  (registers the transformer NER factory)


def shipped_pipeline() -> Path:
    (found,) = sorted(train.SHIP_DIR.glob(f"{train.MODEL_NAME}-*"))
    return found


def score(model: Path, component: Path | None, corpus: Path) -> dict[str, dict]:
    nlp = spacy.load(model)
    if component is not None:
        nlp.remove_pipe("ner")
        nlp.add_pipe("sitrep_minilm_ner", name="ner").from_disk(component)
    refs = train.load_docs(nlp, corpus / "uner_test.spacy")
    out: dict[str, dict] = {}
    for mode in ("gold_tok", "raw"):
        egs = train.examples(nlp, refs, mode)
        for eg, doc in zip(egs, nlp.pipe([eg.predicted for eg in egs]), strict=True):
            eg.predicted = doc
        out[mode] = train.ner_prf(egs)
    return out


def main(argv: list[str] | None = None) -> dict[str, dict]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=None, help="pipeline directory (default: the shipped one)")
    ap.add_argument("--component", type=Path, default=None, help="transformer NER component to score in it")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--json", type=Path, default=None)
    a = ap.parse_args(argv)
    res = score(a.model or shipped_pipeline(), a.component, a.corpus)
    for mode, r in res.items():
        per = " ".join(f"{k} {v['f']:.3f}" for k, v in r["per_type"].items())
        print(f"UNER EWT test, {mode}: P {r['p']:.3f} R {r['r']:.3f} F1 {r['f']:.3f} ({per})", flush=True)
    if a.json is not None:
        a.json.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return res


if __name__ == "__main__":
    main()

"""NER model selection scores on the dev data only (never the test splits).

Usage::

    .venv/bin/python training/eval_dev.py training/output/ner/model-best [more models ...]

(also saved to training/output/ner_dev.json, which train.py's model card reads)

Scores each model's NER on ``training/corpus/dev_ner.spacy``, split into its two parts (GUM dev,
allowed genres: the first ``file_dev_syntax.spacy_docs`` docs; the UNER train hold-out: the rest),
micro P/R/F1 over PER/ORG/LOC (as the test scores are reported) on the gold words.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import spacy  # noqa: E402
from train import examples, load_docs, ner_prf  # noqa: E402


def score(model: Path, corpus: Path = HERE / "corpus") -> dict[str, dict]:
    nlp = spacy.load(model)
    refs = load_docs(nlp, corpus / "dev_ner.spacy")
    n_gum = json.loads((corpus / "stats.json").read_text())["file_dev_syntax.spacy_docs"]
    seen = {e.text for d in load_docs(nlp, corpus / "train_ner.spacy") for e in d.ents}
    out = {}
    for name, part in (("gum_dev", refs[:n_gum]), ("uner_holdout", refs[n_gum:]), ("all", refs)):
        egs = examples(nlp, part, "gold_tok")
        for eg, doc in zip(egs, nlp.pipe([eg.predicted for eg in egs]), strict=True):
            eg.predicted = doc
        out[name] = ner_prf(egs)
        # recall on the names whose string never occurs as a name in train_ner (generalisation)
        unseen = [
            (e.start_char, e.end_char, e.label_, i)
            for i, eg in enumerate(egs)
            for e in eg.reference.ents
            if e.label_ in ("PER", "ORG", "LOC") and e.text not in seen
        ]
        pred = {(e.start_char, e.end_char, e.label_, i) for i, eg in enumerate(egs) for e in eg.predicted.ents}
        out[name]["unseen_r"] = sum(u in pred for u in unseen) / max(1, len(unseen))
        out[name]["n_unseen"] = len(unseen)
    return out


def main() -> None:
    """Prints the scores; also merges them into training/output/ner_dev.json (read by train.py's model card)."""
    store = HERE / "output" / "ner_dev.json"
    saved = json.loads(store.read_text()) if store.exists() else {}
    for m in sys.argv[1:]:
        r = score(Path(m))
        key = Path(m).resolve().parent.name + "/" + Path(m).name
        saved[key] = {name: {k: v[k] for k in ("p", "r", "f", "unseen_r", "n_unseen")} for name, v in r.items()}
        store.write_text(json.dumps(saved, indent=1))
        cells = []
        for name, v in r.items():
            pt = " ".join(f"{lab} {x['f']:.3f}" for lab, x in v["per_type"].items())
            cells.append(
                f"{name} P {v['p']:.3f} R {v['r']:.3f} F {v['f']:.3f} ({pt}) unseen R {v['unseen_r']:.3f}"
                f" (n={v['n_unseen']})"
            )
        print(m, "\n  " + "\n  ".join(cells), flush=True)


if __name__ == "__main__":
    main()

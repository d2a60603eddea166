"""CPU time of the language layer plus the event coder (``annotate`` then ``extract``) over the same documents, pass
after pass, on one core.

    python benchmarks/bench_layer_coder.py [--input FILE] [--docs 300] [--kind notes] [--passes 3] [--digest]
                                           [--profile FILE] [--profile-pass N] [--json FILE] [--lazy-models]

The documents (any input ``sitrep ingest`` reads, or ``sitrep bench``'s generated corpus, seed 21) are read and
cleaned once, and the models loaded as ``sitrep ingest`` loads them before its first document (``api.load_models``,
timed apart; ``--lazy-models``: by the first document, inside pass 1, as before round 23); then every pass annotates
and extracts each of them, timing the two apart (``time.process_time``). The first pass fills the extractors' and
look-ups' caches, as one ingest does; the later ones are warm. Printed: the CPU seconds of each pass (layer, coder,
both) and words per CPU second (whitespace-separated words of the cleaned texts). ``--digest``: a SHA-256 of the
pickled annotations and extractions, which speed work must leave unchanged (run with ``PYTHONHASHSEED=0``);
``--profile``: cProfile stats (CPU clock) of pass ``--profile-pass`` (default the last); ``--json``: the figures as
JSON. Run two trees in turns (``PYTHONPATH=TREE/src``, each with its own ``SITREP_CACHE_DIR``, warmed first): a shared
machine's load moves a pass by 5-10%. Results: docs/performance.md.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

from sitrep import api
from sitrep.bench.corpus import write_corpus
from sitrep.extract import extract
from sitrep.ingest.document import to_document
from sitrep.ingest.readers import iter_inputs
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, RawItem


def documents(args: argparse.Namespace) -> list[Document]:
    with tempfile.TemporaryDirectory() as work:
        source = args.input
        if source is None:
            source = str(Path(work) / "corpus.jsonl")
            write_corpus(Path(source), args.docs, args.kind)
        return [to_document(item) for item in iter_inputs([source]) if isinstance(item, RawItem)]


def one_pass(docs: list[Document]) -> tuple[float, float, list[object]]:
    layer = coder = 0.0
    out: list[object] = []
    for doc in docs:
        started = time.process_time()
        ann = annotate(doc)
        annotated = time.process_time()
        out.append((ann, extract(doc, ann)))
        coder += time.process_time() - annotated
        layer += annotated - started
    return layer, coder, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input")
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--kind", default="notes", choices=["news", "notes"])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--digest", action="store_true")
    parser.add_argument("--profile")
    parser.add_argument("--profile-pass", type=int)
    parser.add_argument("--json")
    parser.add_argument("--lazy-models", action="store_true")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    docs = documents(args)
    words = sum(len(d.text.split()) for d in docs)
    if not args.lazy_models:
        started = time.process_time()
        api.load_models()
        print(f"models: {time.process_time() - started:.2f} CPU s")
    profiled = args.passes if args.profile_pass is None else args.profile_pass
    rows = []
    for n in range(1, args.passes + 1):
        if args.profile and n == profiled:
            profiler = cProfile.Profile(time.process_time)
            layer, coder, out = profiler.runcall(one_pass, docs)
            profiler.dump_stats(args.profile)
        else:
            layer, coder, out = one_pass(docs)
        digest = hashlib.sha256(pickle.dumps(out)).hexdigest() if args.digest else None
        rows.append({"pass": n, "layer_s": round(layer, 3), "coder_s": round(coder, 3),
                     "words_per_cpu_s": round(words / (layer + coder)), "digest": digest})
        print(f"pass {n}: layer {layer:.2f} s, coder {coder:.2f} s, both {layer + coder:.2f} s:"
              f" {words / (layer + coder):,.0f} words/s" + (f"; digest {digest[:16]}" if digest else ""))
    print(f"{len(docs)} documents, {words} words")
    if args.json:
        Path(args.json).write_text(json.dumps({"documents": len(docs), "words": words, "passes": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

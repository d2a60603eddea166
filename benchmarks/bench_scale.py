#!/usr/bin/env python3
"""Time per word against article length: one document of 1k to 100k words through the whole pipeline.

    python benchmarks/bench_scale.py [--sizes 1000,3000,10000,30000,100000] [--repeat 5] [--json]

Each size is a news-like article generated as in ``bench_nlp`` (paragraphs of invented people, groups and
districts, attacks, statements, claims), cleaned, annotated, extracted (``pipeline.prepare``) and resolved and
stored (``pipeline.store``) into a fresh knowledge base. Sizes under 10k words are timed ``--repeat`` times on
different articles and the median is kept. The figure is microseconds per word; the run fails (exit 1) when the
slowest size costs more than ``FLAT_RATIO`` times the fastest per word, i.e. when time stops growing linearly with
length. One core: run it alone.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_nlp import NameMaker, generated_article

from sitrep.kb import KnowledgeBase
from sitrep.pipeline import prepare, store
from sitrep.records import RawItem

FLAT_RATIO = 1.5
SEED = 11


def article(words: int, seed: int) -> str:
    rng, names = random.Random(seed), NameMaker(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraphs.append(generated_article(rng, names, min(600, words - count + 50)))
        count += len(paragraphs[-1].split())
    return "\n\n".join(paragraphs)


def timed(text: str, workdir: Path, n: int) -> float:
    item = RawItem(doc_id=f"d{n}", source=f"d{n}.txt", format="text", content=text, published="2019-05-01")
    with KnowledgeBase(workdir / f"kb{n}.db") as kb:
        started = time.perf_counter()
        store(kb, prepare(item), None, 0.6)
        return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,3000,10000,30000,100000")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        timed(article(300, SEED), workdir, 0)  # load the dictionaries, gazetteer and model first
        n = 1
        for size in (int(s) for s in args.sizes.split(",")):
            runs = []
            for r in range(args.repeat if size < 10_000 else 1):
                text = article(size, SEED + 100 * r + size)
                words = len(text.split())
                runs.append((timed(text, workdir, n) / words * 1e6, words))
                n += 1
            us = statistics.median(u for u, _ in runs)
            rows.append({"words": runs[0][1], "us_per_word": round(us, 1), "seconds": round(us * runs[0][1] / 1e6, 2)})
    ratio = max(r["us_per_word"] for r in rows) / min(r["us_per_word"] for r in rows)
    if args.json:
        print(json.dumps({"rows": rows, "ratio": round(ratio, 2), "flat_ratio": FLAT_RATIO}, indent=2))
    else:
        for r in rows:
            print(f"{r['words']:>7} words  {r['seconds']:>7.2f} s  {r['us_per_word']:>6.1f} us/word")
        print(f"slowest/fastest per word: {ratio:.2f} (limit {FLAT_RATIO})")
    return 0 if ratio <= FLAT_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())

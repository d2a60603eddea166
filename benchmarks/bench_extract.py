"""CPU time of extraction alone (``extract.extract``: events, relations, claims) of documents annotated beforehand.

    python benchmarks/bench_extract.py [--docs 80] [--kind news] [--input FILE] [--rounds 5] [--annotated FILE]
                                       [--profile FILE] [--digest]

The documents (``sitrep bench``'s generated corpus, seed 21, or ``--input``, any input ``sitrep ingest`` reads) are
cleaned and annotated once (``--annotated`` keeps them pickled for the next run, so two trees extract the very same
annotations), then extracted ``--rounds`` times. Printed: CPU seconds (``time.process_time``) of each round and their
median; the first round fills the extractors' caches, so compare the median of the others between two trees run in
turns. ``--digest`` prints a SHA-256 of the pickled extractions (speed work must leave it unchanged); ``--profile``
writes cProfile stats of one more round (CPU clock). Results: docs/performance.md (round 17).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sitrep.bench.corpus import write_corpus
from sitrep.extract import extract
from sitrep.ingest.document import to_document
from sitrep.ingest.readers import iter_inputs
from sitrep.nlp.annotate import annotate
from sitrep.records import Annotations, Document, RawItem

Pairs = list[tuple[Document, Annotations]]


def annotated(args: argparse.Namespace, work: Path) -> Pairs:
    kept = Path(args.annotated) if args.annotated else None
    if kept is not None and kept.exists():
        pairs: Pairs = pickle.loads(kept.read_bytes())
        return pairs
    source = args.input
    if source is None:
        source = str(work / "corpus.jsonl")
        write_corpus(Path(source), args.docs, args.kind)
    pairs = []
    for item in iter_inputs([source]):
        if isinstance(item, RawItem):
            doc = to_document(item)
            pairs.append((doc, annotate(doc)))
    if kept is not None:
        kept.write_bytes(pickle.dumps(pairs))
    return pairs


def one_round(pairs: Pairs) -> tuple[float, list[object]]:
    started = time.process_time()
    out: list[object] = [extract(doc, ann) for doc, ann in pairs]
    return time.process_time() - started, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=80)
    parser.add_argument("--kind", default="news", choices=["news", "notes"])
    parser.add_argument("--input")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--annotated")
    parser.add_argument("--profile")
    parser.add_argument("--digest", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        pairs = annotated(args, Path(work))
    times, out = [], []
    for _ in range(args.rounds):
        seconds, out = one_round(pairs)
        times.append(seconds)
    rest = times[1:] or times
    words = sum(len(doc.text.split()) for doc, _ in pairs)
    print(f"{len(pairs)} documents, {words} words; extract CPU s per round: {' '.join(f'{t:.3f}' for t in times)};"
          f" median after the first: {statistics.median(rest):.3f} ({words / statistics.median(rest):,.0f} words/s)")
    if args.digest:
        print("digest", hashlib.sha256(pickle.dumps(out)).hexdigest())
    if args.profile:
        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(one_round, pairs)
        profiler.dump_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())

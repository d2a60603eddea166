"""Entity resolution at scale: milliseconds per new document on bases of about 1,000, 10,000 and 100,000 entities.

    python benchmarks/bench_resolve.py [--sizes 1000 10000 100000] [--docs 12] [--rounds 3] [--keep DIR]
                                       [--profile SIZE]
    pytest benchmarks/bench_resolve.py --benchmark-only

Acceptance (issue): blocking keys instead of comparing every pair, so the cost per new document stays
flat as the base grows; here "flat" is: 100k entities within 2x of 1k.

How the bases are made. Ingesting 100,000 entities through the full pipeline would take far longer than the
benchmark it serves, so the base is written in bulk, but through sitrep's own code wherever resolution
reads what it wrote:

- the schema is the real one (``KnowledgeBase`` applies every migration);
- entities and their aliases are written by ``KnowledgeBase._write_entities``, the function ingest uses,
  from ``ResolvedEntity`` records built as ``sitrep.resolve.entities`` builds a new entity (the name as
  written, the title-free name, and the ``surname:`` / ``tr:`` blocking keys from ``_with_keys``), so the
  ``aliases`` rows and keys are exactly those a real ingest leaves;
- entity ids are ``e1 .. eN`` as resolution numbers them;
- for a realistic base, events (one per 4 entities, dated 2015-2020, placed at location entities) and
  relations (one per 4 entities, between people and organisations) are inserted with plain SQL into the
  real tables (``v1..``, ``r1..``), since storing a new document also numbers events and relations.

Names (seeded, reproducible; base N is the first N of base 100,000): 55% people (a common given name or a
made-up one, a family name made of syllables or, for a quarter of them, one of 30 common tribal family
names, so that lone-family-name look-ups meet crowded blocks as in real reporting; some with a title kept
in the name such as Mullah, Qari, Haji), 15% organisations ("X Front", "X Council", ...), 30% places.

What is timed: ``sitrep.pipeline.store(kb, prepared, run_id, threshold, resolver)`` for each
of a handful of new generated articles, the whole per-document write (duplicate checks, resolution, places,
event coreference, mentions, events, relations, claims) in its transaction. The language layer runs before
timing (its cost does not depend on the base). The same articles are added at every size: they mention
people, organisations and places the smallest base already holds (by full name, with titles, and by family
name alone) and new ones. Each round starts from a fresh copy of the base. "resolve" is the part spent in
the resolver alone.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_nlp import NameMaker, generated_article, syllable_word

from sitrep import settings
from sitrep.api import versions
from sitrep.kb import KnowledgeBase, writes
from sitrep.kb.schema import migrations
from sitrep.pipeline import prepare_document, store
from sitrep.records import Document, PreparedDocument, Resolution, ResolvedEntity
from sitrep.resolve import resolve
from sitrep.resolve.entities import _with_keys

SIZES = (1_000, 10_000, 100_000)
FLAT_RATIO = 2.0
SEED = 2024
COMMON_FAMILY_NAMES = [
    "Ahmadzai", "Shinwari", "Mohmand", "Barakzai", "Popalzai", "Noorzai", "Achakzai", "Alizai", "Kakar", "Safi",
    "Hotak", "Wardak", "Stanikzai", "Sultani", "Rahimi", "Karimi", "Hashimi", "Ahmadi", "Momand", "Zazai",
    "Tokhi", "Niazi", "Yousafzai", "Afridi", "Durrani", "Jalali", "Nazari", "Azizi", "Amiri", "Sadat",
]
KEPT_TITLES = ["Mullah", "Qari", "Haji", "Maulvi"]  # titles resolution keeps in the name
ORG_HEADS = ["Front", "Council", "Movement", "Shura", "Network", "Brigade"]


@dataclass(frozen=True)
class Spec:
    """One entity of the generated base."""

    id: str
    type: str
    name: str  # canonical name
    written: tuple[str, ...]  # how documents wrote it
    family: str = ""


def entity_specs(n: int, seed: int = SEED) -> Iterator[Spec]:
    """``n`` entities; the first ``k`` of ``entity_specs(n)`` are ``entity_specs(k)``."""
    rng = random.Random(seed)
    names = NameMaker(seed)
    seen: set[str] = set()
    i = 0
    while i < n:
        roll = rng.random()
        if roll < 0.55:
            full = names.person()
            family = full.split()[-1]
            if rng.random() < 0.25:
                family = rng.choice(COMMON_FAMILY_NAMES)
                full = " ".join([*full.split()[:-1], family])
            name = f"{rng.choice(KEPT_TITLES)} {full}" if rng.random() < 0.2 else full
            written: tuple[str, ...] = (name, family) if rng.random() < 0.3 else (name,)
            spec = Spec("", "person", name, written, family)
        elif roll < 0.70:
            name = f"{syllable_word(rng)} {rng.choice(ORG_HEADS)}"
            spec = Spec("", "organization", name, (name,))
        else:
            name = syllable_word(rng)
            spec = Spec("", "location", name, (name,))
        if spec.name.lower() in seen:
            continue
        seen.add(spec.name.lower())
        i += 1
        yield Spec(f"e{i}", spec.type, spec.name, spec.written, spec.family)


def build_base(path: Path, n: int, seed: int = SEED, chunk: int = 5_000) -> dict[str, Any]:
    """Write a base of ``n`` entities (with aliases, blocking keys, events and relations) at ``path``."""
    t0 = time.perf_counter()
    specs = list(entity_specs(n, seed))
    rng = random.Random(seed + 1)
    with KnowledgeBase(path) as kb:
        run_id = writes.start_run(kb.db, "bench-build", versions())
        for at in range(0, len(specs), chunk):
            res = Resolution(entities=[
                ResolvedEntity(id=s.id, type=s.type, name=s.name, new=True, aliases=_with_keys(s.written, s.type))
                for s in specs[at:at + chunk]])
            with kb.db.transaction():
                writes.write_entities(kb.db, "", res, run_id)
        places = [s.id for s in specs if s.type == "location"]
        people = [s.id for s in specs if s.type == "person"]
        orgs = [s.id for s in specs if s.type == "organization"] or people
        with kb.db.transaction():
            c = kb.db
            c.executemany(
                "INSERT INTO events (id, type, sub_type, date_start, date_end, date_precision, location_id, fatalities,"
                " extractor, version, run_id) VALUES (?, ?, ?, ?, ?, 'day', ?, ?, 'bench', 'bench', ?)",
                [(f"v{k + 1}", *rng.choice([("Battles", "Armed clash"),
                                            ("Explosions/Remote violence", "Suicide bomb")]),
                  (d := f"{rng.randint(2015, 2020)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"), d,
                  rng.choice(places), rng.randint(0, 30), run_id) for k in range(n // 4)])
            c.executemany(
                "INSERT INTO relations (id, predicate, subject_id, object_id, certainty, extractor, version, run_id)"
                " VALUES (?, ?, ?, ?, 'reported', 'bench', 'bench', ?)",
                [(f"r{k + 1}", rng.choice(["member_of", "leader_of", "holds_position"]), rng.choice(people),
                  rng.choice(orgs), run_id) for k in range(n // 4)])
        writes.finish_run(kb.db, run_id, "done", {"entities": n})
        counts = {t: kb.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("entities", "aliases", "events", "relations")}
    return {"build_s": time.perf_counter() - t0, **counts}


def cached_base(n: int, cache: Path, seed: int = SEED) -> Path:
    """The base of ``n`` entities in ``cache``, built unless ``cache`` holds one for this size, seed and schema
    (a base kept with ``--keep`` is not rebuilt when resolution's code changes: remove it then)."""
    schema = "-".join(m.name[:4] for m in migrations())
    path = cache / f"bench-resolve-{n}-{seed}-{schema}.db"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for p in cache.glob(tmp.name + "*"):
            p.unlink()
        info = build_base(tmp, n, seed)
        tmp.rename(path)
        print(f"built base of {n:,} entities in {info['build_s']:.1f} s: {json.dumps(info)}", file=sys.stderr)
    return path


def new_documents(k: int = 12, seed: int = SEED) -> list[PreparedDocument]:
    """``k`` prepared articles mentioning entities of the smallest base (and new ones)."""
    known = list(entity_specs(SIZES[0], seed))
    rng = random.Random(seed + 2)
    names = NameMaker(seed + 3)
    people = [s for s in known if s.type == "person"]
    orgs = [s.name for s in known if s.type == "organization"]
    places = [s.name for s in known if s.type == "location"]
    crowded = [s for s in people if s.family in COMMON_FAMILY_NAMES]
    out = []
    for i in range(k):
        cast = [s.name for s in rng.sample(people, 3) + rng.sample(crowded, 1)]
        cast += [names.person() for _ in range(2)]
        text = generated_article(rng, names, words=500, people=cast,
                                 groups=[*rng.sample(orgs, 1), names.group()],
                                 places=[*rng.sample(places, 2), names.district()])
        doc = Document(id=f"bench-new-{i}", source=f"generated:new:{i}", text=text, format="text",
                       published=f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        out.append(prepare_document(doc))
    return out


class Timer:
    """A resolver that times ``sitrep.resolve.resolve``."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    def __call__(self, kb: KnowledgeBase, prep: PreparedDocument) -> Resolution:
        t = time.perf_counter()
        res = resolve(kb, prep)
        self.seconds.append(time.perf_counter() - t)
        return res


def add_documents(db: Path, docs: list[PreparedDocument]) -> tuple[list[float], list[float], list[float],
                                                              dict[str, int]]:
    """Add ``docs`` to the base at ``db``; seconds per document (wall clock, CPU time of this process, the
    resolver alone) and what resolution did with the names."""
    timer, wall, cpu = Timer(), [], []
    threshold = settings.get_float("near_duplicate")
    with KnowledgeBase(db) as kb:
        before = kb.next_entity_number()
        run_id = writes.start_run(kb.db, "bench-resolve", versions())
        for prep in docs:
            t, p = time.perf_counter(), time.process_time()
            outcome = store(kb, prep, run_id, threshold, timer)
            wall.append(time.perf_counter() - t)
            cpu.append(time.process_time() - p)
            assert outcome.status == "added", outcome
        writes.finish_run(kb.db, run_id, "done", {"added": len(docs)})
        joined = kb.conn.execute(
            "SELECT count(DISTINCT m.entity_id) FROM mentions m WHERE m.doc_id GLOB 'bench-new-*' AND m.entity_id"
            " GLOB 'e[0-9]*' AND CAST(substr(m.entity_id, 2) AS INTEGER) < ?", (before,)).fetchone()[0]
        created = kb.next_entity_number() - before
    return wall, cpu, timer.seconds, {"known_entities_joined": joined, "entities_created": created}


def fresh_copy(base: Path, workdir: Path) -> Path:
    dst = workdir / "round.db"
    for p in workdir.glob("round.db*"):
        p.unlink()
    shutil.copyfile(base, dst)
    return dst


def measure(base: Path, docs: list[PreparedDocument], rounds: int, workdir: Path) -> dict[str, Any]:
    whole: list[float] = []
    cpu: list[float] = []
    resolver: list[float] = []
    info: dict[str, int] = {}
    for _ in range(rounds):
        w, p, r, info = add_documents(fresh_copy(base, workdir), docs)
        whole += w
        cpu += p
        resolver += r
    return {"ms_per_doc": 1000 * statistics.median(whole), "ms_per_doc_mean": 1000 * statistics.fmean(whole),
            "cpu_ms_per_doc": 1000 * statistics.median(cpu), "resolve_ms_per_doc": 1000 * statistics.median(resolver),
            **info}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--docs", type=int, default=12)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--keep", type=Path, metavar="DIR",
                    help="keep the generated bases in DIR and reuse them in later runs (default: build them in a"
                         " temporary folder, about 10 s for 100,000 entities)")
    ap.add_argument("--profile", type=int, metavar="SIZE", help="cProfile adding the documents at this size")
    args = ap.parse_args(argv)
    docs = new_documents(args.docs)
    words = sum(len(p.doc.text.split()) for p in docs)
    print(f"{len(docs)} new documents ({words} words, {sum(len(p.annotations.mentions) for p in docs)} mentions),"
          f" {args.rounds} rounds each, median per document")
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cache = args.keep or work
        cache.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            base = cached_base(n, cache)
            r = results[n] = measure(base, docs, args.rounds, work)
            print(f"{n:>8,} entities: {r['ms_per_doc']:7.1f} ms/doc (mean {r['ms_per_doc_mean']:.1f}, CPU "
                  f"{r['cpu_ms_per_doc']:.1f}, resolver {r['resolve_ms_per_doc']:.1f}); known entities joined "
                  f"{r['known_entities_joined']}, created {r['entities_created']}")
        if args.profile:
            import cProfile
            import pstats

            db = fresh_copy(cached_base(args.profile, cache), work)
            cProfile.runctx("add_documents(db, docs)", globals(), {"db": db, "docs": docs}, "/tmp/bench_resolve.prof")
            pstats.Stats("/tmp/bench_resolve.prof").sort_stats("cumulative").print_stats(35)
    lo, hi = min(results), max(results)
    ratio = results[hi]["ms_per_doc"] / results[lo]["ms_per_doc"]
    verdict = "flat" if ratio <= FLAT_RATIO else "NOT flat"
    print(f"{hi:,} vs {lo:,} entities: {ratio:.2f}x per document ({verdict}; acceptance <= {FLAT_RATIO}x)")
    return 0 if ratio <= FLAT_RATIO else 1


# ------------------------------------------------------------------ pytest-benchmark

try:
    import pytest
except ImportError:  # plain mode needs no pytest
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    _MEASURED: dict[int, float] = {}

    @pytest.fixture(scope="module")
    def resolve_setup(tmp_path_factory: Any) -> tuple[Path, list[PreparedDocument]]:
        return tmp_path_factory.mktemp("bases"), new_documents()

    @pytest.mark.parametrize("size", SIZES)
    def test_resolve_ms_per_document(benchmark: Any, resolve_setup: tuple[Path, list[PreparedDocument]],
                                     tmp_path: Path, size: int) -> None:
        cache, docs = resolve_setup
        base = cached_base(size, cache)
        resolver_s: list[float] = []
        outcome: dict[str, int] = {}

        def setup() -> tuple[tuple[Path], dict[str, Any]]:
            return (fresh_copy(base, tmp_path),), {}

        def run(db: Path) -> None:
            _, _, r, info = add_documents(db, docs)
            resolver_s.extend(r)
            outcome.update(info)

        benchmark.pedantic(run, setup=setup, rounds=3, iterations=1)
        ms = 1000 * benchmark.stats.stats.median / len(docs)
        _MEASURED[size] = ms
        benchmark.extra_info.update({"entities": size, "documents": len(docs), "ms_per_doc": round(ms, 2),
                                     "resolve_ms_per_doc": round(1000 * statistics.median(resolver_s), 2),
                                     **outcome})
        line = f"\n{size:,} entities: {ms:.1f} ms per document"
        if size != min(_MEASURED):  # sizes run smallest first: the growth so far (acceptance: <= 2x)
            ratio = ms / _MEASURED[min(_MEASURED)]
            benchmark.extra_info[f"ratio_to_{min(_MEASURED)}"] = round(ratio, 2)
            line += f", {ratio:.2f}x the cost at {min(_MEASURED):,} entities (acceptance <= {FLAT_RATIO}x)"
        print(line)


if __name__ == "__main__":
    sys.exit(main())

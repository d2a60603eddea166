"""Time per document against the size of the base: ingest batches of generated notes into one growing base.

    python benchmarks/bench_growth.py [--to 10000] [--slice 1000] [--kind notes] [--from-base BASE] [--keep PATH]
                                      [--profile FIRST] [--profile-out FILE] [--json FILE]

The corpus is ``sitrep bench``'s (``sitrep.bench.corpus.records``, seeded: the first n records of any run are the
same), ingested ``--slice`` documents at a time, each slice one ``api.ingest`` run into the same base, as a base is
fed day after day. For each slice: CPU ms per document (this process's user + system time; the machine may be
shared, so wall time is printed too but CPU time is the figure to compare), the share of it in
``pipeline.store`` (resolution and writes: the part that reads the base), and the process's peak memory so far.

Building a large base costs minutes of CPU (about 8 CPU minutes for 10k notes on a shared 2-core machine), so a
base can be kept (``--keep``) and a later run started from a copy of it (``--from-base``: its document count is
where the corpus resumes). ``--profile FIRST`` runs the slice starting at document FIRST under cProfile and prints
the 40 largest cumulative entries (``--profile-out`` keeps the stats for ``pstats``/snakeviz).

The issue's acceptance (21): time per document at 50k within 1.3x of that at 1k; peak memory at 50k below 1.5 GB
and within 1.2x of that at 10k. The ratios printed compare the slices ending at each of 1k, 10k and 50k documents
that the run covered.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sitrep.pipeline as pipeline
from sitrep import api
from sitrep.bench.corpus import records

MARKS = (1000, 10000, 50000)


class StoreClock:
    """CPU seconds spent in ``pipeline.store`` (wrapped for the run; the orchestrator calls it by that name)."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self._real = pipeline.store

    def __enter__(self) -> StoreClock:
        real = self._real

        def timed(*args: Any, **kw: Any) -> Any:
            t0 = time.process_time()
            try:
                return real(*args, **kw)
            finally:
                self.cpu += time.process_time() - t0

        pipeline.store = timed  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        pipeline.store = self._real  # type: ignore[assignment]


def _docs_in(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    finally:
        con.close()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _slice(db: Path, folder: Path, first: int, count: int, kind: str, profile: cProfile.Profile | None
           ) -> dict[str, Any]:
    corpus = folder / f"slice-{first}.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i, rec in enumerate(records(first + count, kind)):
            if i >= first:
                fh.write(json.dumps(rec) + "\n")
    clock = StoreClock()
    wall, cpu = time.perf_counter(), time.process_time()
    with clock:
        if profile is not None:
            profile.enable()
        report = api.ingest([str(corpus)], db)
        if profile is not None:
            profile.disable()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    corpus.unlink()
    return {"first": first, "docs": count, "docs_in_base": first + count, "added": report.count("added"),
            "problems": len(report.problems), "cpu_ms_per_doc": round(cpu / count * 1000, 2),
            "store_cpu_ms_per_doc": round(clock.cpu / count * 1000, 2),
            "wall_ms_per_doc": round(wall / count * 1000, 2), "peak_rss_mb": round(_peak_mb(), 1),
            "load": round(os.getloadavg()[0], 1)}


def run(to: int, step: int, kind: str, base: Path | None, keep: Path | None, profile_first: int | None,
        profile_out: Path | None) -> dict[str, Any]:
    api.load_models()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "growth.db"
        if base is not None:
            shutil.copyfile(base, db)
        start = _docs_in(db) if db.exists() else 0
        warm = folder / "warm.jsonl"  # models and caches warmed on documents outside the corpus, in a scratch base
        with warm.open("w", encoding="utf-8") as fh:
            for rec in records(20, kind, seed=7):
                fh.write(json.dumps(rec) + "\n")
        api.ingest([str(warm)], folder / "warm.db")
        slices = []
        for first in range(start, to, step):
            prof = cProfile.Profile() if profile_first == first else None
            got = _slice(db, folder, first, min(step, to - first), kind, prof)
            slices.append(got)
            print(f"{got['docs_in_base']:>7,} docs: {got['cpu_ms_per_doc']:7.2f} CPU ms/doc (store "
                  f"{got['store_cpu_ms_per_doc']:6.2f}), wall {got['wall_ms_per_doc']:7.2f} ms/doc, peak "
                  f"{got['peak_rss_mb']:6.0f} MB, load {got['load']}", flush=True)
            if prof is not None:
                if profile_out is not None:
                    prof.dump_stats(str(profile_out))
                pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(40)
        if keep is not None:
            shutil.copyfile(db, keep)
        size_mb = round(db.stat().st_size / 2**20, 1)
    return {"kind": kind, "slice": step, "from": start, "to": to, "base_mb": size_mb, "slices": slices,
            "ratios": _ratios(slices)}


def _ratios(slices: list[dict[str, Any]]) -> dict[str, float]:
    at = {s["docs_in_base"]: s for s in slices}
    out: dict[str, float] = {}
    for a in MARKS:
        for b in MARKS:
            if a < b and a in at and b in at:
                out[f"cpu_ms_{b}_over_{a}"] = round(at[b]["cpu_ms_per_doc"] / at[a]["cpu_ms_per_doc"], 2)
                out[f"store_ms_{b}_over_{a}"] = round(at[b]["store_cpu_ms_per_doc"] / at[a]["store_cpu_ms_per_doc"], 2)
                out[f"peak_{b}_over_{a}"] = round(at[b]["peak_rss_mb"] / at[a]["peak_rss_mb"], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--to", type=int, default=10000, help="documents in the base at the end")
    ap.add_argument("--slice", type=int, default=1000, help="documents per ingest run (and per figure)")
    ap.add_argument("--kind", choices=("notes", "news"), default="notes")
    ap.add_argument("--from-base", type=Path, help="start from a copy of this base (built by an earlier --keep)")
    ap.add_argument("--keep", type=Path, help="keep the final base here")
    ap.add_argument("--profile", type=int, help="profile the slice that starts at this document")
    ap.add_argument("--profile-out", type=Path)
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    out = run(args.to, args.slice, args.kind, args.from_base, args.keep, args.profile, args.profile_out)
    for k, v in out["ratios"].items():
        print(f"{k}: {v}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

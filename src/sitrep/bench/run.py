"""The measurements of ``sitrep bench`` (see ``sitrep.bench``)."""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import platform
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from sitrep import api
from sitrep.bench.corpus import write_corpus
from sitrep.errors import SitrepError
from sitrep.ingest.document import to_document
from sitrep.ingest.readers import iter_inputs
from sitrep.nlp.annotate import annotate
from sitrep.records import IngestOutcome, Problem, RawItem

BUCKETS = 10  # time per document is reported for each tenth of a run, against the documents then in the base


def machine() -> dict[str, Any]:
    """What the figures were measured on, and how busy it was."""
    cpu = ""
    with contextlib.suppress(OSError):
        cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                    if ln.startswith("model name")), "")
    return {"cpus": os.cpu_count(), "cpu": cpu or platform.processor(), "python": platform.python_version(),
            "system": platform.platform(), "load_average": [round(x, 2) for x in os.getloadavg()]}


def _timed_ingest(corpus: Path, db: Path, log_every: int = 0, **how: Any) -> dict[str, Any]:
    """Ingest ``corpus`` into ``db``; wall time and this process's CPU time (user + system), and both as each
    document was stored. On a shared machine CPU time is the steadier figure: wall time counts the waits for a
    core. (With workers, ``cpu_seconds`` is the calling process's share only: resolution and writes.) Every
    ``log_every`` documents a line on stderr says how far the run is (a long run shows its figures as it goes)."""
    stamps: list[float] = []
    cpu_stamps: list[float] = []

    def progress(result: IngestOutcome | Problem) -> None:
        stamps.append(time.perf_counter())
        cpu_stamps.append(time.process_time())
        if log_every and len(stamps) % log_every == 0:
            print(f"bench: {len(stamps)} documents, {stamps[-1] - started:.0f} s, {cpu_stamps[-1] - cpu_started:.0f} "
                  f"CPU s, peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB, load "
                  f"{os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)

    started, cpu_started = time.perf_counter(), time.process_time()
    report = api.ingest([str(corpus)], db, progress=progress, **how)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    first = stamps[0] if stamps else started
    return {"seconds": seconds, "cpu_seconds": cpu_seconds, "stamps": stamps, "cpu_stamps": cpu_stamps,
            "steady_seconds": (stamps[-1] - first) if len(stamps) > 1 else 0.0,
            "problems": len(report.problems), "added": report.count("added")}


def _base_mb(db: Path) -> float:
    return round(sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists()) / 2**20, 1)


def _one_size(n: int, kind: str, workdir: str, workers: int) -> dict[str, Any]:
    """One size, in a fresh process: write the corpus, load the models, then time the ingest."""
    folder = Path(workdir)
    corpus, db = folder / f"{kind}-{n}.jsonl", folder / f"{kind}-{n}.db"
    words = write_corpus(corpus, n, kind)
    api.load_models()
    load_before = os.getloadavg()[0]
    run = _timed_ingest(corpus, db, log_every=max(1, n // 50), workers=workers)
    wall, cpu, step = run["stamps"], run["cpu_stamps"], max(1, len(run["stamps"]) // BUCKETS)
    growth = [{"docs_in_base": i + step, "ms_per_doc": _per_doc(wall, i, step),
               "cpu_ms_per_doc": _per_doc(cpu, i, step)}
              for i in range(0, len(wall) - step + 1, step)]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    return {"docs": n, "kind": kind, "words": words, "workers": workers, "seconds": round(run["seconds"], 2),
            "cpu_seconds": round(run["cpu_seconds"], 2), "docs_per_s": round(n / run["seconds"], 1),
            "words_per_s": round(words / run["seconds"]), "ms_per_doc": round(run["seconds"] / n * 1000, 2),
            "cpu_ms_per_doc": round(run["cpu_seconds"] / n * 1000, 2),
            "words_per_cpu_s": round(words / run["cpu_seconds"]) if run["cpu_seconds"] else None,
            "peak_rss_mb": round(peak, 1), "base_mb": _base_mb(db), "problems": run["problems"],
            "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
            "ms_per_doc_as_base_grows": growth}


def _per_doc(stamps: list[float], i: int, step: int) -> float:
    """Milliseconds per document over documents ``i`` to ``i + step`` of a run, from their storage stamps."""
    return round((stamps[i + step - 1] - (stamps[i - 1] if i else stamps[0])) / step * 1000, 2)


def scale(sizes: list[int], workdir: Path, kind: str = "news", workers: int = 1) -> dict[str, Any]:
    """Each size in its own fresh process (so its peak memory is its own)."""
    ctx = multiprocessing.get_context("forkserver")
    rows = []
    for n in sizes:
        with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
            rows.append(pool.submit(_one_size, n, kind, str(workdir), workers).result())
    return {"machine": machine(), "kind": kind, "sizes": rows}


def _language_layer(corpus: Path) -> tuple[float, int]:
    """Seconds the language layer alone (``nlp.annotate``) takes over the corpus, cleaned beforehand."""
    docs = [to_document(item) for item in iter_inputs([str(corpus)]) if isinstance(item, RawItem)]
    started = time.perf_counter()
    for doc in docs:
        annotate(doc)
    return time.perf_counter() - started, sum(len(d.text.split()) for d in docs)


def compare(n: int, workdir: Path, kind: str = "news", dask_workers: int = 2) -> dict[str, Any]:
    """The ratios of the issue, measured one after another over the same ``n`` documents: end to end against the
    language layer alone, ``--workers 2`` against one process, a Dask cluster of ``dask_workers`` processes
    against one process. Every run's knowledge base is exported and compared with the one-process base."""
    try:
        from distributed import LocalCluster  # the 'dask' extra
    except ImportError as exc:
        raise SitrepError("E801", detail=f"bench --compare needs the 'dask' extra: {exc}") from None

    corpus = workdir / f"compare-{kind}-{n}.jsonl"
    words = write_corpus(corpus, n, kind)
    api.load_models()
    nlp_seconds, nlp_words = _language_layer(corpus)
    runs: dict[str, dict[str, Any]] = {"one": _timed_ingest(corpus, workdir / "one.db")}
    runs["workers2"] = _timed_ingest(corpus, workdir / "workers2.db", workers=2)
    started = time.perf_counter()
    with LocalCluster(n_workers=dask_workers, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                      dashboard_address=":0") as c:
        cluster_start = time.perf_counter() - started
        runs["dask"] = _timed_ingest(corpus, workdir / "dask.db", dask=c.scheduler_address)
    exports = {name: _export(workdir / f"{name}.db") for name in runs}
    out: dict[str, Any] = {"machine": machine(), "docs": n, "kind": kind, "words": words,
                           "language_layer_seconds": round(nlp_seconds, 2),
                           "language_layer_words_per_s": round(nlp_words / nlp_seconds),
                           "dask_cluster_start_seconds": round(cluster_start, 2)}
    for name, r in runs.items():
        out[name] = {"seconds": round(r["seconds"], 2), "words_per_s": round(words / r["seconds"]),
                     "steady_docs_per_s": round((n - 1) / r["steady_seconds"], 2) if r["steady_seconds"] else None,
                     "same_export_as_one": exports[name] == exports["one"], "problems": r["problems"]}
    one = runs["one"]["seconds"]
    out["ratios"] = {"end_to_end_over_language_layer": round(one / nlp_seconds, 2),
                     "workers2_speedup": round(one / runs["workers2"]["seconds"], 2),
                     "dask2_speedup": round(one / runs["dask"]["seconds"], 2),
                     "workers2_steady_speedup": _steady(runs, "workers2"),
                     "dask2_steady_speedup": _steady(runs, "dask")}
    return out


def _steady(runs: dict[str, dict[str, Any]], name: str) -> float | None:
    a, b = runs["one"]["steady_seconds"], runs[name]["steady_seconds"]
    return round(a / b, 2) if a and b else None


def _export(db: Path) -> str:
    out = io.StringIO()
    api.export(db, "jsonl", out)
    return out.getvalue()

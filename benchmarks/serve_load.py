#!/usr/bin/env python3
"""Load on ``sitrep serve``: requests per second and latency of the entity, event and search pages of a real
uvicorn server on loopback, while an ingest writes to the same base.

    python benchmarks/serve_load.py [--docs 10000] [--seeds ../shared/corpus/seeds] [--seconds 30]
                                    [--clients 16] [--cache /tmp/sitrep-serve-bench.db] [--no-writer] [--warm]
                                    [--stale-for S]

The base: the seed articles (when ``--seeds`` names them) plus ``--docs`` generated articles. Ingesting 10,000
articles through the language layer would take hours, so 60 generated articles (``bench_nlp``'s templates) go
through the whole pipeline once (``pipeline.prepare``) and are then stored ``--docs`` times by the real
``pipeline.store`` (resolution, events, relations, full-text index), each copy with its own id and a line of
its own appended, so every copy is a document of its own. The base is kept at ``--cache`` for the next run; a
build that was stopped goes on from the copies it holds.

The load: ``--clients`` threads, each with its own keep-alive HTTP/1.1 connection (the standard library's
``http.client``, light enough that the clients leave the cores to the server), ask in turn for entity pages (the 60
most mentioned entities), event pages (60 events) and searches (their names), HTML and JSON, for ``--seconds``;
meanwhile ``sitrep ingest`` adds new generated articles (unless ``--no-writer``; the load starts at its first commit
and it is stopped when the load ends, so what it committed by then stays). With ``--warm`` every page is asked for
once before (and before the writer starts): the response cache of a server that has been up a while. With
``--stale-for S`` the server runs with ``sitrep serve --stale-for S`` (a page a commit dropped is sent as it was, S
seconds at most, while it is made again). Printed: the documents the writer committed during the load, requests per
second and p50/p99 per page kind, errors, the server's CPU seconds per request (its processes' user + system time
over the load: the figure that does not depend on what else the machine runs) and the machine's load average. Exit 1
when the issue's bar is missed: 300 requests/s, p99 under 150 ms, no error. Both the server and the clients run on
this machine; give it the cores it needs.
"""

from __future__ import annotations

import argparse
import dataclasses
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_nlp import NameMaker, generated_article

from sitrep import api, settings
from sitrep.ingest import dedup
from sitrep.kb import KnowledgeBase, writes
from sitrep.pipeline import prepare, store, versions
from sitrep.records import RawItem

SEED = 23
TEMPLATES = 60


def articles(n: int, seed: int) -> list[str]:
    rng, names = random.Random(seed), NameMaker(seed)
    return [generated_article(rng, names, words=400) for _ in range(n)]


def reid(obj: Any, old: str, new: str) -> Any:
    """``obj`` (records, tuples, lists, dicts) with every string ``old`` (a document id) made ``new``."""
    if isinstance(obj, str):
        return new if obj == old else obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.replace(obj, **{f.name: reid(getattr(obj, f.name), old, new)  # type: ignore[misc]
                                           for f in dataclasses.fields(obj) if f.init})
    if isinstance(obj, tuple | list):
        return type(obj)(reid(x, old, new) for x in obj)
    if isinstance(obj, dict):
        return {reid(k, old, new): reid(v, old, new) for k, v in obj.items()}
    return obj


def copies(path: Path) -> int:
    """The generated copies ``path`` holds already (0 when it does not exist)."""
    if not path.exists():
        return 0
    with KnowledgeBase(path) as kb:  # writable: a base built by an earlier version is migrated first
        return int(kb.db.execute("SELECT count(*) FROM documents WHERE id LIKE 'gen-%'").fetchone()[0])


def build(path: Path, docs: int, seeds: Path | None) -> None:
    """Store copies until ``path`` holds ``docs`` of them; a build that was stopped goes on from where it stopped
    (each copy is committed by ``store``, and copy ``i`` is the same in every run)."""
    done = copies(path)
    if seeds and not path.exists():
        api.ingest([str(seeds)], db=path)
    preps = [prepare(RawItem(doc_id=f"tpl-{i}", source=f"<bench {i}>", format="text", content=text))
             for i, text in enumerate(articles(TEMPLATES, SEED))]
    threshold = settings.get_float("near_duplicate")
    with KnowledgeBase(path) as kb:
        run = writes.start_run(kb.db, "bench-serve", versions())
        for i in range(done, docs):
            p = preps[i % len(preps)]
            text = p.doc.text + f"\n\nBench copy {i}."
            copy = reid(p, p.doc.id, f"gen-{i:05d}")
            doc = dataclasses.replace(copy.doc, source=f"<bench copy {i}>", text=text)
            store(kb, dataclasses.replace(copy, doc=doc, text_key=dedup.text_key(text), minhash=None, bands=()), run,
                  threshold)
            if i % 500 == 499:
                print(f"  stored {i + 1} of {docs}", file=sys.stderr)
        writes.finish_run(kb.db, run, "done", {"added": docs})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def targets(db: Path) -> dict[str, list[str]]:
    with KnowledgeBase(db, read_only=True) as kb:
        ents = [e for e in kb.entities(limit=TEMPLATES)]
        events = [e["id"] for e in kb.recent_events(TEMPLATES)]
    ids = [quote(e["id"], safe="") for e in ents]
    names = [quote(e["name"]) for e in ents]
    return {"entity": [f"/entity/{e}" for e in ids] + [f"/api/v1/entities/{e}" for e in ids],
            "event": [f"/event/{quote(v, safe='')}" for v in events] + [f"/api/v1/events/{quote(v, safe='')}"
                                                                      for v in events],
            "search": [f"/search?q={n}" for n in names] + [f"/api/v1/search?q={n}" for n in names]}


failures: list[str] = []  # what each failed request got


def load(port: int, urls: dict[str, list[str]], seconds: float, clients: int) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {k: [] for k in urls}
    timings["errors"] = []
    failures.clear()
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def client(n: int) -> None:
        rng = random.Random(n)
        kinds = list(urls)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)  # kept alive across requests
        while time.monotonic() < stop:
            kind = kinds[rng.randrange(len(kinds))]
            path = rng.choice(urls[kind])
            t = time.perf_counter()
            why = ""
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                why = "" if response.status == 200 else f"HTTP {response.status} {path}"
                if response.will_close:
                    conn.close()
            except (OSError, http.client.HTTPException) as exc:
                why = f"{type(exc).__name__} after {time.perf_counter() - t:.1f} s"
                conn.close()
            took = time.perf_counter() - t
            with lock:
                timings["errors" if why else kind].append(took)
                if why:
                    failures.append(why)
        conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return timings


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` and its live descendants (uvicorn's workers), from /proc."""
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


def documents(db: Path) -> int:
    with KnowledgeBase(db, read_only=True) as kb:
        return int(kb.db.execute("SELECT count(*) FROM documents").fetchone()[0])


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(len(s) * q))] * 1000 if s else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--seeds", type=Path, default=None)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "sitrep-serve-bench.db")
    ap.add_argument("--no-writer", action="store_true")
    ap.add_argument("--warm", action="store_true", help="ask for every page once before the load (and the writer)")
    ap.add_argument("--stale-for", type=float, default=0.0,
                    help="the server's --stale-for: seconds a page a commit dropped is sent stale while made again")
    args = ap.parse_args()
    if copies(args.cache) < args.docs:
        t = time.monotonic()
        build(args.cache, args.docs, args.seeds)
        print(f"built {args.cache} in {time.monotonic() - t:.0f} s", file=sys.stderr)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_SERVE_")}
    server = subprocess.Popen([sys.executable, "-m", "sitrep", "serve", "--db", str(args.cache), "--port", str(port),
                               "--stale-for", str(args.stale_for), "-q"], env=env)
    writer = None
    try:
        for _ in range(200):
            try:
                httpx.get(url + "/api/v1/overview", timeout=5)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        urls = targets(args.cache)
        if args.warm:  # every address asked once: the cache of a server that has been up a while
            with httpx.Client(base_url=url, timeout=60) as warm:
                for path in (p for paths in urls.values() for p in paths):
                    warm.get(path)
        if not args.no_writer:
            new = Path(tempfile.mkdtemp()) / "new.jsonl"
            new.write_text("".join(json.dumps({"id": f"new-{time.time_ns()}-{i}", "text": text}) + "\n"
                                   for i, text in enumerate(articles(40, SEED + 1))))
            writer = subprocess.Popen([sys.executable, "-m", "sitrep", "ingest", str(new), "--db", str(args.cache),
                                       "-q"], env=env)
            before = documents(args.cache)  # the load starts once the writer commits (its start-up takes a while)
            while documents(args.cache) == before and writer.poll() is None:
                time.sleep(0.2)
        docs, cpu = documents(args.cache), cpu_seconds(server.pid)
        timings = load(port, urls, args.seconds, args.clients)
        cpu, docs = cpu_seconds(server.pid) - cpu, documents(args.cache) - docs
    finally:
        if writer is not None:  # stopped with the load: what it committed stays, the rest is rolled back
            writer.terminate()
            writer.wait(timeout=60)
        server.terminate()
        server.wait(timeout=30)
    total = sum(len(v) for v in timings.values())
    every = [x for k, v in timings.items() if k != "errors" for x in v]
    print(f"{args.seconds:g} s, {args.clients} clients, {'with' if not args.no_writer else 'without'} a writer"
          f" ({docs} documents committed during the load)")
    for kind, values in timings.items():
        if kind != "errors":
            print(f"  {kind:<7} {len(values) / args.seconds:7.1f} req/s  p50 {pct(values, 0.5):6.1f} ms"
                  f"  p99 {pct(values, 0.99):6.1f} ms")
    rate = total / args.seconds
    print(f"  all     {rate:7.1f} req/s  p99 {pct(every, 0.99):6.1f} ms  errors {len(timings['errors'])}"
          + (f" ({'; '.join(sorted(set(failures)))})" if failures else ""))
    print(f"  server CPU {cpu:.1f} s: {1000 * cpu / max(1, total):.2f} ms per request;"
          f" load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    return 0 if rate >= 300 and pct(every, 0.99) < 150 and not timings["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())

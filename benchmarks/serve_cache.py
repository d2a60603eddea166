#!/usr/bin/env python3
"""What one commit of an ingest costs ``sitrep serve``'s response cache: the share of cached entity, event and
search pages that the next requests must make again, and the server CPU that takes.

    python benchmarks/serve_cache.py --cache BASE [--commits 3]

Over a copy of ``BASE`` (a base that ``serve_load.py`` built), the app (in process, Starlette's test client) is
asked once for every page ``serve_load`` asks for (the 60 most mentioned entities, 60 events, their names as
searches, HTML and JSON); then, ``--commits`` times, an ingest commits one new generated article (another
connection, as ``sitrep ingest`` does) and every page is asked for again: printed, per commit, how many pages came
from the cache and the CPU seconds the pass took. Unlike ``serve_load.py`` these figures do not depend on what
else the machine runs, nor on the rate at which the writer commits.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serve_load import SEED, articles, targets

from sitrep import api
from sitrep.web import ServeConfig, create_app


def cache_of(client: TestClient) -> Any:
    layer: Any = client.app.middleware_stack  # type: ignore[attr-defined]
    while type(layer).__name__ != "ResponseCache":
        layer = layer.app
    return layer


def ask(client: TestClient, urls: list[str]) -> tuple[int, float]:
    cache = cache_of(client)
    hits, cpu = cache.hits, time.process_time()
    for url in urls:
        assert client.get(url).status_code == 200, url
    return cache.hits - hits, time.process_time() - cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--commits", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp())
    db = work / "kb.db"
    shutil.copy(args.cache, db)
    with TestClient(create_app(ServeConfig(db=str(db))), base_url="http://127.0.0.1:8000") as client:
        urls = [u for kind in targets(db).values() for u in kind]
        _, cpu = ask(client, urls)
        hits, again = ask(client, urls)
        print(f"{len(urls)} pages: made in {cpu:.1f} CPU s, asked again {hits} from the cache ({again:.2f} CPU s)")
        for i, text in enumerate(articles(args.commits, SEED + 1)):
            record = work / f"new-{i}.jsonl"
            record.write_text(json.dumps({"id": f"new-{i}", "text": text}) + "\n")
            api.ingest([str(record)], db=db)
            hits, cpu = ask(client, urls)
            print(f"after commit {i + 1}: {hits} of {len(urls)} from the cache, {len(urls) - hits} made again;"
                  f" {cpu:.1f} CPU s ({1000 * cpu / len(urls):.1f} ms per request)")
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())

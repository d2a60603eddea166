#!/usr/bin/env python3
"""Run ``sitrep.ingest.html.extract_html`` on every page of a folder, write JSON Lines.

    python benchmarks/html_extraction.py PAGES_DIR OUT.jsonl
    python3 ../shared/eval/score.py html OUT.jsonl ../shared/corpus/html_benchmark/ground-truth.json

Each record is ``{"kind": "document", "id": "<file name>", "text": ..., "title": ...}``.
Pages are read as bytes and decoded with the charset they declare (UTF-8, else
charset-normalizer's guess), as the ingest path does.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from charset_normalizer import from_bytes

from sitrep.ingest.html import extract_html


def read_page(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", "replace")


def run(pages: Path, out: Path) -> tuple[int, float]:
    files = sorted(p for p in pages.iterdir() if p.suffix.lower() in (".html", ".htm"))
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        for path in files:
            page = extract_html(read_page(path))
            rec = {
                "kind": "document",
                "id": path.name,
                "text": page.text,
                "title": page.title,
                "published": page.published,
                "outlet": page.outlet,
                "lang": page.lang,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(files), time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages", type=Path, help="folder of *.html pages")
    ap.add_argument("out", type=Path, help="JSON Lines file to write")
    args = ap.parse_args(argv)
    n, secs = run(args.pages, args.out)
    print(f"{n} pages in {secs:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Behaviour check for refactors: the JSON Lines exports of the development sets, before and after.

    python benchmarks/compare_exports.py snapshot OUT_DIR [--sets seeds,demo,news,acled,world,NAME=PATH]
    python benchmarks/compare_exports.py diff BEFORE_DIR AFTER_DIR

``snapshot`` ingests each development set into a fresh base under ``OUT_DIR`` and exports it to
``OUT_DIR/<set>.jsonl``: the five seed articles, the demo's sample articles, the 40 news_dev articles, ACLED's
Afghan notes of April 2019 and the world notes (``../shared``; notes are turned into input records by the shared
scorer's ``acled-input``), or any input as ``NAME=PATH`` (an ACLED CSV, such as a sample of the world notes, is
turned into records the same way). The inputs are
read from the same paths every time, so the exports of two checkouts can be compared byte for byte.

``diff`` compares two snapshots record by record. Ids of events, relations and fresh entities may be renumbered
by a change of order without changing what was found, so a record's id and every reference to it are mapped
through the order in which records of its kind first appear before comparing; a difference in anything else is
reported with the first few records that differ, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = {
    "seeds": SHARED / "corpus" / "seeds",
    "demo": ROOT / "src" / "sitrep" / "data" / "sample",
    "news": SHARED / "corpus" / "news_dev" / "articles.jsonl",
    "acled": SHARED / "data" / "acled_dev" / "acled_afg_2019-04.csv",
    "world": SHARED / "data" / "acled_world" / "acled_world_dev.csv",
}
INPUTS = Path("/tmp/sitrep-compare-inputs")  # one fixed place, so the stored source paths agree between runs


def _input(name: str) -> Path:
    src = SETS[name]
    INPUTS.mkdir(parents=True, exist_ok=True)
    if src.is_dir() and src.is_relative_to(ROOT):  # the demo's articles: copied out, so every checkout reads one path
        out = INPUTS / name
        if not out.exists():
            tmp = INPUTS / f"{name}.{os.getpid()}.tmp"
            shutil.copytree(src, tmp)
            tmp.replace(out)
        return out
    if src.suffix != ".csv":
        return src
    out = INPUTS / f"{name}.jsonl"
    if not out.exists():  # written once, then renamed into place: runs of two checkouts at once read the same file
        tmp = out.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "acled-input", str(src)], stdout=fh,
                           check=True)
        tmp.replace(out)
    return out


def snapshot(out_dir: Path, names: list[str]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    sitrep = [sys.executable, "-m", "sitrep"]
    for spec in names:
        name, _, path = spec.partition("=")
        if path:
            SETS[name] = Path(path).resolve()
        db = out_dir / f"{name}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        subprocess.run([*sitrep, "ingest", str(_input(name)), "--db", str(db), "--quiet"], check=False)
        subprocess.run([*sitrep, "export", "--db", str(db), "-o", str(out_dir / f"{name}.jsonl")], check=True)
        print(f"{name}: {out_dir / f'{name}.jsonl'}")


REFS = {"event": ("id",), "relation": ("id",)}


def _canonical(path: Path) -> list[dict[str, Any]]:
    """The records with event and relation ids replaced by their rank of first appearance."""
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rename: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for r in recs:
        if r.get("kind") in REFS and r["id"] not in rename:
            counts[r["kind"]] += 1
            rename[r["id"]] = f"{r['kind']}#{counts[r['kind']]}"

    def walk(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: walk(x) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x) for x in v]
        return rename.get(v, v) if isinstance(v, str) else v

    return [walk(r) for r in recs]


def diff(before: Path, after: Path, show: int = 5) -> int:
    bad = 0
    for a in sorted(before.glob("*.jsonl")):
        b = after / a.name
        if not b.exists():
            print(f"{a.name}: missing in {after}")
            bad += 1
            continue
        ra, rb = _canonical(a), _canonical(b)
        kinds_a, kinds_b = Counter(r.get("kind") for r in ra), Counter(r.get("kind") for r in rb)
        differing = [(x, y) for x, y in zip(ra, rb, strict=False) if x != y]
        if kinds_a != kinds_b or differing:
            bad += 1
            print(f"{a.name}: DIFFERENT ({dict(kinds_a)} vs {dict(kinds_b)}; {len(differing)} records differ)")
            for x, y in differing[:show]:
                for k in sorted(set(x) | set(y)):
                    if x.get(k) != y.get(k):
                        print(f"  {x.get('kind')} {x.get('id')}: {k}: {str(x.get(k))[:200]!r}"
                              f" -> {str(y.get(k))[:200]!r}")
        else:
            print(f"{a.name}: identical ({len(ra)} records)")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snapshot")
    s.add_argument("out", type=Path)
    s.add_argument("--sets", default="seeds,acled,world")
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "snapshot":
        snapshot(args.out, args.sets.split(","))
        return 0
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())

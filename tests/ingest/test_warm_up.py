"""Models loaded before the first document, once a process, and kept out of the collector's generations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_PROBE = """
import gc, json, sys
from sitrep import api
from sitrep.pipeline import parallel
before = gc.get_freeze_count()
api.ingest([sys.argv[1]], db=sys.argv[2])
after_ingest = gc.get_freeze_count()
parallel.warm_up()
print(json.dumps({"before": before, "after_ingest": after_ingest, "again": gc.get_freeze_count(),
                  "warm": parallel._warm}))
"""


def test_one_process_ingest_warms_up_once_and_freezes_what_it_loaded(tmp_path: Path) -> None:
    text = tmp_path / "one.txt"
    text.write_text("Gunmen attacked a police post in a village of Kano State on Monday, killing two officers.\n")
    run = subprocess.run([sys.executable, "-c", _PROBE, str(text), str(tmp_path / "kb.db")], capture_output=True,
                         text=True, check=True)
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert got["before"] == 0
    # the dictionaries, rule tables and model (tens of thousands of objects) are frozen, not a handful
    assert got["after_ingest"] > 10_000
    # a second warm-up (the CLI's progress path calls it before ingest does) loads and freezes nothing again
    assert got["again"] == got["after_ingest"]
    assert got["warm"] is True

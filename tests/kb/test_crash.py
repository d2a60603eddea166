"""Crash safety: an ingest killed with SIGKILL leaves a consistent base the next run completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sitrep import api
from sitrep.kb import KnowledgeBase

N = 600


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_sigkill_mid_ingest_then_rerun_completes(tmp_path: Path) -> None:
    src, db = tmp_path / "in", tmp_path / "kb.db"
    src.mkdir()
    for i in range(N):
        words = " ".join(f"w{i}n{j}" for j in range(150))
        (src / f"d{i:05d}.txt").write_text(f"Title {i} of a report\n\nShelling hit district {i}. {words}.\n")
    proc = subprocess.Popen([sys.executable, "-m", "sitrep", "ingest", str(src), "--db", str(db), "-q"],
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.time() + 120
    while _count(db) < 50 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed; raise N"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    partial = _count(db)
    assert 50 <= partial < N
    with KnowledgeBase(db) as kb:
        assert kb.integrity_check() == []
        # every stored document is whole: its source row and its 16 MinHash bands are there
        broken = kb.conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_sources s"
            " WHERE s.doc_id = d.id) OR (SELECT count(*) FROM minhash_bands b WHERE b.doc_id = d.id) != 16"
        ).fetchone()[0]
        assert broken == 0

    report = api.ingest([str(src)], db)
    assert report.count("added") == N - partial and report.count("unchanged") == partial
    with KnowledgeBase(db) as kb:
        assert kb.stats()["counts"]["documents"] == N
        statuses = [r[0] for r in kb.conn.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["interrupted", "done"]

"""``ingest --workers N`` and ``ingest --dask ADDRESS``: the per-document stages elsewhere, the same knowledge base.

Each run's JSON Lines export is compared with one process's, record for record (ids included: resolution and
writes run in input order in the calling process, so even the numbering is the same). The Dask runs use a real
``LocalCluster`` of two worker processes.
"""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitrep import api
from sitrep.cli.main import cli
from sitrep.errors import SitrepError
from sitrep.kb import KnowledgeBase
from sitrep.pipeline import parallel

distributed = pytest.importorskip("distributed")


def _export(db: Path) -> list[str]:
    out = io.StringIO()
    api.export(db, "jsonl", out)
    return out.getvalue().splitlines()


def _ingested(inputs: list[str], db: Path, **how: object) -> list[str]:
    report = api.ingest(inputs, db, **how)  # type: ignore[arg-type]
    assert not report.problems, report.problems
    return _export(db)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c.scheduler_address


def _same_base_three_ways(inputs: list[str], tmp_path: Path, cluster: str) -> None:
    one = _ingested(inputs, tmp_path / "one.db")
    assert any('"kind": "event"' in r or '"kind":"event"' in r for r in one)
    assert _ingested(inputs, tmp_path / "pool.db", workers=2) == one
    assert _ingested(inputs, tmp_path / "dask.db", dask=cluster) == one


def test_workers_and_dask_build_the_demo_base_of_one_process(tmp_path: Path, cluster: str) -> None:
    _same_base_three_ways([str(api.sample_corpus())], tmp_path, cluster)


@pytest.mark.shared
def test_workers_and_dask_build_the_seeds_base_of_one_process(tmp_path: Path, cluster: str, shared_dir: Path) -> None:
    seeds = shared_dir / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"no seeds at {seeds}")
    _same_base_three_ways([str(seeds)], tmp_path, cluster)


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    with pytest.raises(SitrepError) as err, parallel.dask_cluster("tcp://127.0.0.1:9", timeout=1):
        pass
    assert err.value.code == "E801" and "127.0.0.1:9" in str(err.value)


def test_the_bench_command_measures_a_tiny_corpus(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = CliRunner().invoke(cli, ["bench", "--sizes", "6", "--kind", "notes", "-o", str(out)])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(out.read_text())["sizes"]
    assert row["docs"] == 6 and row["problems"] == 0 and row["words"] > 6 * 15
    assert row["docs_per_s"] > 0 and row["peak_rss_mb"] > 50 and row["base_mb"] > 0
    assert [g["docs_in_base"] for g in row["ms_per_doc_as_base_grows"]] == [1, 2, 3, 4, 5, 6]
    assert row["cpu_ms_per_doc"] > 0 and row["words_per_cpu_s"] > 0  # CPU time: the fair figure on a busy machine
    assert all(g["cpu_ms_per_doc"] >= 0 for g in row["ms_per_doc_as_base_grows"])


def test_resolution_reads_what_the_worker_computed_ahead(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker also computes what geocoding reads of the document alone (``resolve.ahead``); the calling process
    then resolves without computing it again, and to the same result."""
    from sitrep.pipeline.store import store
    from sitrep.records import RawItem
    from sitrep.resolve import places

    path = sorted(api.sample_corpus().glob("*.txt"))[0]
    item = RawItem(doc_id=path.stem, source=str(path), format="text", content=path.read_text(encoding="utf-8"))
    here, elsewhere = parallel.prepare_item(item), parallel.prepare_elsewhere(item)
    assert here == elsewhere and not here.ahead  # type: ignore[union-attr]
    assert elsewhere.ahead["places"] == places.document_places(here)  # type: ignore[union-attr,arg-type]
    with KnowledgeBase(tmp_path / "here.db") as kb:
        store(kb, here, None, 0.9)  # type: ignore[arg-type]
    monkeypatch.setattr(places, "place_spans", None)  # computed ahead: not called again
    with KnowledgeBase(tmp_path / "elsewhere.db") as kb:
        store(kb, elsewhere, None, 0.9)  # type: ignore[arg-type]
    assert _export(tmp_path / "elsewhere.db") == _export(tmp_path / "here.db")


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


N = 200


def test_a_parallel_run_killed_midway_leaves_a_consistent_base(tmp_path: Path) -> None:
    src, db = tmp_path / "in", tmp_path / "kb.db"
    src.mkdir()
    for i in range(N):
        words = " ".join(f"w{i}n{j}" for j in range(90))  # 80+ words: 16 MinHash bands; no capital: no NER
        (src / f"d{i:05d}.txt").write_text(f"Title {i} of a report\n\nShelling hit district {i}.\n\n{words}.\n")
    proc = subprocess.Popen([sys.executable, "-m", "sitrep", "ingest", str(src), "--db", str(db), "-q",
                             "--workers", "2"], start_new_session=True)
    deadline = time.time() + 120
    while _count(db) < 20 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed; raise N"
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers at once
    proc.wait()

    partial = _count(db)
    assert 20 <= partial < N
    with KnowledgeBase(db) as kb:
        assert kb.integrity_check() == []
        broken = kb.conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_sources s"
            " WHERE s.doc_id = d.id) OR (SELECT count(*) FROM minhash_bands b WHERE b.doc_id = d.id) != 16"
        ).fetchone()[0]
        assert broken == 0
    report = api.ingest([str(src)], db, workers=2)
    assert report.count("added") == N - partial and report.count("unchanged") == partial


def _doc_id(item: object) -> str:
    if getattr(item, "doc_id", "") == "bad":
        raise ValueError("a document that kills its task")
    return str(getattr(item, "doc_id", ""))


def test_dask_documents_go_by_chunks_in_order_and_a_failed_chunk_costs_no_other_document() -> None:
    """``Chunks`` (how ``--dask`` sends documents): full chunks of ``CHUNK_DOCS`` documents or ``CHUNK_CHARS``
    characters go at once, a partial one when a result of it is asked; a failed task sends its documents again one
    by one, so only the failing document fails. (A thread pool stands in for the cluster's ``submit``.)"""
    from concurrent.futures import ThreadPoolExecutor

    from sitrep.records import RawItem

    def items(n: int, chars: int = 10, bad: int = -1) -> list[RawItem]:
        return [RawItem(doc_id="bad" if i == bad else f"d{i}", source=f"s{i}", format="text", content="x" * chars)
                for i in range(n)]

    sent: list[int] = []
    with ThreadPoolExecutor(2) as pool:
        def send(fn: Any, arg: Any) -> Any:
            sent.append(len(arg) if isinstance(arg, list) else 1)
            return pool.submit(fn, arg)

        chunks = parallel.Chunks(send)
        n = 2 * parallel.CHUNK_DOCS + 3
        slots = [chunks.submit(_doc_id, it) for it in items(n)]
        assert sent == [parallel.CHUNK_DOCS] * 2
        assert [s.result() for s in slots] == [f"d{i}" for i in range(n)] and sent[-1] == 3
        sent.clear()
        big = items(3, chars=parallel.CHUNK_CHARS // 2 + 1)
        assert [s.result() for s in [chunks.submit(_doc_id, it) for it in big]] == ["d0", "d1", "d2"]
        assert sent == [2, 1]
        sent.clear()
        slots = [chunks.submit(_doc_id, it) for it in items(5, bad=2)]
        got = []
        for s in slots:
            try:
                got.append(s.result())
            except ValueError:
                got.append("failed")
        assert got == ["d0", "d1", "failed", "d3", "d4"] and sent == [5, 1, 1, 1, 1, 1]

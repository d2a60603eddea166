"""The PostgreSQL backend against a real server (``pg_server``): the same knowledge base as SQLite, exported
byte for byte the same (JSON Lines, ACLED CSV but its export time, GeoJSON, GraphML, GEXF) on the demo sample
and the seed articles; two ``sitrep ingest`` processes writing one base at once lose nothing; its dialect
translation and errors."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sitrep import api
from sitrep.errors import SitrepError
from sitrep.kb import KnowledgeBase
from sitrep.kb.postgres import shown, translate
from sitrep.kb.schema import migrations

REPO = Path(__file__).resolve().parents[2]


def exports(db: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The JSON Lines, GeoJSON, GraphML and GEXF exports, and the ACLED rows without the export's own timestamp."""
    texts = {}
    for fmt in ("jsonl", "geojson", "graphml", "gexf"):
        texts[fmt] = io.StringIO()
        api.export(db, fmt, texts[fmt])
    acled = io.StringIO()
    api.export(db, "acled", acled)
    rows = list(csv.DictReader(io.StringIO(acled.getvalue())))
    for r in rows:
        r.pop("timestamp")
    return {k: v.getvalue() for k, v in texts.items()}, rows


def same_base(inputs: list[str], tmp_path: Path, pg_url: str) -> None:
    lite_db = str(tmp_path / "kb.db")
    for db in (lite_db, pg_url):
        assert not api.ingest(inputs, db).problems
    lite, lite_acled = exports(lite_db)
    pg, pg_acled = exports(pg_url)
    assert lite["jsonl"].count("\n") > 50 and lite_acled
    for fmt in lite:
        assert pg[fmt] == lite[fmt], fmt
    assert pg_acled == lite_acled


def test_demo_sample_gives_the_same_exports_as_sqlite(tmp_path: Path, pg_url: str) -> None:
    same_base([str(api.sample_corpus())], tmp_path, pg_url)


@pytest.mark.shared
def test_seed_articles_give_the_same_exports_as_sqlite(shared_dir: Path, tmp_path: Path, pg_url: str) -> None:
    same_base([str(shared_dir / "corpus" / "seeds")], tmp_path, pg_url)


def _article(n: int) -> str:
    return (f"Report {n} from the north\n\nGunmen attacked checkpoint number {n} in Kunduz province on Tuesday, "
            f"killing {n % 7 + 2} police officers, officials said. Witness {n} saw fighters flee toward district "
            f"{n}.\n\n" + " ".join(f"note{n}x{i}" for i in range(60)) + ".\n")


def test_two_ingests_at_once_into_one_base_lose_nothing(tmp_path: Path, pg_url: str) -> None:
    """Two processes, overlapping inputs (documents 4-7 in both): every document is stored once, both runs end
    done, and the base is what one process ingesting everything makes of the same documents."""
    folders = [tmp_path / "a", tmp_path / "b"]
    for folder, numbers in zip(folders, (range(0, 8), range(4, 12)), strict=True):
        folder.mkdir()
        for n in numbers:
            (folder / f"doc{n:02d}.txt").write_text(_article(n), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    procs = [subprocess.Popen([sys.executable, "-m", "sitrep", "ingest", "--db", pg_url, str(f)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in folders]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    with KnowledgeBase(pg_url) as kb:
        ids = sorted(d["id"] for d in kb.iter_documents())
        stats = kb.stats()
        runs = [r["status"] for r in kb.db.execute("SELECT status FROM runs ORDER BY id")]
        mentions = kb.db.execute("SELECT count(*) FROM mentions").fetchone()[0]
        entities = {e["name"] for e in kb.iter_entities()}
    assert ids == [f"doc{n:02d}.txt" for n in range(12)]
    assert runs == ["done", "done"] and stats["counts"]["ingest_problems"] == 0
    one = str(tmp_path / "one.db")
    api.ingest([str(f) for f in folders], one)
    with KnowledgeBase(one) as kb:
        assert kb.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == mentions
        assert {e["name"] for e in kb.iter_entities()} == entities


def test_schema_migrations_search_and_checks(pg_url: str) -> None:
    with KnowledgeBase(pg_url) as kb:
        assert [m["name"] for m in kb.applied_migrations()] == [m.name for m in migrations()]
        assert kb.migrate() == []
        assert {"documents", "entities", "gazetteer_places", "_migrations"} <= kb.db.tables()
    report = api.ingest([str(api.sample_corpus())], pg_url)
    assert report.count("added") >= 5
    with KnowledgeBase(pg_url, create=False) as kb:
        hits = kb.search("checkpoint")
        assert hits and all("[checkpoint]" in h["snippet"].lower() for h in hits)
        assert {h["kind"] for h in hits} == {"document", "evidence"}
        assert kb.search_documents("Kunduz") and not kb.search_documents("nowordlikethis")
        assert kb.integrity_check() == []
        with pytest.raises(Exception, match="entities_type_check"), kb.db.transaction():
            kb.db.execute("INSERT INTO entities (id, type, name, created_at) VALUES ('x', 'dragon', 'x', 'now')")


def test_missing_database_is_not_created_for_reading_and_errors_hide_the_password(pg_server: Any) -> None:
    url = f"{pg_server.url}/never_made"
    with pytest.raises(SitrepError) as err:
        KnowledgeBase(url, create=False)
    assert err.value.code == "E503"
    closed = "postgresql://sitrep:secret@127.0.0.1:1/x"
    with pytest.raises(SitrepError) as err:
        KnowledgeBase(closed)
    assert err.value.code == "E501" and "secret" not in str(err.value)
    assert shown(closed) == "postgresql://sitrep:***@127.0.0.1:1/x"


@pytest.mark.parametrize(("sqlite", "postgresql"), [
    ("SELECT a FROM t WHERE b = ? AND c LIKE ? ESCAPE '\\'", "SELECT a FROM t WHERE b = %s AND c ILIKE %s ESCAPE '\\'"),
    ("INSERT OR IGNORE INTO aliases (entity_id) VALUES (?)",
     "INSERT INTO aliases (entity_id) VALUES (%s) ON CONFLICT DO NOTHING"),
    ("SELECT json_group_array(x) FROM (SELECT 'a?%' AS x) AS y", "SELECT json_agg(x) FROM (SELECT 'a?%%' AS x) AS y"),
    ("SELECT json_object('k', v) FROM (SELECT 1 AS v ORDER BY v)", "SELECT json_build_object('k', v) FROM (SELECT 1 AS"
     " v ORDER BY v) AS _q1"),
    ("INSERT INTO claims (value) VALUES (?)", "INSERT INTO claims (value) VALUES (%s) RETURNING id"),
])
def test_translation(sqlite: str, postgresql: str) -> None:
    assert translate(sqlite)[0] == postgresql
    assert translate("SELECT ?2, ?1, ?1")[1] == (2, 1, 1)


def test_another_programs_tables_are_refused_and_a_held_lock_is_e505(pg_url: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg

    from sitrep.kb.postgres import LOCK_KEY

    with psycopg.connect(pg_url, autocommit=True) as other:
        other.execute("CREATE TABLE places (id int)")
        with pytest.raises(SitrepError) as err:
            KnowledgeBase(pg_url)
        assert err.value.code == "E504"
        other.execute("DROP TABLE places")
        KnowledgeBase(pg_url).close()
        monkeypatch.setenv("SITREP_LOCK_WAIT", "0.5")
        with other.transaction():
            other.execute(f"SELECT pg_advisory_xact_lock({LOCK_KEY})")  # another writer, mid-document
            with pytest.raises(SitrepError) as err:
                api.ingest([str(api.sample_corpus() / "01_kunduz_checkpoint_attack.txt")], pg_url)
            assert err.value.code == "E505"
    assert api.ingest([str(api.sample_corpus() / "01_kunduz_checkpoint_attack.txt")], pg_url).count("added") == 1


def test_exports_read_a_batch_at_a_time_through_server_side_cursors(pg_url: str) -> None:
    """``stream`` (what the exports read) holds one batch of rows in the client: the rest stays on the server in a
    named cursor, closed when the rows run out or the reader stops. Outside a transaction the cursor is WITH HOLD,
    so a writer's transaction meanwhile still takes the writers' lock; inside ``snapshot()`` it reads that view."""
    from itertools import islice

    query = "SELECT n, n * 2 AS twice FROM generate_series(1, 5000) AS n WHERE n > ?"
    with KnowledgeBase(pg_url) as kb:
        db = kb.db

        def open_cursors() -> list[tuple[str, bool]]:
            return [(r[0], r[1]) for r in db.execute("SELECT name, is_holdable FROM pg_cursors")]

        rows = db.stream(query, [10], batch=100)
        first = list(islice(rows, 150))
        assert [r["n"] for r in first[:2]] == [11, 12] and first[-1]["twice"] == 320
        (name, holdable), = open_cursors()
        assert name.startswith("sitrep_stream_") and holdable
        with db.transaction():  # a writer meanwhile: a transaction of its own, not a savepoint of the reader's
            assert db.execute("SELECT pg_try_advisory_xact_lock(0)").fetchone()[0]
            assert db.depth == 0
        assert sum(1 for _ in rows) == 5000 - 10 - 150
        assert open_cursors() == []
        abandoned = db.stream(query, [0], batch=100)
        next(abandoned)
        abandoned.close()
        assert open_cursors() == []
        with db.snapshot():
            inside = db.stream(query, [4990], batch=3)
            assert [r["n"] for r in islice(inside, 2)] == [4991, 4992]
            assert [h for _, h in open_cursors()] == [False]
            assert len(list(inside)) == 8

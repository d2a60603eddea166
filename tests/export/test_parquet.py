"""Parquet export: a folder of typed tables that pandas and pyarrow read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from query.sample_kb import build
from sitrep import api
from sitrep.export import FORMATS
from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Scope

pd = pytest.importorskip("pandas", reason="pandas reads the Parquet export back")
pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow writes Parquet")

TABLES = {"documents", "entities", "mentions", "events", "event_actors", "event_sources", "relations", "timexes",
          "evidence"}


def test_tables_read_back_with_pandas_and_pyarrow(tmp_path: Path) -> None:
    db, out = build(tmp_path / "kb.db"), tmp_path / "tables"
    assert FORMATS["parquet"].to_path
    n = api.export(db, "parquet", out)
    assert {p.stem for p in out.glob("*.parquet")} == TABLES
    frames = {t: pd.read_parquet(out / f"{t}.parquet") for t in TABLES}
    assert n == sum(len(f) for f in frames.values())
    docs = frames["documents"].set_index("id")
    assert len(docs) == 5 and docs.loc["a1.txt", "outlet"] == "Wire A"
    ents = frames["entities"].set_index("id")
    assert ents.loc["archi", "admin1"] == "Kunduz" and ents.loc["archi", "lon"] == pytest.approx(69.17)
    assert set(ents.loc["isk", "aliases"]) == {"Daesh", "ISKP"}
    mentions = frames["mentions"]
    text = docs.loc["a3.txt", "text"]
    a3 = mentions[mentions.doc_id == "a3.txt"]
    assert len(a3) == 5
    for m in a3.itertuples():
        assert text[m.start:m.end] == m.text  # offsets point into the exported text
    ev = frames["events"].set_index("id")
    assert list(ev.loc["v1", "docs"]) == ["a1.txt", "a2.txt"]
    src = frames["event_sources"]
    assert sorted(src[src.event_id == "v1"].fatalities) == [4, 6]
    assert set(frames["event_actors"].role) <= {"actor1", "actor2", "assoc_actor_1", "assoc_actor_2"}
    rel = frames["relations"]
    assert rel[rel.predicate == "holds_position"].iloc[0].role == "shadow governor"
    schema = pq.read_schema(out / "events.parquet")
    assert str(schema.field("fatalities").type) == "int64" and str(schema.field("confidence").type) == "double"


def test_dates_are_typed_and_evidence_keeps_document_and_offsets(tmp_path: Path) -> None:
    import datetime as dt

    db, out = build(tmp_path / "kb.db"), tmp_path / "tables"
    api.export(db, "parquet", out)
    assert str(pq.read_schema(out / "events.parquet").field("date_start").type) == "date32[day]"
    ingested = pq.read_schema(out / "documents.parquet").field("ingested_at").type
    assert str(ingested).startswith("timestamp[") and ingested.tz == "UTC"
    ev = pd.read_parquet(out / "events.parquet").set_index("id")
    assert ev.loc["v1", "date_start"] == dt.date(2017, 6, 9) and pd.isna(ev.loc["v4", "date_start"])
    rel = pd.read_parquet(out / "relations.parquet")
    held = rel[rel.predicate == "holds_position"].iloc[0]
    assert (held.start_date, held.end_date) == (dt.date(2016, 3, 1), dt.date(2017, 10, 31))
    assert (held.start_text, held.end_text) == ("2016-03", "2017-10")  # as stated, beside the typed days
    docs = pd.read_parquet(out / "documents.parquet").set_index("id")
    assert docs.loc["a3.txt", "published"] == dt.date(2017, 12, 29)
    quotes = list(ev.loc["v1", "evidence"])
    assert {q["doc_id"] for q in quotes} == {"a1.txt", "a2.txt"}
    for q in quotes:
        assert docs.loc[q["doc_id"], "text"][q["start"]:q["end"]] == q["text"]
    evidence = pd.read_parquet(out / "evidence.parquet")
    assert set(evidence.owner_kind) == {"event", "relation"} and len(evidence) == 5 + 8  # 5 event quotes, 8 relations
    for q in evidence.itertuples():
        assert docs.loc[q.doc_id, "text"][q.start:q.end] == q.text


def test_tables_query_with_duckdb(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb", reason="DuckDB (dev dependency) queries the Parquet export")
    db, out = build(tmp_path / "kb.db"), tmp_path / "tables"
    api.export(db, "parquet", out)
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT e.id, typeof(e.date_start), e.date_start, count(*) AS quotes FROM '{out}/events.parquet' e"
        f" JOIN '{out}/evidence.parquet' q ON q.owner_kind = 'event' AND q.owner_id = e.id"
        " WHERE e.date_start BETWEEN DATE '2017-06-01' AND DATE '2017-12-31' GROUP BY ALL ORDER BY e.date_start"
    ).fetchall()
    assert [(r[0], r[1], str(r[2]), r[3]) for r in rows] == [
        ("v1", "DATE", "2017-06-09", 2), ("v3", "DATE", "2017-11-20", 1), ("v2", "DATE", "2017-12-28", 1)]
    (first,) = con.execute(f"SELECT evidence[1].doc_id, evidence[1].start FROM '{out}/events.parquet'"
                           " WHERE id = 'v2'").fetchall()
    assert first[0] == "a3.txt" and isinstance(first[1], int)


def test_scope_keeps_the_actor(tmp_path: Path) -> None:
    db, out = build(tmp_path / "kb.db"), tmp_path / "tables"
    api.export(db, "parquet", out, Scope(actor="Islamic State Khorasan"))
    assert set(pd.read_parquet(out / "events.parquet").id) == {"v2", "v3", "v4"}
    rel = pd.read_parquet(out / "relations.parquet")
    assert all("isk" in (r.subject_id, r.object_id) for r in rel.itertuples()) and len(rel) > 0


def test_empty_base_still_has_typed_columns(tmp_path: Path) -> None:
    db, out = tmp_path / "kb.db", tmp_path / "tables"
    KnowledgeBase(db).close()
    assert api.export(db, "parquet", out) == 0
    timexes = pq.read_table(out / "timexes.parquet")
    assert timexes.num_rows == 0 and timexes.schema.names == ["doc_id", "start", "end", "text", "value", "precision",
                                                              "date_start", "date_end"]


def test_cli_needs_an_output_folder(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sitrep.cli.main import cli

    db = build(tmp_path / "kb.db")
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "parquet"])
    assert r.exit_code == 2 and "give -o PATH" in r.output
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "parquet", "-o", str(tmp_path / "t")])
    assert r.exit_code == 0 and (tmp_path / "t" / "events.parquet").is_file()

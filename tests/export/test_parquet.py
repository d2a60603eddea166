"""Parquet export: a folder of typed tables that pandas and pyarrow read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from query.sample_kb import build
from sitrep import api
from sitrep.export import FORMATS
from sitrep.kb import KnowledgeBase

pd = pytest.importorskip("pandas", reason="pandas reads the Parquet export back")
pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow writes Parquet")

TABLES = {"documents", "entities", "mentions", "events", "event_actors", "event_sources", "relations", "timexes"}


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


def test_empty_base_still_has_typed_columns(tmp_path: Path) -> None:
    db, out = tmp_path / "kb.db", tmp_path / "tables"
    KnowledgeBase(db).close()
    assert api.export(db, "parquet", out) == 0
    timexes = pq.read_table(out / "timexes.parquet")
    assert timexes.num_rows == 0 and timexes.schema.names == ["doc_id", "start", "end", "text", "value", "precision"]


def test_cli_needs_an_output_folder(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sitrep.cli.main import cli

    db = build(tmp_path / "kb.db")
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "parquet"])
    assert r.exit_code == 2 and "give -o PATH" in r.output
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "parquet", "-o", str(tmp_path / "t")])
    assert r.exit_code == 0 and (tmp_path / "t" / "events.parquet").is_file()

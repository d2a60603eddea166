"""ACLED CSV export (spec §3): columns, ACLED actor names, interaction codes, fatalities, documents."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from export.export_kb import build
from sitrep import api
from sitrep.export import FORMATS, writer
from sitrep.export.acled import COLUMNS, inter_code, row
from sitrep.export.acled_data import ExportDataError, export_data, parse, source_scale
from sitrep.extract import extract
from sitrep.ingest import dedup
from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Scope
from sitrep.nlp.annotate import annotate
from sitrep.pipeline import store
from sitrep.records import Document, PreparedDocument

SPEC_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]


def _store(kb: KnowledgeBase, doc_id: str, text: str, published: str) -> None:
    doc = Document(id=doc_id, source=doc_id, text=text, format="text", published=published, outlet="Test Wire")
    ann = annotate(doc)
    prep = PreparedDocument(doc, dedup.text_key(text), None, (), ann, extract(doc, ann))
    store(kb, prep, None, 0.6)


def _rows(db: str, docs: list[tuple[str, str, str]]) -> list[dict[str, str]]:
    with KnowledgeBase(db) as kb:
        for d in docs:
            _store(kb, *d)
        buf = io.StringIO()
        n = writer("acled")(kb, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows)
    return rows


def test_columns_in_acled_order_plus_document_ids(kb_url: str) -> None:
    assert "acled" in FORMATS
    assert list(COLUMNS) == [*SPEC_COLUMNS, "document_ids"]
    rows = _rows(kb_url, [("a.txt", "Taliban militants ambushed an army convoy in Ghazni on 3 May 2019, killing "
                                      "four Afghan soldiers.", "2019-05-04")])
    assert list(rows[0]) == list(COLUMNS)


def test_actor_names_codes_and_fatalities(kb_url: str) -> None:
    rows = _rows(kb_url, [
        ("a.txt", "Taliban militants ambushed an army convoy in Ghazni on 3 May 2019, killing four Afghan soldiers.",
         "2019-05-04"),
        ("b.txt", "Unknown gunmen shot dead two tribal elders in Khost on Monday.", "2019-05-08"),
        ("c.txt", "Taliban fighters attacked a police post in Kunduz; casualties were not reported.", "2019-05-09"),
    ])
    by_doc = {r["document_ids"]: r for r in rows}
    a = by_doc["a.txt"]
    assert (a["event_type"], a["sub_event_type"], a["disorder_type"]) == ("Battles", "Armed clash",
                                                                           "Political violence")
    assert (a["actor1"], a["actor2"]) == ("Taliban", "Military Forces of Afghanistan (2014-2021)")
    assert (a["inter1"], a["inter2"], a["interaction"]) == ("2", "1", "12")
    assert (a["event_date"], a["year"], a["time_precision"], a["fatalities"]) == ("2019-05-03", "2019", "1", "4")
    assert (a["country"], a["iso"], a["source"]) == ("Afghanistan", "4", "Test Wire")
    assert "killing four Afghan soldiers" in a["notes"]
    b = by_doc["b.txt"]
    assert (b["event_type"], b["actor1"], b["actor2"]) == ("Violence against civilians",
                                                           "Unidentified Armed Group (Afghanistan)",
                                                           "Civilians (Afghanistan)")
    assert (b["interaction"], b["civilian_targeting"]) == ("37", "Civilian targeting")
    assert by_doc["c.txt"]["fatalities"] == "0"


def test_interaction_codes_by_name() -> None:
    assert inter_code("Military Forces of Afghanistan (2014-2021)", "Afghanistan") == 1
    assert inter_code("Police Forces of Afghanistan (2014-2021) National Directorate of Security", "Afghanistan") == 1
    assert inter_code("Taliban", "Afghanistan") == 2
    assert inter_code("Militia (Pro-Government)", "Afghanistan") == 3
    assert inter_code("Civilians (Afghanistan)", "Afghanistan") == 7
    assert inter_code("Protesters (Afghanistan)", "Afghanistan") == 6
    assert inter_code("NATO: North Atlantic Treaty Organization", "Afghanistan") == 8
    assert inter_code("Military Forces of Pakistan", "Afghanistan") == 8


# ---------------------------------------------------------------- rows valid by ACLED's codebook

def _export_acled(tmp_path: Path, db: str, **scope: str) -> tuple[int, Path, list[str]]:
    out, said = tmp_path / "acled.csv", []
    build(db)
    n = api.export(db, "acled", out, Scope(**scope), log=said.append)
    return n, out, said


def test_rows_read_back_with_pandas_and_duckdb(tmp_path: Path, kb_url: str) -> None:
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    n, out, said = _export_acled(tmp_path, kb_url)
    frame = pd.read_csv(out, keep_default_na=False)
    assert list(frame.columns) == list(COLUMNS) and len(frame) == n == 4
    con = duckdb.connect()
    rows = con.execute(f"SELECT * FROM read_csv('{out}', header = true, all_varchar = true)"
                       " ORDER BY event_id_cnty").fetchall()
    names = list(COLUMNS)
    by_id = {r[0]: dict(zip(names, r, strict=True)) for r in rows}
    assert set(by_id) == {"AFG1", "AFG2", "AFG3", "AFG7"}  # ISO alpha-3 + the event's number in the base
    # every row has a date at ACLED's precision, an actor1, a country, a place with coordinates
    (typed,) = con.execute(f"SELECT typeof(event_date), min(event_date), max(event_date), count(*) FROM read_csv("
                           f"'{out}', header = true) WHERE actor1 <> '' AND country <> '' AND latitude IS NOT NULL"
                           " GROUP BY 1").fetchall()
    assert typed[0] == "DATE" and (str(typed[1]), str(typed[2]), typed[3]) == ("2019-04-15", "2019-05-06", 4)
    # counted on stderr: two undated (year only, none), one unplaced, one strategic development without actor1
    assert said == ["acled: 4 events written; 4 left out, not valid ACLED rows: 2 no date, or only a year (ACLED "
                    "needs the month at least), 1 no placed location, 1 no actor1, and no generic actor for its type"]
    one = by_id["AFG1"]
    assert (one["event_date"], one["year"], one["time_precision"]) == ("2019-05-03", "2019", "1")
    assert (one["source"], one["source_scale"]) == ("Pajhwok Afghan News; Reuters", "National-International")
    assert (one["document_ids"], one["country"], one["iso"], one["interaction"]) == ("p1.txt;r1.txt", "Afghanistan",
                                                                                     "4", "12")


def test_dates_at_acled_precision(tmp_path: Path, kb_url: str) -> None:
    _, out, _ = _export_acled(tmp_path, kb_url)
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert (rows["AFG3"]["event_date"], rows["AFG3"]["time_precision"]) == ("2019-04-15", "3")  # a month: the 15th
    assert (rows["AFG7"]["event_date"], rows["AFG7"]["time_precision"]) == ("2019-05-02", "2")  # 1-3 May: middle
    assert all(r["year"] == r["event_date"][:4] and r["event_date"] for r in rows.values())


def test_unknown_perpetrator_and_civilian_targets(tmp_path: Path, kb_url: str) -> None:
    _, out, _ = _export_acled(tmp_path, kb_url)
    two = {r["event_id_cnty"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}["AFG2"]
    assert (two["actor1"], two["inter1"]) == ("Unidentified Armed Group (Afghanistan)", "3")
    assert (two["actor2"], two["inter2"], two["interaction"]) == ("Civilians (Afghanistan)", "7", "37")
    assert two["civilian_targeting"] == "Civilian targeting"
    # an outlet unknown by name is named by its web host; its reach is not known, so no scale is claimed
    assert (two["source"], two["source_scale"]) == ("frontier-notes.example", "")


def test_scope_filters_the_rows(tmp_path: Path, kb_url: str) -> None:
    n, out, said = _export_acled(tmp_path, kb_url, since="2019-05-04")
    assert n == 1 and [r["event_id_cnty"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["AFG2"]
    assert said == []


def test_an_event_own_civilian_targeting_mark_wins() -> None:
    ghazni = {"id": "g", "name": "Ghazni", "geo": {"lat": 33.5, "lon": 68.4, "country": "AF", "feature": "city"}}
    ev = {"id": "v9", "type": "Explosions/Remote violence", "sub_type": "Air/drone strike", "date_start": "2019-05-03",
          "date_end": "2019-05-03", "location_id": "g", "actors": [], "civilian_targeting": True}
    r = row(ev, {"g": ghazni}, {})
    assert isinstance(r, dict) and r["civilian_targeting"] == "Civilian targeting"
    assert r["actor1"] == "Unidentified Armed Group (Afghanistan)" and r["actor2"] == ""
    assert row(ev | {"civilian_targeting": False}, {"g": ghazni}, {})["civilian_targeting"] == ""  # type: ignore[index]
    assert row(ev | {"date_start": None, "date_end": None}, {"g": ghazni}, {}) == "undated"
    battle = row(ev | {"type": "Battles", "sub_type": "Armed clash", "actors": [{"entity": "t", "role": "actor1"}]},
                 {"g": ghazni, "t": {"id": "taliban", "name": "Taliban"}}, {})
    assert isinstance(battle, dict)  # a battle has two sides: the unnamed one is an unidentified armed group
    assert (battle["actor1"], battle["actor2"], battle["interaction"]) == (
        "Taliban", "Unidentified Armed Group (Afghanistan)", "23")


def test_source_scale_relative_to_the_event_country() -> None:
    data = export_data()
    dawn, pajhwok = data.find("Dawn", None), data.find(None, "https://www.pajhwok.com/en/2019/05/03/x")
    assert dawn is not None and pajhwok is not None and pajhwok.name == "Pajhwok Afghan News"
    regions = {"AF": "Caucasus and Central Asia", "PK": "Southern Asia", "IN": "Southern Asia"}
    assert source_scale([dawn], "PK", regions) == "National"
    assert source_scale([dawn], "IN", regions) == "Regional"
    assert source_scale([dawn], "AF", regions) == "International"
    assert source_scale([pajhwok, data.find("AFP", None)], "AF", regions) == "National-International"  # type: ignore[list-item]
    assert source_scale([data.find(None, "https://t.me/somechannel")], "AF", regions) == "New media"  # type: ignore[list-item]


def test_bad_export_data_is_refused_with_every_problem() -> None:
    bad = {"scales": ["National"], "unknown_actor1": {"Battels": "unidentified", "Riots": "mob"},
           "outlets": [{"name": "A", "reach": "global"}, {"reach": "national"},
                       {"name": "B", "country": "Afghanistan", "reach": "national", "colour": "red"}]}
    with pytest.raises(ExportDataError) as err:
        parse(bad)
    text = str(err.value)
    for part in ("'Battels' is not an ACLED event type", "'mob' is not a generic actor", "reach must be one of",
                 "outlets[1]: needs a name", "country must be an ISO 3166-1 alpha-2 code", "unknown keys ['colour']"):
        assert part in text

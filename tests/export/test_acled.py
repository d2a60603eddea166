"""ACLED CSV export (spec §3): columns, ACLED actor names, interaction codes, fatalities, documents."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sitrep.export import FORMATS, writer
from sitrep.export.acled import COLUMNS, inter_code
from sitrep.extract import extract
from sitrep.ingest import dedup
from sitrep.kb import KnowledgeBase
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


def _rows(tmp_path: Path, docs: list[tuple[str, str, str]]) -> list[dict[str, str]]:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        for d in docs:
            _store(kb, *d)
        buf = io.StringIO()
        n = writer("acled")(kb, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows)
    return rows


def test_columns_in_acled_order_plus_document_ids(tmp_path: Path) -> None:
    assert "acled" in FORMATS
    assert list(COLUMNS) == [*SPEC_COLUMNS, "document_ids"]
    rows = _rows(tmp_path, [("a.txt", "Taliban militants ambushed an army convoy in Ghazni on 3 May 2019, killing "
                                      "four Afghan soldiers.", "2019-05-04")])
    assert list(rows[0]) == list(COLUMNS)


def test_actor_names_codes_and_fatalities(tmp_path: Path) -> None:
    rows = _rows(tmp_path, [
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

"""Over the seed articles (../shared): ingest them, then every export reads back with the tool it is for, and
the situation report renders. Only structure is checked here, never what the articles say."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from report.browser import check_pictures
from sitrep import api
from sitrep.api import report as build_report
from sitrep.export import FORMATS
from sitrep.kb import KnowledgeBase

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seeds_db(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "kb.db"
    report = api.ingest([str(shared_dir / "corpus" / "seeds")], db)
    assert report.count("added") > 0
    return db


def test_every_export_reads_back(seeds_db: Path, tmp_path: Path) -> None:
    nx = pytest.importorskip("networkx")
    stix2 = pytest.importorskip("stix2")
    pd = pytest.importorskip("pandas")
    with KnowledgeBase(seeds_db) as kb:
        counts = kb.stats()["counts"]
    texts = {}
    for name in ("geojson", "graphml", "stix", "jsonl"):
        buf = io.StringIO()
        api.export(seeds_db, name, buf)
        texts[name] = buf.getvalue()
    geo = json.loads(texts["geojson"])
    assert geo["type"] == "FeatureCollection"
    assert geo["features"] and all(f["geometry"]["type"] == "Point" for f in geo["features"])
    (tmp_path / "g.graphml").write_text(texts["graphml"], encoding="utf-8")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.number_of_nodes() > 0 and all("type" in d for _, d in g.nodes(data=True))
    bundle = stix2.parse(json.loads(texts["stix"]), allow_custom=False)
    reports = [o for o in bundle.objects if o.type == "report"]
    assert 0 < len(reports) <= counts["documents"]
    out = tmp_path / "tables"
    api.export(seeds_db, "parquet", out)
    docs = pd.read_parquet(out / "documents.parquet")
    assert len(docs) == counts["documents"]
    assert len(pd.read_parquet(out / "mentions.parquet")) == sum(
        1 for line in texts["jsonl"].splitlines() for _ in json.loads(line).get("mentions", []))
    assert {p.stem for p in out.glob("*.parquet")} >= {"documents", "entities", "mentions", "events",
                                                       "event_actors", "relations", "timexes"}
    assert set(FORMATS) >= {"jsonl", "geojson", "graphml", "stix", "parquet"}


def test_report_builds(seeds_db: Path, tmp_path: Path) -> None:
    html = build_report(seeds_db, tmp_path / "seeds.html").read_text(encoding="utf-8")
    for section in ("summary", "actors", "timeline", "map", "events", "contested", "sources"):
        assert f'id="{section}"' in html
    assert "<script" not in html.lower()


def test_report_pictures_in_chromium(seeds_db: Path, tmp_path: Path) -> None:
    """The seeds' report in Chromium (screenshot kept as seeds.png): no overlapping text, Afghanistan and Pakistan
    drawn and named as two countries, the events outside the regional view and without a date listed."""
    html = build_report(seeds_db, tmp_path / "seeds.html").read_text(encoding="utf-8")
    found = check_pictures(html, tmp_path, "seeds")
    countries = [name for name, _, _ in found["countries"]]
    assert countries.count("Afghanistan") == 1 and countries.count("Pakistan") == 1
    assert {"AFGHANISTAN", "PAKISTAN"} <= set(found["map_labels"])
    assert found["network_nodes"] >= 10 and found["markers"]
    with KnowledgeBase(seeds_db) as kb:
        events = kb.events()
    undated = sum(1 for e in events if not e["date_start"])
    if undated:
        assert f"{undated} event{'s' if undated > 1 else ''} without a date" in html

"""The gazetteer store: transliteration keys, import of GeoNames/GeoJSON/CSV files, polygons, the CLI.

(The CLI tests live here too: ``tests/cli/test_gazetteer.py`` would share this file's module name, as the test
folders are not packages.)
"""

from __future__ import annotations

import json
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from sitrep.cli.main import cli
from sitrep.kb import KnowledgeBase
from sitrep.kb.gazetteer import KBGazetteer, import_file
from sitrep.lexicon.gazetteer import default_gazetteer, similar_names
from sitrep.lexicon.gazetteer_files import ImportOptions
from sitrep.lexicon.keys import place_key

# invented places (names and positions made up for the tests)
GEONAMES_ROWS = [
    ["9000001", "Qarah Tepa", "Qarah Tepa", "Qara Teppa,Qarah Tapa", "36.5", "65.5", "P", "PPL", "AF", "", "31",
     "", "", "", "2500", "", "400", "Asia/Kabul", "2020-01-01"],
    ["9000002", "Deh Naw", "Deh Naw", "", "34.1", "68.2", "P", "PPL", "AF", "", "27", "", "", "", "800", "", "",
     "Asia/Kabul", "2020-01-01"],
    ["9000003", "Zarmast Province", "Zarmast Province", "", "35.0", "66.0", "A", "ADM1", "AF", "", "99", "", "",
     "", "0", "", "", "Asia/Kabul", "2020-01-01"],
]
SQUARE = [[[65.0, 36.0], [66.0, 36.0], [66.0, 37.0], [65.0, 37.0], [65.0, 36.0]]]
HOLE = [[65.4, 36.4], [65.6, 36.4], [65.6, 36.6], [65.4, 36.6], [65.4, 36.4]]


def write_geonames(path: Path, rows: list[list[str]] = GEONAMES_ROWS) -> Path:
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def geojson(features: list[tuple[str, list[list[list[float]]], dict[str, object]]]) -> str:
    return json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"shapeName": name, **props},
         "geometry": {"type": "Polygon", "coordinates": rings}} for name, rings, props in features]})


@pytest.fixture
def kb(kb_url: str) -> Iterator[KnowledgeBase]:
    """A new base on each backend."""
    k = KnowledgeBase(kb_url)
    yield k
    k.close()


def count(kb: KnowledgeBase, table: str) -> int:
    return int(kb.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# ---------------------------------------------------------------- keys


@pytest.mark.parametrize("variants", [
    ("Jawzjan", "Jowzjan", "Joz jan"), ("Darz Aab", "Darzab"), ("Qushtepa", "Qush-Teppa", "Qosh Tepa"),
    ("Shiberghan", "Sheberghan", "Shibirghan"), ("Sar-i-Pul", "Sar-e Pul", "Sari Pul"),
    ("Uruzgan", "Oruzgan", "Urozgan"), ("Wardak", "Vardak"), ("Kunduz", "Qunduz"), ("Khwaja Ghar", "Khoja Ghar"),
    ("Tarin Kowt", "Tarinkot"), ("Nangarhar", "Ningarhar"),
])
def test_transliteration_variants_share_a_key(variants: tuple[str, ...]) -> None:
    assert len({place_key(v) for v in variants}) == 1, [place_key(v) for v in variants]


def test_distinct_names_keep_distinct_keys_or_fail_the_similarity_check() -> None:
    assert place_key("Sar-i-Pul") != place_key("Sar Dara")
    assert place_key("Ab Band") != place_key("Band")
    assert place_key("Kabul") != place_key("Kunduz")
    assert place_key("Nari") == place_key("Nur") and not similar_names("Nari", "Nur")
    assert similar_names("Jawzjan", "Jowzjan")
    assert place_key("کابل") == "کابل"  # other scripts keep their letters


# ---------------------------------------------------------------- import


def test_geonames_dump_imports_with_names_features_and_admin1(kb: KnowledgeBase, tmp_path: Path) -> None:
    r = import_file(kb.db, write_geonames(tmp_path / "AF.txt"))
    assert r.error is None and r.kind == "geonames" and r.places == 3
    g = KBGazetteer(kb.db)
    [p] = g.lookup([place_key("Qara Teppa")])
    assert (p.name, p.feature, p.country, p.population) == ("Qarah Tepa", "town", "AF", 2500)
    assert p.admin1 == "Jowzjan"  # GeoNames admin1 code AF.31, named by the embedded default
    assert {q.feature for q in g.lookup([place_key("Deh Naw"), place_key("Zarmast Province")])} == {"village", "admin1"}


def test_geonames_zip_as_downloaded_imports(kb: KnowledgeBase, tmp_path: Path) -> None:
    txt = write_geonames(tmp_path / "AF.txt")
    with zipfile.ZipFile(tmp_path / "AF.zip", "w") as z:
        z.writestr("readme.txt", "about the dump")
        z.write(txt, "AF.txt")
    r = import_file(kb.db, tmp_path / "AF.zip")
    assert r.error is None and r.places == 3


def test_csv_columns_are_recognized_from_the_header(kb: KnowledgeBase, tmp_path: Path) -> None:
    f = tmp_path / "afg_hamlets.csv"
    f.write_text("No,Province,District,Village Name,Latitude,Longitude\n"
                 "7,Jowzjan,Darzab,Moghul Kalay,35.98,65.37\n"
                 "8,Jowzjan,Darzab,Sar Dara,35.95,65.40\n"
                 "9,N/A,N/A,N/A,,\n", encoding="utf-8")
    r = import_file(kb.db, f)
    assert r.error is None and r.places == 2
    [p] = KBGazetteer(kb.db).lookup([place_key("Sar Dara")])
    assert (p.feature, p.admin1, p.admin2, p.country) == ("village", "Jowzjan", "Darzab", "AF")


def test_csv_with_unknown_headers_needs_options(kb: KnowledgeBase, tmp_path: Path) -> None:
    f = tmp_path / "places.csv"
    f.write_text("label;north;east;prov\nKhwaja Bala;36.1;66.2;Balkh\n", encoding="utf-8")
    r = import_file(kb.db, f)
    assert r.error is not None and "name" in r.error and "--" in r.error
    assert count(kb, "gazetteer_places") == 0
    r = import_file(kb.db, f, ImportOptions(name_col="label", lat_col="north", lon_col="east", admin1_col="prov",
                                              country="AF", feature="village"))
    assert r.error is None and r.places == 1
    [p] = KBGazetteer(kb.db).lookup([place_key("Khoja Bala")])
    assert (p.lat, p.lon, p.admin1, p.country, p.feature) == (36.1, 66.2, "Balkh", "AF", "village")


def test_broken_file_changes_nothing_and_names_the_reason(kb: KnowledgeBase, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("name,lat,lon\nAlpha Kalay,34.0,69.0\n", encoding="utf-8")
    assert import_file(kb.db, good).error is None
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lat,lon\nBeta Kalay,34.1,69.1\nGamma Kalay,north,69.2\n", encoding="utf-8")
    r = import_file(kb.db, bad)
    assert r.error is not None and "line 3" in r.error and "coordinates" in r.error
    assert count(kb, "gazetteer_places") == 1
    assert not KBGazetteer(kb.db).lookup([place_key("Beta Kalay")])
    assert import_file(kb.db, tmp_path / "missing.csv").error == "no such file"
    empty = tmp_path / "empty.geojson"
    empty.write_text("{not json", encoding="utf-8")
    assert "GeoJSON" in (import_file(kb.db, empty).error or "")


def test_reimport_replaces_instead_of_duplicating(kb: KnowledgeBase, tmp_path: Path) -> None:
    f = write_geonames(tmp_path / "AF.txt")
    import_file(kb.db, f)
    before = (count(kb, "gazetteer_places"), count(kb, "gazetteer_names"))
    import_file(kb.db, f)
    assert (count(kb, "gazetteer_places"), count(kb, "gazetteer_names")) == before
    write_geonames(f, GEONAMES_ROWS[:1])  # a changed file replaces its rows
    import_file(kb.db, f)
    assert count(kb, "gazetteer_places") == 1


def test_geojson_polygons_with_levels_and_point_in_polygon(kb: KnowledgeBase, tmp_path: Path) -> None:
    adm1 = tmp_path / "geoBoundaries-AFG-ADM1.geojson"
    adm1.write_text(geojson([("Zarmast", SQUARE, {"shapeType": "ADM1", "shapeGroup": "AFG", "shapeID": "z1"})]))
    adm2 = tmp_path / "afg_districts.geojson"  # no shapeType: the level comes from its properties
    adm2.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"district": "Ring", "province": "Zarmast"},
         "geometry": {"type": "MultiPolygon", "coordinates": [[SQUARE[0], HOLE]]}}]}))
    assert import_file(kb.db, adm1).polygons == 1
    assert import_file(kb.db, adm2).polygons == 1
    g = KBGazetteer(kb.db)
    assert [(p.name, p.level, p.country) for p in g.polygons_at(36.8, 65.2)] == [("Zarmast", 1, "AF"),
                                                                                 ("Ring", 2, "AF")]
    assert [p.name for p in g.polygons_at(36.5, 65.5)] == ["Zarmast"]  # inside the hole
    assert g.polygons_at(38.0, 65.5) == []
    [d] = [p for p in g.lookup([place_key("Ring")]) if p.feature == "admin2"]
    assert d.admin1 == "Zarmast" and d.lat is not None and 36 < d.lat < 37
    stats = g.stats()
    assert stats["polygons"] == 2 and stats["by_feature"] == {"admin1": 1, "admin2": 1}


def test_default_gazetteer_is_compact_and_covers_the_world() -> None:
    g = default_gazetteer()
    data = Path(__file__).resolve().parents[2] / "src" / "sitrep" / "data" / "gazetteer" / "places.tsv.gz"
    assert data.stat().st_size < 9_000_000  # every town of 500+ people (500-999: namesakes left out), districts, keys
    def features(name: str) -> set[tuple[str, str | None]]:
        return {(p.feature, p.country) for p in g.lookup([place_key(name)]) if similar_names(name, p.name)}
    assert ("country", "AF") in features("Afghanistan")
    assert ("admin1", "AF") in features("Jawzjan")
    assert ("admin1", "PK") in features("Balochistan")
    assert ("city", "AF") in features("Kabul")
    assert ("city", "NG") in features("Maiduguri")
    assert ("admin1", "NG") in features("Borno")
    assert len({p.country for p in g.places if p.feature == "country"}) > 190


@pytest.mark.shared
def test_every_shared_gazetteer_file_imports_fast_with_no_options(shared_dir: Path, kb: KnowledgeBase) -> None:
    files = [f for f in sorted((shared_dir / "data" / "gazetteer").iterdir())
             if f.suffix in (".csv", ".geojson")]
    assert files
    t = time.monotonic()
    results = [import_file(kb.db, f) for f in files]
    assert time.monotonic() - t < 60
    assert [(r.source, r.error) for r in results if r.error] == []
    assert all(r.places > 0 for r in results)
    g = KBGazetteer(kb.db)
    inside = {(p.level, p.country) for p in g.polygons_at(36.67, 65.75)}  # Sheberghan
    assert (1, "AF") in inside and (2, "AF") in inside
    assert {p.level for p in g.polygons_at(30.18, 66.99)} == {1, 2}  # Quetta
    n = count(kb, "gazetteer_places")
    again = [import_file(kb.db, f) for f in files[:2]]
    assert all(r.error is None for r in again) and count(kb, "gazetteer_places") == n


# ---------------------------------------------------------------- CLI


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


def test_cli_import_reports_each_broken_file_and_goes_on(tmp_path: Path) -> None:
    db = str(tmp_path / "kb.db")
    good = write_geonames(tmp_path / "AF.txt")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    r = run("gazetteer", "import", str(bad), str(good), "--db", db)
    assert r.exit_code == 1
    assert f"{bad}: cannot tell" in r.stderr
    assert "1 imported, 1 skipped" in r.stderr
    r = run("gazetteer", "stats", "--db", db, "--json")
    assert r.exit_code == 0
    st = json.loads(r.stdout)
    assert st["places"] == 3 and [s["source"] for s in st["sources"]] == ["AF.txt"]
    r = run("gazetteer", "import", str(bad), "--db", db, "--name-col", "a", "--lat-col", "b", "--lon-col", "b")
    assert r.exit_code == 0, r.output
    assert "places:" in run("gazetteer", "stats", "--db", db).stdout


@contextmanager
def fake_sources(root: Path) -> Iterator[str]:
    """GeoNames' dump folder and the geoBoundaries API, on 127.0.0.1."""
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{port}"
            files = {
                "/dump/AF.zip": (root / "AF.zip").read_bytes(),
                "/api/AFG/ADM1/": json.dumps({"boundaryISO": "AFG", "gjDownloadURL": f"{base}/gb/adm1.geojson"})
                .encode(),
                "/gb/adm1.geojson": geojson([("Zarmast", SQUARE, {"shapeType": "ADM1", "shapeGroup": "AFG"})])
                .encode(),
            }
            body = files.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.end_headers()
            self.wfile.write(body or b"not here")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()


def test_cli_download_fetches_geonames_and_geoboundaries(tmp_path: Path) -> None:
    txt = write_geonames(tmp_path / "AF.txt")
    with zipfile.ZipFile(tmp_path / "AF.zip", "w") as z:
        z.write(txt, "AF.txt")
    db = str(tmp_path / "kb.db")
    with fake_sources(tmp_path) as url:
        env = {"SITREP_GEONAMES_URL": f"{url}/dump", "SITREP_GEOBOUNDARIES_URL": f"{url}/api"}
        r = run("gazetteer", "download", "AF", "--db", db, env=env)
        assert r.exit_code == 1  # ADM2 is not on the server: named, the rest went in
        assert "ADM2" in r.stderr and "404" in r.stderr
        assert "2 imported, 1 skipped" in r.stderr
        r = run("gazetteer", "download", "AF", "--db", db, "--levels", "ADM1", env=env)
        assert r.exit_code == 0, r.stderr
    with KnowledgeBase(db) as kb:
        st = KBGazetteer(kb.db).stats()
    assert st["places"] == 4 and st["polygons"] == 1  # downloaded twice, stored once

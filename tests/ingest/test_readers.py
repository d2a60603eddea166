"""Readers and decoding: every input kind of spec §1 is read, legacy encodings are decoded (not refused),
and record fields, ids and re-ingest behave as documented."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from helpers import ARTICLES, docs, html_page
from sitrep import api
from sitrep.errors import SitrepError
from sitrep.ingest.decode import decode_bytes
from sitrep.ingest.readers import iter_inputs
from sitrep.records import Problem, RawItem

FRENCH = ("KABOUL — Le café de la gare à Kunduz a été détruit par une explosion, a déclaré le porte-parole "
          "du gouverneur. « C’était un marché très fréquenté », a-t-il ajouté.\n\nDéjà l’été dernier, "
          "une attaque avait tué douze policiers près du même carrefour.")
GERMAN = ("KUNDUS — Die Straße nach Köln-Süd war gesperrt, sagte der Sprecher der Polizei am Dienstag. "
          "Über zwölf Menschen wurden verletzt, darunter fünf Kinder.\n\nDie Behörden prüfen die Lage.")
RUSSIAN = ("КУНДУЗ — Талибы атаковали блокпост полиции в провинции Кундуз, погибли четыре полицейских, "
           "сообщили официальные лица.\n\nНападавшие скрылись после двухчасового боя.")

# the detector alone reads these as cp1257 ("ą" for "à") and iso8859-10 ("ý" for "ı")
SHORT_FRENCH = "Le café de la gare à Kaboul a été détruit. Déjà vu “quoted” – dash."
TURKISH = ("Kunduz vilayetinde Taliban saldırısında dört polis öldü, yetkililer açıkladı. "
           "Saldırganlar kaçtı.")


def ingest_one(tmp_path: Path, name: str, data: bytes) -> dict[str, object]:
    f = tmp_path / name
    f.write_bytes(data)
    report = api.ingest([str(f)], db=tmp_path / "kb.db")
    assert report.ok, report.problems
    assert [o.status for o in report.outcomes] == ["added"]
    return docs(tmp_path / "kb.db")[name]


@pytest.mark.parametrize("text, encoding, words", [
    (FRENCH, "cp1252", ["café", "à", "déclaré", "« C’était", "Déjà l’été"]),
    (FRENCH.replace("’", "'").replace("—", "-"), "latin-1", ["café", "à Kunduz", "C'était"]),
    (GERMAN.replace("—", "-"), "latin-1", ["Straße", "Köln-Süd", "Über zwölf", "fünf"]),
    (GERMAN, "cp1252", ["Straße", "Köln-Süd"]),
    (RUSSIAN, "cp1251", ["Талибы атаковали", "Кундуз"]),
    (SHORT_FRENCH, "cp1252", ["gare à Kaboul", "Déjà vu", "“quoted” – dash"]),
    (TURKISH, "cp1254", ["saldırısında", "açıkladı"]),
], ids=["cp1252-french", "latin1-french", "latin1-german", "cp1252-german", "cp1251-russian", "cp1252-short",
        "cp1254-turkish"])
def test_legacy_encodings_are_decoded(tmp_path: Path, text: str, encoding: str, words: list[str]) -> None:
    data = text.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = ingest_one(tmp_path, "legacy.txt", data)
    for w in words:
        assert w in str(doc["text"]), (w, doc["encoding"])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    data = GERMAN.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert b"\x00" in data or encoding == "utf-8-sig"
    doc = ingest_one(tmp_path, "bom.txt", data)
    assert str(doc["text"]).startswith("KUNDUS — Die Straße")
    assert "\ufeff" not in str(doc["text"])


def test_decode_bytes_reports_encoding_and_uses_declared_charset() -> None:
    assert decode_bytes("Straße".encode(), "x") == ("Straße", "utf-8")
    assert decode_bytes("café".encode("cp1252"), "x") == ("café", "cp1252")  # not UTF-16 "捡曩"
    assert decode_bytes("“Café” à Kunduz".encode("cp1252"), "x", "ISO-8859-1")[0] == "“Café” à Kunduz"
    assert decode_bytes(b"Kunduz", "x", "no-such-charset")[0] == "Kunduz"
    with pytest.raises(SitrepError) as err:
        decode_bytes(b"\x00\x01\x02" * 100, "src.txt")
    assert (err.value.code, err.value.source) == ("E103", "src.txt")


def test_folder_is_read_recursively_in_order_skipping_hidden_and_unsupported(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(ARTICLES[0])
    (root / "b" / "deep" / "c.HTM").write_text(html_page("Airstrike in Faryab", ARTICLES[3]))
    (root / "b" / "d.jsonl").write_text(json.dumps({"id": "d1", "text": ARTICLES[1]}) + "\n")
    (root / ".hidden.txt").write_text(ARTICLES[2])
    (root / ".git" / "x.txt").write_text(ARTICLES[4])
    (root / "notes.md").write_text("# not an input")
    (root / "photo.png").write_bytes(b"\x89PNG")
    report = api.ingest([str(root)], db=tmp_path / "kb.db")
    assert report.ok
    assert [o.doc_id for o in report.outcomes] == ["a.txt", "d1", "c.HTM"]
    assert docs(tmp_path / "kb.db")["c.HTM"]["format"] == "html"


def test_json_record_fields_are_kept(tmp_path: Path) -> None:
    recs = [
        {"id": "afp-1", "url": "https://example.invalid/a", "title": "Kunduz attack", "published": "2017-12-28",
         "outlet": "AFP", "author": "A. Writer", "text": ARTICLES[0]},
        {"id": 1234, "text": ARTICLES[1], "published": "2019-03-05T10:00:00Z"},
        {"url": "https://example.invalid/c", "html": html_page("Defection", ARTICLES[2])},
        {"text": ARTICLES[3]},
    ]
    f = tmp_path / "recs.json"
    f.write_text(json.dumps(recs))
    report = api.ingest([str(f)], db=tmp_path / "kb.db")
    assert report.ok
    assert [o.doc_id for o in report.outcomes] == ["afp-1", "1234", "https://example.invalid/c", "recs.json#3"]
    stored = docs(tmp_path / "kb.db")
    a = stored["afp-1"]
    assert (a["title"], a["published"], a["outlet"], a["byline"], a["url"]) == (
        "Kunduz attack", "2017-12-28", "AFP", "A. Writer", "https://example.invalid/a")
    assert stored["1234"]["published"] == "2019-03-05"
    assert stored["https://example.invalid/c"]["format"] == "html"
    assert "Kunduz attack" not in a["text"] and a["text"].startswith("KUNDUZ")


def test_single_json_object_takes_the_file_name_without_id(tmp_path: Path) -> None:
    f = tmp_path / "one.json"
    f.write_text(json.dumps({"text": ARTICLES[5], "title": "Customs officers shot"}), encoding="utf-16")
    report = api.ingest([str(f)], db=tmp_path / "kb.db")
    assert report.ok and [o.doc_id for o in report.outcomes] == ["one.json"]


def test_jsonl_with_bom_and_stdin(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "j1", "text": ARTICLES[0]}).encode() + b"\n")
    stdin = io.BytesIO((json.dumps({"id": "s1", "text": ARTICLES[1]}) + "\n\n"
                        + json.dumps({"id": "s2", "text": ARTICLES[2]}) + "\n").encode())
    report = api.ingest([str(f), "-"], db=tmp_path / "kb.db", stdin=stdin)
    assert report.ok
    assert [(o.doc_id, o.source) for o in report.outcomes] == [
        ("j1", f"{f}:1"), ("s1", "<stdin>:1"), ("s2", "<stdin>:3")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_jsonl_in_utf16_or_utf32_with_bom(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "wide.jsonl"
    lines = [json.dumps({"id": f"w{i}", "text": ARTICLES[i]}, ensure_ascii=False) for i in range(3)]
    f.write_bytes("\r\n".join(lines).encode(encoding))
    report = api.ingest([str(f)], db=tmp_path / "kb.db")
    assert report.ok, report.problems
    assert [(o.doc_id, o.source) for o in report.outcomes] == [(f"w{i}", f"{f}:{i + 1}") for i in range(3)]
    assert docs(tmp_path / "kb.db")["w0"]["text"].startswith("KUNDUZ, Afghanistan — Taliban")


def test_jsonl_line_in_a_legacy_encoding_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(json.dumps({"id": "u", "text": ARTICLES[0]}).encode() + b"\n"
                  + json.dumps({"id": "c", "text": FRENCH}, ensure_ascii=False).encode("cp1252") + b"\n")
    report = api.ingest([str(f)], db=tmp_path / "kb.db")
    assert report.ok, report.problems
    assert "Le café de la gare à Kunduz" in docs(tmp_path / "kb.db")["c"]["text"]


def test_empty_or_absent_stdin_is_reported(tmp_path: Path) -> None:
    report = api.ingest(["-"], db=tmp_path / "kb.db", stdin=io.BytesIO(b"\n \n"))
    assert [(p.code, p.source) for p in report.problems] == [("E102", "<stdin>")]
    report = api.ingest(["-"], db=tmp_path / "kb.db")
    assert [(p.code, p.source) for p in report.problems] == [("E107", "<stdin>")]


def test_reingest_changes_nothing_and_an_edit_updates(tmp_path: Path) -> None:
    db, f = tmp_path / "kb.db", tmp_path / "story.txt"
    f.write_text(ARTICLES[0])
    assert api.ingest([str(f)], db=db).outcomes[0].status == "added"
    assert api.ingest([str(f)], db=db).outcomes[0].status == "unchanged"
    f.write_text(ARTICLES[0] + "\n\nA third officer died of his wounds on Saturday, the spokesman added.")
    assert api.ingest([str(f)], db=db).outcomes[0].status == "updated"
    stored = docs(db)
    assert list(stored) == ["story.txt"] and "third officer" in stored["story.txt"]["text"]


def test_same_name_in_two_folders_and_exact_copies(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text(ARTICLES[0])
    (tmp_path / "b" / "story.txt").write_text(ARTICLES[1])
    (tmp_path / "copy.txt").write_text(ARTICLES[0])
    report = api.ingest([str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "copy.txt")],
                        db=tmp_path / "kb.db")
    statuses = [(o.status, o.doc_id) for o in report.outcomes]
    assert statuses[0] == ("added", "story.txt")
    assert statuses[1][0] == "added" and statuses[1][1].startswith("story.txt~")
    assert statuses[2] == ("duplicate", "story.txt")
    assert len(docs(tmp_path / "kb.db")) == 2


def test_iter_inputs_yields_raw_items_and_problems(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes(FRENCH.encode("cp1252"))
    items = list(iter_inputs([str(f), str(tmp_path / "missing.json")]))
    assert isinstance(items[0], RawItem) and isinstance(items[1], Problem)
    assert (items[0].doc_id, items[0].format, items[0].encoding) == ("x.txt", "text", "cp1252")
    assert items[0].content == FRENCH
    assert items[1].code == "E101"

"""The knowledge base: migrations, idempotent ingest, duplicates, full-text search."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sitrep import api
from sitrep.errors import SitrepError
from sitrep.kb import KnowledgeBase
from sitrep.kb.schema import migrations

STORY = ("Taliban fighters attacked a police checkpoint in Dasht-e-Archi district of Kunduz province on "
         "Tuesday night, killing at least six officers, the provincial police spokesman said. ")


def story(n: int, words: int = 120) -> str:
    """A distinct article of about ``words`` words."""
    body = " ".join(f"detail{n}x{i}" for i in range(words))
    return f"Headline number {n} from the north\n\n{STORY}\n\n{body}.\n"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def doc_ids(db: str | Path) -> list[str]:
    with KnowledgeBase(db) as kb:
        return [d["id"] for d in kb.iter_documents()]


def test_migrations_are_recorded_once_and_schema_has_wal_fk_fts(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    with KnowledgeBase(db) as kb:
        names = [m["name"] for m in kb.applied_migrations()]
        assert names == [m.name for m in migrations()]
        assert kb.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert kb.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert kb.migrate() == []  # nothing pending the second time
    with KnowledgeBase(db) as kb:
        assert len(kb.applied_migrations()) == len(names)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    KnowledgeBase(db).close()
    con = sqlite3.connect(db)
    con.execute("INSERT INTO _migrations VALUES ('9999_future', 'x', 'now')")
    con.commit()
    con.close()
    with pytest.raises(SitrepError) as err:
        KnowledgeBase(db)
    assert err.value.code == "E502"


def test_reingest_is_idempotent(tmp_path: Path, kb_url: str) -> None:
    src, db = tmp_path / "in", kb_url
    for i in range(3):
        write(src, f"a{i}.txt", story(i))
    first = api.ingest([str(src)], db)
    assert first.count("added") == 3
    again = api.ingest([str(src)], db)
    assert again.count("unchanged") == 3 and again.count("added") == 0
    assert len(doc_ids(db)) == 3
    with KnowledgeBase(db) as kb:
        assert kb.stats()["counts"]["runs"] == 2


def test_exact_copy_under_another_name_is_one_document(tmp_path: Path, kb_url: str) -> None:
    src, db = tmp_path / "in", kb_url
    write(src, "original.txt", story(1))
    write(src / "mirror", "copy.txt", story(1).replace("\n\n", "\n\n\n"))  # same words, other spacing
    report = api.ingest([str(src)], db)
    assert report.count("added") == 1 and report.count("duplicate") == 1
    docs = list(KnowledgeBase(db).iter_documents())
    assert len(docs) == 1 and len(docs[0]["sources"]) == 2


def test_near_copy_is_linked_not_merged(tmp_path: Path, kb_url: str) -> None:
    src, db = tmp_path / "in", kb_url
    text = story(5, words=300)
    edited = text.replace("detail5x10 ", "changed ").replace("detail5x200 ", "edited ")
    write(src, "a.txt", text)
    write(src, "b.txt", edited + "\nThis story was distributed by a news agency.\n")
    report = api.ingest([str(src)], db)
    assert report.count("added") == 1 and report.count("near-duplicate") == 1
    with KnowledgeBase(db) as kb:
        docs = {d["id"]: d for d in kb.iter_documents()}
    assert docs["b.txt"]["duplicate_of"] == "a.txt"
    assert docs["a.txt"]["duplicates"] == ["b.txt"] and docs["b.txt"]["duplicates"] == ["a.txt"]


def test_changed_file_updates_its_document(tmp_path: Path, kb_url: str) -> None:
    src, db = tmp_path / "in", kb_url
    p = write(src, "a.txt", story(1))
    api.ingest([str(p)], db)
    p.write_text(story(2), encoding="utf-8")
    report = api.ingest([str(p)], db)
    assert report.count("updated") == 1
    docs = list(KnowledgeBase(db).iter_documents())
    assert len(docs) == 1 and "detail2x0" in docs[0]["text"]
    with KnowledgeBase(db) as kb:  # the full-text index follows the update
        assert kb.search_documents("detail2x0") and not kb.search_documents("detail1x0")


def test_same_file_name_in_two_folders_keeps_both(tmp_path: Path, kb_url: str) -> None:
    db = kb_url
    write(tmp_path / "x", "report.txt", story(1))
    write(tmp_path / "y", "report.txt", story(2))
    report = api.ingest([str(tmp_path / "x"), str(tmp_path / "y")], db)
    assert report.count("added") == 2
    ids = doc_ids(db)
    assert ids[0] == "report.txt" and ids[1].startswith("report.txt~")


def test_record_fields_win_and_published_is_normalized(tmp_path: Path, kb_url: str) -> None:
    db = kb_url
    rec = {"id": "r1", "title": "Given title", "published": "2019-04-02T08:00:00Z", "outlet": "Wire",
           "text": "On Tuesday, gunmen killed two people in Kabul."}
    p = write(tmp_path, "in.jsonl", json.dumps(rec) + "\n")
    api.ingest([str(p)], db)
    (doc,) = list(KnowledgeBase(db).iter_documents())
    assert (doc["id"], doc["title"], doc["outlet"]) == ("r1", "Given title", "Wire")
    assert doc["published"] == "2019-04-02" and doc["published_from"] == "record"
    assert doc["text"] == rec["text"]


def test_search_finds_words_with_snippets(tmp_path: Path, kb_url: str) -> None:
    db = kb_url
    write(tmp_path / "in", "a.txt", story(1))
    api.ingest([str(tmp_path / "in")], db)
    with KnowledgeBase(db) as kb:
        hits = kb.search_documents("checkpoint")
    assert hits and hits[0]["id"] == "a.txt" and "[checkpoint]" in hits[0]["snippet"]


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "places.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE moz_places (id INTEGER, url TEXT)")
    con.commit()
    con.close()
    with pytest.raises(SitrepError) as err:
        api.stats(db)
    assert err.value.code == "E504"
    con = sqlite3.connect(db)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["moz_places"]


def test_reading_a_missing_base_does_not_create_one(tmp_path: Path) -> None:
    db = tmp_path / "typo.db"
    with pytest.raises(SitrepError) as err:
        api.stats(db)
    assert err.value.code == "E503" and not db.exists()


def test_a_cleaner_crash_is_reported_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sitrep.ingest.document as pipeline

    real = pipeline.clean_text

    def flaky(raw: str, *args: object, **kwargs: object) -> object:
        if "POISON" in raw:
            raise ValueError("boom")
        return real(raw, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "clean_text", flaky)
    src, db = tmp_path / "in", tmp_path / "kb.db"
    write(src, "a.txt", story(1))
    write(src, "b.txt", story(2) + "POISON\n")
    write(src, "c.txt", story(3))
    report = api.ingest([str(src)], db)
    assert report.count("added") == 2
    (p,) = report.problems
    assert p.code == "E199" and p.source.endswith("b.txt") and "boom" in p.message

"""Corrections an analyst can trust: each kind survives `reprocess` and re-ingesting a changed file; ids cut short
or shared are refused with the candidates; a person is not merged into a group without --force; the log lists
every correction with who and when, and `undo` puts one back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep import api
from sitrep.cli.main import cli

# Invented articles.
ARTICLE_A = ("KUNDUZ — Police chief Tom Walker said on Monday that Sami Noorzad, a Taliban commander, had fled with "
             "his men. Walker added that Islamic State fighters attacked a checkpoint in Dasht-e-Archi district, "
             "killing two policemen.")
ARTICLE_B = ("KUNDUZ — Abu Yasin, a commander, denied on Tuesday that he had fled, district chief Ali Karimi said. "
             "Karimi said the Taliban had seized a village.")
EDITED_A = ARTICLE_A + " A second checkpoint was closed on Tuesday, Walker said."
EDITED_B = ARTICLE_B + " Abu Yasin could not be reached for comment."


def cli_run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, result.output
    return result.output


def entity_of(db: Path, doc_id: str, text: str) -> str:
    with api.open_kb(db) as kb:
        row = kb.conn.execute("SELECT entity_id FROM mentions WHERE doc_id = ? AND text = ?", (doc_id, text)).fetchone()
        assert row is not None, (doc_id, text)
        return str(row[0])


def name_of(db: Path, entity_id: str) -> str | None:
    with api.open_kb(db) as kb:
        row = kb.conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return None if row is None else str(row[0])


def aliases_of(db: Path, entity_id: str) -> set[str]:
    with api.open_kb(db) as kb:
        return {r[0] for r in kb.conn.execute("SELECT alias FROM aliases WHERE entity_id = ?", (entity_id,))}


@pytest.fixture()
def kb(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    db = tmp_path / "kb.db"
    api.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], db)
    return db


def survives(db: Path, check: object) -> None:
    """``check()`` holds now, after `reprocess`, and after both files are changed and ingested again."""
    assert callable(check)
    check()
    assert api.reprocess(db) == 2
    check()
    (db.parent / "a.txt").write_text(EDITED_A, encoding="utf-8")
    (db.parent / "b.txt").write_text(EDITED_B, encoding="utf-8")
    report = api.ingest([str(db.parent / "a.txt"), str(db.parent / "b.txt")], db)
    assert report.count("updated") == 2
    check()


def test_merge_survives_reprocess_and_reingest(kb: Path) -> None:
    noorzad = entity_of(kb, "a.txt", "Sami Noorzad")
    cli_run("entity", "merge", noorzad, "Abu Yasin", "--db", str(kb), "--author", "ana")
    survives(kb, lambda: entity_of(kb, "b.txt", "Abu Yasin") == noorzad or pytest.fail("merge lost"))


def test_split_survives_reprocess_and_reingest(kb: Path) -> None:
    walker = entity_of(kb, "a.txt", "Tom Walker")
    assert entity_of(kb, "a.txt", "Walker") == walker
    done = json.loads(cli_run("entity", "split", walker, "Walker", "--db", str(kb)).splitlines()[-1])

    def check() -> None:
        assert entity_of(kb, "a.txt", "Tom Walker") == walker
        assert entity_of(kb, "a.txt", "Walker") == done["new_id"]
        assert "Walker" not in aliases_of(kb, walker)
    survives(kb, check)


def test_rename_survives_reprocess_and_reingest(kb: Path) -> None:
    karimi = entity_of(kb, "b.txt", "Ali Karimi")
    cli_run("entity", "rename", karimi, "Ali Ahmad Karimi", "--db", str(kb))

    def check() -> None:
        assert name_of(kb, karimi) == "Ali Ahmad Karimi"
        assert entity_of(kb, "b.txt", "Ali Karimi") == karimi
    survives(kb, check)


def test_alias_survives_reprocess_and_reingest(kb: Path) -> None:
    noorzad = entity_of(kb, "a.txt", "Sami Noorzad")
    cli_run("entity", "alias", noorzad, "Abu Yasin", "--db", str(kb))

    def check() -> None:
        assert "Abu Yasin" in aliases_of(kb, noorzad)
        assert entity_of(kb, "b.txt", "Abu Yasin") == noorzad
    api.reprocess(kb)  # the alias takes effect when resolution runs again
    survives(kb, check)


def test_a_name_cut_short_for_display_is_refused_with_candidates(kb: Path) -> None:
    out = cli_run("entity", "merge", "islamic-state…", "taliban", "--db", str(kb), code=2)
    assert "E702" in out and "islamic-state (armed_group, Islamic State)" in out
    assert name_of(kb, "islamic-state") == "Islamic State"


def test_an_id_prefix_is_taken_only_when_one_id_has_it(kb: Path) -> None:
    out = cli_run("entity", "merge", "e", "taliban", "--db", str(kb), code=2)
    assert "E703" in out and "e1 (" in out and "e2 (" in out
    done = json.loads(cli_run("entity", "rename", "talib", "Taliban (TB)", "--db", str(kb)))
    assert done["entity"] == "taliban"


def test_a_person_is_not_merged_into_a_group_without_force(kb: Path) -> None:
    noorzad = entity_of(kb, "a.txt", "Sami Noorzad")
    out = cli_run("entity", "merge", "taliban", noorzad, "--db", str(kb), code=2)
    assert "person" in out and "armed_group" in out and "--force" in out
    assert name_of(kb, noorzad) == "Sami Noorzad"
    done = json.loads(cli_run("entity", "merge", "taliban", noorzad, "--force", "--db", str(kb)))
    assert done["force"] is True and name_of(kb, noorzad) is None


def test_the_log_lists_corrections_and_undo_puts_a_merge_back(kb: Path) -> None:
    noorzad, yasin = entity_of(kb, "a.txt", "Sami Noorzad"), entity_of(kb, "b.txt", "Abu Yasin")
    cli_run("entity", "merge", noorzad, yasin, "--db", str(kb), "--author", "ana", "--note", "same man")
    cli_run("entity", "alias", noorzad, "Mullah Sami", "--db", str(kb), "--author", "bo")
    text = cli_run("corrections", "--db", str(kb))
    assert "ana" in text and "merge" in text and "same man" in text and "bo" in text
    log = json.loads(cli_run("corrections", "--db", str(kb), "--json"))
    assert [(c["id"], c["action"], c["author"], c["undone_at"]) for c in log] == [
        (1, "merge", "ana", None), (2, "alias", "bo", None)]

    done = json.loads(cli_run("corrections", "undo", "1", "--db", str(kb), "--author", "cy").splitlines()[-1])
    assert done["documents"] == ["b.txt"] and done["reprocessed"] == 1  # only where Abu Yasin's mentions were
    assert name_of(kb, yasin) == "Abu Yasin" and entity_of(kb, "b.txt", "Abu Yasin") == yasin
    assert "Abu Yasin" not in aliases_of(kb, noorzad) and "Mullah Sami" in aliases_of(kb, noorzad)
    log = json.loads(cli_run("corrections", "--db", str(kb), "--json"))
    assert log[0]["undone_by"] == "cy" and log[1]["undone_at"] is None
    api.reprocess(kb)  # an undone correction no longer constrains resolution
    assert entity_of(kb, "b.txt", "Abu Yasin") == yasin
    assert "E705" in cli_run("corrections", "undo", "1", "--db", str(kb), code=2)
    assert "E705" in cli_run("corrections", "undo", "9", "--db", str(kb), code=2)


def test_undo_a_split_rename_and_alias(kb: Path) -> None:
    walker, karimi = entity_of(kb, "a.txt", "Tom Walker"), entity_of(kb, "b.txt", "Ali Karimi")
    cli_run("entity", "split", walker, "Walker", "--db", str(kb))
    cli_run("entity", "rename", karimi, "Ali Ahmad Karimi", "--db", str(kb))
    cli_run("entity", "alias", karimi, "Haji Karimi", "--db", str(kb))
    touched = {n: json.loads(cli_run("corrections", "undo", n, "--db", str(kb)).splitlines()[-1])["documents"]
               for n in ("3", "2", "1")}
    assert touched == {"3": [], "2": [], "1": ["a.txt"]}  # no mention was written as the new names; Walker's were
    assert entity_of(kb, "a.txt", "Walker") == walker
    assert name_of(kb, karimi) == "Ali Karimi"
    assert not {"Haji Karimi", "Ali Ahmad Karimi"} & aliases_of(kb, karimi)

"""Analyst corrections are recorded with their author and survive re-processing and new ingests."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sitrep import api
from sitrep.cli.main import cli

ARTICLE_A = ("KUNDUZ — Police chief Tom Walker said on Monday that Sami Noorzad, a local commander, had fled. "
             "Walker added that the road was open.")
ARTICLE_B = "KUNDUZ — Abu Yasin, a commander, denied on Tuesday that he had fled, district chief Ali Karimi said."
ARTICLE_C = "KUNDUZ — Sami Noorzad was seen again on Friday, officials said."


def entity_of(db: Path, doc_id: str, text: str) -> str:
    with api.open_kb(db) as kb:
        row = kb.conn.execute("SELECT entity_id FROM mentions WHERE doc_id = ? AND text = ?", (doc_id, text)).fetchone()
        return str(row[0])


def run(*args: str) -> dict[str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output.strip().splitlines()[-1]))


def test_merge_split_rename_survive_reprocessing_and_new_ingests(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    (tmp_path / "a.txt").write_text(ARTICLE_A)
    (tmp_path / "b.txt").write_text(ARTICLE_B)
    api.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], db)
    noorzad, nurzad = entity_of(db, "a.txt", "Sami Noorzad"), entity_of(db, "b.txt", "Abu Yasin")
    walker = entity_of(db, "a.txt", "Tom Walker")
    assert walker == entity_of(db, "a.txt", "Walker")

    done = run("entity", "merge", noorzad, "Abu Yasin", "--db", str(db), "--author", "analyst1")
    assert (done["keep"], done["gone"]) == (noorzad, nurzad)
    run("entity", "split", "Tom Walker", "Walker", "--db", str(db), "--author", "analyst1", "--note", "two men")
    run("entity", "rename", noorzad, "Sami Noorzad (commander)", "--db", str(db), "--author", "analyst2")

    for _ in range(2):  # before and after re-running every extractor and resolution
        assert entity_of(db, "b.txt", "Abu Yasin") == noorzad
        assert entity_of(db, "a.txt", "Walker") != walker == entity_of(db, "a.txt", "Tom Walker")
        with api.open_kb(db) as kb:
            assert kb.conn.execute("SELECT name FROM entities WHERE id = ?", (noorzad,)).fetchone()[0] == \
                "Sami Noorzad (commander)"
            assert [(c["action"], c["author"]) for c in kb.corrections()] == [
                ("merge", "analyst1"), ("split", "analyst1"), ("rename", "analyst2")]
        assert api.reprocess(db) == 2

    (tmp_path / "c.txt").write_text(ARTICLE_C)
    api.ingest([str(tmp_path / "c.txt")], db)
    assert entity_of(db, "c.txt", "Sami Noorzad") == noorzad


def test_a_name_that_matches_nothing_is_a_usage_error(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    (tmp_path / "a.txt").write_text(ARTICLE_A)
    api.ingest([str(tmp_path / "a.txt")], db)
    result = CliRunner().invoke(cli, ["entity", "merge", "Nobody Here", "Walker", "--db", str(db)])
    assert result.exit_code == 2 and "Nobody Here" in result.output

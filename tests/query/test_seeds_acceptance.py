"""Issue 6's acceptance on the seed articles (../shared), through the CLI as an analyst types it:
`sitrep asof 2017-12-01` says the Islamic State controls Darzab and Qush Tepa, and `sitrep entity Taleban`
finds the Taliban."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep import api
from sitrep.cli.main import cli
from sitrep.lexicon.keys import place_key

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seeds_db(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    db = tmp_path_factory.mktemp("seeds-asof") / "kb.db"
    api.ingest([str(shared_dir / "corpus" / "seeds")], db)
    return str(db)


def run(*args: str) -> object:
    result = CliRunner().invoke(cli, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_asof_says_who_controlled_the_two_districts(seeds_db: str) -> None:
    rows = run("asof", "2017-12-01", "--db", seeds_db)
    assert isinstance(rows, list)
    held = {place_key(r["object"]) for r in rows
            if r["predicate"] == "controls" and r["subject"].startswith("Islamic State")}
    assert {place_key("Darzab"), place_key("Qush Tepa")} <= held


def test_entity_taleban_finds_the_taliban(seeds_db: str) -> None:
    got = run("entity", "Taleban", "--db", seeds_db)
    assert isinstance(got, dict)
    assert got["name"] == "Taliban" and got["type"] == "armed_group"

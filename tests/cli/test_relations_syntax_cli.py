"""`sitrep asof` and `sitrep timeline` over relations that two articles name differently (a movement and its
branch) and over relations read from the dependency parse (invented articles)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from sitrep.cli.main import cli

ARTICLES = [
    {"id": "b1", "title": "Militants hold northern districts", "published": "2020-02-12",
     "text": "MAZAR-I-SHARIF, Afghanistan - Elders said the Islamic State-controlled districts of Chimtal and "
             "Balkh are cut off from the provincial capital, and that the group has kept them since 2019."},
    {"id": "b2", "title": "Army plans offensive", "published": "2020-03-02",
     "text": "MAZAR-I-SHARIF, Afghanistan - The army is preparing to retake the ISKP-controlled district of "
             "Chimtal, a provincial spokesman said on Monday.\n\nIn Syria, the Syrian National Army, which is "
             "financed and armed by Turkey, attacked Kurdish fighters near Manbij."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("branches")
    inputs = folder / "in.jsonl"
    inputs.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = str(folder / "kb.db")
    result = CliRunner().invoke(cli, ["ingest", "-q", str(inputs), "--db", path],
                                env={"SITREP_RELATION_SYNTAX": "1"})
    assert result.exit_code == 0, result.output
    return path


def run_json(*args: str) -> Any:
    result = CliRunner().invoke(cli, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_movement_and_its_branch_hold_a_district_as_one_relation(db: str) -> None:
    rows = [r for r in run_json("asof", "2020-03-10", "--db", db) if r["predicate"] == "controls"]
    holders = {(r["subject"], r["object"]) for r in rows}
    assert ("Islamic State (Afghanistan)", "Chimtal") in holders
    assert not any(s == "Islamic State" for s, _ in holders)
    chimtal = [r for r in rows if r["object"] == "Chimtal"]
    assert len(chimtal) == 1


def test_support_read_from_the_parse_is_held(db: str) -> None:
    held = {(r["subject"], r["predicate"], r["object"]) for r in run_json("asof", "2020-03-10", "--db", db)}
    assert any(p == "supports" and s == "Turkey" and o == "Syrian National Army" for s, p, o in held), held

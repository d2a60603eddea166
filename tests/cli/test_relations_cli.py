"""`sitrep asof` and `sitrep timeline` answer from the relations extracted from ingested text (invented articles):
a commander's defection ends his old membership, a ceasefire holds between its stated start and end, and a
captured district's timeline starts at the stated month."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from sitrep.cli.main import cli

ARTICLES = [
    {"id": "t1", "title": "Commander changes sides", "published": "2019-05-10",
     "text": "KUNDUZ, Afghanistan - Mullah Abdul Rahim, a senior Taliban commander in Kunduz province, defected to "
             "the Islamic State in April 2019, provincial officials said on Friday.\n\nThe Taliban and the Afghan "
             "government agreed a three-day ceasefire in June 2018, and the truce ended on 18 June 2018."},
    {"id": "t2", "title": "District falls", "published": "2019-08-01",
     "text": "KUNDUZ, Afghanistan - The Taliban captured Dasht-e-Archi district in July 2019 after two days of "
             "fighting, police said.\n\nZabihullah Mujahid, a spokesman for the Taliban, said the group's fighters "
             "seized weapons."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("relations")
    inputs = folder / "in.jsonl"
    inputs.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = str(folder / "kb.db")
    result = CliRunner().invoke(cli, ["ingest", "-q", str(inputs), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def run_json(*args: str) -> Any:
    result = CliRunner().invoke(cli, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def held(db: str, date: str, entity: str | None = None) -> set[tuple[str, str, str]]:
    rows = run_json("asof", date, "--db", db, *(["--entity", entity] if entity else []))
    return {(r["subject"], r["predicate"], r["object"]) for r in rows}


def test_asof_follows_a_defection(db: str) -> None:
    before = held(db, "2019-03-01", "Mullah Abdul Rahim")
    after = held(db, "2019-06-01", "Mullah Abdul Rahim")
    assert not any(p == "member_of" and o == "Islamic State" for _, p, o in before)
    assert ("Mullah Abdul Rahim", "member_of", "Islamic State") in after
    assert not any(o == "Taliban" and p in ("member_of", "leader_of") for _, p, o in after)


def test_asof_holds_a_ceasefire_between_its_start_and_end(db: str) -> None:
    def truce(date: str) -> list[tuple[str, str, str]]:
        return [t for t in held(db, date) if t[1] == "ceasefire_with"]
    assert truce("2018-06-10") and truce("2018-06-10")[0][0] == "Taliban"
    assert not truce("2018-05-01") and not truce("2018-07-01")


def test_timeline_of_a_place_starts_its_control_at_the_stated_month(db: str) -> None:
    items = run_json("timeline", "Dasht-e-Archi", "--db", db)
    starts = [(i["date"], i["summary"]) for i in items if i["kind"] == "relation_start"]
    assert starts == [("2019-07-01", "Taliban controls Dasht-e-Archi [reported]")]


def test_timeline_of_an_actor_shows_the_truce_ending(db: str) -> None:
    items = run_json("timeline", "Taliban", "--db", db)
    ends = [(i["date"], i["summary"]) for i in items if i["kind"] == "relation_end"]
    assert ("2018-06-18", "ended: Taliban ceasefire with Government of Afghanistan (2014-2021)") in ends
    text = CliRunner().invoke(cli, ["timeline", "Taliban", "--db", db]).stdout
    assert "ceasefire with" in text


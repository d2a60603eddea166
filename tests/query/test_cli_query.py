"""Query commands: text and --json output, exit codes (1 no such name, 2 usage, 3 knowledge base), and the
``entity`` group that takes a NAME or a subcommand."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from backends import BACKENDS, new_base
from query.sample_kb import build
from sitrep.cli.main import cli
from sitrep.cli.query import entity_group


@pytest.fixture(scope="module", params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The sample base's --db on each backend."""
    return str(build(new_base(request, tmp_path_factory.mktemp("cli"), request.param)))


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.output
    return result


@pytest.mark.parametrize("args", [
    ["entities"], ["entity", "Taliban"], ["events"], ["timeline", "Kunduz"], ["asof", "2017-12-15"],
    ["search", "checkpoint"], ["sources"], ["contradictions"]])
def test_every_command_prints_text_and_json(db: str, args: list[str]) -> None:
    text = run(*args, "--db", db)
    assert text.exit_code == 0 and text.stdout.strip() and text.stderr == ""
    as_json = run(*args, "--db", db, "--json")
    assert as_json.exit_code == 0
    json.loads(as_json.stdout)


def test_entity_name_or_subcommand(db: str) -> None:
    r = run("entity", "Daish", "--db", db, "--json")
    profile = json.loads(r.stdout)
    assert profile["id"] == "isk" and profile["matched_by"] == "transliteration"
    assert run("entity", "--db", db, "Taleban").stdout.startswith("Taliban [taliban] armed_group AF")
    assert run("entity", "show", "Qari Hekmat", "--db", db).exit_code == 0
    assert "Profile an entity" in run("entity", "--help").stdout

    @entity_group.command("probe")  # as the corrections commands add themselves
    @click.argument("old")
    @click.argument("new")
    def probe(old: str, new: str) -> None:
        click.echo(f"probed {old} -> {new}")

    try:
        assert run("entity", "probe", "a", "b").stdout == "probed a -> b\n"
        assert run("entity", "Taliban", "--db", db).exit_code == 0  # names still work
    finally:
        del entity_group.commands["probe"]


def test_events_filters_from_the_command_line(db: str) -> None:
    r = run("events", "--place", "Kunduz", "--actor", "Taleban", "--since", "2017-06", "--db", db, "--json")
    assert [e["id"] for e in json.loads(r.stdout)] == ["v1"]
    assert "Armed clash" in run("events", "--type", "Battles", "--db", db).stdout


def test_exit_codes(db: str, tmp_path: Path) -> None:
    r = run("entity", "Atlantis", "--db", db)
    assert r.exit_code == 1 and r.stderr.strip() == "error: no entity matches 'Atlantis'"
    assert run("timeline", "Nobody Known", "--db", db).exit_code == 1
    assert run("events", "--place", "Atlantis", "--db", db).exit_code == 1
    assert run("asof", "someday", "--db", db).exit_code == 2
    assert run("events", "--since", "13/2017", "--db", db).exit_code == 2
    assert run("entity", "--db", db).exit_code == 2  # no NAME
    missing = run("sources", "--db", str(tmp_path / "missing.db"))
    assert missing.exit_code == 3 and missing.stderr.strip().endswith("[E503]")
    assert not (tmp_path / "missing.db").exists()
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    junk = run("entities", "--db", str(tmp_path / "junk.db"))
    assert junk.exit_code == 3 and len(junk.stderr.strip().splitlines()) == 1


def test_asof_marks_reported_starts(db: str) -> None:
    out = run("asof", "2017-12-15", "--db", db).stdout
    assert "2017-12-02*" in out  # control of Darzab: no start given, counted from the report's date
    rows = json.loads(run("asof", "2017-12-15", "--entity", "Qari Hekmat", "--db", db, "--json").stdout)
    assert [r["predicate"] for r in rows] == ["pledged_allegiance_to"]

"""Progress on a terminal, and one version everywhere: `sitrep --version`, the package metadata source, the
README's status line and the changelog's newest entry."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep import __version__, api
from sitrep.cli import main
from sitrep.cli.main import cli

ROOT = Path(__file__).resolve().parents[2]


def test_one_version_everywhere() -> None:
    assert CliRunner().invoke(cli, ["--version"]).output.strip() == f"sitrep, version {__version__}"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "sitrep.__version__"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # done/total [elapsed<time left, rate] (tqdm redraws at most every 0.1 s)
    assert re.search(r"\*\*Status \(([\d.]+)", readme).group(1) == __version__  # type: ignore[union-attr]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    # done/total [elapsed<time left, rate] (tqdm redraws at most every 0.1 s)
    assert re.search(r"^## ([\d.]+)", changelog, flags=re.M).group(1) == __version__  # type: ignore[union-attr]


def test_on_a_terminal_ingest_says_it_loads_models_and_shows_total_rate_and_time_left(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main, "_on_terminal", lambda: True)
    records = [{"id": f"d{i}", "text": f"KUNDUZ — Police said {i} shops were closed in the city on Monday."}
               for i in range(3)]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in.jsonl"), "--db", str(tmp_path / "kb.db")])
    assert result.exit_code == 0, result.output
    assert "loading language models..." in result.output and "models ready in" in result.output
    # done/total [elapsed<time left, rate] (tqdm redraws at most every 0.1 s)
    assert re.search(r"\b\d/3 \[\d\d:\d\d<[\d:?]+, +[?\d.]+doc/s\]", result.output), result.output
    assert api.count_inputs([str(tmp_path / "in.jsonl"), str(tmp_path / "in.jsonl")]) == 6
    assert api.count_inputs(["-"]) is None

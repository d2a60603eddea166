"""One version everywhere: `sitrep --version`, the package metadata source, the README's status line and the
changelog's newest entry."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from click.testing import CliRunner

from sitrep import __version__
from sitrep.cli.main import cli

ROOT = Path(__file__).resolve().parents[2]


def test_one_version_everywhere() -> None:
    assert CliRunner().invoke(cli, ["--version"]).output.strip() == f"sitrep, version {__version__}"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "sitrep.__version__"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"\*\*Status \(([\d.]+)", readme).group(1) == __version__  # type: ignore[union-attr]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(r"^## ([\d.]+)", changelog, flags=re.M).group(1) == __version__  # type: ignore[union-attr]

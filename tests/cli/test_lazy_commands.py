"""Commands kept out of start-up: ``--help`` lists them without importing them, with their own short help."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import click
import pytest

from sitrep.cli.main import LAZY


@pytest.mark.parametrize("name", sorted(LAZY))
def test_listed_short_help_is_the_commands_own(name: str) -> None:
    target, first_sentence = LAZY[name]
    module, _, attr = target.partition(":")
    real: click.Command = getattr(importlib.import_module(module), attr)
    listed = click.Command(name, help=first_sentence)
    for limit in range(10, 300, 7):
        assert listed.get_short_help_str(limit) == real.get_short_help_str(limit), limit


def test_help_imports_neither_the_web_app_nor_the_language_layer() -> None:
    code = ("import sys, json; from sitrep.cli.main import cli; cli(['--help'], standalone_mode=False); "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('fastapi', 'starlette', 'jinja2', 'spacy', 'tqdm') or m == 'sitrep.cli.serve')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "serve" in out.stdout  # listed all the same
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []

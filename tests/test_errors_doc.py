"""docs/errors.md lists every code of the error catalogue with its message, and nothing else."""

from __future__ import annotations

import re
from pathlib import Path

from sitrep.errors import CATALOGUE

DOC = Path(__file__).resolve().parent.parent / "docs" / "errors.md"


def test_every_catalogued_error_is_documented_as_written() -> None:
    rows = dict(re.findall(r"^\| (E\d{3}) \| (.*) \|$", DOC.read_text(encoding="utf-8"), flags=re.M))
    assert set(rows) == set(CATALOGUE)
    for code, spec in CATALOGUE.items():
        assert rows[code] == spec.template.replace("|", "/"), code

"""The package's code keeps a readable shape: no function over 60 lines, no module over 500, no import of
sitrep inside a function.

A function's length runs from its ``def`` line (decorators aside) to its last line, nested functions
included; a module's is its number of lines. Complexity and statement counts are ruff's
(``C901``, ``PLR0915`` in pyproject.toml).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "sitrep"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 500


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def test_no_module_is_over_500_lines() -> None:
    long = [f"{_name(p)}: {n} lines" for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES]
    assert not long, f"modules over {MAX_MODULE_LINES} lines:\n" + "\n".join(long)


def test_no_function_is_over_60_lines() -> None:
    long = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                n = (node.end_lineno or node.lineno) - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    long.append(f"{_name(path)}:{node.lineno} {node.name}: {n} lines")
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines:\n" + "\n".join(long)


def test_the_checks_see_the_package() -> None:
    assert len(_modules()) > 50


# modules a function may import when first used: heavy third-party libraries behind them, not a cycle
LAZY_ON_PURPOSE = {"sitrep.nlp.spacy_ner",  # imports spaCy and registers its NER factory; full model only
                   "sitrep.kb.postgres",  # imports psycopg; a PostgreSQL base only
                   "sitrep.report"}  # imports shapely and the report's SVG and templates; api.report only


def test_no_function_imports_sitrep_to_dodge_a_cycle() -> None:
    local = []
    for path in _modules():
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(fn):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                    [a.name for a in node.names] if isinstance(node, ast.Import) else []
                local += [f"{_name(path)}:{node.lineno} {n}" for n in names  # type: ignore[attr-defined]
                          if n.split(".")[0] == "sitrep" and n not in LAZY_ON_PURPOSE]
    assert not local, "imports of sitrep inside functions (the layers should make them top-level):\n" + \
        "\n".join(local)

"""Every third-party module the package imports is a declared runtime dependency.

CI installs the dev extra, so a runtime import satisfied only by a dev tool
(PyYAML once) would pass the tests and fail a plain `pip install`.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imported_top_modules() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "src" / "sitrep").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return {m for m in found if m != "sitrep" and m not in sys.stdlib_module_names}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_runtime_imports_are_declared_dependencies() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    # the 'dask' extra is imported only when --dask or `bench --compare` is asked for, behind a clear error (E801)
    wanted = project["dependencies"] + project["optional-dependencies"]["dask"]
    declared = {_norm(re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0]) for d in wanted} | {"distributed"}
    dists = packages_distributions()
    missing = {m: dists.get(m) for m in _imported_top_modules()
               if not {_norm(d) for d in dists.get(m, [m])} & declared}
    assert not missing, f"imported by src/sitrep but not in [project] dependencies: {missing}"

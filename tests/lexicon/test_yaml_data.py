"""The shipped YAML tables read with libyaml give what ``yaml.safe_load`` gives."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from sitrep.lexicon import yaml_data


def test_every_shipped_yaml_file_parses_the_same_in_c_and_in_python() -> None:
    root = Path(str(resources.files("sitrep")))
    files = sorted(p for p in root.rglob("*.y*ml") if "models" not in p.parts)
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert yaml_data.load(text) == yaml.safe_load(text), path.relative_to(root)


def test_the_c_loader_is_used_when_pyyaml_has_it() -> None:
    assert yaml_data.LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert yaml_data.load("a: [1, 2.5, yes, null, '2019-04-01']") == {"a": [1, 2.5, True, None, "2019-04-01"]}

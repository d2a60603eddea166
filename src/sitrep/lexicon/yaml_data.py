"""The shipped YAML tables parsed with libyaml's C parser when PyYAML has it (``yaml.CSafeLoader``), else in Python.

``yaml.safe_load`` parses in Python: the typology, name lists, demonyms and state units took ~0.3 CPU s of every
start. The C loader builds the same Python values with the same safe constructor (a test parses every YAML file of
``sitrep/data`` both ways and compares them); only the wording of a syntax error may differ, which is why files an
analyst writes (``lexicon.dictionary_schema``) are still read with ``yaml.safe_load``.
"""

from __future__ import annotations

from typing import Any

import yaml

LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(text: str) -> Any:
    """``yaml.safe_load(text)``'s value, parsed by libyaml when available."""
    return yaml.load(text, Loader=LOADER)


__all__ = ["LOADER", "load"]

"""Guards a non-state employer keeps: the phrases that name ACLED's "Private Security Forces (X)".

Fact of the language and of ACLED's coding: security staff a report ties to a business, a facility or a private
person ("the security staff of the hospital", "the mine's security officers", "a factory security guard",
"security personnel of a mayoral candidate") are hired guards, which ACLED codes "Private Security Forces (X)",
not the state's police.  The words are in ``data/acled/private_security.yaml``: ``staff`` (what follows
"security") and ``owners`` (the employer's head noun).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from sitrep.lexicon import yaml_data


def parse(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The table's staff and owner words; a ValueError names a missing or bad list."""
    data = yaml_data.load(text)
    if not isinstance(data, dict):
        raise ValueError("private_security: a mapping with 'staff' and 'owners' lists is required")
    out = []
    for key in ("staff", "owners"):
        words = data.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
            raise ValueError(f"private_security: {key!r} must be a non-empty list of patterns")
        for w in words:
            re.compile(w)
        out.append(tuple(words))
    return out[0], out[1]


def pattern_text(staff: tuple[str, ...], owners: tuple[str, ...]) -> str:
    """A regular expression (matched ignoring case) for security staff tied to a non-state owner."""
    s, o = "|".join(staff), "|".join(owners)
    return (rf"\bsecurity\s+(?:{s})\s+(?:of|from|at|for|employed\s+by|hired\s+by|working\s+for)\s+"
            rf"(?:(?:the|a|an|two|rival|local|private)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{o})\b(?!\s+security\b)|"
            rf"\b(?:{o})(?:'s?)?\s+security\s+(?:{s})\b")


@lru_cache(maxsize=1)
def private_security_pattern() -> str:
    text = resources.files("sitrep").joinpath("data", "acled", "private_security.yaml").read_text(encoding="utf-8")
    return pattern_text(*parse(text))

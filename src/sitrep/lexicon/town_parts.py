"""Words that name a part of a town (``data/gazetteer/town_parts.tsv``): "neighborhood", "road", "colonia",
"bairro". A place named so lies inside the town a record names before it (``extract.town_part_place``)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


def parse(text: str, source: str = "town_parts.tsv") -> tuple[tuple[str, str], ...]:
    """The (word, plural) rows of a town-part table; ValueError names a bad row (a missing column, a word listed
    twice)."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not parts[0].strip() or not parts[1].strip():
            raise ValueError(f"{source}:{n}: bad row {line!r} (word, plural, note)")
        word, plural = parts[0].strip().lower(), parts[1].strip().lower()
        if word in seen:
            raise ValueError(f"{source}:{n}: {word!r} listed twice")
        seen.add(word)
        out.append((word, plural))
    return tuple(out)


@lru_cache(maxsize=1)
def town_part_words() -> tuple[tuple[str, str], ...]:
    text = resources.files("sitrep").joinpath("data", "gazetteer", "town_parts.tsv").read_text(encoding="utf-8")
    return parse(text)


@lru_cache(maxsize=1)
def town_part_pattern() -> str:
    """A regex alternation (case-insensitive use) of the words and their plurals, longest first."""
    words = {w for pair in town_part_words() for w in pair}
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


__all__ = ["parse", "town_part_pattern", "town_part_words"]

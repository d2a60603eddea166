"""Words that name an administrative unit (``data/gazetteer/unit_words.tsv``): "province", "oblast", "upazila",
"LGA", "commune". Place rules read them to find the hierarchy a text writes ("Madhuban municipality (Bardiya
district)") and the first-level division it names ("Maktaaral district of Turkistan region")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

LEVELS = (1, 2, 3)  # 1 first-level division, 2 district, 3 local unit below a district


@dataclass(frozen=True)
class UnitWord:
    word: str
    plural: str
    level: int


def parse(text: str, source: str = "unit_words.tsv") -> tuple[UnitWord, ...]:
    """The rows of a unit-word table; ValueError names a bad row (a missing column, an unknown level, a word
    listed twice)."""
    out: list[UnitWord] = []
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or not parts[0].strip() or not parts[1].strip() or parts[2] not in {str(v) for v in LEVELS}:
            raise ValueError(f"{source}:{n}: bad row {line!r} (word, plural, level 1-3, note)")
        word, plural = parts[0].strip().lower(), parts[1].strip().lower()
        if word in seen:
            raise ValueError(f"{source}:{n}: {word!r} listed twice")
        seen.add(word)
        out.append(UnitWord(word, plural, int(parts[2])))
    return tuple(out)


@lru_cache(maxsize=1)
def unit_words() -> tuple[UnitWord, ...]:
    text = resources.files("sitrep").joinpath("data", "gazetteer", "unit_words.tsv").read_text(encoding="utf-8")
    return parse(text)


def pattern(max_level: int = 3, min_level: int = 1) -> str:
    """A regex alternation (case-insensitive use) of the words and their plurals of these levels, longest first."""
    words = {w for u in unit_words() if min_level <= u.level <= max_level for w in (u.word, u.plural)}
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


def level_of(word: str) -> int | None:
    """The level of a unit word or its plural; None for another word."""
    w = re.sub(r"\s+", " ", word.strip().lower())
    return next((u.level for u in unit_words() if w in (u.word, u.plural)), None)


__all__ = ["LEVELS", "UnitWord", "level_of", "parse", "pattern", "unit_words"]

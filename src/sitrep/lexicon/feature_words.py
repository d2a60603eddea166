"""Words that end the name of a landmark or a natural feature (``data/gazetteer/feature_words.tsv``): "Dam",
"River", "Valley", "Crossing". A two-word name whose second word is one of them ("the Mosul Dam") is a feature
named after a town, not a quarter of that town."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def parse(text: str, source: str = "feature_words.tsv") -> frozenset[str]:
    """The words and plurals of a feature-word table; ValueError names a bad row (no word, a word listed twice)."""
    out: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) > 2 or not parts[0] or not all(p.isalpha() for p in parts if p) \
                or any(p in out for p in parts if p):
            raise ValueError(f"{source}:{n}: bad row {line!r} (word, plural)")
        out.update(p for p in parts if p)
    return frozenset(out)


@lru_cache(maxsize=1)
def feature_words() -> frozenset[str]:
    """The feature words and their plurals, capitalized as the table writes them."""
    return parse(resources.files("sitrep").joinpath("data", "gazetteer", "feature_words.tsv").read_text(
        encoding="utf-8"))


__all__ = ["feature_words", "parse"]

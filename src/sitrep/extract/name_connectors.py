"""Place names joined by a lower-case particle: "Pazos de Borben", "Rio de Janeiro", "Castel di Sangro", "Bergen op
Zoom". The capitalised words before the particle are no place of their own: "Pazos" alone is another town (a village
of Peru), and where the whole name is unknown the text's prose gives no country (``extract.event_country``). The
particles and the articles that may follow them are a table (``data/gazetteer/name_particles.tsv``)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_KINDS = ("particle", "article")


def parse(text: str, source: str = "name_particles.tsv") -> dict[str, tuple[str, ...]]:
    """The table's words by kind; ValueError names a bad row (not a lower-case word and a known kind, or a word
    listed twice)."""
    out: dict[str, list[str]] = {k: [] for k in _KINDS}
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 2 or not parts[0].isalpha() or not parts[0].islower() or parts[1] not in out \
                or parts[0] in seen:
            raise ValueError(f"{source}:{n}: bad row {line!r} (word, particle|article)")
        seen.add(parts[0])
        out[parts[1]].append(parts[0])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _continued() -> re.Pattern[str]:
    words = parse(resources.files("sitrep").joinpath("data", "gazetteer", "name_particles.tsv").read_text(
        encoding="utf-8"))
    particles = "|".join(map(re.escape, words["particle"]))
    articles = "|".join(map(re.escape, words["article"]))
    # a particle, perhaps an article, then a capitalised word
    return re.compile(rf"\s+(?:{particles})\s+(?:(?:{articles})\s+)?[A-Z]")


def continues(text: str, end: int) -> bool:
    """Whether the capitalised name that ends at ``end`` goes on with a particle and another capitalised word."""
    return _continued().match(text, end) is not None


__all__ = ["continues", "parse"]

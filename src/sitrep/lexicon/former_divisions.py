"""First-level divisions that no longer exist (``data/gazetteer/former_divisions.tsv``): Congo's Katanga, Ghana's
Brong-Ahafo, Ethiopia's Southern Nations region. Older reports still name them; each tells its country as a division
of today does (``extract.place_votes``). They carry no position."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.keys import light_key


@dataclass(frozen=True)
class FormerDivision:
    country: str
    name: str
    names: tuple[str, ...] = ()
    until: str = ""  # the month it ceased to exist (YYYY-MM)


def parse(text: str, source: str = "former_divisions.tsv") -> tuple[FormerDivision, ...]:
    """The rows of the table; ValueError names a bad row (a missing column, a bad country code or month)."""
    out: list[FormerDivision] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 5 or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1].strip() \
                or not re.fullmatch(r"\d{4}-\d{2}", parts[3].strip()):
            raise ValueError(f"{source}:{n}: bad row {line!r} (country, name, other names, until YYYY-MM, note)")
        names = tuple(x.strip() for x in parts[2].split("|") if x.strip())
        out.append(FormerDivision(parts[0], parts[1].strip(), names, parts[3].strip()))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_key() -> dict[str, tuple[FormerDivision, ...]]:
    text = resources.files("sitrep").joinpath("data", "gazetteer", "former_divisions.tsv").read_text(encoding="utf-8")
    out: dict[str, list[FormerDivision]] = {}
    for d in parse(text):
        for k in {light_key(x) for x in (d.name, *d.names)}:
            out.setdefault(k, []).append(d)
    return {k: tuple(v) for k, v in out.items()}


def former_named(name: str) -> tuple[FormerDivision, ...]:
    """The former divisions spelled ``name`` (case, accents, spaces and hyphens aside)."""
    return _by_key().get(light_key(name), ())


__all__ = ["FormerDivision", "former_named", "parse"]

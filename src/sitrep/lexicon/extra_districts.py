"""Districts the embedded gazetteer lacks (``data/gazetteer/districts.tsv``), each with its first-level division:
Nepal's 77 districts by province. They carry no position; a place the text puts in one ("Madhuban municipality
(Bardiya district)") is known to lie in its division, and near its seat (its headquarters town) where known."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.keys import light_key


@dataclass(frozen=True)
class District:
    country: str
    name: str
    division: str  # the first-level division, as the embedded gazetteer names it
    names: tuple[str, ...] = ()
    seat: str = ""  # the town of its headquarters, as the embedded gazetteer spells it; "" when unknown


def parse(text: str, source: str = "districts.tsv") -> tuple[District, ...]:
    """The rows of the table; ValueError names a bad row (a missing column, a bad country code, a district listed
    twice in one division; namesake districts of a country's divisions are rows of their own: Venezuela's Sucre
    municipalities)."""
    out: list[District] = []
    seen: set[tuple[str, str, str]] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) not in (4, 5) or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1].strip() or (
                not parts[2].strip()):
            raise ValueError(f"{source}:{n}: bad row {line!r} (country, district, division, other names, seat)")
        names = tuple(x.strip() for x in parts[3].split("|") if x.strip())
        for k in {light_key(x) for x in (parts[1], *names)}:
            if (parts[0], light_key(parts[2]), k) in seen:
                raise ValueError(f"{source}:{n}: {parts[1]!r} listed twice")
            seen.add((parts[0], light_key(parts[2]), k))
        out.append(District(parts[0], parts[1].strip(), parts[2].strip(), names,
                            parts[4].strip() if len(parts) == 5 else ""))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_key() -> dict[str, tuple[District, ...]]:
    text = resources.files("sitrep").joinpath("data", "gazetteer", "districts.tsv").read_text(encoding="utf-8")
    out: dict[str, list[District]] = {}
    for d in parse(text):
        for k in {light_key(x) for x in (d.name, *d.names)}:
            out.setdefault(k, []).append(d)
    return {k: tuple(v) for k, v in out.items()}


def districts_named(name: str) -> tuple[District, ...]:
    """The districts of the table spelled ``name`` (case, accents, spaces and hyphens aside)."""
    return _by_key().get(light_key(name), ())


def all_districts() -> tuple[District, ...]:
    return tuple(dict.fromkeys(d for ds in _by_key().values() for d in ds))


__all__ = ["District", "all_districts", "districts_named", "parse"]

"""Armed groups whose insurgency is confined to one first-level division of a country
(``data/gazetteer/actor_divisions.tsv``: the ONLF in Ethiopia's Somali region, the OLF and the OLA in Oromia, FRUD in
Djibouti's Tadjourah, Boko Haram in Cameroon's Far North): an event the text places only in the country, with such a
group among its actors, is placed in that division. A group may be listed once for each country it fights in."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources


def parse(text: str, source: str = "actor_divisions.tsv") -> dict[tuple[str, str], str]:
    """(actor id, country) -> division; ValueError names a bad row."""
    out: dict[tuple[str, str], str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 4 or not parts[0] or not re.fullmatch(r"[A-Z]{2}", parts[1]) or not parts[2] or (
                (parts[0], parts[1]) in out):
            raise ValueError(f"{source}:{n}: bad row {line!r} (actor, country, division, note)")
        out[(parts[0], parts[1])] = parts[2]
    return out


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], str]:
    return parse(resources.files("sitrep").joinpath("data", "gazetteer", "actor_divisions.tsv").read_text(
        encoding="utf-8"))


def actor_division(actors: Iterable[str], country: str) -> str | None:
    """The one division of ``country`` the table confines the actors (dictionary ids) to; None when it confines
    none of them there, or them to several."""
    found = {d for a in actors if (d := _table().get((_dictionary_id(a, country), country))) is not None}
    return found.pop() if len(found) == 1 else None


def _dictionary_id(key: str, country: str) -> str:
    """The dictionary id of an actor's key: the key itself, or the id an actor ACLED names by period is keyed by
    ("acled:boko-haram-islamic-state-west-africa": Boko Haram under its name of 2015-2016)."""
    if not key.startswith("acled:"):
        return key
    ids = [a for a, c in _table() if c == country and key.startswith(f"acled:{a}-")]
    return max(ids, key=len, default=key)


__all__ = ["actor_division", "parse"]
